"""One event per real-world event: repeated mentions merge, then records, ids and scores."""

from __future__ import annotations

from rasd.document import Event, Span
from rasd.events.draft import Draft, EventInfo
from rasd.events.lexicon import IMPERFECT, NOUN, PARTICIPLE, PERFECT
from rasd.events.view import View
from rasd.text.normalize import normalize

# How far apart (in sentences) an anaphoric mention (الهجوم) may be from the event it repeats.
ANAPHORA_SENTENCES = 3


def _compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    return not a or not b or bool(set(a) & set(b))


def _same(v: View, a: Draft, b: Draft) -> bool:
    if a.type != b.type or a.factual != b.factual or a.modality.negated != b.modality.negated:
        return False
    if not (_compatible(a.sources, b.sources) and _compatible(a.targets, b.targets)):
        return False
    if a.date_explicit and b.date_explicit and a.date != b.date:
        return False
    if a.place and b.place and a.place != b.place:
        return False
    if a.mode and b.mode and a.mode != b.mode:
        return False
    verbal = (PERFECT, IMPERFECT)
    if a.match.form.kind in verbal and b.match.form.kind in verbal and a.match.form.trigger.key != b.match.form.trigger.key:
        return False  # two finite verbs are two acts: داهمت ... وصادرت
    if a.statement != b.statement and a.sentence == b.sentence and (a.statement and b.statement):
        return False
    if a.sentence == b.sentence:
        return True
    anaphoric = b.match.form.kind == NOUN and (v.words[b.match.first].startswith("ال") or "ال" in v.procl[b.match.first])
    return anaphoric and not b.sources and b.sentence - a.sentence <= ANAPHORA_SENTENCES


def _absorb(a: Draft, b: Draft, v: View) -> None:
    a.triggers.append((v.starts[b.match.first], v.ends[b.match.last]))
    if a.source is None and b.source is not None:
        a.source = b.source
    if a.target is None and b.target is not None:
        a.target = b.target
    if a.mode is None and b.mode is not None:
        a.mode = b.mode
    if not a.date_explicit and b.date_explicit:
        a.date, a.date_explicit = b.date, True
    a.place = a.place or b.place
    a.anchored = a.anchored or b.anchored
    a.modality.crowd = a.modality.crowd and b.modality.crowd  # a gathering told beside the crowd's acts
    a.score = min(0.99, max(a.score, b.score) + 0.05)


def _score(d: Draft) -> float:
    kind = d.match.form.kind
    s = 0.45 if kind == NOUN else 0.55
    if d.match.form.tail:
        s += 0.1
    if kind in (PERFECT, PARTICIPLE):
        s += 0.05
    s += 0.15 if d.source is not None else 0.0
    s += 0.1 if d.target is not None else 0.0
    s += 0.05 if d.date_explicit else 0.0
    s += 0.05 if d.place else 0.0
    if not d.anchored:
        s -= 0.2
    return round(max(0.05, min(0.99, s)), 2)


def merge(v: View, drafts: list[Draft]) -> list[Draft]:
    out: list[Draft] = []
    for d in drafts:
        d.score = _score(d)
        d.triggers = [(v.starts[d.match.first], v.ends[d.match.last])]
        for e in reversed(out):
            if d.sentence - e.sentence > ANAPHORA_SENTENCES:
                break  # merged events are in text order; none further back can be the same event
            if _same(v, e, d):
                _absorb(e, d, v)
                break
        else:
            out.append(d)
    return out


def _mode(d: Draft) -> str | None:
    m = d.modality
    if m.future and not m.negated:
        return "future"
    if m.hypothetical:
        return "hypothetical"
    return d.mode


def _flags(d: Draft) -> tuple[str, ...]:
    m = d.modality
    names = ("negated", "future", "hypothetical", "generic", "historical", "claimed", "referenced", "alleged", "habitual", "crowd")
    return tuple(n for n in names if getattr(m, n))


# Verbs that put a verbal noun's event on its subject (تعرض لهجوم، نجا من محاولة اغتيال): the noun
# tells what happened to someone, not an event the text takes as known.
_UNDERGO = frozenset(normalize(w) for w in ("تعرض", "تعرضت", "تعرضوا", "تعرضا", "يتعرض", "تتعرض", "يتعرضون",
                                            "بتعرض", "لتعرض", "تعرضه", "تعرضها", "نجا", "نجت", "نجوا"))


def _told_here(v: View, d: Draft) -> bool:
    """The clause tells the event rather than names it: its patient underwent it (``تعرض قيادي ...
    للخطف``، ``نجا من محاولة اغتيال``). (Keeping nouns with an indefinite victim after them, ``مقتل
    جندي``, or a place in the clause was measured too: it lowered cross-validated GSR detection.)"""
    m = d.match
    lo, _ = v.sentence_range(m.first)
    return any(v.word(k) in _UNDERGO or v.stem(k) in _UNDERGO for k in range(max(lo, m.first - 12), m.first))


def _mere_reference(v: View, d: Draft) -> bool:
    """A verbal noun that only names an event the text takes as known (``شكرت الإمارات على دعمها``،
    ``دورها في الوساطة``) is not coded again; an alleged or denied one still is, being a claim, and so
    is one its clause tells (:func:`_told_here`)."""
    m = d.modality
    if d.match.form.kind != NOUN or not m.referenced or m.alleged or m.negated or m.claimed:
        return False
    return not _told_here(v, d)


def finish(v: View, drafts: list[Draft], scorer=None) -> tuple[tuple[Event, ...], tuple[EventInfo, ...]]:
    """Merge, score (``scorer(v, draft)``, the report model; the rule score when None) and emit."""
    kept = [d for d in drafts if (d.anchored or d.statement is not None or d.match.form.kind != NOUN) and not _mere_reference(v, d)]
    merged = merge(v, kept)
    events, infos = [], []
    for n, d in enumerate(merged, 1):
        if scorer is not None:
            d.score = scorer(v, d)
        s, e = d.triggers[0]
        ev = Event(
            id=f"V{n}", type=d.type, trigger=Span(s, e), source=d.sources, target=d.targets, mode=_mode(d),
            place=d.place, date=d.date, statement=d.statement, negated=d.modality.negated, score=d.score,
        )
        events.append(ev)
        infos.append(EventInfo(
            ev.id, d.factual, _flags(d), tuple(d.triggers),
            d.source.spans if d.source is not None else (), d.target.spans if d.target is not None else (),
        ))
    return tuple(events), tuple(infos)
