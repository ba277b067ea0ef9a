"""PLOVER JSON records from a rasd document dict: one record per event the text asserts as having
happened (negated, future and hypothetical events are left out), with actor, recipient, event, mode,
event_loc (GeoNames fields), date, event_text (the sentence) and text_info (offsets)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from rasd.exports.records import actors_of, by_id, happened, sentence_of


def _party(actors: list[Mapping[str, Any]]) -> dict[str, Any]:
    """The PLOVER actor fields for one side; coordinated actors stay a list (no dyad explosion)."""
    first = actors[0] if actors else {}
    return {
        "name": " ; ".join(a.get("name_en") or a.get("name") or "" for a in actors),
        "name_ar": " ; ".join(a.get("name") or "" for a in actors),
        "country": first.get("country"),
        "sector": first.get("sector"),
        "code": first.get("code"),
        "wikidata": first.get("wikidata"),
        "ids": [a["id"] for a in actors],
    }


def _location(place: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.get("name_en") or place.get("name"),
        "name_ar": place.get("name"),
        "geonameid": place.get("geonameid"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "country_code": place.get("country"),
        "feature_code": place.get("feature_code"),
    }


def plover_records(doc: Mapping[str, Any]) -> list[dict[str, Any]]:
    text = doc.get("text", "")
    meta = doc.get("meta") or {}
    places = by_id(doc, "places")
    out = []
    for ev in doc.get("events") or ():
        if not happened(ev):
            continue
        trig = ev["trigger"]
        s_start, s_end = sentence_of(doc, trig["start"])
        actor = _party(actors_of(doc, ev.get("source")))
        recipient = _party(actors_of(doc, ev.get("target")))
        out.append({
            "id": f"{doc.get('id')}-{ev['id']}",
            "date": ev.get("date") or meta.get("date"),
            "event": ev["type"],
            "mode": ev.get("mode") or "",
            "context": [],
            "actor": actor["name"],
            "actor_ar": actor["name_ar"],
            "actor_country": actor["country"],
            "actor_sector": actor["sector"],
            "actor_code": actor["code"],
            "actor_wikidata": actor["wikidata"],
            "recipient": recipient["name"],
            "recipient_ar": recipient["name_ar"],
            "recipient_country": recipient["country"],
            "recipient_sector": recipient["sector"],
            "recipient_code": recipient["code"],
            "recipient_wikidata": recipient["wikidata"],
            "event_loc": _location(places.get(ev.get("place") or "")),
            "event_text": text[s_start:s_end],
            "text_info": {
                "doc_id": doc.get("id"),
                "source": meta.get("source"),
                "url": meta.get("url"),
                "trigger": {"start": trig["start"], "end": trig["end"], "text": trig.get("text", text[trig["start"] : trig["end"]])},
                "sentence": {"start": s_start, "end": s_end},
                "statement": ev.get("statement"),
                "actor_ids": actor["ids"],
                "recipient_ids": recipient["ids"],
            },
            "score": ev.get("score"),
        })
    return out
