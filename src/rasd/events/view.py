"""An index-based view of a document for the event coder: words, clitics, sentences, and which actor
mention, place mention, date and statement each token belongs to."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from rasd.document import Document
from rasd.spans import SpanIndex

WORD = "WORD"


@dataclass
class Mention:
    """An actor mention over tokens [first, last] (inclusive) and its character span."""

    actor: str
    first: int
    last: int
    start: int
    end: int


@dataclass
class View:
    doc: Document
    text: str
    n: int
    words: list[str]  # full-normalised word ('' for non-words)
    stems: list[str]  # clitic-free stem ('' for non-words)
    procl: list[str]  # proclitics joined ('' for none), e.g. 'وال'
    encl: list[str]  # enclitic pronoun or ''
    kinds: list[str]
    starts: list[int]
    ends: list[int]
    sent_of: list[int]
    sent_bounds: list[tuple[int, int]]  # token range [a, b) of each sentence
    mention_at: list[Mention | None]  # the longest actor mention covering the token
    place_at: list[str | None]  # place id of a place mention covering the token
    actor_kind: dict[str, str]
    actor_sector: dict[str, str | None]

    @cached_property
    def date_index(self) -> SpanIndex:
        return SpanIndex(self.doc.layer("dates", ()))

    @cached_property
    def entity_index(self) -> SpanIndex:
        return SpanIndex(self.doc.layer("entities", ()))

    @cached_property
    def statement_by_id(self) -> dict:
        return {s.id: s for s in self.doc.layer("statements", ())}

    def punct(self, i: int) -> str:
        if 0 <= i < self.n and self.kinds[i] in ("PUNCT", "SYM"):
            return self.text[self.starts[i] : self.ends[i]]
        return ""

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < self.n else ""

    def stem(self, i: int) -> str:
        return self.stems[i] if 0 <= i < self.n else ""

    def sentence_range(self, i: int) -> tuple[int, int]:
        return self.sent_bounds[self.sent_of[i]] if self.n else (0, 0)


_EMPTY = ("", "", "", "")


def _word_parts(t, cache: dict, text: str) -> tuple[str, str, str, str]:
    """(word, stem, proclitics, enclitic) of a token, memoised on its surface form (its norm and
    segmentation are functions of it, and a string hashes faster than a segmentation)."""
    if t.kind != WORD:
        return _EMPTY
    key = text[t.start : t.end]
    hit = cache.get(key)
    if hit is None:
        seg = t.seg
        if seg is None:
            hit = (t.norm, t.norm, "", "")
        else:
            hit = (t.norm, seg.stem, "".join(c for _, _, c in seg.proclitics), seg.enclitic[2] if seg.enclitic else "")
        if len(cache) < 150_000:
            cache[key] = hit
    return hit


def build_view(doc: Document, cache: dict | None = None) -> View:
    tokens = doc.layer("tokens", ())
    text = doc.text
    cache = {} if cache is None else cache
    parts = [_word_parts(t, cache, text) for t in tokens]
    words = [p[0] for p in parts]
    stems = [p[1] for p in parts]
    procl = [p[2] for p in parts]
    encl = [p[3] for p in parts]
    kinds = [t.kind for t in tokens]
    starts = [t.start for t in tokens]
    ends = [t.end for t in tokens]
    n = len(starts)
    sent_starts = [s.start for s in doc.layer("sentences", ())]
    sent_of = [max(0, bisect_right(sent_starts, s) - 1) for s in starts] if sent_starts else [0] * n
    bounds: dict[int, list[int]] = {}
    for i, si in enumerate(sent_of):
        b = bounds.setdefault(si, [i, i + 1])
        b[1] = i + 1
    sent_bounds = [(0, 0)] * (max(sent_of) + 1 if sent_of else 1)
    for si, (a, b) in bounds.items():
        sent_bounds[si] = (a, b)
    actors = doc.layer("actors", ())
    return View(
        doc, text, n, words, stems, procl, encl, kinds, starts, ends, sent_of, sent_bounds,
        _mentions(actors, starts, ends), _places(doc.layer("places", ()), starts, ends),
        {a.id: a.kind for a in actors}, {a.id: a.sector for a in actors},
    )


def _token_range(starts: list[int], ends: list[int], s: int, e: int) -> tuple[int, int] | None:
    i = max(0, bisect_right(starts, s) - 1)
    if i < len(ends) and ends[i] <= s:
        i += 1
    j = i
    while j < len(starts) and starts[j] < e:
        j += 1
    return (i, j - 1) if j > i else None


def _mentions(actors, starts: list[int], ends: list[int]) -> list[Mention | None]:
    out: list[Mention | None] = [None] * len(starts)
    for actor in actors:
        for m in actor.mentions:
            rng = _token_range(starts, ends, m.start, m.end)
            if rng is None:
                continue
            mention = Mention(actor.id, rng[0], rng[1], m.start, m.end)
            for k in range(rng[0], rng[1] + 1):
                old = out[k]
                if old is None or (old.end - old.start) < (m.end - m.start):
                    out[k] = mention
    return out


def _places(places, starts: list[int], ends: list[int]) -> list[str | None]:
    out: list[str | None] = [None] * len(starts)
    for place in places:
        for m in place.mentions:
            rng = _token_range(starts, ends, m.start, m.end)
            if rng is not None:
                for k in range(rng[0], rng[1] + 1):
                    out[k] = place.id
    return out
