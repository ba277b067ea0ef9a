"""The checks every extracted document passes before it becomes an Article: text, script, duplicates."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from rasd.document import Document, Meta
from rasd.ingest.items import DUPLICATE, NO_TEXT, NON_ARABIC, Article, IngestOptions, Item, Skipped

_SPACES = re.compile(r"\s+")
_NON_LETTER = re.compile(r"[\W\d_]+")
# Arabic-script blocks: Arabic, Arabic Supplement, Arabic Extended-A, presentation forms A and B.
_ARABIC = re.compile(r"[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+")
# The share is measured on a prefix: enough to judge the language, cheap on very long texts.
_SAMPLE_CHARS = 20_000


@dataclass(frozen=True, slots=True)
class Candidate:
    """A document a reader found, before the checks."""

    origin: str
    doc_id: str
    text: str
    date: str | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None


def arabic_share(text: str) -> tuple[float, int]:
    """(share of Arabic-script letters among letters, number of letters) in the text's first part."""
    letters = _NON_LETTER.sub("", text[:_SAMPLE_CHARS])
    if not letters:
        return 0.0, 0
    others = len(_ARABIC.sub("", letters))
    return (len(letters) - others) / len(letters), len(letters)


class FileGate:
    """Turns one file's candidates into items; remembers ids and texts to drop repeats within the file."""

    def __init__(self, options: IngestOptions) -> None:
        self.options = options
        self._ids: dict[str, str] = {}
        self._texts: dict[bytes, str] = {}

    def admit(self, c: Candidate) -> Item:
        if not c.text.strip():
            return Skipped(c.origin, NO_TEXT, "the document has no text")
        share, letters = arabic_share(c.text)
        if letters == 0:
            return Skipped(c.origin, NO_TEXT, "the text has no letters")
        if share < self.options.min_arabic_share:
            detail = f"Arabic share {share:.2f} of {letters} letters < {self.options.min_arabic_share:.2f}"
            return Skipped(c.origin, NON_ARABIC, detail)
        if c.doc_id in self._ids:
            return Skipped(c.origin, DUPLICATE, f"id {c.doc_id!r} already read at {self._ids[c.doc_id]}")
        digest = hashlib.blake2b(_SPACES.sub(" ", c.text).strip().encode("utf-8"), digest_size=16).digest()
        if digest in self._texts:
            return Skipped(c.origin, DUPLICATE, f"same text as {self._texts[digest]}")
        self._ids[c.doc_id] = c.origin
        self._texts[digest] = c.origin
        meta = Meta(
            date=c.date or self.options.default_date,
            source=c.source or self.options.source,
            url=c.url,
            title=c.title,
        )
        return Article(Document(c.doc_id, c.text, meta), c.origin)
