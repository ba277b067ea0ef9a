"""Reading articles from files and streams: plain text (with optional front matter) and JSONL records.

Every problem becomes an :class:`InputError` naming the input (``path`` or ``path:line``) and the
reason, yielded in place of the document, so one bad input never stops the others.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from rasd.document import Document, Meta
from rasd.errors import InputError

log = logging.getLogger("rasd.io")

FORMATS = ("auto", "text", "jsonl")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RECORD_FIELDS = ("id", "text", "date", "title", "source", "url")


def valid_date(value: Any) -> str | None:
    """``value`` if it is a real YYYY-MM-DD date, else None."""
    if not isinstance(value, str) or not _DATE.match(value.strip()):
        return None
    try:
        return date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        return None


@dataclass(frozen=True)
class ReadOptions:
    input_format: str = "auto"
    default_date: str | None = None  # publication date for inputs that carry none
    source: str | None = None


def decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise InputError(name, "empty input")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"not valid UTF-8 (invalid byte at offset {exc.start})") from None
    if "\x00" in text:
        raise InputError(name, "binary data (NUL bytes), not text")
    return text.removeprefix("\ufeff")


def parse_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split a ``---`` front matter block of ``key: value`` lines from the text that follows it."""
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    fields: dict[str, str] = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            fields[key.strip().lower()] = value.strip().strip('"').strip("'")
    return fields, text[m.end() :].lstrip("\r\n")


def _document(record: dict[str, Any], fallback_id: str, name: str, opts: ReadOptions) -> Document:
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(name, "record has no text")
    doc_id = record.get("id")
    doc_id = str(doc_id) if doc_id not in (None, "") else fallback_id
    raw_date = record.get("date")
    pub = valid_date(raw_date)
    if raw_date not in (None, "") and pub is None:
        # A bad date must not cost the article: keep it without a date and say so.
        log.warning("%s: date %r is not a valid YYYY-MM-DD date; kept without a date", name, raw_date)
    meta = Meta(
        date=pub or opts.default_date,
        source=_opt_str(record.get("source")) or opts.source,
        url=_opt_str(record.get("url")),
        title=_opt_str(record.get("title")),
    )
    return Document(doc_id, text, meta)


def _opt_str(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _looks_like_jsonl(name: str, text: str) -> bool:
    if name.endswith((".jsonl", ".ndjson", ".jsonl.txt")):
        return True
    return text.lstrip().startswith("{")


def parse_text(text: str, name: str, opts: ReadOptions) -> Iterator[Document | InputError]:
    """Documents from the decoded content of one input."""
    fmt = opts.input_format
    if fmt == "jsonl" or (fmt == "auto" and _looks_like_jsonl(name, text)):
        yield from _parse_jsonl(text, name, opts)
        return
    fields, body = parse_front_matter(text)
    stem = Path(name).stem if name != "-" else "stdin"
    try:
        yield _document({**fields, "text": body}, stem, name, opts)
    except InputError as exc:
        yield exc


def _parse_jsonl(text: str, name: str, opts: ReadOptions) -> Iterator[Document | InputError]:
    stem = Path(name).stem if name != "-" else "stdin"
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "a JSONL line must be an object with at least a 'text' field")
            continue
        try:
            yield _document(record, f"{stem}-{lineno}", where, opts)
        except InputError as exc:
            yield exc


def read_path(name: str, opts: ReadOptions, stdin: BinaryIO | None = None) -> Iterator[Document | InputError]:
    """Documents from one named input (``-`` is standard input)."""
    try:
        if name == "-":
            data = (stdin or sys.stdin.buffer).read()
        else:
            path = Path(name)
            if path.is_dir():
                raise InputError(name, "is a directory (give the files in it)")
            if not path.exists():
                raise InputError(name, "no such file")
            data = path.read_bytes()
        text = decode(data, name)
    except InputError as exc:
        yield exc
        return
    except OSError as exc:
        yield InputError(name, exc.strerror or str(exc))
        return
    yield from parse_text(text, name, opts)


def read_inputs(names: Iterable[str], opts: ReadOptions, stdin: BinaryIO | None = None) -> Iterator[Document | InputError]:
    for name in names:
        yield from read_path(name, opts, stdin)


def parse_record_line(line: str, where: str) -> dict[str, Any]:
    """One JSONL line as a record (a JSON object); an :class:`InputError` naming ``where`` otherwise."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise InputError(where, "a JSONL line must be an object with at least a 'text' field")
    return record


def record_text(record: dict[str, Any], where: str) -> str:
    """The record's ``text`` field; an :class:`InputError` when it is missing or not a string."""
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(where, "record has no 'text' string")
    return text


def record_str(record: dict[str, Any], key: str) -> str | None:
    """A metadata field of a record as a string, None when absent or empty."""
    return _opt_str(record.get(key))
