"""Triggers inside the complement of another trigger: what is called for, threatened, refused or
agreed has not happened (``دعا إلى الانسحاب``, ``هدد بقصف``); what is condemned or alleged is
asserted by the accuser, not by the text (``اتهم إسرائيل بقصف``)."""

from __future__ import annotations

from rasd.events.draft import Draft
from rasd.events.lexicon import IMPERFECT, NOUN
from rasd.events.modality import IRREALIS_HOSTS, REFERRING_HOSTS
from rasd.events.scope import Scope
from rasd.events.view import View

REACH = 4
# Speech acts whose complement may run to the end of the clause (اتهم X بمحاولة اغتيال Y).
WIDE_HOSTS = frozenset({"ACCUSE", "REQUEST", "THREATEN"})


def _host(v: View, drafts: list[Draft], n: int, scope: Scope) -> int | None:
    d = drafts[n]
    if d.match.form.kind not in (NOUN, IMPERFECT):
        return None
    for k in range(n - 1, -1, -1):
        h = drafts[k]
        gap = d.match.first - h.match.last
        if h.sentence < d.sentence:
            break  # drafts are in text order: nothing earlier can host it
        if h.sentence != d.sentence or h.type == d.type or gap > 12:
            continue
        if any(h.match.last < b <= d.match.first for b in scope.breaks):
            continue
        if any(v.punct(j) in (".", "؛", ":", "«", "»", '"') for j in range(h.match.last + 1, d.match.first)):
            continue
        if gap <= REACH and not any(v.punct(j) for j in range(h.match.last + 1, d.match.first)):
            return k
        if h.type in WIDE_HOSTS:
            return k
    return None


def apply_nesting(v: View, scope: Scope, drafts: list[Draft]) -> list[Draft]:
    """Complements of calls, threats, refusals and agreements are part of that event and dropped;
    complements of accusations are alleged; of condemnations, support and the like referenced."""
    dropped: set[int] = set()
    for n, d in enumerate(drafts):
        k = _host(v, drafts, n, scope)
        if k is None:
            continue
        h = drafts[k]
        if h.type in IRREALIS_HOSTS or k in dropped:  # a complement of a complement goes with it
            dropped.add(n)
            continue
        elif h.type == "ACCUSE":
            d.modality.alleged = True
        elif h.type in REFERRING_HOSTS:
            d.modality.referenced = True
        else:
            continue
        if d.statement is None:
            d.statement = h.statement
        if d.source is None and h.type == "ACCUSE":
            d.source = h.target
    return [d for n, d in enumerate(drafts) if n not in dropped]
