"""What ``iter_inputs`` yields: one item per input document, and the options that steer it.

Every item names its ``origin`` (the file, plus ``:LINE`` for JSONL/CSV lines, ``#N`` for feed
entries, ``@OFFSET`` for WARC records). ``reason`` of a skipped or failed item is one of the short,
stable categories below, so a summary can count them; ``detail`` says what exactly happened.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.document import Document

# Why a document is left out although the input is sound.
NON_ARABIC = "non-arabic"
NO_TEXT = "no text"
NOT_HTML = "not html"  # a WARC record that is not an HTML response (warcinfo, request, PDF …)
DUPLICATE = "duplicate"  # same id or same text as an earlier document of the same file
TOO_LARGE = "too large"
EMPTY = "empty file"

# Why an input (or the rest of it) could not be read.
UNREADABLE = "unreadable"  # the operating system refused (permissions, vanished file …)
BINARY = "binary"
INVALID_UTF8 = "invalid utf-8"
MALFORMED = "malformed record"  # a JSONL/CSV/JSON record that does not parse or is not a record
TRUNCATED = "truncated"  # a gzip stream or WARC record that ends early
CORRUPT = "corrupt"  # damaged compressed data, a WARC or feed that does not parse

SKIP_REASONS = (NON_ARABIC, NO_TEXT, NOT_HTML, DUPLICATE, TOO_LARGE, EMPTY)
FAIL_REASONS = (UNREADABLE, BINARY, INVALID_UTF8, MALFORMED, TRUNCATED, CORRUPT)


@dataclass(frozen=True, slots=True)
class Article:
    doc: Document
    origin: str


@dataclass(frozen=True, slots=True)
class Skipped:
    origin: str
    reason: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.origin}: skipped, {self.reason}" + (f" ({self.detail})" if self.detail else "")


@dataclass(frozen=True, slots=True)
class Failed:
    origin: str
    reason: str
    detail: str = ""

    def __str__(self) -> str:
        return f"{self.origin}: failed, {self.reason}" + (f" ({self.detail})" if self.detail else "")


Item = Article | Skipped | Failed

MB = 1024 * 1024


@dataclass(frozen=True)
class IngestOptions:
    # Share of Arabic-script letters among all letters below which a document is skipped.
    min_arabic_share: float = 0.5
    # Cap on one document: a whole text/HTML file, one JSONL line, one WARC payload. News articles
    # are tens of kilobytes; HTML pages rarely pass a few megabytes.
    max_doc_bytes: int = 8 * MB
    # Cap on inputs that have to be parsed whole although they hold many documents (feeds, JSON arrays).
    max_file_bytes: int = 64 * MB
    # An HTML page whose extracted text has fewer words has no article (menus, cookie banners, app shells).
    min_page_words: int = 12
    default_date: str | None = None  # publication date for documents that carry none
    source: str | None = None  # source name for documents that carry none
    workers: int = 1  # processes extracting HTML pages (the slow step); 1 = in this process
