"""The trigger lexicon: every inflected form of the lemmas in ``events/triggers.tsv``.

Forms are generated at load time: perfect and imperfect verbs in the 3rd and 1st persons (speech
inside quotes says ``قصفنا``), nouns with their dual, plural and accusative forms, participles with
their plurals, and the first word of a phrase inflected like the verb it starts with when that verb
has its own row. ``extra_forms`` adds what suffixing cannot derive. Lookup is on full-normalised
words; clitics are taken from the segmenter, and a form only accepts the clitics its part of speech
can carry (no article on a verb, no future ``س`` on a noun).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from rasd.resources_io import read_table, resource_path, split_multi
from rasd.text.normalize import normalize

PERFECT = "perfect"
IMPERFECT = "imperfect"
NOUN = "noun"
PARTICIPLE = "participle"

VERBAL = frozenset({PERFECT, IMPERFECT})
# A note with these words marks a verb whose letters also spell its verbal noun (قتل، قصف، خطف);
# three-letter verbs get the noun reading anyway (طرد، منع، رفض), the فعل pattern being so common.
SAME_AS_NOUN = "same letters as the noun"


@dataclass(frozen=True, slots=True)
class Trigger:
    """One row of the lexicon."""

    lemma: str  # as written in the resource
    key: str  # normalised lemma
    type: str
    mode: str | None
    pos: str  # verb noun phrase participle
    source_frame: str  # subj poss by empty
    target_frames: tuple[str, ...]  # obj poss or normalised prepositions
    row: int
    needs: str = ""  # armed | anchor | ''


@dataclass(frozen=True, slots=True)
class Form:
    """A surface form of a trigger: its kind and, for phrases, the words that must follow."""

    trigger: Trigger
    kind: str
    tail: tuple[str, ...] = ()


@dataclass(frozen=True)
class TriggerLexicon:
    forms: dict[str, tuple[Form, ...]] = field(default_factory=dict)
    triggers: tuple[Trigger, ...] = ()

    def get(self, word: str) -> tuple[Form, ...]:
        return self.forms.get(word, ())


def verb_forms(perfect: str, imperfect: str) -> Iterable[tuple[str, str]]:
    """(form, kind) for the persons a regular verb makes with suffixes and prefixes."""
    yield perfect, PERFECT
    if not perfect.endswith(("ي", "ا")):
        for suffix in ("ت", "وا", "ا", "تا", "ن", "نا", "تم"):
            yield perfect + suffix, PERFECT
    if not imperfect or imperfect[0] not in "يت":
        return
    body = imperfect[1:]
    for prefix in "يتنا":
        yield prefix + body, IMPERFECT
    if imperfect.endswith(("ي", "و", "ا")):
        for prefix in "يتن":  # the jussive drops the weak letter: لم يلتق، لم يدع
            if len(body) >= 3:
                yield prefix + body[:-1], IMPERFECT
        return
    for suffix in ("ون", "ان", "وا", "ا", "ن"):
        yield "ي" + body + suffix, IMPERFECT
        yield "ت" + body + suffix, IMPERFECT
    yield "ن" + body, IMPERFECT


def noun_forms(noun: str) -> Iterable[str]:
    """A noun, its dual and sound plurals and its accusative: هجوم هجوما هجومان هجومين، زيارة زيارات."""
    yield noun
    if noun.endswith("ه"):  # ة after normalisation
        base = noun[:-1]
        yield base + "تان"
        yield base + "تين"
        yield base + "ات"
        return
    if noun.endswith(("ات", "ون", "ين")):
        return
    yield noun + "ا"
    yield noun + "ان"
    yield noun + "ين"


def participle_forms(word: str) -> Iterable[str]:
    yield word
    if word.endswith(("ون", "ين", "ات")):
        return
    for suffix in ("ون", "ين", "ان", "ه", "ات", "ا"):
        yield word + suffix


class _Builder:
    def __init__(self) -> None:
        self.forms: dict[str, list[Form]] = {}
        self.verbs: dict[str, str] = {}  # normalised perfect -> normalised imperfect

    def add(self, word: str, form: Form) -> None:
        bucket = self.forms.setdefault(word, [])
        if form not in bucket:
            bucket.append(form)

    def verb(self, t: Trigger, imperfect: str, extras: list[str]) -> None:
        for word, kind in verb_forms(t.key, imperfect):
            self.add(word, Form(t, kind))
        for extra in extras:
            if " " not in extra:
                kind = IMPERFECT if extra[:1] in "يتن" and extra[1:3] == imperfect[1:3] else PERFECT
                self.add(extra, Form(t, kind))

    def noun(self, t: Trigger, extras: list[str], kind: str) -> None:
        make = participle_forms if kind == PARTICIPLE else noun_forms
        for base in [t.key] + [e for e in extras if " " not in e]:
            for word in make(base):
                self.add(word, Form(t, kind))

    def phrase(self, t: Trigger, extras: list[str]) -> None:
        lemma_head = t.key.split()[0]
        for variant in [t.key] + extras:
            words = variant.split()
            if len(words) == 1:
                self.add(words[0], Form(t, NOUN))
                continue
            head, tail = words[0], tuple(words[1:])
            self.add(head, Form(t, _head_kind(t, head, lemma_head), tail))
            imperfect = self.verbs.get(head) if t.source_frame == "subj" else None
            if imperfect is not None:
                for word, kind in verb_forms(head, imperfect):
                    self.add(word, Form(t, kind, tail))


def _head_kind(t: Trigger, head: str, lemma_head: str) -> str:
    """Whether the first word of a phrase variant is a verb: only for phrases whose agent is a
    subject; ``سحبت`` from ``سحب``, ``يطلق`` from ``أطلق``; verbal nouns (``إطلاق``) stay nouns."""
    if t.source_frame != "subj" or len(lemma_head) < 2:
        return NOUN
    if head.startswith(lemma_head) and len(head) - len(lemma_head) <= 2:
        return PERFECT
    if head[:1] in "يتن" and (head[1:].startswith(lemma_head) or head[1:].startswith(lemma_head[1:])):
        return IMPERFECT if len(head) > 2 else NOUN
    return NOUN


def _trigger(row: dict[str, str], n: int) -> Trigger:
    frames = tuple(f if f in ("obj", "poss") else normalize(f) for f in split_multi(row.get("target_frame", "")))
    return Trigger(
        lemma=row["lemma"],
        key=normalize(row["lemma"]),
        type=row["type"].strip().upper(),
        mode=row.get("mode") or None,
        pos=row.get("pos", "noun") or "noun",
        source_frame=row.get("source_frame", "") or "empty",
        target_frames=frames,
        row=n,
        needs=row.get("needs", ""),
    )


def load(resources=None) -> TriggerLexicon:
    """Compile ``events/triggers.tsv`` (call through ``resources.cached``)."""
    root = getattr(resources, "root", None)
    path = root / "events" / "triggers.tsv" if root is not None else resource_path("events", "triggers.tsv")
    table = read_table(path)
    builder = _Builder()
    triggers = [_trigger(row, n) for n, row in enumerate(table.rows)]
    for t, row in zip(triggers, table.rows):
        if t.pos == "verb":
            builder.verbs.setdefault(t.key, normalize(row.get("imperfect", "")))
    for t, row in zip(triggers, table.rows):
        extras = [normalize(x) for x in split_multi(row.get("extra_forms", ""))]
        if t.pos == "verb":
            builder.verb(t, builder.verbs.get(t.key, ""), extras)
            if SAME_AS_NOUN in row.get("note", "") or len(t.key) == 3:
                builder.noun(t, [], NOUN)
        elif t.pos == "phrase":
            builder.phrase(t, extras)
        else:
            builder.noun(t, extras, PARTICIPLE if t.pos == "participle" else NOUN)
    return TriggerLexicon({k: tuple(v) for k, v in builder.forms.items()}, tuple(triggers))


def compiled(resources) -> TriggerLexicon:
    return resources.cached("events.triggers", load)
