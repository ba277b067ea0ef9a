"""A flat, index-based view of a document for the statement parser: tokens, sentences, quote pairs,
and which tokens entities and actor mentions cover."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from rasd.document import Document
from rasd.spans import SpanIndex

OPEN_QUOTES = {"«": "»", "“": "”", "‘": "’", '"': '"', "'": "'"}
CLOSE_QUOTES = frozenset("»”’\"'")
SENTENCE_END = frozenset(".!?؟…")
TRAILING_JUNK = set(" \t\n\r.,،؛;:!?؟…»«\"“”‘’'()[]{}-–—ـ*/\\|")
LEADING_JUNK = set(" \t\n\r.,،؛;:!?؟…»«\"“”‘’'()[]{}-–—ـ*/\\|")


@dataclass
class View:
    doc: Document
    text: str
    norms: list[str]
    starts: list[int]
    ends: list[int]
    kinds: list[str]
    procl: list[str]  # proclitics of each word as a string (و، وب، ال ...), '' for none
    sent_of: list[int]  # sentence index of each token
    sent_bounds: list[tuple[int, int]]  # token index range of each sentence
    close_of: dict[int, int]  # opening quote token -> closing quote token
    open_of: dict[int, int]
    entity_at: list[object | None]  # entity covering the token, if any
    para_end: list[int]  # token index where the token's paragraph ends (exclusive)
    words: list[str]  # normalised form of Arabic words, '' for other tokens
    n: int

    @cached_property
    def date_index(self) -> SpanIndex:
        return SpanIndex(self.doc.layer("dates", ()))

    def is_punct(self, i: int, chars: str | None = None) -> bool:
        if not (0 <= i < self.n) or self.kinds[i] != "PUNCT":
            return False
        return chars is None or self.norms[i] in chars

    def word(self, i: int) -> str:
        return self.words[i] if 0 <= i < self.n else ""

    def char_span(self, a: int, b: int) -> tuple[int, int] | None:
        """Character span of tokens [a, b) with junk trimmed at both ends, or None when empty."""
        if b <= a:
            return None
        s, e = self.starts[a], self.ends[b - 1]
        text = self.text
        while s < e and text[s] in LEADING_JUNK:
            s += 1
        while e > s and text[e - 1] in TRAILING_JUNK:
            e -= 1
        return (s, e) if e > s else None


def _quotes(norms: list[str], kinds: list[str], text_of) -> tuple[dict[int, int], dict[int, int]]:
    """Pair opening and closing quote tokens; « » nest, straight quotes toggle."""
    close_of: dict[int, int] = {}
    stack: list[tuple[int, str]] = []
    straight: dict[str, int] = {}
    for i, kind in enumerate(kinds):
        if kind != "PUNCT":
            continue
        ch = text_of(i)
        if ch in ('"', "'"):
            if ch in straight:
                close_of[straight.pop(ch)] = i
            else:
                straight[ch] = i
        elif ch in ("«", "“", "‘", "("):
            stack.append((i, OPEN_QUOTES.get(ch, ")")))
        elif ch in ("»", "”", "’", ")"):
            for k in range(len(stack) - 1, -1, -1):
                if stack[k][1] == ch:
                    close_of[stack[k][0]] = i
                    del stack[k:]
                    break
    return close_of, {v: k for k, v in close_of.items()}


def build_view(doc: Document) -> View:
    text = doc.text
    tokens = doc.layer("tokens", ())
    sentences = doc.layer("sentences", ())
    norms, starts, ends, kinds, procl = [], [], [], [], []
    for t in tokens:
        norms.append(t.norm)
        starts.append(t.start)
        ends.append(t.end)
        kinds.append(t.kind)
        seg = t.seg
        procl.append("".join(c for _, _, c in seg.proclitics) if seg is not None else "")
    sent_starts = [s.start for s in sentences]
    sent_of = [max(0, bisect_right(sent_starts, s) - 1) for s in starts]
    bounds = [[-1, -1] for _ in range(max(1, len(sentences)))]
    for i, si in enumerate(sent_of):
        if bounds[si][0] < 0:
            bounds[si][0] = i
        bounds[si][1] = i + 1
    last = 0
    for b in bounds:
        if b[0] < 0:
            b[0] = b[1] = last
        last = b[1]
    close_of, open_of = _quotes(norms, kinds, lambda i: text[starts[i] : ends[i]])
    view = View(doc, text, norms, starts, ends, kinds, procl, sent_of, [tuple(b) for b in bounds], close_of,
                open_of, _entity_index(doc, starts, ends), _paragraph_ends(text, starts),
                [w if k == "WORD" else "" for w, k in zip(norms, kinds)], len(norms))
    return view


def _entity_index(doc: Document, starts: list[int], ends: list[int]) -> list[object | None]:
    out: list[object | None] = [None] * len(starts)
    entities = doc.layer("entities", ())
    if not entities:
        return out
    for ent in entities:
        i = bisect_right(starts, ent.start) - 1
        i = max(i, 0)
        while i < len(starts) and starts[i] < ent.end:
            if ends[i] > ent.start:
                out[i] = ent
            i += 1
    return out


def _paragraph_ends(text: str, starts: list[int]) -> list[int]:
    """For each token, the index of the first token of the next paragraph (a line break)."""
    n = len(starts)
    out = [n] * n
    boundary = n
    for i in range(n - 1, -1, -1):
        out[i] = boundary
        if i and "\n" in text[starts[i - 1] : starts[i]]:
            boundary = i
    return out
