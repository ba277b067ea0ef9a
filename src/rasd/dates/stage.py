"""The dates stage: a ``dates`` layer of temporal expressions with resolved values."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from rasd.dates.expressions import find_dates
from rasd.document import DateMention, Document

_FUTURE_WORDS = re.compile(r"(?<![\u0621-\u064a])(?:سوف|من المقرر|من المنتظر|من المزمع|يعتزم|تعتزم|ستجري|سيجري|سيعقد|ستعقد)(?![\u0621-\u064a])")


@dataclass
class DatesStage:
    name: str = "dates"
    version: str = "1"
    requires: tuple[str, ...] = ("normalized", "sentences", "tokens")
    produces: tuple[str, ...] = ("dates",)

    def __call__(self, doc: Document) -> Document:
        view = doc.layer("normalized")
        pub = _pub_date(doc.meta.date)
        future_sentences = _future_sentences(doc, view)
        starts = [s.start for s in doc.sentences]

        def future_at(norm_pos: int) -> bool:
            i = bisect_right(starts, view.to_original(norm_pos)) - 1
            return i in future_sentences

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
        if tok.seg is not None and any(c == "س" for _, _, c in tok.seg.proclitics):
            out.add(bisect_right(starts, tok.start) - 1)
    for m in _FUTURE_WORDS.finditer(view.text):
        out.add(bisect_right(starts, view.to_original(m.start())) - 1)
    return out


def make_stage(resources) -> DatesStage:
    return DatesStage()
