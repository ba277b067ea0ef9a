"""Flat rows of a document's JSON, one table per kind of record, with fixed column lists.

``rasd export``, the corpus store, ``rasd batch`` and the Spark job all build their tables here, so
that every output of rasd has the same columns in the same order. Each function takes a document as
its JSON dict (schema ``rasd.document/1``) and returns tuples in column order; nothing is looked up
outside the document. Offsets are character offsets into the document text (end exclusive).
Multi-valued cells (an event's several sources) are joined with ``|``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

Row = tuple[Any, ...]
Doc = Mapping[str, Any]
MULTI = "|"

# Column types: text, int, real, bool (exports map them to Parquet/SQL types).
COLUMN_TYPES = ("text", "int", "real", "bool")


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[tuple[str, str], ...]  # (name, type)
    rows: Callable[[Doc], list[Row]]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.columns)


def text_sha1(text: str) -> str:
    """The content hash of a document text (the corpus store's document id)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def _meta(doc: Doc) -> Mapping[str, Any]:
    return doc.get("meta") or {}


def _span_text(doc: Doc, span: Mapping[str, Any] | None) -> str | None:
    if not span:
        return None
    return doc["text"][span["start"] : span["end"]]


def _by_id(doc: Doc, layer: str) -> dict[str, Mapping[str, Any]]:
    return {item["id"]: item for item in doc.get(layer) or ()}


def _join(values: list[Any]) -> str | None:
    kept = ["" if v is None else str(v) for v in values]
    return MULTI.join(kept) if kept else None


DOCUMENT_COLUMNS = (
    ("doc_id", "text"), ("source_id", "text"), ("text_sha1", "text"), ("date", "text"), ("source", "text"),
    ("url", "text"), ("title", "text"), ("language", "text"), ("chars", "int"), ("sentences", "int"),
    ("entities", "int"), ("actors", "int"), ("statements", "int"), ("events", "int"), ("places", "int"),
)


def document_rows(doc: Doc) -> list[Row]:
    meta = _meta(doc)
    text = doc["text"]
    counts = tuple(len(doc.get(k) or ()) for k in ("sentences", "entities", "actors", "statements", "events", "places"))
    source_id = meta.get("source_id") or doc["id"]
    return [(doc["id"], source_id, text_sha1(text), meta.get("date"), meta.get("source"), meta.get("url"),
             meta.get("title"), meta.get("language"), len(text), *counts)]


SENTENCE_COLUMNS = (("doc_id", "text"), ("sentence", "int"), ("char_start", "int"), ("char_end", "int"), ("text", "text"))


def sentence_rows(doc: Doc) -> list[Row]:
    text = doc["text"]
    return [(doc["id"], i, s["start"], s["end"], text[s["start"] : s["end"]]) for i, s in enumerate(doc.get("sentences") or ())]


ENTITY_COLUMNS = (
    ("doc_id", "text"), ("entity_id", "text"), ("char_start", "int"), ("char_end", "int"), ("text", "text"),
    ("type", "text"), ("actor_id", "text"), ("place_id", "text"), ("score", "real"),
)


def entity_rows(doc: Doc) -> list[Row]:
    text = doc["text"]
    return [
        (doc["id"], e["id"], e["start"], e["end"], text[e["start"] : e["end"]], e["type"], e.get("actor"),
         e.get("place"), e.get("score"))
        for e in doc.get("entities") or ()
    ]


ACTOR_COLUMNS = (
    ("doc_id", "text"), ("actor_id", "text"), ("name", "text"), ("name_en", "text"), ("kind", "text"),
    ("country", "text"), ("sector", "text"), ("code", "text"), ("title", "text"), ("wikidata", "text"),
    ("dict_key", "text"), ("mentions", "int"),
)


def actor_rows(doc: Doc) -> list[Row]:
    return [
        (doc["id"], a["id"], a["name"], a.get("name_en"), a["kind"], a.get("country"), a.get("sector"),
         a.get("code"), a.get("title"), a.get("wikidata"), a.get("key"), len(a.get("mentions") or ()))
        for a in doc.get("actors") or ()
    ]


PLACE_COLUMNS = (
    ("doc_id", "text"), ("place_id", "text"), ("name", "text"), ("name_en", "text"), ("geonameid", "int"),
    ("lat", "real"), ("lon", "real"), ("country", "text"), ("feature_code", "text"), ("mentions", "int"),
)


def place_rows(doc: Doc) -> list[Row]:
    return [
        (doc["id"], p["id"], p["name"], p.get("name_en"), p.get("geonameid"), p.get("lat"), p.get("lon"),
         p.get("country"), p.get("feature_code"), len(p.get("mentions") or ()))
        for p in doc.get("places") or ()
    ]


STATEMENT_COLUMNS = (
    ("doc_id", "text"), ("statement_id", "text"), ("date", "text"), ("speaker_id", "text"), ("speaker", "text"),
    ("speaker_en", "text"), ("speaker_code", "text"), ("speaker_country", "text"), ("cue", "text"),
    ("content", "text"), ("direct", "bool"), ("cue_start", "int"), ("cue_end", "int"), ("content_start", "int"),
    ("content_end", "int"), ("score", "real"),
)


def statement_rows(doc: Doc) -> list[Row]:
    actors = _by_id(doc, "actors")
    rows = []
    for s in doc.get("statements") or ():
        who = actors.get(s.get("speaker") or "", {})
        cue, content = s["cue"], s["content"]
        rows.append((
            doc["id"], s["id"], s.get("date"), s.get("speaker"), who.get("name"), who.get("name_en"), who.get("code"),
            who.get("country"), _span_text(doc, cue), _span_text(doc, content), bool(s.get("direct")),
            cue["start"], cue["end"], content["start"], content["end"], s.get("score"),
        ))
    return rows


EVENT_COLUMNS = (
    ("doc_id", "text"), ("event_id", "text"), ("date", "text"), ("type", "text"), ("mode", "text"),
    ("trigger_text", "text"), ("trigger_start", "int"), ("trigger_end", "int"),
    ("source_ids", "text"), ("source", "text"), ("source_codes", "text"),
    ("target_ids", "text"), ("target", "text"), ("target_codes", "text"),
    ("place_id", "text"), ("place", "text"), ("place_en", "text"), ("geonameid", "int"), ("lat", "real"),
    ("lon", "real"), ("place_country", "text"), ("statement_id", "text"), ("negated", "bool"), ("score", "real"),
)


def _actor_cells(ids: list[str], actors: Mapping[str, Mapping[str, Any]]) -> tuple[str | None, ...]:
    found = [actors.get(i, {}) for i in ids]
    return _join(ids), _join([a.get("name") for a in found]), _join([a.get("code") for a in found])


def event_rows(doc: Doc) -> list[Row]:
    actors = _by_id(doc, "actors")
    places = _by_id(doc, "places")
    rows = []
    for ev in doc.get("events") or ():
        trig = ev["trigger"]
        place = places.get(ev.get("place") or "", {})
        rows.append((
            doc["id"], ev["id"], ev.get("date"), ev["type"], ev.get("mode"), _span_text(doc, trig), trig["start"],
            trig["end"], *_actor_cells(list(ev.get("source") or ()), actors),
            *_actor_cells(list(ev.get("target") or ()), actors), ev.get("place"), place.get("name"),
            place.get("name_en"), place.get("geonameid"), place.get("lat"), place.get("lon"), place.get("country"),
            ev.get("statement"), bool(ev.get("negated")), ev.get("score"),
        ))
    return rows


TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table("documents", DOCUMENT_COLUMNS, document_rows),
        Table("sentences", SENTENCE_COLUMNS, sentence_rows),
        Table("entities", ENTITY_COLUMNS, entity_rows),
        Table("actors", ACTOR_COLUMNS, actor_rows),
        Table("places", PLACE_COLUMNS, place_rows),
        Table("statements", STATEMENT_COLUMNS, statement_rows),
        Table("events", EVENT_COLUMNS, event_rows),
    )
}

# The tables ``rasd export`` writes by default (sentences repeat the text and stay in the store).
EXPORT_TABLES = ("documents", "actors", "statements", "events", "places", "entities")


def table_rows(doc: Doc, names: tuple[str, ...] = tuple(TABLES)) -> dict[str, list[Row]]:
    """Rows of every named table for one document."""
    return {name: TABLES[name].rows(doc) for name in names}


def as_dicts(table: str, rows: list[Row]) -> list[dict[str, Any]]:
    names = TABLES[table].column_names
    return [dict(zip(names, row)) for row in rows]
