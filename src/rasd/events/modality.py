"""Negation, modality and genericity of a trigger from the context words of its clause."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.events.context import Hit
from rasd.events.lexicon import IMPERFECT, NOUN, PARTICIPLE, PERFECT
from rasd.events.match import Match
from rasd.events.view import View

VERB_NEGATORS = {"لم": (IMPERFECT,), "لن": (IMPERFECT,), "لا": (IMPERFECT, NOUN), "ما": (PERFECT,),
                 "ليس": (NOUN, IMPERFECT, PARTICIPLE), "ليست": (NOUN, IMPERFECT, PARTICIPLE),
                 "لسنا": (NOUN, IMPERFECT, PARTICIPLE), "لما": (IMPERFECT,)}
# The types whose complement is an action that has not happened (called for, threatened, refused).
IRREALIS_HOSTS = frozenset({"REQUEST", "THREATEN", "REJECT", "AGREE", "CONCEDE"})
# The types whose complement is an action asserted by someone else (alleged, condemned, claimed).
REFERRING_HOSTS = frozenset({"ACCUSE", "SUPPORT", "CONSULT", "SANCTION", "PROTEST"})


@dataclass
class Modality:
    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    generic: bool = False
    historical: bool = False
    claimed: bool = False
    referenced: bool = False
    alleged: bool = False
    habitual: bool = False
    crowd: bool = False  # an act of protesters (رفع المتظاهرون لافتات): part of a protest, not its report


def _distance(m: Match, h: Hit) -> int:
    return m.first - h.last


def _applies(v: View, m: Match, h: Hit, supports: set[int]) -> bool:
    """Whether a context phrase before the trigger reaches it."""
    if h.reach == 0:
        return True
    dist = _distance(m, h)
    if h.role == "negation" and h.word in VERB_NEGATORS:
        kinds = VERB_NEGATORS[h.word]
        if m.form.kind in kinds and dist <= h.reach:
            return True
        # negated support verb: لم ينفذ أي هجوم
        return any(h.last < s < m.first for s in supports) and dist <= h.reach + 3
    if h.role == "irrealis" and h.word == "قد":
        return dist == 1 and m.form.kind == IMPERFECT
    return 0 < dist <= h.reach


def modality(v: View, m: Match, hits: list[Hit], lo: int, hi: int, sent_lo: int, supports: set[int]) -> Modality:
    out = Modality()
    if "س" in v.procl[m.first] and m.form.kind == IMPERFECT:
        out.future = True
    for h in hits:
        if h.first >= m.first:
            if h.reach < 0 and h.first > m.last and h.first - m.last <= -h.reach and h.first < hi:
                _set(out, h.role)
            continue
        if h.role == "condition" and h.first >= sent_lo:
            out.hypothetical = True
            continue
        if h.first < lo:
            continue
        if h.role in ("agent", "locative", "support", "break", "casualty", "occur", "result", "weapon"):
            continue
        if _applies(v, m, h, supports):
            _set(out, h.role)
    return out


def _set(out: Modality, role: str) -> None:
    if role == "negation":
        out.negated = True
    elif role == "future":
        out.future = True
    elif role in ("condition", "irrealis", "purpose"):
        out.hypothetical = True
    elif role == "generic":
        out.generic = True
    elif role == "history":
        out.historical = True
    elif role == "claim":
        out.claimed = True
    elif role == "relative":
        out.referenced = True
