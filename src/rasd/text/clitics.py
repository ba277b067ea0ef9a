"""Clitic segmentation: a word -> proclitics (و ف ب ل ك س ال لل), stem, enclitic (ه ها هم ... ي ني).

A clitic is split off only when what remains is a word the lexicon knows and the whole form is not
better explained as a word of its own. The lexicon is a table of word-form counts (full-normalised)
built from news corpora (``rasd train lexicon``), plus a hand-written list of words that look
segmentable but are not (``وزير``, ``لبنان``, ``والي``). The definite article is split whenever the
rest is long enough, because ``ال`` + stem is the productive reading almost without exception.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

from rasd.text.normalize import get_normalizer


class Segmentation(NamedTuple):
    """Offsets are relative to the token's start, in the token's original characters."""

    proclitics: tuple[tuple[int, int, str], ...]  # (start, end, clitic as written in light form)
    stem_start: int
    stem_end: int
    enclitic: tuple[int, int, str] | None
    stem: str  # full-normalised stem (ت restored to ة, as normalised, before an enclitic)
    name_start: int  # start once conjunctions and prepositions are cut (the article stays)

    @property
    def is_whole(self) -> bool:
        return not self.proclitics and self.enclitic is None


CONJ = ("و", "ف")
PREP = ("ب", "ك", "ل")
FUTURE = "س"
IMPERFECT_PREFIX = frozenset("يتنأ")
ARTICLE = "ال"
ENCLITICS = ("هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
# Prepositions with a pronoun and nothing else: the stem is empty.
PREP_PRONOUN = frozenset(
    p + e for p in ("ب", "ل") for e in ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ي")
)
# Ratio below which the whole form is taken as its own word: split when count(form) < ratio * count(stem).
DEFAULT_RATIOS: dict[str, float] = {
    "و": 20.0,
    "ف": 5.0,
    "ب": 5.0,
    "ل": 5.0,
    "ك": 0.1,
    "س": 1.0,
    "ه": 2.0,
    "ها": 2.0,
    "هم": 1.0,
    "هما": 2.0,
    "هن": 0.5,
    "كم": 0.5,
    "كما": 0.5,
    "كن": 0.2,
    "نا": 1.0,
    "ني": 0.2,
    "ك": 0.05,
    "ي": 0.02,
}
MIN_STEM = 2


@dataclass(frozen=True)
class Segmenter:
    """Compiled once per process from the lexicon; ``segment`` is memoised by token text."""

    counts: Mapping[str, int]
    whole_words: frozenset[str]
    ratios: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_RATIOS))
    min_count: int = 2
    _cache: dict[str, Segmentation] = field(default_factory=dict, compare=False, repr=False)

    def segment(self, token: str) -> Segmentation:
        seg = self._cache.get(token)
        if seg is None:
            seg = self._segment(token)
            if len(self._cache) < 500_000:
                self._cache[token] = seg
        return seg

    # -- internals -------------------------------------------------------------------------------
    def _count(self, light_form: str) -> int:
        return self.counts.get(_FULL(light_form), 0)

    def _known(self, light_form: str) -> bool:
        return self._count(light_form) >= self.min_count

    def _prefer_split(self, whole: str, rest: str, clitic: str) -> bool:
        if _FULL(whole) in self.whole_words:
            return False
        c_rest = self._count(rest)
        if c_rest < self.min_count:
            return False
        return self._count(whole) < self.ratios.get(clitic, 1.0) * c_rest

    def _analysable(self, rest: str) -> bool:
        """The rest of a word after a proclitic is a known word, or splits further into one."""
        if len(rest) < MIN_STEM:
            return False
        seg = self.segment(rest)
        return not seg.is_whole and (seg.stem == "" or self.counts.get(seg.stem, 0) >= self.min_count)

    def _segment(self, token: str) -> Segmentation:
        light = _LIGHT(token)
        n = len(light)
        whole = Segmentation((), 0, len(token), None, _FULL(light), 0)
        if not light.isalpha():
            return whole
        # Prepositions with only a pronoun (له، بها، لنا).
        if light in PREP_PRONOUN:
            return self._build(token, light, [(0, 1, light[0])], 1, (1, n, light[1:]), "")
        if n <= MIN_STEM or _FULL(light) in self.whole_words:
            return whole
        pro: list[tuple[int, int, str]] = []
        i = 0
        # Conjunction.
        if light[0] in CONJ and n - 1 >= MIN_STEM and self._split_proclitic(light, 1, light[0]):
            pro.append((0, 1, light[0]))
            i = 1
        # Preposition, future or ``لل``.
        rest = light[i:]
        if rest.startswith("لل") and len(rest) >= 4 and _FULL("ا" + rest[1:]) not in self.whole_words:
            pro.append((i, i + 1, "ل"))
            pro.append((i + 1, i + 2, "ال"))
            i += 2
            return self._finish(token, light, pro, i, definite=True)
        if rest and rest[0] in PREP and len(rest) - 1 >= MIN_STEM and self._split_proclitic(light, i + 1, rest[0]):
            pro.append((i, i + 1, rest[0]))
            i += 1
        elif (
            rest.startswith(FUTURE)
            and len(rest) >= 4
            and rest[1] in IMPERFECT_PREFIX
            and self._split_proclitic(light, i + 1, FUTURE)
        ):
            pro.append((i, i + 1, FUTURE))
            i += 1
            return self._finish(token, light, pro, i, definite=False, allow_article=False)
        return self._finish(token, light, pro, i, definite=False)

    def _split_proclitic(self, light: str, at: int, clitic: str) -> bool:
        rest = light[at:]
        if rest.startswith(ARTICLE) and len(rest) >= 4:
            return _FULL(light) not in self.whole_words
        if self._prefer_split(light, rest, clitic):
            return True
        # The rest may itself carry clitics (وسيزور, وبلاده): judge on what it splits into.
        return self._count(light) < self.min_count and self._analysable(rest)

    def _finish(
        self,
        token: str,
        light: str,
        pro: list[tuple[int, int, str]],
        i: int,
        definite: bool,
        allow_article: bool = True,
    ) -> Segmentation:
        rest = light[i:]
        if not definite and allow_article and rest.startswith(ARTICLE) and len(rest) >= 4:
            if _FULL(rest) not in self.whole_words:
                pro.append((i, i + 2, ARTICLE))
                i += 2
                definite = True
        rest = light[i:]
        if not definite:
            for enc in ENCLITICS:
                if not rest.endswith(enc) or len(rest) - len(enc) < MIN_STEM:
                    continue
                base = rest[: -len(enc)]
                for stem in _restorations(base):
                    if self._prefer_split(rest, stem, enc):
                        n = len(light)
                        return self._build(token, light, pro, i, (n - len(enc), n, enc), stem)
        return self._build(token, light, pro, i, None, light[i:])

    def _build(
        self,
        token: str,
        light: str,
        pro: list[tuple[int, int, str]],
        stem_start: int,
        enc: tuple[int, int, str] | None,
        stem: str,
    ) -> Segmentation:
        stem_end = enc[0] if enc else len(light)
        to_orig = _light_offsets(token, light)
        name_start = 0
        for s, e, c in pro:
            if c != ARTICLE:
                name_start = e
        return Segmentation(
            tuple((to_orig(s), to_orig(e), c) for s, e, c in pro),
            to_orig(stem_start),
            to_orig(stem_end) if enc else len(token),
            None if enc is None else (to_orig(enc[0]), len(token), enc[2]),
            _FULL(stem),
            to_orig(name_start),
        )


def _restorations(base: str) -> tuple[str, ...]:
    """Stems a form before an enclitic may stand for: سيادت -> سيادة, قتلو -> قتلوا, أعطا -> أعطى."""
    if base.endswith("ت"):
        return (base[:-1] + "ة", base)
    if base.endswith("و"):
        return (base + "ا", base)
    if base.endswith("ا"):
        return (base[:-1] + "ى", base)
    if base.endswith(("ئ", "ؤ")):
        return (base[:-1] + "ء", base)
    return (base,)


def _light_offsets(token: str, light: str):
    if len(token) == len(light):
        return lambda i: i
    mapped = get_normalizer("light").with_map(token)
    return mapped.to_original


_LIGHT = get_normalizer("light")
_FULL = get_normalizer("full")
