"""Resolving every place mention of one document together, so each can use the others as context.

Pass one resolves each mention alone and keeps the confident ones (country names, curated places,
large places with no rival) as anchors. Pass two resolves each mention again with the anchors of the
other mentions as context: their countries and coordinates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rasd.geo.context import GeoContext
from rasd.geo.entries import GeoEntry
from rasd.geo.resolve import Geocoder, Resolution, score


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    cue: str | None = None  # normalised place-type word just before the mention (or العاصمه just after)


def resolve_mentions(geocoder: Geocoder, mentions: Sequence[Mention]) -> list[Resolution]:
    anchors: list[GeoEntry | None] = [_anchor(geocoder, m) for m in mentions]
    contexts: dict[str | None, GeoContext] = {}  # by the anchor a mention leaves out (its own place)
    done: dict[tuple[str, str | None, str | None], Resolution] = {}
    out: list[Resolution] = []
    for m, own in zip(mentions, anchors):
        ref = None if own is None else own.ref
        if ref not in contexts:
            contexts[ref] = GeoContext.from_entries(a for a in anchors if a is not None and a.ref != ref)
        key = (m.text, m.cue, ref)
        if key not in done:
            done[key] = geocoder.resolve(m.text, contexts[ref].with_cue(m.cue))
        out.append(done[key])
    # An unknown place takes the document's dominant country, as placed in pass two.
    placed = [r.entry for r in out if r.entry is not None]
    dominant = GeoContext.from_entries(placed).dominant_country()
    return [r if r.entry is not None or r.country else Resolution(None, dominant, r.score) for r in out]


def _anchor(geocoder: Geocoder, m: Mention) -> GeoEntry | None:
    found = geocoder.lookup(m.text, m.cue)
    if not found.candidates:
        return None
    context = GeoContext(cue=found.cue or m.cue)
    ranked = sorted(((score(e, context), e) for e in found.candidates), key=lambda p: -p[0])
    best_score, best = ranked[0]
    margin = best_score - ranked[1][0] if len(ranked) > 1 else 99.0
    if best.is_country and margin > 2:
        return best
    if margin >= 3 and (best.curated or best.population >= 100_000):
        return best
    if len(ranked) == 1 and (best.curated or best.population >= 15_000):
        return best
    return None
