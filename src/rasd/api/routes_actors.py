"""Actor endpoints: the corpus actors, and one actor's profile."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request

from rasd.api import models, profiles, queries
from rasd.api.errors import ERROR_RESPONSES, ApiError, ErrorBody
from rasd.api.params import Cursor, Limit, clean, name_param

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES, tags=["actors"])


@router.get("/actors", response_model=models.ActorPage)
def list_actors(request: Request, country: Annotated[str | None, name_param("ISO 3166 alpha-3, e.g. LBN")] = None,
                sector: Annotated[str | None, name_param("Sector code, e.g. GOV")] = None,
                kind: Annotated[str | None, Query(max_length=40, description="person, organization, country, group")] = None,
                name: Annotated[str | None, name_param("Name contains this (Arabic or English), or code prefix")] = None,
                cursor: Cursor = None, limit: Limit = 50):
    """Corpus actors, most documents first."""
    page = queries.actors_page(request.app.state.stores.get(), clean(country), clean(sector), clean(kind),
                               clean(name), cursor, limit)
    return {"items": page.items, "next_cursor": page.next_cursor}


@router.get("/actors/{actor_id}", response_model=models.ActorProfile,
            responses={404: {"model": ErrorBody, "description": "No such actor"}})
def actor_profile(request: Request, actor_id: Annotated[str, Path(min_length=1, max_length=100)]):
    """An actor: statements by and about them, whom they talk about, their events over time, their dyads."""
    store = request.app.state.stores.get()
    actor = profiles.actor_row(store, actor_id)
    if actor is None:
        raise ApiError(404, "not_found", "no actor with this id")
    return {
        "actor": actor,
        "statements_by": profiles.statements_by(store, actor_id),
        "statements_about": profiles.statements_about(store, actor_id),
        "talks_about": profiles.talks_about(store, actor_id),
        "events": profiles.actor_events(store, actor_id),
        "timeline": profiles.actor_timeline(store, actor_id),
        "network": profiles.actor_network(store, actor_id),
    }
