"""The cue lexicon: every inflected form of the reporting lemmas in ``statements/cues.tsv``.

Forms are generated at load time from the lemma (perfect 3rd masc. sg.), the imperfect, the
participle and the verbal nouns; ``extra_forms`` adds what a suffixing generator cannot derive
(hollow, doubled and defective verbs). Lookup is on full-normalised tokens; the conjunctions و ف
(and for nouns ب ل) are stripped at lookup time rather than multiplied into the table.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from rasd.resources_io import read_table, resource_path, split_multi
from rasd.text.normalize import normalize

# Kinds of cue forms.
PERFECT = "perfect"
IMPERFECT = "imperfect"
PARTICIPLE = "participle"
VNOUN = "vnoun"  # verbal noun or reporting noun, possibly with a possessive pronoun
PHRASE = "phrase"

PRONOUNS = {"ه": ("m", "sg"), "ها": ("f", "sg"), "هم": ("m", "pl"), "هما": (None, "du"), "هن": ("f", "pl")}
# Complements that name a topic, not what was said: ``تحدث عن`` is "spoke about".
TOPIC_ONLY = {
    "تحدث": frozenset({"عن"}),
    "تطرق": frozenset({"الي"}),
    "وصف": frozenset({"obj", "ب"}),  # يصف ... بالأرانب names, it does not report
}
# Lemmas of attitude, not speech: the guidelines leave narrated beliefs out.
NOT_SPEECH = frozenset({"اعتقد", "عد"})  # عد: عدن، بعدها are never "he considered"
# Forms that are nearly always another word: بين "between", استنادا "based on (a text)".
NEVER_CUES = frozenset({"بين", "تبين", "يتبين", "استنادا", "عبر", "امرا"})
# Relay phrases whose cue word is not the first one (``على لسان`` -> ``لسان``).
_LAST_WORD_CUE = frozenset({"علي"})


class CueForm(NamedTuple):
    lemma: str  # normalised lemma
    kind: str
    gender: str | None  # m / f / None when the form does not say
    number: str | None  # sg / du / pl
    complements: frozenset[str]  # normalised: ان ان_ب الي_ان الي علي_ان علي عن : من ب ل في obj
    strength: str
    possessive: bool = False  # a verbal noun carrying a pronoun (قوله)
    tail: tuple[str, ...] = ()  # words that must follow (phrases)
    cue_last: bool = False  # for phrases: the cue token is the last word, not the first


@dataclass(frozen=True)
class CueLexicon:
    forms: dict[str, tuple[CueForm, ...]] = field(default_factory=dict)

    def lookup(self, norm: str) -> tuple[tuple[CueForm, ...], str]:
        """Forms of a normalised token and the proclitics stripped to find them ('' when none)."""
        hit = self.forms.get(norm)
        if hit:
            return hit, ""
        if len(norm) > 3 and norm[0] in "وف":
            hit = self.forms.get(norm[1:])
            if hit and norm[0] == "ف":
                hit = tuple(f for f in hit if f.kind != PHRASE)  # فحسب is "only"
            if hit:
                return hit, norm[0]
            if norm[1] in "بل":
                hit = self._nominal(norm[2:])
                if hit:
                    return hit, norm[:2]
        if len(norm) > 3 and norm[0] in "بل":
            hit = self._nominal(norm[1:])
            if hit:
                return hit, norm[0]
        return (), ""

    def _nominal(self, norm: str) -> tuple[CueForm, ...]:
        return tuple(f for f in self.forms.get(norm, ()) if f.kind in (VNOUN, PHRASE))


def _complements(value: str) -> frozenset[str]:
    out = set()
    for c in split_multi(value):
        out.add(c if c in (":", "obj") else normalize(c))
    return frozenset(out)


def _verb_forms(perfect: str, imperfect: str) -> Iterable[tuple[str, str, str | None, str | None]]:
    """(form, kind, gender, number) of the 3rd-person forms a regular verb makes by suffixes."""
    yield perfect, PERFECT, "m", "sg"
    if not perfect.endswith(("ي", "ا")):
        yield perfect + "ت", PERFECT, "f", "sg"
        yield perfect + "وا", PERFECT, "m", "pl"
        yield perfect + "تا", PERFECT, "f", "du"
        yield perfect + "ن", PERFECT, "f", "pl"
    if not imperfect:
        return
    yield imperfect, IMPERFECT, "m", "sg"
    if imperfect.endswith(("ي", "و", "ا")):
        return
    fem = "ت" + imperfect[1:]
    yield fem, IMPERFECT, "f", "sg"
    yield imperfect + "ون", IMPERFECT, "m", "pl"
    yield imperfect + "ان", IMPERFECT, "m", "du"
    yield fem + "ان", IMPERFECT, "f", "du"
    yield imperfect + "ن", IMPERFECT, "f", "pl"


def _extra_form(form: str, perfect: str, imperfect: str) -> tuple[str, str | None, str | None]:
    """Kind, gender and number of an irregular form, guessed from its affixes."""
    kind = IMPERFECT if form[:1] in "يت" and not form.startswith(perfect[:2]) else PERFECT
    if imperfect and form[:1] in "يت" and form[1:3] == imperfect[1:3]:
        kind = IMPERFECT
    if kind == IMPERFECT:
        gender = "f" if form.startswith("ت") else "m"
        number = "pl" if form.endswith(("ون", "ن")) and not form.endswith("ان") else ("du" if form.endswith("ان") else "sg")
        if form.startswith("ي") and form.endswith("ن") and not form.endswith(("ون", "ان")):
            gender, number = "f", "pl"
        return kind, gender, number
    if form.endswith(("وا", "و")):
        return kind, "m", "pl"
    if form.endswith("تا"):
        return kind, "f", "du"
    if form.endswith("ت"):
        return kind, "f", "sg"
    if form.endswith("ن"):
        return kind, "f", "pl"
    if form.endswith("ا") and form != perfect:
        return kind, "m", "du"
    return kind, "m", "sg"


def _participles(participle: str) -> Iterable[tuple[str, str | None, str | None]]:
    base = participle[:-1] if participle.endswith("ا") else participle
    yield base + "ا", "m", "sg"
    yield base + "ه", "f", "sg"
    yield base + "ين", "m", "pl"
    yield base + "ات", "f", "pl"


def _noun_stems(noun: str) -> Iterable[str]:
    """The stem a pronoun attaches to: ة (normalised ه) becomes ت."""
    if noun.endswith("ه"):
        return (noun[:-1] + "ت",)
    return (noun,)


def _vnoun_forms(noun: str) -> Iterable[tuple[str, str | None, str | None, bool]]:
    yield noun, None, None, False
    for stem in _noun_stems(noun):
        for pro, (g, n) in PRONOUNS.items():
            yield stem + pro, g, n, True


class _Builder:
    def __init__(self) -> None:
        self.forms: dict[str, list[CueForm]] = {}

    def add(self, form: str, cue: CueForm) -> None:
        bucket = self.forms.setdefault(form, [])
        if cue not in bucket:
            bucket.append(cue)

    def verb_row(self, row: dict[str, str], lemma: str, comps: frozenset[str], strength: str) -> None:
        perfect, imperfect = lemma, normalize(row.get("imperfect", ""))
        for form, kind, g, n in _verb_forms(perfect, imperfect):
            self.add(form, CueForm(lemma, kind, g, n, comps, strength))
        for extra in split_multi(row.get("extra_forms", "")):
            form = normalize(extra)
            if " " in form:
                continue
            kind, g, n = _extra_form(form, perfect, imperfect)
            self.add(form, CueForm(lemma, kind, g, n, comps, strength))
        if row.get("participle"):
            for form, g, n in _participles(normalize(row["participle"])):
                self.add(form, CueForm(lemma, PARTICIPLE, g, n, comps, strength))
        for vn in split_multi(row.get("verbal_noun", "")):
            self.noun(normalize(vn), lemma, comps, strength)

    def noun(self, noun: str, lemma: str, comps: frozenset[str], strength: str) -> None:
        if " " in noun:
            return
        for form, g, n, poss in _vnoun_forms(noun):
            self.add(form, CueForm(lemma, VNOUN, g, n, comps, strength, poss))

    def phrase_row(self, row: dict[str, str], lemma: str, comps: frozenset[str], strength: str) -> None:
        variants = [lemma] + [normalize(x) for x in split_multi(row.get("extra_forms", ""))]
        if row.get("participle"):
            variants.append(normalize(row["participle"]))
        for variant in variants:
            words = tuple(variant.split())
            if len(words) == 1:
                self.add(words[0], CueForm(lemma, PHRASE, None, None, comps, strength))
                continue
            last = words[0] in _LAST_WORD_CUE
            self.add(words[0], CueForm(lemma, PHRASE, None, None, comps, strength, False, words[1:], last))


def load(resources=None) -> CueLexicon:
    """Compile ``statements/cues.tsv`` (call through ``resources.cached``)."""
    root = resources.root if resources is not None else None
    path = (root / "statements" / "cues.tsv") if root is not None else resource_path("statements", "cues.tsv")
    table = read_table(path)
    builder = _Builder()
    for row in table.rows:
        lemma = normalize(row["lemma"])
        if not lemma or lemma in NOT_SPEECH:
            continue
        comps = _complements(row.get("complement", "")) - TOPIC_ONLY.get(lemma, frozenset())
        strength = row.get("strength", "say") or "say"
        pos = row.get("pos", "verb")
        if pos == "verb":
            builder.verb_row(row, lemma, comps, strength)
        elif pos == "noun":
            builder.noun(lemma, lemma, comps, strength)
            for extra in split_multi(row.get("extra_forms", "")):
                builder.noun(normalize(extra), lemma, comps, strength)
        else:
            builder.phrase_row(row, lemma, comps, strength)
    for word in NEVER_CUES:
        builder.forms.pop(word, None)
    return CueLexicon({k: tuple(v) for k, v in builder.forms.items()})


def compiled(resources) -> CueLexicon:
    return resources.cached("statements.cues", load)
