"""The standoff document: immutable text plus layers of records with character offsets.

Offsets are Python ``str`` indices into ``Document.text`` (code points, end exclusive). The text is
never changed; a stage adds a layer with :meth:`Document.with_layer` and gets a new document back.
Serialisation follows ``rasd/schema/document.schema.json`` (``rasd.document/1``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

SCHEMA_ID = "rasd.document/1"

# Layers that the schema requires in every document, in serialisation order.
PUBLIC_LAYERS = ("sentences", "entities", "actors", "places", "statements", "events", "dates")


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int

    def text_in(self, text: str) -> str:
        return text[self.start : self.end]

    def to_json(self, text: str) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": text[self.start : self.end]}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Span:
        return cls(int(data["start"]), int(data["end"]))


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int

    def to_json(self, text: str) -> dict[str, Any]:
        return {"start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Entity:
    id: str
    start: int
    end: int
    type: str  # PER ORG LOC MISC
    actor: str | None = None
    place: str | None = None
    score: float | None = None

    def to_json(self, text: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "start": self.start,
            "end": self.end,
            "text": text[self.start : self.end],
            "type": self.type,
            "actor": self.actor,
            "place": self.place,
            "score": self.score,
        }


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    name: str
    kind: str  # person organization country group
    mentions: tuple[Span, ...] = ()
    name_en: str | None = None
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    title: str | None = None
    wikidata: str | None = None
    key: str | None = None  # dictionary key, when the actor comes from the dictionary

    def to_json(self, text: str) -> dict[str, Any]:
        out = {
            "id": self.id,
            "name": self.name,
            "name_en": self.name_en,
            "kind": self.kind,
            "country": self.country,
            "sector": self.sector,
            "code": self.code,
            "title": self.title,
            "wikidata": self.wikidata,
            "mentions": [m.to_json(text) for m in self.mentions],
        }
        if self.key is not None:
            out["key"] = self.key
        return out


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    mentions: tuple[Span, ...] = ()
    name_en: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None  # ISO 3166-1 alpha-2, as GeoNames
    feature_code: str | None = None

    def to_json(self, text: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "name_en": self.name_en,
            "geonameid": self.geonameid,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country,
            "feature_code": self.feature_code,
            "mentions": [m.to_json(text) for m in self.mentions],
        }


@dataclass(frozen=True, slots=True)
class Statement:
    id: str
    cue: Span
    content: Span
    direct: bool
    speaker: str | None = None
    speaker_mention: Span | None = None
    date: str | None = None
    score: float | None = None

    def to_json(self, text: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "cue": self.cue.to_json(text),
            "speaker": self.speaker,
            "speaker_mention": None if self.speaker_mention is None else self.speaker_mention.to_json(text),
            "content": self.content.to_json(text),
            "direct": self.direct,
            "date": self.date,
            "score": self.score,
        }


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    type: str
    trigger: Span
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    mode: str | None = None
    place: str | None = None
    date: str | None = None
    statement: str | None = None
    negated: bool = False
    score: float | None = None

    def to_json(self, text: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "trigger": self.trigger.to_json(text),
            "source": list(self.source),
            "target": list(self.target),
            "place": self.place,
            "date": self.date,
            "statement": self.statement,
            "negated": self.negated,
            "score": self.score,
        }


@dataclass(frozen=True, slots=True)
class DateMention:
    start: int
    end: int
    value: str | None

    def to_json(self, text: str) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": text[self.start : self.end], "value": self.value}


@dataclass(frozen=True, slots=True)
class Meta:
    date: str | None = None
    source: str | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = "ar"
    extra: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "date": self.date,
            "source": self.source,
            "url": self.url,
            "title": self.title,
            "language": self.language,
        }
        out.update(self.extra)
        return out


_FROM_JSON = {
    "sentences": lambda d: Sentence(d["start"], d["end"]),
    "entities": lambda d: Entity(
        d["id"], d["start"], d["end"], d["type"], d.get("actor"), d.get("place"), d.get("score")
    ),
    "actors": lambda d: Actor(
        id=d["id"],
        name=d["name"],
        kind=d["kind"],
        mentions=tuple(Span.from_json(m) for m in d.get("mentions", ())),
        name_en=d.get("name_en"),
        country=d.get("country"),
        sector=d.get("sector"),
        code=d.get("code"),
        title=d.get("title"),
        wikidata=d.get("wikidata"),
        key=d.get("key"),
    ),
    "places": lambda d: Place(
        id=d["id"],
        name=d["name"],
        mentions=tuple(Span.from_json(m) for m in d.get("mentions", ())),
        name_en=d.get("name_en"),
        geonameid=d.get("geonameid"),
        lat=d.get("lat"),
        lon=d.get("lon"),
        country=d.get("country"),
        feature_code=d.get("feature_code"),
    ),
    "statements": lambda d: Statement(
        id=d["id"],
        cue=Span.from_json(d["cue"]),
        content=Span.from_json(d["content"]),
        direct=bool(d["direct"]),
        speaker=d.get("speaker"),
        speaker_mention=None if d.get("speaker_mention") is None else Span.from_json(d["speaker_mention"]),
        date=d.get("date"),
        score=d.get("score"),
    ),
    "events": lambda d: Event(
        id=d["id"],
        type=d["type"],
        trigger=Span.from_json(d["trigger"]),
        source=tuple(d.get("source", ())),
        target=tuple(d.get("target", ())),
        mode=d.get("mode"),
        place=d.get("place"),
        date=d.get("date"),
        statement=d.get("statement"),
        negated=bool(d.get("negated", False)),
        score=d.get("score"),
    ),
    "dates": lambda d: DateMention(d["start"], d["end"], d.get("value")),
}


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its text, its metadata and the layers the pipeline has attached so far."""

    id: str
    text: str
    meta: Meta = field(default_factory=Meta)
    layers: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __reduce__(self):
        # mappingproxy cannot be pickled; worker processes receive and return plain dicts.
        return (_rebuild_document, (self.id, self.text, self.meta, dict(self.layers)))

    def layer(self, name: str, default: Any = ()) -> Any:
        return self.layers.get(name, default)

    def has_layer(self, name: str) -> bool:
        return name in self.layers

    def with_layer(self, name: str, value: Any) -> Document:
        """A new document with ``name`` set; layers written by other stages are shared, not copied."""
        layers = dict(self.layers)
        layers[name] = value
        return replace(self, layers=MappingProxyType(layers))

    def with_meta(self, **extra: Any) -> Document:
        merged = dict(self.meta.extra)
        merged.update(extra)
        return replace(self, meta=replace(self.meta, extra=merged))

    # Convenience accessors for the public layers.
    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return self.layers.get("sentences", ())

    @property
    def entities(self) -> tuple[Entity, ...]:
        return self.layers.get("entities", ())

    @property
    def actors(self) -> tuple[Actor, ...]:
        return self.layers.get("actors", ())

    @property
    def places(self) -> tuple[Place, ...]:
        return self.layers.get("places", ())

    @property
    def statements(self) -> tuple[Statement, ...]:
        return self.layers.get("statements", ())

    @property
    def events(self) -> tuple[Event, ...]:
        return self.layers.get("events", ())

    @property
    def dates(self) -> tuple[DateMention, ...]:
        return self.layers.get("dates", ())

    def to_json(self) -> dict[str, Any]:
        """The document as a JSON-ready dict, valid against ``rasd.document/1``."""
        text = self.text
        out: dict[str, Any] = {"schema": SCHEMA_ID, "id": self.id, "text": text, "meta": self.meta.to_json()}
        for name in PUBLIC_LAYERS:
            out[name] = [item.to_json(text) for item in self.layers.get(name, ())]
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Document:
        meta_in = dict(data.get("meta") or {})
        known = {k: meta_in.pop(k, None) for k in ("date", "source", "url", "title")}
        language = meta_in.pop("language", "ar")
        meta = Meta(**known, language=language, extra=meta_in)
        layers = {
            name: tuple(_FROM_JSON[name](item) for item in data.get(name, ()))
            for name in PUBLIC_LAYERS
            if name in data
        }
        return cls(str(data["id"]), data["text"], meta, MappingProxyType(layers))


def _rebuild_document(doc_id: str, text: str, meta: Meta, layers: dict[str, Any]) -> Document:
    return Document(doc_id, text, meta, MappingProxyType(layers))


def spans_of(items: Iterable[Any]) -> list[tuple[int, int]]:
    """(start, end) pairs of records that carry offsets, for checks and tests."""
    return [(item.start, item.end) for item in items]
