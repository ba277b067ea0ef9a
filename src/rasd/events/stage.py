"""The events stage: PLOVER events with source, target, place, date, statement, negation and score.

Reads tokens, sentences, actors, statements and dates (and places when the geo stage ran). Besides
the public ``events`` layer it writes ``event_info`` (one record per event, same order): whether the
text asserts the event as having happened, why not (negated, future, hypothetical, generic,
historical, claimed, referenced, alleged), every trigger mention merged into it, and the character
spans of its source and target phrases, which exist even when no actor was resolved (``مسلحون``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.document import Document
from rasd.events import context as C
from rasd.events import lexicon as L
from rasd.events import participants as P
from rasd.events.arguments import Frame, assign
from rasd.events.draft import Draft
from rasd.events.judge import judge, screen
from rasd.events.match import find_matches
from rasd.events.merge import finish
from rasd.events.modality import modality
from rasd.events.nesting import apply_nesting
from rasd.events.report import Scorer
from rasd.events.report import compiled as compiled_report
from rasd.events.scope import Scope, build_scope
from rasd.events.view import build_view


@dataclass
class EventStage:
    lexicon: L.TriggerLexicon
    context: C.ContextLexicon
    participants: P.Participants
    cues: object  # the statements cue lexicon, for the strength of a statement's cue
    scorer: Scorer | None = None  # the report model that gives each event its score
    name: str = "events"
    version: str = "1"
    requires: tuple[str, ...] = ("tokens", "sentences", "entities", "actors", "statements", "dates")
    produces: tuple[str, ...] = ("events", "event_info")
    _cache: dict = field(default_factory=dict, repr=False)
    _words: dict = field(default_factory=dict, repr=False)

    def __call__(self, doc: Document) -> Document:
        if not doc.layer("tokens", ()):
            return doc.with_layer("events", ()).with_layer("event_info", ())
        v = build_view(doc, self._words)
        matches = find_matches(v, self.lexicon, self._cache)
        if not matches:
            return doc.with_layer("events", ()).with_layer("event_info", ())
        scope = build_scope(v, C.find_context(v, self.context), self.cues)
        scope.trigger_starts = {m.first for m in matches if m.form.trigger.source_frame != "subj" or m.form.kind != L.PARTICIPLE}
        scope.trigger_types = {m.first: m.form.trigger.type for m in matches}
        drafts = [d for d in (self._draft(v, scope, m) for m in matches) if d is not None]
        drafts = inherit_subjects(v, apply_nesting(v, scope, drafts))
        events, infos = finish(v, drafts, self.scorer)
        return doc.with_layer("events", events).with_layer("event_info", infos)

    def _draft(self, v, scope: Scope, m) -> Draft | None:
        t = m.form.trigger
        lo, hi = C.clause_bounds(v, m.first, scope.breaks)
        hi = max(hi, min(m.last + 1, v.n))
        sent_lo, _ = v.sentence_range(m.first)
        mod = modality(v, m, scope.hits_in(sent_lo, hi), lo, hi, sent_lo, scope.supports)
        if mod.generic:
            return None
        definite = "ال" in v.procl[m.first] or v.words[m.first].startswith("ال")
        skip = range(m.tail_at, m.tail_at + len(m.form.tail)) if m.tail_at >= 0 else range(0)
        hi = max(hi, skip.stop)
        frame = Frame(m.first, m.last, m.form.kind, t.source_frame, t.target_frames, m.enclitic, definite, lo, hi, skip, key=t.key)
        d = screen(v, scope, Draft(m, t.type, t.mode, None, None, mod, v.sent_of[m.first]), lo, hi)
        if d is None:
            return None
        pronoun = scope.pronoun_referent(v, m.first, self.participants) if m.enclitic else None
        args = assign(v, frame, self.participants, scope.trigger_starts, scope.agents, pronoun)
        d.source, d.target, d.two_sided = args.source, args.target, args.two_sided
        if d.source is None and m.form.kind == L.NOUN:
            d.source = scope.support_subject(v, m.first, lo, self.participants)
        scope.attach(v, d, lo, hi)
        d = judge(v, scope, d, lo, hi)
        if d is not None and self.scorer is not None:
            d.context = context_roles(scope, lo, hi, v.sentence_range(m.first))
        return d


def context_roles(scope: Scope, lo: int, hi: int, sentence: tuple[int, int]) -> tuple[str, ...]:
    """Which kinds of context word stand in the trigger's clause and in its sentence."""
    roles = {f"clause:{h.role}" for h in scope.hits_in(lo, hi - 1)}
    roles.update(f"sentence:{h.role}" for h in scope.hits_in(sentence[0], sentence[1] - 1))
    return tuple(sorted(roles))


def inherit_subjects(v, drafts: list[Draft]) -> list[Draft]:
    """A verb joined by و/ف with no subject of its own shares the subject of the verb before it in
    the sentence (``داهمت قوات الأمن منزلا وصادرت أسلحة``)."""
    prev = None
    for d in drafts:
        verbal = d.match.form.kind in (L.PERFECT, L.IMPERFECT)
        if verbal and d.source is None and prev is not None and prev.sentence == d.sentence and v.procl[d.match.first][:1] in ("و", "ف"):
            d.source = prev.source
        if verbal and d.source is not None:
            prev = d
    return drafts


def make_stage(resources) -> EventStage:
    from rasd.statements.lexicon import compiled as compiled_cues

    return EventStage(
        L.compiled(resources), C.compiled(resources), P.compiled(resources), compiled_cues(resources),
        compiled_report(resources),
    )
