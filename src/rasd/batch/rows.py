"""What a worker sends back for one document: its id and the rows of each output table.

For JSONL output the worker also encodes the rows (``jsonl``), so the single parent process, which
every worker's output passes through, only concatenates text: JSON encoding costs about as much as
a light pipeline stage, and done in the parent it would cap how far the workers can scale.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from rasd.document import Document
from rasd.tables import TABLES, Row, table_rows


@dataclass(frozen=True, slots=True)
class DocumentRows:
    doc_id: str
    words: int
    tables: dict[str, list[Row]]  # rows per table, for the Parquet writer (empty when ``jsonl`` is set)
    jsonl: dict[str, tuple[int, str]] = field(default_factory=dict)  # table -> (rows, their JSON lines)


def encode_jsonl(table: str, rows: list[Row]) -> str:
    """``rows`` of ``table`` as JSON lines (objects keyed by column name), the JSONL output's format."""
    names = TABLES[table].column_names
    return "".join(json.dumps(dict(zip(names, row)), ensure_ascii=False) + "\n" for row in rows)


def document_rows(doc: Document, tables: tuple[str, ...], fmt: str = "parquet") -> DocumentRows:
    """Runs in the worker (bound to ``tables`` and ``fmt`` with functools.partial), so only flat rows
    or ready JSON lines cross processes."""
    rows = table_rows(doc.to_json(), tables)
    words = len(doc.text.split())
    if fmt == "jsonl":
        encoded = {t: (len(rows.get(t, ())), encode_jsonl(t, rows.get(t, []))) for t in tables}
        return DocumentRows(doc.id, words, {}, encoded)
    return DocumentRows(doc.id, words, rows)
