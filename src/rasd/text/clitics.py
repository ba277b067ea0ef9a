"""Clitic segmentation: a word -> proclitics (و ف ب ل ك س ال لل), stem, enclitic (ه ها هم ... ي ني).

Every admissible analysis (conjunction, then preposition / future س / لل, then the article, then at
most one pronoun, with ت -> ة and similar restorations of the stem) is scored as prior(clitics) x
evidence(stem), and the whole form as its own evidence; the best wins, the whole form on ties.
Evidence is the count of a form in a word-form table built from news corpora (``rasd train
lexicon``) plus its count with the article. Stems the table does not know are judged by shape
(derivational prefixes, imperfect verbs) with smaller priors. A hand-written list of words that look
segmentable but are not (``وزير``, ``لبنان``, ``والي``, ``لأن``) is never cut, nor cut into.
Accuracy and method: docs/clitics.md.
"""

from __future__ import annotations

import re
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
# Prepositions with a pronoun and nothing else: the stem is empty. لكن ("but") and بي (the letter B
# of transliterated names) are far more often words of their own.
PREP_PRONOUN = frozenset(
    p + e for p in ("ب", "ل") for e in ("ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "نا", "ي")
) - {"بي"}
# Each analysis is scored prior(clitics) x evidence(stem); the unsegmented form is scored by its own
# evidence, so a single clitic c is split off when evidence(whole) < ratio[c] * evidence(stem).
# Evidence of a form is its count plus the count of the form with the article (``حوار`` + ``الحوار``):
# a form seen with ``ال`` is a noun, which also keeps ``بحر``, ``رئيسي`` or ``التشريعي`` whole.
# Enclitic keys start with "-" (``ك`` is both a preposition and a pronoun).
DEFAULT_RATIOS: dict[str, float] = {
    "و": 20.0,
    "ف": 5.0,
    "ب": 5.0,
    "ل": 5.0,
    "ك": 0.1,
    "س": 1.0,
    "ال": 50.0,
    "-ه": 2.0,
    "-ها": 2.0,
    "-هم": 1.0,
    "-هما": 2.0,
    "-هن": 0.5,
    "-ك": 0.05,
    "-كم": 0.5,
    "-كما": 0.5,
    "-كن": 0.2,
    "-نا": 1.0,
    "-ني": 0.2,
    "-ي": 0.01,
}
# When neither the form nor the stem is in the lexicon, clitics are judged by shape alone: an unknown
# analysis scores UNKNOWN x the product of these factors against UNKNOWN for the whole form.
DEFAULT_UNKNOWN_RATIOS: dict[str, float] = {
    "و": 3.0,
    "ف": 0.6,
    "ب": 0.9,
    "ل": 2.0,
    "ك": 0.2,
    "س": 0.9,
    "ال": 10.0,
    "-ه": 1.2,
    "-ها": 3.0,
    "-هم": 2.0,
    "-هما": 3.0,
    "-هن": 0.3,
    "-ك": 0.2,
    "-كم": 0.5,
    "-كما": 0.5,
    "-كن": 0.2,
    "-نا": 0.8,
    "-ني": 0.3,
    "-ي": 0.2,
}
UNKNOWN = 0.3
MIN_STEM = 2


@dataclass(frozen=True)
class Segmenter:
    """Compiled once per process from the lexicon; ``segment`` is memoised by token text."""

    counts: Mapping[str, int]
    whole_words: frozenset[str]
    ratios: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_RATIOS))
    min_count: int = 2
    unknown_ratios: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_UNKNOWN_RATIOS))
    _cache: dict[str, Segmentation] = field(default_factory=dict, compare=False, repr=False)

    def segment(self, token: str) -> Segmentation:
        seg = self._cache.get(token)
        if seg is None:
            seg = self._segment(token)
            if len(self._cache) < 200_000:
                self._cache[token] = seg
        return seg

    # -- internals -------------------------------------------------------------------------------
    def _evidence(self, light_form: str) -> int:
        """Count of a form, plus its count with the article; 0 below ``min_count``."""
        return self._evidence_full(_FULL(light_form))

    def _evidence_full(self, full: str) -> int:
        n = self.counts.get(full, 0)
        if not full.startswith("ال"):
            n += self.counts.get("ال" + full, 0)
        return n if n >= self.min_count else 0

    def _verb_evidence(self, light_stem: str) -> int:
        """Counts of the other persons of an imperfect verb (يتحرك for تتحرك), halved."""
        if len(light_stem) < 4 or light_stem[0] not in IMPERFECT_PREFIX:
            return 0
        body = _FULL(light_stem[1:])
        n = sum(self.counts.get(p + body, 0) for p in "يتنا")
        return n // 2

    def _score(self, clitics: list[str], stem: str, full_stem: str | None = None) -> float:
        ev = self._evidence_full(_FULL(stem) if full_stem is None else full_stem)
        if not ev and clitics and clitics[-1] in (FUTURE, "و", "ف", "ل"):
            ev = self._verb_evidence(stem)
            ev = ev if ev >= self.min_count else 0
        if ev:
            prior = 1.0
            for c in clitics:
                prior *= self.ratios.get(c, 1.0)
            return prior * ev
        if len(stem) < 3:
            return 0.0
        prior = UNKNOWN * _shape_bonus(stem)
        for c in clitics:
            prior *= self.unknown_ratios.get(c, 1.0)
        return prior

    def _segment(self, token: str) -> Segmentation:
        light = _LIGHT(token)
        n = len(light)
        whole = _new(Segmentation, ((), 0, len(token), None, _FULL(light), 0))
        if not light.isalpha() or not _ARABIC_ONLY(light):
            return whole
        # Prepositions with only a pronoun (له، بها، لنا).
        if light in PREP_PRONOUN:
            return self._build(token, light, [(0, 1, light[0])], 1, (1, n, light[1:]), "")
        if light[0] not in _PROCLITIC_FIRST and not light.endswith(ENCLITICS) and not light.startswith(ARTICLE):
            return whole  # nothing can be cut: the common case, decided without scoring
        full = whole.stem  # full-normalising is one-to-one on light text: full[i:j] == _FULL(light[i:j])
        if n <= MIN_STEM or full in self.whole_words:
            return whole
        best_score = self._evidence_full(full) or (UNKNOWN if n >= 3 else 0.0)
        encs = [e for e in _ENCLITICS_BY_LAST.get(light[-1], ()) if light.endswith(e)]
        best: tuple | None = None
        # Where a listed word may end before a pronoun (ك and ي are left out: بذلك is not بذل + ك).
        ends = [n - len(e) for e in encs if e not in ("ك", "ي") and n - len(e) >= MIN_STEM]
        for pro, i, keys, definite in self._proclitic_chains(light):
            rest = light[i:]
            full_rest = full[i:]
            if pro and ends and self._cuts_whole_word(light, pro, ends):
                continue  # لأنها is لأن + ها, not ل + أنها
            if pro and full_rest in self.whole_words:
                score = self._score(keys, rest, full_rest) or UNKNOWN
                if score > best_score:
                    best_score, best = score, (pro, i, None, rest)
                continue
            if pro and len(rest) >= MIN_STEM:
                score = self._score(keys, rest, full_rest)
                if score > best_score:
                    best_score, best = score, (pro, i, None, rest)
            if definite:
                continue
            if pro and rest in PREP_PRONOUN and pro[-1][2] in CONJ:
                score = self.ratios.get(pro[-1][2], 1.0) * max(self.counts.get(rest, 0), self.min_count)
                if score > best_score:
                    best_score, best = score, (pro + [(i, i + 1, rest[0])], i + 1, (i + 1, n, rest[1:]), "")
                continue
            for enc in encs:
                if len(rest) - len(enc) < MIN_STEM:
                    continue
                base = rest[: -len(enc)]
                enc_keys = keys + ["-" + enc]
                for stem in _restorations(base):
                    fstem = _FULL(stem)
                    score = self._score(enc_keys, stem, fstem)
                    if not score and fstem in self.whole_words:
                        score = UNKNOWN
                    if score > best_score:
                        best_score, best = score, (pro, i, (n - len(enc), n, enc), stem)
        if best is None:
            return whole
        pro, i, enc, stem = best
        return self._build(token, light, list(pro), i, enc, stem)

    def _cuts_whole_word(self, light: str, pro: list, ends: list[int]) -> bool:
        """A listed word starts before the last proclitic and ends before an enclitic (لأن|ها)."""
        starts = [0] + [e for _, e, _ in pro[:-1]]
        return any(
            _FULL(stem) in self.whole_words
            for b in starts
            for end in ends
            for stem in _restorations(light[b:end])
        )

    def _proclitic_chains(self, light: str) -> list[tuple[list, int, list, bool]]:
        """(proclitic spans, stem start, prior keys, definite) for every admissible proclitic chain."""
        n = len(light)
        out: list[tuple[list, int, list, bool]] = []
        add = out.append
        conjs = [([], 0, [])]
        if light[0] in CONJ and n - 1 >= MIN_STEM:
            conjs.append(([(0, 1, light[0])], 1, [light[0]]))
        for pro, i, keys in conjs:
            if pro and _FULL(light[i:]) in self.whole_words:
                add((pro, i, keys, False))  # وكذلك: و + كذلك, and no further clitics
                continue
            _add_with_article(add, light, pro, i, keys)
            if i >= n:
                continue
            c = light[i]
            if c in PREP and n - i - 1 >= MIN_STEM:
                p2 = pro + [(i, i + 1, c)]
                _add_with_article(add, light, p2, i + 1, keys + [c])
                if c == "ل" and light.startswith("لل", i) and n - i - 2 >= MIN_STEM:
                    add((p2 + [(i + 1, i + 2, ARTICLE)], i + 2, keys + ["ل", ARTICLE], True))
            elif c == FUTURE and n - i >= 4 and light[i + 1] in IMPERFECT_PREFIX:
                add((pro + [(i, i + 1, FUTURE)], i + 1, keys + [FUTURE], False))
        return out

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
        name_start = 0
        for _s, e, c in pro:
            if c != ARTICLE:
                name_start = e
        if len(token) == len(light):  # no marks removed: offsets are the light ones (the usual case)
            return _new(Segmentation, (tuple(pro), stem_start, stem_end, enc, _FULL(stem), name_start))
        to_orig = _light_offsets(token, light)
        return Segmentation(
            tuple((to_orig(s), to_orig(e), c) for s, e, c in pro),
            to_orig(stem_start),
            to_orig(stem_end) if enc else len(token),
            None if enc is None else (to_orig(enc[0]), len(token), enc[2]),
            _FULL(stem),
            to_orig(name_start),
        )


def _add_with_article(add, light: str, pro: list, i: int, keys: list) -> None:
    add((pro, i, keys, False))
    if light.startswith(ARTICLE, i) and len(light) - i - 2 >= MIN_STEM:
        add((pro + [(i, i + 2, ARTICLE)], i + 2, keys + [ARTICLE], True))


_LONG_VOWELS = frozenset("اوي")
# Enclitics by their last letter, longest first as in ENCLITICS, so a word is tested only against those
# it can end with.
_ENCLITICS_BY_LAST: dict[str, tuple[str, ...]] = {
    last: tuple(e for e in ENCLITICS if e[-1] == last) for last in {e[-1] for e in ENCLITICS}
}
_PROCLITIC_FIRST = frozenset(CONJ + PREP + (FUTURE,))


def _shape_bonus(stem: str) -> float:
    """How much an unknown stem looks like a derived Arabic word rather than a foreign name.

    Verbal nouns and participles (تحديث، مستثمر، استجلاء، انفراج، إبعاد) and imperfect verbs
    (تتحرك، نشب) start with a derivational prefix followed by a consonant; transliterated names
    (بيلين، سيول، بونش) mostly start with a consonant and a long vowel.
    """
    if len(stem) < 3:
        return 1.0
    first, second = stem[0], stem[1]
    if first in "أإ" and second not in _LONG_VOWELS:
        return 2.0
    if first in "مت" + "ين" and second not in _LONG_VOWELS:
        return 2.0
    if first == "ا" and len(stem) >= 5 and second in "سنتع" and stem[-2] == "ا":
        return 2.0
    return 1.0


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
_new = tuple.__new__  # NamedTuple construction without its Python-level __new__
_ARABIC_ONLY = re.compile("[\u0621-\u063a\u0641-\u064a]+").fullmatch
_FULL = get_normalizer("full")
