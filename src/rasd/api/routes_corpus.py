"""Read endpoints over the corpus: documents, search, statements, events, places, stats."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request

from rasd.api import models, profiles, queries
from rasd.api.cache import corpus_version
from rasd.api.errors import ERROR_RESPONSES, ApiError, ErrorBody
from rasd.api.params import Cursor, Limit, Since, Until, clean, name_param

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

DocId = Annotated[str, Path(min_length=1, max_length=200, description="Document id")]


def _store(request: Request):
    return request.app.state.stores.get()


@router.get("/documents", response_model=models.DocumentPage, tags=["documents"])
def list_documents(request: Request, source: Annotated[str | None, name_param("Source name (exact)")] = None,
                   since: Since = None, until: Until = None, cursor: Cursor = None, limit: Limit = 50):
    """Documents, newest first."""
    page = queries.documents_page(_store(request), clean(source), since, until, cursor, limit)
    return {"items": page.items, "next_cursor": page.next_cursor}


@router.get("/documents/{doc_id}", response_model=models.DocumentOut, tags=["documents"],
            responses={404: {"model": ErrorBody, "description": "No such document"}})
def get_document(request: Request, doc_id: DocId):
    """One document with every layer, and links from its actors to the corpus actors."""
    store = _store(request)
    doc = store.document(doc_id)
    if doc is None:
        raise ApiError(404, "not_found", "no document with this id")
    return {"document": doc, "actor_links": profiles.document_links(store, doc_id)}


@router.get("/search", response_model=models.SearchPage, tags=["search"])
def search(request: Request, q: Annotated[str, Query(min_length=1, max_length=500, description="Words and \"quoted phrases\"")],
           since: Since = None, until: Until = None, cursor: Cursor = None, limit: Limit = 20):
    """Sentences containing every word and phrase of ``q`` (spelling variants and clitics folded), best first."""
    text = clean(q)
    if text is None:
        raise ApiError(400, "bad_request", "the query has no words")
    page = queries.search_page(_store(request), text, since, until, cursor, limit)
    return {"items": page.items, "next_cursor": page.next_cursor}


@router.get("/statements", response_model=models.StatementPage, tags=["statements"])
def list_statements(request: Request,
                    speaker: Annotated[str | None, name_param("Said by this actor (name or code prefix)")] = None,
                    about: Annotated[str | None, name_param("Content mentions this name or actor")] = None,
                    since: Since = None, until: Until = None, cursor: Cursor = None, limit: Limit = 50):
    """Reported statements, newest first (undated last)."""
    where = queries.statement_where(clean(speaker), clean(about), since, until)
    page = queries.statements_page(_store(request), where, cursor, limit)
    return {"items": page.items, "next_cursor": page.next_cursor}


def _event_filter(type_: str | None, source: str | None, target: str | None, place: str | None,
                  since: str | None, until: str | None) -> queries.EventFilter:
    return queries.EventFilter(clean(type_), clean(source), clean(target), clean(place), since, until)


EventType = Annotated[str | None, Query(alias="type", max_length=40, description="PLOVER event type, e.g. ASSAULT")]
Source = Annotated[str | None, name_param("An actor among the sources (code prefix or name)")]
Target = Annotated[str | None, name_param("An actor among the targets (code prefix or name)")]
Place = Annotated[str | None, name_param("Place name (Arabic or English), country code or GeoNames id")]


@router.get("/events", response_model=models.EventPage, tags=["events"])
def list_events(request: Request, type_: EventType = None, source: Source = None, target: Target = None,
                place: Place = None, since: Since = None, until: Until = None, cursor: Cursor = None,
                limit: Limit = 50):
    """Events (who did what to whom, where and when), newest first (undated last)."""
    f = _event_filter(type_, source, target, place, since, until)
    page = queries.events_page(_store(request), f, cursor, limit)
    return {"items": page.items, "next_cursor": page.next_cursor}


@router.get("/events/summary", response_model=models.EventSummary, tags=["events"])
def events_summary(request: Request, type_: EventType = None, source: Source = None, target: Target = None,
                   place: Place = None, since: Since = None, until: Until = None):
    """Counts of the filtered events per day, per type and per located place (for the timeline and the map)."""
    store = _store(request)
    f = _event_filter(type_, source, target, place, since, until)
    return request.app.state.answers.get(("summary", corpus_version(store), f), lambda: profiles.events_summary(store, f))


@router.get("/places", response_model=models.PlacePage, tags=["places"])
def list_places(request: Request, country: Annotated[str | None, name_param("ISO 3166 alpha-2 code, e.g. LB")] = None,
                name: Annotated[str | None, name_param("Name contains this (Arabic or English)")] = None,
                cursor: Cursor = None, limit: Limit = 50):
    """Places mentioned in the corpus (one per GeoNames id), most documents first."""
    page = queries.places_page(_store(request), clean(country), clean(name), cursor, limit)
    return {"items": page.items, "next_cursor": page.next_cursor}


@router.get("/stats", response_model=models.Stats, tags=["stats"])
def stats(request: Request, top: Annotated[int, Query(ge=1, le=500, description="How many dyads")] = 50):
    """Rows per table, documents/statements/events per day, events per type, top dyads."""
    store = _store(request)
    return request.app.state.answers.get(("stats", corpus_version(store), top), lambda: _stats(store, top))


def _stats(store, top: int) -> dict:
    out: dict = {"tables": {}, "documents_per_day": [], "statements_per_day": [], "events_per_day": [],
                 "event_type": [], "dyad": []}
    for row in store.stats(top=top):
        if row["by"] == "table":
            out["tables"][row["key"]] = int(row["count"])
        elif row["by"] in out:
            out[row["by"]].append({"key": row["key"], "count": int(row["count"])})
    return out
