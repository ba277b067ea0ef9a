"""The places stage: LOC mentions -> ``places`` records, and LOC entities re-emitted with their place id.

Requires tokens, sentences and entities; produces ``places`` and ``entities`` (every entity kept as it
was, LOC ones with ``place`` set). Mentions of one place (same GeoNames entry, or the same unknown
name) share one record; ids are P1, P2 ... in order of first mention.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from rasd.document import Document, Entity, Place, Span
from rasd.geo.document import Mention, resolve_mentions
from rasd.geo.keys import name_key
from rasd.geo.resolve import AFTER_CITY_CUES, CUE_WORDS, Geocoder, Resolution

GEOCODER_KEY = "geo.geocoder"


def load_geocoder(resources) -> Geocoder:
    from rasd.geo.gazetteer import load_gazetteer

    return Geocoder(load_gazetteer())


def geocoder_for(resources) -> Geocoder:
    """The process-wide geocoder (the gazetteer is read from the cache once per process)."""
    return resources.cached(GEOCODER_KEY, load_geocoder)


@dataclass
class PlacesStage:
    resources: object = field(repr=False)
    name: str = "places"
    version: str = "1"
    requires: tuple[str, ...] = ("tokens", "sentences", "entities")
    produces: tuple[str, ...] = ("places", "entities")

    def __call__(self, doc: Document) -> Document:
        entities = tuple(doc.layer("entities", ()))
        locs = [e for e in entities if e.type == "LOC" and 0 <= e.start < e.end <= len(doc.text)]
        if not locs:
            return doc.with_layer("places", ()).with_layer("entities", entities)
        tokens = doc.layer("tokens", ())
        token_ends = [t.end for t in tokens]
        mentions = [Mention(e.start, e.end, doc.text[e.start : e.end], _cue(tokens, token_ends, e)) for e in locs]
        resolutions = resolve_mentions(geocoder_for(self.resources), mentions)
        places, place_of = _group(doc.text, locs, resolutions)
        new_entities = tuple(replace(e, place=place_of[e.id]) if e.id in place_of else e for e in entities)
        return doc.with_layer("places", places).with_layer("entities", new_entities)


def _cue(tokens, token_ends: list[int], ent: Entity) -> str | None:
    """The place-type word just before the mention, or ``العاصمه`` just after it."""
    i = bisect_right(token_ends, ent.start) - 1
    if i >= 0 and tokens[i].stem in CUE_WORDS:
        return tokens[i].stem
    j = bisect_right(token_ends, ent.end - 1) + 1
    if 0 < j < len(tokens) and tokens[j - 1].end >= ent.end and tokens[j].norm in AFTER_CITY_CUES:
        return "مدينه"
    return None


def _group(text: str, locs: list[Entity], resolutions: list[Resolution]) -> tuple[tuple[Place, ...], dict[str, str]]:
    order: list[str] = []
    spans: dict[str, list[Span]] = {}
    first: dict[str, tuple[Entity, Resolution]] = {}
    group_of: dict[str, str] = {}
    for ent, res in sorted(zip(locs, resolutions), key=lambda p: p[0].start):
        group = res.entry.ref if res.entry is not None else "?" + name_key(text[ent.start : ent.end])
        if group not in spans:
            order.append(group)
            spans[group] = []
            first[group] = (ent, res)
        spans[group].append(Span(ent.start, ent.end))
        group_of[ent.id] = group
    pid_of = {group: f"P{n}" for n, group in enumerate(order, 1)}
    places = []
    for group in order:
        ent, res = first[group]
        e = res.entry
        places.append(Place(
            id=pid_of[group],
            name=text[ent.start : ent.end],
            mentions=tuple(spans[group]),
            name_en=None if e is None else e.name_en,
            geonameid=None if e is None else e.geonameid,
            lat=None if e is None else e.lat,
            lon=None if e is None else e.lon,
            country=res.country,
            feature_code=None if e is None else e.feature_code,
        ))
    return tuple(places), {eid: pid_of[g] for eid, g in group_of.items()}


def make_stage(resources) -> PlacesStage:
    return PlacesStage(resources)
