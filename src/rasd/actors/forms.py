"""Matchable forms of tokens and phrases, and a phrase index keyed by the first word.

A dictionary phrase is cut into tokens exactly as the text is, and each token is full-normalised, so a
phrase key is a tuple of normalised tokens. In running text the first word of a match may carry
conjunction or preposition clitics (``ولحزب الله``), so it is compared through several forms; the
following words are compared whole.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Generic, NamedTuple, TypeVar

from rasd.text.normalize import get_normalizer
from rasd.text.tokens import WORD, Token, iter_raw_tokens

T = TypeVar("T")
_FULL = get_normalizer("full")
ARTICLE = "ال"
MAX_PHRASE = 12


class Word(NamedTuple):
    """One token as the matchers see it; ``keys`` are the forms tried for the first word of a phrase.

    A named tuple, not a dataclass: one is built per token of every document, and this is cheaper."""

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
    stem: str  # without any clitic


def word_of(tok: Token, text: str) -> Word:
    """The forms of one token (``لل`` + noun gives both ``لX`` as written and ``الX``)."""
    seg = tok.seg
    w = tok.norm
    if seg is None:
        return Word(tok.start, tok.end, tok.start, w, w, w, (w,), None, tok.kind in (WORD, "LATIN"), False, w)
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
        tok.start, tok.end, tok.start + seg.name_start, w, nm, bare, tuple(keys), enclitic, True,
        seg.name_start > 0, seg.stem,
    )


def words_of(tokens: Sequence[Token], text: str, cache: dict) -> list[Word]:
    """Words for a token sequence; forms are cached per token text, positions are rebuilt."""
    out = []
    append = out.append
    new = tuple.__new__  # skips the named tuple's Python-level constructor (one call per token)
    for tok in tokens:
        s, e = tok.start, tok.end
        surface = text[s:e]
        proto = cache.get(surface)
        if proto is None:
            word = word_of(tok._replace(start=0, end=e - s), surface)
            proto = (word.name_start, word[3:])
            if len(cache) < 150_000:
                cache[surface] = proto
        append(new(Word, (s, e, s + proto[0], *proto[1])))
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
    """Phrases keyed by their first token (one-word phrases) and first two tokens (longer ones), so a
    look-up only walks the few phrases that share both; ``longest`` finds the longest at a word."""

    def __init__(self) -> None:
        self._keys: dict[tuple[str, ...], list[T]] = {}
        self._single: dict[str, tuple[T, ...]] = {}
        self._pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], tuple[T, ...]]]] = {}

    def add(self, key: tuple[str, ...], value: T) -> None:
        if not key:
            return
        values = self._keys.setdefault(key, [])
        if value not in values:
            values.append(value)

    def freeze(self) -> PhraseIndex[T]:
        single: dict[str, tuple[T, ...]] = {}
        pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], tuple[T, ...]]]] = {}
        for key, values in self._keys.items():
            if len(key) == 1:
                single[key[0]] = tuple(values)
            else:
                pairs.setdefault((key[0], key[1]), []).append((key[2:], tuple(values)))
        for lst in pairs.values():
            lst.sort(key=lambda x: -len(x[0]))
        self._single, self._pairs = single, pairs
        return self

    def get(self, key: tuple[str, ...]) -> tuple[T, ...]:
        return tuple(self._keys.get(key, ()))

    def __contains__(self, key: tuple[str, ...]) -> bool:
        return key in self._keys

    def __len__(self) -> int:
        return len(self._keys)

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        return iter(self._keys)

    def longest(self, words: Sequence[Word], i: int, forms: Iterable[str] | None = None) -> tuple[int, tuple[T, ...]] | None:
        """(end word index, values) of the longest phrase at ``words[i]``, trying each first form."""
        best: tuple[int, tuple[T, ...]] | None = None
        n = len(words)
        second = words[i + 1].w if i + 1 < n else None
        pairs, single = self._pairs, self._single
        for form in words[i].keys if forms is None else forms:
            cands = pairs.get((form, second)) if second is not None else None
            if cands:
                for rest, values in cands:
                    m = len(rest)
                    end = i + 2 + m
                    if end > n or (best is not None and end <= best[0]):
                        continue
                    if all(words[i + 2 + k].w == rest[k] for k in range(m)):
                        best = (end, values)
                        break
            if best is None and (hit := single.get(form)) is not None:
                best = (i + 1, hit)
        return best
