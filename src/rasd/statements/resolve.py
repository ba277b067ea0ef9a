"""Who an implicit subject is (``وأضاف``، ``واوضحت أن``، ``من جهته، قال``), and which actor speaks.

An implicit report inherits the speaker of the previous report in its sentence when the verb's
gender and number allow it; a discourse marker (``من جهته``) points to the actor the actors stage
linked it to, else to the last person of that gender other than the last speaker; otherwise the
last compatible speaker of an earlier sentence, then the last person of that gender. A name in the
same sentence that no report claimed is not taken (``وعن مبادرة الرئيس بري، قال``).
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.spans import SpanIndex
from rasd.statements import words as W
from rasd.statements.context import View
from rasd.statements.names import NameLexicon
from rasd.statements.parse import Found
from rasd.statements.speaker import given_at, name_in_np


@dataclass(frozen=True)
class Speaker:
    span: tuple[int, int]  # characters
    gender: str | None
    number: str | None
    actor: str | None
    sentence: int


@dataclass(frozen=True)
class Resolved:
    found: Found
    mention: tuple[int, int] | None  # explicit speaker mention (characters)
    speaker: Speaker | None  # who speaks (explicit or resolved)


def _compatible(gender: str | None, number: str | None, sp: Speaker) -> bool:
    if gender and sp.gender and gender != sp.gender:
        return False
    if number and sp.number:
        plural = {"pl", "du"}
        return (number in plural) == (sp.number in plural)
    return True


class ActorIndex:
    """Actor mentions by character span: the actor whose mention overlaps a span most."""

    def __init__(self, actors) -> None:
        self.items = SpanIndex(((m.start, m.end, a.id) for a in actors for m in a.mentions), span=lambda x: (x[0], x[1]))
        self.kinds = {a.id: a.kind for a in actors}

    def at(self, span: tuple[int, int] | None) -> str | None:
        if span is None or not len(self.items):
            return None
        best, best_len = None, 0
        s, e = span
        for ms, me, (_, _, aid) in self.items.overlapping(s, e):
            ov = min(e, me) - max(s, ms)
            if ov > best_len:
                best, best_len = aid, ov
        return best


def persons(v: View, names: NameLexicon) -> list[tuple[int, Speaker]]:
    """Person mentions (token index, speaker record): PER entities, else runs opened by a given name."""
    out: list[tuple[int, Speaker]] = []
    seen: set[int] = set()
    for i in range(v.n):
        ent = v.entity_at[i]
        if ent is not None:
            if getattr(ent, "type", "") == "PER" and id(ent) not in seen:
                seen.add(id(ent))
                g = names.gender(v.word(i))
                out.append((i, Speaker((ent.start, ent.end), g, "sg", None, v.sent_of[i])))
            continue
        w = v.word(i)
        if given_at(v, names, i) and "ب" not in v.procl[i] and "ل" not in v.procl[i]:
            a, b = name_in_np(v, names, i, min(v.n, i + 4))
            if a == i:
                span = v.char_span(a, b)
                if span:
                    out.append((i, Speaker(span, names.gender(w), "sg", None, v.sent_of[i])))
    return out


def subjects(v: View, names: NameLexicon, people: list[tuple[int, Speaker]]) -> list[tuple[int, Speaker]]:
    """Possible subjects of earlier verbs: people, listed names and definite speaker heads that
    stand outside a prepositional phrase (``وعن مبادرة الرئيس بري`` is no subject)."""
    out = list(people)
    taken = {i for i, _ in people}
    for i in range(v.n):
        w = v.word(i)
        if not w or i in taken:
            continue
        end = 0
        if names.phrase_at(v.norms, i):
            end = i + names.phrase_at(v.norms, i)
        elif w in W.SPEAKER_HEADS and w.startswith("ال"):
            end = i + 1
        if end:
            span = v.char_span(i, end)
            number = "pl" if w.endswith(("ون", "ين", "ات")) else "sg"
            if span:
                out.append((i, Speaker(span, None, number, None, v.sent_of[i])))
    out.sort(key=lambda x: x[0])
    return [(i, sp) for i, sp in out if not _in_pp(v, i)]


def _in_pp(v: View, i: int) -> bool:
    procl = v.procl[i].replace("ال", "")
    if any(c in procl for c in "بلك"):
        return True
    prev = [k for k in range(max(0, i - 4), i) if v.word(k)][-3:]
    return any(v.word(k) in W.PREPOSITIONS or v.word(k) in ("فيه", "منه", "عنه") for k in prev)


@dataclass
class Resolver:
    v: View
    names: NameLexicon
    actors: ActorIndex

    def run(self, every: list[Found]) -> list[Resolved]:
        v = self.v
        people = persons(v, self.names)
        self.subjects = subjects(v, self.names, people)
        done: dict[int, Speaker | None] = {}
        history: list[tuple[int, Speaker]] = []  # (cue token, speaker) in text order
        out: list[Resolved] = []
        for f in every:
            mention, speaker = self._one(f, done, history, people)
            done[id(f)] = speaker
            if speaker is not None:
                history.append((f.cue, speaker))
            if f.emit:
                out.append(Resolved(f, mention, speaker))
        return out

    def _explicit(self, f: Found, rng: tuple[int, int]) -> tuple[tuple[int, int] | None, Speaker | None]:
        span = self.v.char_span(*rng)
        if span is None:
            return None, None
        gender = f.form.gender or self.names.gender(self.v.word(rng[0]))
        sp = Speaker(span, gender, f.form.number, self.actors.at(span), f.sentence)
        return span, sp

    def _one(self, f: Found, done, history, people) -> tuple[tuple[int, int] | None, Speaker | None]:
        if f.inherit is not None:
            base = f.inherit
            if base.mention is not None:
                return self._explicit(base, base.mention)
            return None, done.get(id(base))
        if f.mention is not None:
            return self._explicit(f, f.mention)
        return None, self._implicit(f, history, people)

    def _implicit(self, f: Found, history, people) -> Speaker | None:
        g, n = f.form.gender, f.form.number
        same = [sp for cue, sp in history if sp.sentence == f.sentence and cue < f.cue]
        for sp in reversed(same):
            if _compatible(g, n, sp):
                return sp
        for i, sp in self.subjects:
            if sp.sentence == f.sentence and i < f.cue and f.discourse is None and _compatible(g, n, sp):
                return sp
        last = history[-1][1] if history else None
        if f.discourse is not None:
            span = self.v.char_span(*f.discourse)
            actor = self.actors.at(span)
            if actor is not None and span is not None:
                return Speaker(span, g, n, actor, f.sentence)
            for i, sp in reversed(people):
                if i < f.cue and (g is None or sp.gender in (None, g)) and (last is None or sp.span != last.span):
                    return sp
        for _cue, sp in reversed(history):
            if sp.sentence < f.sentence and _compatible(g, n, sp):
                return sp
        for i, sp in reversed(people):
            if sp.sentence < f.sentence and i < f.cue and (g is None or sp.gender in (None, g)) and n != "pl":
                return sp
        return None
