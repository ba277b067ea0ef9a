"""The dates stage: a ``dates`` layer of temporal expressions with resolved values."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from rasd.dates.expressions import find_dates
from rasd.document import DateMention, Document

_FUTURE_WORDS = re.compile(
    r"(?<![\u0621-\u064a])[وف]?(?:سوف|من المقرر|من المنتظر|من المتوقع|من المزمع|يعتزم|تعتزم|ستجري|سيجري|سيعقد|ستعقد)"
    r"(?![\u0621-\u064a])"
)
# Words that start with س but are no future verb (سيطرت "took control", سياسة, سيارة ...).
_NOT_FUTURE = re.compile(r"^[وف]?(?:سيطر|سياس|سيار|سياد|سياح|سيول|سينا|سيد|سيف|سير|ساع|ساح|سام|سال)")
_IMPERFECT = re.compile(r"^[وف]?س[يتنا]")


@dataclass
class DatesStage:
    name: str = "dates"
    version: str = "1"
    requires: tuple[str, ...] = ("normalized", "sentences", "tokens")
    produces: tuple[str, ...] = ("dates",)

    def __call__(self, doc: Document) -> Document:
        view = doc.layer("normalized")
        pub = _pub_date(doc.meta.date)
        starts = [s.start for s in doc.sentences]
        future_sentences: list[set[int]] = []  # computed on first use: most texts never need it

        def future_at(norm_pos: int) -> bool:
            if not future_sentences:
                future_sentences.append(_future_sentences(doc, view))
            i = bisect_right(starts, view.to_original(norm_pos)) - 1
            return i in future_sentences[0]

        mentions = []
        for f in find_dates(view.text, pub, future_at):
            s, e = view.span_to_original(f.start, f.end)
            if e > s:
                mentions.append(DateMention(s, e, f.value))
        return doc.with_layer("dates", tuple(mentions))


def _pub_date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _future_sentences(doc: Document, view) -> set[int]:
    """Indices of sentences that speak of the future (س + imperfect, سوف, من المقرر ...)."""
    out: set[int] = set()
    tokens = doc.layer("tokens")
    starts = [s.start for s in doc.sentences]
    for tok in tokens:
        if (tok.seg is not None and any(c == "س" for _, _, c in tok.seg.proclitics)
                and _IMPERFECT.match(tok.norm) and not _NOT_FUTURE.match(tok.norm)):
            out.add(bisect_right(starts, tok.start) - 1)
    for m in _FUTURE_WORDS.finditer(view.text):
        out.add(bisect_right(starts, view.to_original(m.start())) - 1)
    return out


def make_stage(resources) -> DatesStage:
    return DatesStage()
