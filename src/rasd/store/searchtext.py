"""Search text: the folded stems the full-text index holds and queries are turned into.

Both the indexed text and every query go through the same steps: the text stage's tokens and clitic
segmentation (``والحكومة`` -> stem ``حكومه``), rasd's full normalisation (diacritics and tatweel
removed, alef forms, ى/ي and ة/ه folded, digits made ASCII), Latin lowercased, and one more fold for
search only: a word of four letters or more that ends in ا or ه ends in ه, so that the two common
spellings of country names (``سورية``/``سوريا``, ``تركية``/``تركيا``) meet. Only stems are indexed; a
query word is looked up both as written and as its stem, so ``الحكومة``, ``حكومة`` and
``والحكومة`` all find each other.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rasd.text.normalize import normalize

_CHUNK = re.compile(r"[^\W_]+")
_PHRASE = re.compile(r'"([^"]*)"')


def fold_word(word: str) -> str:
    """The search form of one already normalised word."""
    word = word.lower()
    if len(word) >= 4 and word[-1] in "اه":
        return word[:-1] + "ه"
    return word


def chunks(text: str) -> list[str]:
    """Letter/digit runs of ``text`` (the only characters the index knows)."""
    return _CHUNK.findall(text)


def search_key(text: str) -> str:
    """A name or passage as space-separated search forms, for substring matching of names."""
    return " ".join(fold_word(w) for w in chunks(normalize(text)))


def _stem_chunks(tok) -> Sequence[str]:
    return (chunks(tok.seg.stem) if tok.seg is not None else []) or chunks(tok.norm)


def index_text(tokens: Iterable, start: int, end: int) -> str:
    """Search text of the tokens inside ``[start, end)`` (text-stage tokens, in order)."""
    out: list[str] = []
    for tok in tokens:
        if tok.start < start or tok.end > end or tok.kind == "PUNCT":
            continue
        out.extend(fold_word(p) for p in _stem_chunks(tok))
    return " ".join(out)


@dataclass(frozen=True)
class Query:
    """A parsed search query: terms (each a word form and its stem) that must all match, and phrases."""

    terms: tuple[tuple[str, ...], ...]
    phrases: tuple[tuple[str, ...], ...]

    @property
    def empty(self) -> bool:
        return not self.terms and not self.phrases


def parse_query(query: str, segment) -> Query:
    """``segment(text)`` gives text-stage tokens; quoted parts are phrases, other words are terms."""
    phrases = []
    for inner in _PHRASE.findall(query):
        stems = [fold_word(p) for tok in segment(inner) if tok.kind != "PUNCT" for p in _stem_chunks(tok)]
        if stems:
            phrases.append(tuple(stems))
    rest = _PHRASE.sub(" ", query).replace('"', " ")
    terms = []
    for tok in segment(rest):
        if tok.kind == "PUNCT":
            continue
        forms = [fold_word(p) for p in chunks(tok.norm)]
        stems = [fold_word(p) for p in _stem_chunks(tok)]
        if len(forms) == 1 and len(stems) == 1:
            terms.append(tuple(dict.fromkeys((forms[0], stems[0]))))
        elif stems:  # a token that splits into several chunks (a hyphenated Latin word) is a phrase
            phrases.append(tuple(stems))
    return Query(tuple(terms), tuple(phrases))


def fts5_match(q: Query) -> str:
    """The query in SQLite FTS5 syntax (every part quoted, so no user text is read as an operator)."""
    parts = []
    for forms in q.terms:
        alts = " OR ".join(f'"{f}"' for f in forms)
        parts.append(f"({alts})" if len(forms) > 1 else alts)
    for phrase in q.phrases:
        parts.append('"' + " ".join(phrase) + '"')
    return " AND ".join(parts)


def tsquery(q: Query) -> str:
    """The query in PostgreSQL ``to_tsquery('simple', ...)`` syntax."""
    parts = []
    for forms in q.terms:
        alts = " | ".join(f"'{f}'" for f in forms)
        parts.append(f"({alts})" if len(forms) > 1 else alts)
    for phrase in q.phrases:
        parts.append("(" + " <-> ".join(f"'{w}'" for w in phrase) + ")")
    return " & ".join(parts)
