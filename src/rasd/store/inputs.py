"""Input items for ``rasd ingest``: articles, skipped inputs and failed inputs, each with its origin.

The readers of :mod:`rasd.ingest` (txt, JSONL, CSV, HTML, RSS, WARC, with the Arabic-share filter)
are used when that package is present; otherwise the plain-text and JSONL readers of
:mod:`rasd.io.readers`. Either way every input document becomes exactly one item.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rasd.document import Document

ARTICLE, SKIPPED, FAILED = "article", "skipped", "failed"


@dataclass(frozen=True)
class InputItem:
    kind: str  # article | skipped | failed
    origin: str  # the file, and the record, line or offset in it
    doc: Document | None = None
    reason: str | None = None


def expand_paths(paths: list[str]) -> list[str]:
    """Files named, and the files under folders named (sorted, hidden ones left out)."""
    out: list[str] = []
    for p in paths:
        if p != "-" and Path(p).is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                out += [os.path.join(root, f) for f in sorted(files) if not f.startswith(".")]
        else:
            out.append(p)
    return out


def _ingest_readers():
    try:
        import rasd.ingest as readers
    except ModuleNotFoundError as exc:
        if exc.name in ("rasd.ingest",):
            return None
        raise
    return readers if hasattr(readers, "iter_inputs") else None


def iter_items(paths: list[str]) -> Iterator[InputItem]:
    readers = _ingest_readers()
    if readers is None:
        yield from _fallback_items(paths)
        return
    for item in readers.iter_inputs(paths):
        if isinstance(item, readers.Article):
            yield InputItem(ARTICLE, item.origin, doc=item.doc)
        elif isinstance(item, readers.Skipped):
            yield InputItem(SKIPPED, item.origin, reason=_reason(item))
        else:
            yield InputItem(FAILED, item.origin, reason=_reason(item))


def _reason(item) -> str:
    # The reader's short category first (summaries group by it), what exactly happened in brackets.
    reason = getattr(item, "reason", "") or "unreadable input"
    detail = getattr(item, "detail", "")
    return f"{reason} ({detail})" if detail else reason


def _fallback_items(paths: list[str]) -> Iterator[InputItem]:
    from rasd.errors import InputError
    from rasd.io.readers import ReadOptions, read_path

    opts = ReadOptions()
    for name in paths:
        for item in read_path(name, opts):
            if isinstance(item, InputError):
                kind = SKIPPED if item.reason in ("empty input", "record has no text") else FAILED
                yield InputItem(kind, item.source, reason=item.reason)
            else:
                yield InputItem(ARTICLE, f"{name}#{item.id}", doc=item)
