"""What surrounds a trigger: context hits by role, statements (cue, content, speaker, strength),
dates and places, and the attachment of statement, date and place to a draft event."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from rasd.events.context import Hit
from rasd.events.draft import Draft
from rasd.events.match import split_clitics
from rasd.events.participants import Group, Participants, group_at
from rasd.events.roles import fill_protest, parties_only
from rasd.events.view import View
from rasd.spans import SpanIndex

LOCATIVES = frozenset({"في", "قرب", "داخل", "شمال", "جنوب", "شرق", "غرب", "وسط", "امام", "عند", "ضواحي", "بالقرب", "مدينه", "بلده", "منطقه", "محافظه", "قريه", "مخيم", "حي"})
# Clause breaks that also change the time of what follows (``وذلك`` and ``حيث`` do not).
STRONG_BREAKS = frozenset({"فيما", "بينما", "في", "غير", "لكن", "الا"})
# Statement cue strengths whose content is not asserted as fact by the speaker.
DENY, CALL, WARN, CONDEMN = "deny", "call", "warn", "condemn"


@dataclass
class StatementRef:
    id: str
    cue: int  # token index of the cue
    start: int  # content character span
    end: int
    speaker: str | None
    speaker_span: tuple[int, int] | None
    strength: str
    date: str | None


@dataclass
class Scope:
    hits: list[Hit]
    breaks: set[int]
    agents: set[int]
    supports: set[int]
    casualty_sentences: set[int]
    trigger_starts: set[int] = field(default_factory=set)
    trigger_types: dict[int, str] = field(default_factory=dict)  # event type of the trigger at a token
    statements: list[StatementRef] = field(default_factory=list)
    hit_starts: list[int] = field(default_factory=list)
    strong_breaks: set[int] = field(default_factory=set)

    def hits_in(self, a: int, b: int) -> list[Hit]:
        return self.hits[bisect_left(self.hit_starts, a) : bisect_right(self.hit_starts, b)]

    @cached_property
    def _by_cue(self) -> dict[int, StatementRef]:
        out: dict[int, StatementRef] = {}
        for st in self.statements:
            out.setdefault(st.cue, st)
        return out

    @cached_property
    def _by_content(self) -> SpanIndex:
        return SpanIndex(self.statements)

    def cue_statement(self, i: int) -> StatementRef | None:
        return self._by_cue.get(i)

    def content_statement(self, v: View, first: int) -> StatementRef | None:
        """The innermost statement whose content holds the trigger, unless a clause break (فيما،
        بينما) separates them."""
        s = v.starts[first]
        best = None
        for _, _, st in self._by_content.covering(s):
            if best is None or st.start >= best.start:
                best = st
        if best is None:
            return None
        lo = max(best.cue, _token_at(v, best.start))
        if any(lo < b < first for b in self.breaks):
            return None
        return best

    def pronoun_referent(self, v: View, i: int, parts: Participants) -> Group | None:
        """The antecedent of a pronoun on a verbal noun: the speaker of a statement in the sentence
        whose cue comes before it, else the nearest actor mention before it in the sentence."""
        lo, _ = v.sentence_range(i)
        for st in self.statements:
            if lo <= st.cue < i and st.speaker and v.starts[i] >= st.end:
                return Group(i, i, (st.speaker,), (st.speaker_span,) if st.speaker_span else ())
        for st in self.statements:
            if lo <= st.cue < i and st.speaker:
                return Group(i, i, (st.speaker,), (st.speaker_span,) if st.speaker_span else ())
        for k in range(i - 1, max(lo, i - 25) - 1, -1):
            m = v.mention_at[k]
            if m is not None and v.actor_kind.get(m.actor) in ("person", "organization", "group"):
                return Group(m.first, m.last, (m.actor,), ((m.start, m.end),))
        return None

    def support_subject(self, v: View, i: int, lo: int, parts: Participants) -> Group | None:
        """``نفذ مسلحون هجوما`` / ``قامت القوات بحملة``: the subject between a support verb and its noun."""
        for s in self.supports:
            if lo <= s < i and i - s <= 6:
                for k in range(s + 1, i):
                    g = group_at(v, k, parts, i)
                    if g is not None:
                        return g
        return None

    def attach(self, v: View, d: Draft, lo: int, hi: int) -> None:
        _attach_statement(self, v, d)
        fill_protest(v, d)
        parties_only(d)
        _attach_date(v, d, lo, hi, self.strong_breaks)
        _attach_place(v, d, lo, hi)
        d.anchored = bool(d.source or d.target or d.date_explicit or d.place or d.sentence in self.casualty_sentences)


def _token_at(v: View, char: int) -> int:
    return max(0, bisect_right(v.starts, char) - 1)


def build_scope(v: View, hits: list[Hit], cues) -> Scope:
    scope = Scope(
        hits=hits,
        breaks={h.first for h in hits if h.role == "break"},
        agents={h.last for h in hits if h.role == "agent"},
        supports={h.first for h in hits if h.role == "support"},
        casualty_sentences={v.sent_of[h.first] for h in hits if h.role == "casualty"},
        hit_starts=[h.first for h in hits],
        strong_breaks={h.first for h in hits if h.role == "break" and h.word in STRONG_BREAKS},
    )
    speakers = v.doc.layer("statement_speakers", ())
    for n, st in enumerate(v.doc.layer("statements", ())):
        cue = _token_at(v, st.cue.start)
        forms, _ = cues.lookup(v.words[cue]) if v.words[cue] else ((), "")
        strength = forms[0].strength if forms else "say"
        mention = st.speaker_mention or (speakers[n] if n < len(speakers) else None)
        span = (mention.start, mention.end) if mention is not None else None
        scope.statements.append(StatementRef(st.id, cue, st.content.start, st.content.end, st.speaker, span, strength, st.date))
    return scope


def _attach_statement(scope: Scope, v: View, d: Draft) -> None:
    first = d.match.first
    own = scope.cue_statement(first)
    if own is not None:
        d.statement = own.id
        if own.speaker:
            d.source = Group(first, first, (own.speaker,), (own.speaker_span,) if own.speaker_span else ())
        return
    st = scope.content_statement(v, first)
    if st is None:
        return
    d.statement = st.id
    if st.strength == DENY:
        d.modality.negated = True
    elif st.strength in (CALL, WARN):
        d.modality.hypothetical = True
    elif st.strength == CONDEMN:
        d.modality.alleged = True
    if d.source is None and st.speaker and _first_person(v, d.match.first):
        d.source = Group(first, first, (st.speaker,), (st.speaker_span,) if st.speaker_span else ())


def _first_person(v: View, i: int) -> bool:
    w = v.words[i]
    return w.startswith("ن") and len(w) > 3 or w.endswith("نا")


def _strong_break_between(v: View, strong: set[int], a: int, b: int) -> bool:
    lo, hi = min(a, b), max(a, b)
    return any(lo < v.starts[k] < hi for k in strong)


def _attach_date(v: View, d: Draft, lo: int, hi: int, strong: set[int]) -> None:
    a, b = v.sentence_range(d.match.first)
    if b <= a:
        return
    c_lo, c_hi = v.starts[lo], v.ends[hi - 1]
    s_lo, s_hi = v.starts[a], v.ends[b - 1]
    pos = v.starts[d.match.first]
    best, best_key = None, None
    for _, _, dm in v.date_index.within(s_lo, s_hi):
        if not dm.value:
            continue
        inside = c_lo <= dm.start and dm.end <= c_hi
        if not inside and _strong_break_between(v, strong, pos, dm.start):
            continue
        key = (0 if inside else 1, abs(dm.start - pos))
        if best_key is None or key < best_key:
            best, best_key = dm.value, key
    if best is not None:
        d.date, d.date_explicit = best, True
    else:
        st = v.statement_by_id.get(d.statement) if d.statement else None
        d.date = (st.date if st is not None else None) or v.doc.meta.date


def _attach_place(v: View, d: Draft, lo: int, hi: int) -> None:
    if not any(v.place_at[lo:hi]):
        return
    for k in range(d.match.last + 1, min(hi, d.match.last + 14)):
        if v.place_at[k] is not None and _locative_before(v, k):
            d.place = v.place_at[k]
            return
    for k in range(d.match.first - 1, lo - 1, -1):
        if v.place_at[k] is not None and _locative_before(v, k):
            d.place = v.place_at[k]
            return


def _locative_before(v: View, k: int) -> bool:
    for j in (k - 1, k - 2):
        if j >= 0 and v.words[j] and (v.words[j] in LOCATIVES or v.stems[j] in LOCATIVES):
            return True
    return "ب" in split_clitics(v.procl[k])
