"""Record formats: JSONL (streamed line by line), CSV (streamed row by row) and whole JSON files.

Records carry ``{id, text, date, title, source, url}``; only ``text`` is required.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any

from rasd.errors import InputError
from rasd.ingest.gate import Candidate
from rasd.ingest.items import INVALID_UTF8, MALFORMED, TOO_LARGE, Failed, IngestOptions, Skipped
from rasd.ingest.meta import clean, normalise_date
from rasd.ingest.streams import Source, TooLarge, capped_lines, decode_text, open_content, read_whole
from rasd.io.readers import parse_record_line, record_str, record_text

Found = Candidate | Skipped | Failed


def from_record(record: dict[str, Any], origin: str, fallback_id: str) -> Found:
    try:
        text = record_text(record, origin)
    except InputError as exc:
        return Failed(origin, MALFORMED, exc.reason)
    return Candidate(
        origin=origin,
        doc_id=record_str(record, "id") or fallback_id,
        text=text,
        date=normalise_date(record.get("date")),
        title=clean(record.get("title")),
        source=clean(record.get("source")),
        url=clean(record.get("url")),
    )


def read_jsonl(src: Source, opts: IngestOptions) -> Iterator[Found]:
    with open_content(src) as fh:
        for lineno, raw in capped_lines(fh, opts.max_doc_bytes):
            where = f"{src.name}:{lineno}"
            if raw is None:
                yield Skipped(where, TOO_LARGE, f"line longer than {opts.max_doc_bytes} bytes")
                continue
            if not raw.strip():
                continue
            line = decode_text(raw, where)
            if not isinstance(line, str):
                yield line
                continue
            try:
                record = parse_record_line(line, where)
            except InputError as exc:
                yield Failed(where, MALFORMED, exc.reason)
                continue
            yield from_record(record, where, f"{src.id_base}-{lineno}")


def read_json(src: Source, opts: IngestOptions) -> Iterator[Found]:
    """A whole JSON file: one record, or a list of records (``#N`` in the origin is the list position)."""
    try:
        data = read_whole(src, opts.max_file_bytes)
    except TooLarge as exc:
        yield Skipped(src.name, TOO_LARGE, f"a JSON file is parsed whole: {exc}")
        return
    text = decode_text(data, src.name)
    if not isinstance(text, str):
        yield text
        return
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Failed(src.name, MALFORMED, f"malformed JSON ({exc.msg} at line {exc.lineno} column {exc.colno})")
        return
    if isinstance(value, dict):
        yield from_record(value, src.name, src.id_base)
    elif isinstance(value, list):
        for n, record in enumerate(value, 1):
            where = f"{src.name}#{n}"
            if isinstance(record, dict):
                yield from_record(record, where, f"{src.id_base}-{n}")
            else:
                yield Failed(where, MALFORMED, "a list element is not a record (JSON object)")
    else:
        yield Failed(src.name, MALFORMED, "JSON is neither a record nor a list of records")


def read_csv(src: Source, opts: IngestOptions) -> Iterator[Found]:
    # Raising the process-wide field limit to the document cap is harmless to other csv users.
    csv.field_size_limit(max(csv.field_size_limit(), opts.max_doc_bytes))
    lines = _LineFeed(src, opts)
    with open_content(src) as fh:
        lines.attach(fh)
        reader = csv.reader(lines, dialect=_dialect(src))
        header = next(reader, None)
        if header is None:
            return
        cols = [c.strip().lower() for c in header]
        if "text" not in cols:
            yield Failed(src.name, MALFORMED, "the CSV header has no 'text' column")
            return
        yield from _csv_rows(src, reader, cols, lines)


def _csv_rows(src: Source, reader: Any, cols: list[str], lines: _LineFeed) -> Iterator[Found]:
    first = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Failed(f"{src.name}:{first}", MALFORMED, f"CSV cannot be parsed from here on: {exc}")
            return
        where = f"{src.name}:{first}"
        span = range(first, reader.line_num + 1)
        first = reader.line_num + 1
        if lines.oversized(span):
            yield Skipped(where, TOO_LARGE, f"a line of the row is longer than {lines.limit} bytes")
        elif lines.undecodable(span):
            yield Failed(where, INVALID_UTF8, "the row is not valid UTF-8")
        elif any(cell.strip() for cell in row):
            yield from_record(dict(zip(cols, row)), where, f"{src.id_base}-{span.start}")


def _dialect(src: Source) -> type[csv.Dialect]:
    first = src.head.split(b"\n", 1)[0]
    return csv.excel_tab if first.count(b"\t") > first.count(b",") else csv.excel


class _LineFeed:
    """Decoded lines for csv.reader, remembering which physical lines were bad instead of failing."""

    def __init__(self, src: Source, opts: IngestOptions) -> None:
        self.src = src
        self.limit = opts.max_doc_bytes
        self._bad_utf8: set[int] = set()
        self._too_long: set[int] = set()
        self._lines: Iterator[tuple[int, bytes | None]] = iter(())

    def attach(self, fh: Any) -> None:
        self._lines = capped_lines(fh, self.limit)

    def __iter__(self) -> Iterator[str]:
        for lineno, raw in self._lines:
            if raw is None:
                self._too_long.add(lineno)
                yield "\n"
                continue
            try:
                yield raw.decode("utf-8").removeprefix("\ufeff")
            except UnicodeDecodeError:
                self._bad_utf8.add(lineno)
                yield raw.decode("utf-8", errors="replace")

    def oversized(self, span: range) -> bool:
        return any(n in self._too_long for n in span)

    def undecodable(self, span: range) -> bool:
        return any(n in self._bad_utf8 for n in span)
