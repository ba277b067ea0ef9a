"""Reading corpora: text, JSONL/CSV/JSON records, HTML pages, RSS/Atom feeds and WARC archives.

``iter_inputs(paths, options)`` yields one :class:`Article`, :class:`Skipped` or :class:`Failed`
item per input document; see ``docs/ingest.md``.
"""

from rasd.ingest.core import iter_inputs, read_file
from rasd.ingest.items import (
    FAIL_REASONS,
    SKIP_REASONS,
    Article,
    Failed,
    IngestOptions,
    Item,
    Skipped,
)
from rasd.ingest.tally import Tally

__all__ = [
    "FAIL_REASONS",
    "SKIP_REASONS",
    "Article",
    "Failed",
    "IngestOptions",
    "Item",
    "Skipped",
    "Tally",
    "iter_inputs",
    "read_file",
]
