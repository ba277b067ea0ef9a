"""Which reader a file needs: from its content first (gzip, WARC, XML root, JSON), then its extension."""

from __future__ import annotations

import json
import re

from rasd.io.readers import RECORD_FIELDS

WARC, FEED, HTML, JSONL, JSON, CSV, TEXT = "warc", "feed", "html", "jsonl", "json", "csv", "text"
EMPTY, BINARY = "empty", "binary"

_HTML_EXT = (".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx")
_FEED_EXT = (".rss", ".atom", ".xml", ".rdf")
_CSV_EXT = (".csv", ".tsv")
_JSONL_EXT = (".jsonl", ".ndjson")
_PROSE_EXT = (".txt", ".md")
_JSON_START = re.compile(r'\[\s*[{\]]|\{\s*["}]')
# Markup before the first element: XML declaration, comments, doctype, processing instructions.
_PROLOGUE = re.compile(r"\s*(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>|\s)*", re.DOTALL | re.IGNORECASE)
_FIRST_TAG = re.compile(r"<([A-Za-z][\w:.-]*)")
_FEED_ROOTS = {"rss", "feed", "rdf:rdf", "rdf"}
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
_HTML_HINT = re.compile(r"<(?:html|head|body|article|div|p)\b|<!doctype\s+html", re.IGNORECASE)


def content_suffix(name: str) -> str:
    """The extension that describes the content: ``a.jsonl.gz`` → ``.jsonl``."""
    name = name.lower().removesuffix(".gz").removesuffix(".gzip")
    dot = name.rfind(".")
    return name[dot:] if dot > name.rfind("/") else ""


def detect(name: str, head: bytes, whole: bool) -> str:
    """The format of a file from its first bytes ``head`` (all of it when ``whole``) and its name."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if not stripped:
        return EMPTY if whole else TEXT
    if stripped.startswith(b"WARC/"):
        return WARC
    if _is_binary(head):
        return BINARY
    ext = content_suffix(name)
    text = stripped.decode("utf-8", errors="replace")
    if ext in _CSV_EXT:
        return CSV
    if text.startswith("<"):
        return _markup_kind(text, ext)
    if ext in _JSONL_EXT:
        return JSONL
    if text.startswith("{") and _first_line_is_record(text):
        return JSONL
    if ext == ".json" or (ext not in _PROSE_EXT and _JSON_START.match(text)):
        return JSON
    if ext in _HTML_EXT or (ext not in _PROSE_EXT and _HTML_HINT.search(text[:2048])):
        return HTML
    if ext in _FEED_EXT:
        return FEED
    if ext not in _PROSE_EXT and _looks_like_csv_header(text):
        return CSV
    return TEXT


def _is_binary(head: bytes) -> bool:
    """NUL bytes, or more control characters than any text has (images, archives, random data)."""
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > 0.05 * len(head)


def _markup_kind(text: str, ext: str) -> str:
    m = _FIRST_TAG.match(text, _PROLOGUE.match(text).end())
    root = m.group(1).lower() if m else ""
    if root in _FEED_ROOTS:
        return FEED
    if root == "html" or _HTML_HINT.search(text[:4096]):
        return HTML
    return FEED if ext in _FEED_EXT else HTML


def _first_line_is_record(text: str) -> bool:
    first = text.split("\n", 1)[0].strip()
    try:
        return isinstance(json.loads(first), dict)
    except ValueError:
        # A record cut by the sniffing window is still a JSONL line if it is one long line.
        return first.startswith("{") and "\n" not in text and len(text) > 4096


def _looks_like_csv_header(text: str) -> bool:
    first = text.split("\n", 1)[0].strip().lower()
    for sep in (",", "\t", ";"):
        cols = {c.strip().strip('"') for c in first.split(sep)}
        if "text" in cols and len(cols & set(RECORD_FIELDS)) >= 2:
            return True
    return False
