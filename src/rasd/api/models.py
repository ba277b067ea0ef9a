"""Response bodies, declared so that the OpenAPI description says exactly what each endpoint returns."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, Field


class DocumentRow(BaseModel):
    doc_id: str
    source_id: str | None
    date: str | None
    source: str | None
    url: str | None
    title: str | None
    chars: int | None
    sentences: int | None
    entities: int | None
    actors: int | None
    statements: int | None
    events: int | None
    places: int | None


class SearchHit(BaseModel):
    doc_id: str
    source_id: str | None
    date: str | None
    title: str | None
    sentence: int
    char_start: int | None
    char_end: int | None
    text: str | None
    score: float


class StatementRow(BaseModel):
    doc_id: str
    source_id: str | None = None
    date: str | None
    statement_id: str | None
    speaker: str | None
    speaker_en: str | None
    speaker_code: str | None = None
    speaker_actor_id: str | None
    cue: str | None
    content: str | None
    direct: bool
    cue_start: int | None = None
    cue_end: int | None = None
    content_start: int | None = None
    content_end: int | None = None
    title: str | None


class EventRow(BaseModel):
    doc_id: str
    source_id: str | None
    date: str | None
    event_id: str | None
    type: str | None
    mode: str | None
    trigger_text: str | None
    trigger_start: int | None
    trigger_end: int | None
    source: str | None
    source_codes: str | None
    target: str | None
    target_codes: str | None
    place: str | None
    place_en: str | None
    place_country: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    negated: bool
    statement_id: str | None
    title: str | None


class ActorRow(BaseModel):
    actor_id: str
    name: str | None
    name_en: str | None
    kind: str | None
    country: str | None
    sector: str | None
    code: str | None
    wikidata: str | None
    documents: int
    mentions: int


class PlaceRow(BaseModel):
    place_key: str
    name: str | None
    name_en: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    feature_code: str | None
    documents: int
    mentions: int


class DocumentPage(BaseModel):
    items: list[DocumentRow]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null on the last page")


class SearchPage(BaseModel):
    items: list[SearchHit]
    next_cursor: str | None


class StatementPage(BaseModel):
    items: list[StatementRow]
    next_cursor: str | None


class EventPage(BaseModel):
    items: list[EventRow]
    next_cursor: str | None


class ActorPage(BaseModel):
    items: list[ActorRow]
    next_cursor: str | None


class PlacePage(BaseModel):
    items: list[PlaceRow]
    next_cursor: str | None


class DocumentOut(BaseModel):
    document: dict[str, Any] = Field(description="The document JSON (schema rasd.document/1)")
    actor_links: dict[str, str] = Field(description="The document's actor ids -> corpus actor ids")


class DayCount(BaseModel):
    date: str
    count: int


class TypeCount(BaseModel):
    type: str | None
    count: int


class PlaceCount(BaseModel):
    lat: float
    lon: float
    place: str | None
    place_en: str | None
    country: str | None
    geonameid: int | None
    count: int


class EventSummary(BaseModel):
    total: int
    by_day: list[DayCount]
    by_type: list[TypeCount]
    places: list[PlaceCount]


class ProfileStatement(BaseModel):
    doc_id: str
    date: str | None
    statement_id: str | None
    speaker: str | None
    speaker_en: str | None
    speaker_actor_id: str | None
    cue: str | None
    content: str | None
    direct: bool
    title: str | None


class ProfileEvent(BaseModel):
    role: str
    doc_id: str
    date: str | None
    event_id: str | None
    type: str | None
    trigger_text: str | None
    source: str | None
    target: str | None
    place: str | None
    place_en: str | None
    negated: bool
    title: str | None


class MentionedActor(BaseModel):
    actor_id: str
    name: str | None
    name_en: str | None
    code: str | None
    n: int


class MonthCount(BaseModel):
    month: str
    source: int
    target: int


class NetworkNode(BaseModel):
    actor_id: str
    name: str | None
    name_en: str | None
    code: str | None
    kind: str | None


class NetworkEdge(BaseModel):
    source: str
    target: str
    count: int
    types: dict[str, int]


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class ActorProfile(BaseModel):
    actor: ActorRow
    statements_by: list[ProfileStatement]
    statements_about: list[ProfileStatement]
    talks_about: list[MentionedActor]
    events: list[ProfileEvent]
    timeline: list[MonthCount]
    network: Network


class KeyCount(BaseModel):
    key: str | None
    count: int


class Stats(BaseModel):
    tables: dict[str, int]
    documents_per_day: list[KeyCount]
    statements_per_day: list[KeyCount]
    events_per_day: list[KeyCount]
    event_type: list[KeyCount]
    dyad: list[KeyCount]


class ExtractRequest(BaseModel):
    text: str = Field(min_length=1, description="The article text (plain text, not HTML)")
    date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="Publication date, YYYY-MM-DD")
    title: str | None = Field(None, max_length=1000)
    source: str | None = Field(None, max_length=200)
    url: str | None = Field(None, max_length=2000)
    store: bool = Field(False, description="Also store the document (only on a server started with --writable)")


class ExtractResponse(BaseModel):
    document: dict[str, Any]
    stored: bool


class Health(BaseModel):
    status: str
    documents: int
    read_only: bool
    extract_needs_token: bool
