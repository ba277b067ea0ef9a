"""Matchable forms of tokens and phrases, and a phrase index keyed by the first word.

A dictionary phrase is cut into tokens exactly as the text is, and each token is full-normalised, so a
phrase key is a tuple of normalised tokens. In running text the first word of a match may carry
conjunction or preposition clitics (``ولحزب الله``), so it is compared through several forms; the
following words are compared whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from rasd.text.normalize import get_normalizer
from rasd.text.tokens import WORD, Token, iter_raw_tokens

T = TypeVar("T")
_FULL = get_normalizer("full")
ARTICLE = "ال"
MAX_PHRASE = 12


@dataclass(frozen=True, slots=True)
class Word:
    """One token as the matchers see it; ``keys`` are the forms tried for the first word of a phrase."""

    start: int
    end: int
    name_start: int  # start once conjunctions and prepositions are cut (the article stays)
    w: str  # the whole token, full-normalised
    nm: str  # the token from name_start, full-normalised
    bare: str  # nm without the article
    keys: tuple[str, ...]
    enclitic: str | None
    is_word: bool  # an Arabic or Latin word (not punctuation, number or symbol)
    proclitic: bool  # conjunction or preposition clitics were cut


def word_of(tok: Token, text: str) -> Word:
    """The forms of one token (``لل`` + noun gives both ``لX`` as written and ``الX``)."""
    seg = tok.seg
    w = tok.norm
    if seg is None:
        return Word(tok.start, tok.end, tok.start, w, w, w, (w,), None, tok.kind in (WORD, "LATIN"), False)
    nm = _FULL(text[tok.start + seg.name_start : tok.end]) if seg.name_start else w
    keys = [nm]
    has_article = any(c == ARTICLE for _, _, c in seg.proclitics)
    if seg.enclitic is None and has_article and not nm.startswith(ARTICLE):
        keys.append(ARTICLE + seg.stem)
    if w not in keys:
        keys.append(w)  # segmentation errors (لودريان read as ل + ودريان) must not hide a name
    bare = nm[2:] if nm.startswith(ARTICLE) and len(nm) > 3 else nm
    enclitic = None if seg.enclitic is None else seg.enclitic[2]
    return Word(
        tok.start, tok.end, tok.start + seg.name_start, w, nm, bare, tuple(keys), enclitic, True, seg.name_start > 0
    )


def words_of(tokens: Sequence[Token], text: str, cache: dict) -> list[Word]:
    """Words for a token sequence; forms are cached per token text, positions are rebuilt."""
    out = []
    append = out.append
    for tok in tokens:
        surface = text[tok.start : tok.end]
        proto = cache.get(surface)
        if proto is None:
            proto = word_of(tok._replace(start=0, end=tok.end - tok.start), surface)
            if len(cache) < 300_000:
                cache[surface] = proto
        shift = tok.start
        append(
            Word(
                shift, shift + proto.end, shift + proto.name_start, proto.w, proto.nm, proto.bare, proto.keys,
                proto.enclitic, proto.is_word, proto.proclitic,
            )
        )
    return out


def phrase_key(phrase: str) -> tuple[str, ...]:
    """A phrase as a tuple of full-normalised tokens (the text's tokenisation, not str.split)."""
    return tuple(_FULL(phrase[s:e]) for s, e, _ in iter_raw_tokens(phrase))


def key_variants(phrase: str) -> list[tuple[str, ...]]:
    """The phrase key plus spellings news use interchangeably: ``عبد الله`` and ``عبدالله``."""
    key = phrase_key(phrase)
    if not key or len(key) > MAX_PHRASE:
        return []
    out = [key]
    if "عبد" in key[:-1]:
        joined: list[str] = []
        skip = False
        for i, t in enumerate(key):
            if skip:
                skip = False
                continue
            if t == "عبد" and i + 1 < len(key):
                joined.append(t + key[i + 1])
                skip = True
            else:
                joined.append(t)
        out.append(tuple(joined))
    return out


def toggle_article(key: tuple[str, ...]) -> tuple[str, ...]:
    first = key[0]
    if first.startswith(ARTICLE) and len(first) > 3:
        return (first[2:], *key[1:])
    return (ARTICLE + first, *key[1:])


class PhraseIndex(Generic[T]):
    """Phrases keyed by first token; ``longest`` finds the longest phrase starting at a word."""

    def __init__(self) -> None:
        self._keys: dict[tuple[str, ...], list[T]] = {}
        self._first: dict[str, list[tuple[tuple[str, ...], tuple[T, ...]]]] = {}

    def add(self, key: tuple[str, ...], value: T) -> None:
        if not key:
            return
        values = self._keys.setdefault(key, [])
        if value not in values:
            values.append(value)

    def freeze(self) -> PhraseIndex[T]:
        first: dict[str, list[tuple[tuple[str, ...], tuple[T, ...]]]] = {}
        for key, values in self._keys.items():
            first.setdefault(key[0], []).append((key[1:], tuple(values)))
        for lst in first.values():
            lst.sort(key=lambda x: -len(x[0]))
        self._first = first
        return self

    def get(self, key: tuple[str, ...]) -> tuple[T, ...]:
        return tuple(self._keys.get(key, ()))

    def __contains__(self, key: tuple[str, ...]) -> bool:
        return key in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def keys(self) -> Iterable[tuple[str, ...]]:
        return self._keys.keys()

    def longest(self, words: Sequence[Word], i: int, forms: Iterable[str] | None = None) -> tuple[int, tuple[T, ...]] | None:
        """(end word index, values) of the longest phrase at ``words[i]``, trying each first form."""
        best: tuple[int, tuple[T, ...]] | None = None
        n = len(words)
        for form in words[i].keys if forms is None else forms:
            cands = self._first.get(form)
            if not cands:
                continue
            for rest, values in cands:
                m = len(rest)
                if i + m >= n or (best is not None and i + 1 + m <= best[0]):
                    continue
                if all(words[i + 1 + k].w == rest[k] for k in range(m)):
                    best = (i + 1 + m, values)
                    break
        return best
