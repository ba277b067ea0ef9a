"""Streaming the articles of batch inputs: JSONL (also on standard input), Parquet, and what ``rasd ingest`` reads.

Files and directories go through ``rasd.ingest.iter_inputs`` (text, JSONL, CSV, HTML, RSS, WARC) when
that package is present, so ``rasd batch`` and ``rasd ingest`` see the very same documents. Parquet
files and standard input are read here, record by record: nothing is ever read whole, so memory does
not grow with the input. Without ``rasd.ingest``, JSONL files are streamed here and any other file is
read as one plain-text article.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from rasd.document import Document
from rasd.errors import InputError
from rasd.io.readers import RECORD_FIELDS, ReadOptions, read_path
from rasd.io.readers import _document as record_document  # the one place that turns a record into a Document

PARQUET_SUFFIXES = (".parquet", ".parq")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_BATCH_ROWS = 256


@dataclass(frozen=True, slots=True)
class Skip:
    """An input document left out on purpose (not Arabic, a duplicate …); not an error."""

    origin: str
    reason: str


Item = Document | InputError | Skip


def iter_items(paths: Iterable[str], opts: ReadOptions, stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Every input document of ``paths`` in order; ``-`` is a JSONL stream on standard input."""
    pending: list[str] = []
    for name in paths:
        if name == "-" or name.lower().endswith(PARQUET_SUFFIXES):
            yield from _other_files(pending, opts)
            pending = []
            yield from _stdin(stdin or sys.stdin.buffer, opts) if name == "-" else _parquet(name, opts)
        else:
            pending.append(name)
    yield from _other_files(pending, opts)


def _other_files(names: list[str], opts: ReadOptions) -> Iterator[Item]:
    if not names:
        return
    try:
        from rasd.ingest import IngestOptions, iter_inputs
    except ImportError:
        for name in names:
            yield from _fallback(name, opts)
        return
    options = IngestOptions(default_date=opts.default_date, source=opts.source)
    for item in iter_inputs(list(names), options):
        yield from_ingest(item)


def from_ingest(item: Any) -> Item:
    from rasd.ingest import Article, Skipped

    if isinstance(item, Article):
        return item.doc
    reason = f"{item.reason} ({item.detail})" if getattr(item, "detail", "") else item.reason
    if isinstance(item, Skipped):
        return Skip(item.origin, reason)
    return InputError(item.origin, reason)


def _fallback(name: str, opts: ReadOptions) -> Iterator[Item]:
    path = Path(name)
    if path.is_dir():
        for child in sorted(p for p in path.rglob("*") if p.is_file()):
            yield from _fallback(str(child), opts)
    elif name.lower().endswith(JSONL_SUFFIXES) and path.is_file():
        try:
            with path.open("rb") as fh:
                yield from jsonl_documents(fh, name, opts)
        except OSError as exc:
            yield InputError(name, exc.strerror or str(exc))
    else:
        yield from read_path(name, opts)


def _stdin(stream: BinaryIO, opts: ReadOptions) -> Iterator[Item]:
    yield from jsonl_documents(stream, "-", opts)


def jsonl_documents(stream: BinaryIO, name: str, opts: ReadOptions) -> Iterator[Item]:
    """One document per JSON line, read line by line (a malformed line costs that line only)."""
    stem = "stdin" if name == "-" else Path(name).stem
    records = RecordReader(opts)
    for lineno, raw in enumerate(stream, 1):
        if raw.strip():
            yield records.line(raw, f"{name}:{lineno}", f"{stem}-{lineno}")


class RecordReader:
    """Records ``{id, text, date, title, source, url}`` to items, as ``rasd ingest`` reads them.

    With ``rasd.ingest`` present a record passes its checks (has text, is Arabic, not a repeat of
    an earlier record of the same reader), so batch and Spark keep and skip what ingest does. Use
    one reader per file (Spark: per partition).
    """

    def __init__(self, opts: ReadOptions) -> None:
        self.opts = opts
        try:
            from rasd.ingest import IngestOptions
            from rasd.ingest.gate import FileGate

            self._gate: Any = FileGate(IngestOptions(default_date=opts.default_date, source=opts.source))
        except ImportError:
            self._gate = None

    def line(self, raw: bytes | str, where: str, fallback_id: str) -> Item:
        try:
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as exc:
            return InputError(where, f"not valid UTF-8 (invalid byte at offset {exc.start})")
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            return InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
        return self.record(record, where, fallback_id)

    def record(self, record: Any, where: str, fallback_id: str) -> Item:
        if not isinstance(record, dict):
            return InputError(where, "a record must be an object with at least a 'text' field")
        if self._gate is None:
            try:
                return record_document(record, fallback_id, where, self.opts)
            except InputError as exc:
                return exc
        from rasd.ingest.gate import Candidate
        from rasd.ingest.records import from_record

        found = from_record(record, where, fallback_id)
        return from_ingest(self._gate.admit(found) if isinstance(found, Candidate) else found)


def _parquet(name: str, opts: ReadOptions) -> Iterator[Item]:
    """Rows of a Parquet file with a ``text`` column (and optionally id, date, title, source, url)."""
    try:
        import pyarrow.parquet as pq

        parquet = pq.ParquetFile(name)
    except ImportError:
        yield InputError(name, "reading Parquet needs pyarrow (a dependency of rasd: pip install pyarrow)")
        return
    except Exception as exc:  # pyarrow raises its own error types for missing and damaged files
        yield InputError(name, f"not a readable Parquet file ({exc})")
        return
    columns = [c for c in RECORD_FIELDS if c in parquet.schema_arrow.names]
    if "text" not in columns:
        yield InputError(name, "a Parquet input needs a 'text' column")
        return
    stem = Path(name).stem
    records = RecordReader(opts)
    row = 0
    try:
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS, columns=columns):
            for record in batch.to_pylist():
                row += 1
                yield records.record(as_json_values(record), f"{name}#{row}", f"{stem}-{row}")
    except Exception as exc:
        yield InputError(f"{name}#{row + 1}", f"damaged Parquet data ({exc})")


def as_json_values(record: dict[str, Any]) -> dict[str, Any]:
    # Parquet dates arrive as datetime.date and ids as integers; the reader expects JSON-like values.
    return {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in record.items()}
