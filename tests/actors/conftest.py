"""Helpers for the actor tests: run the text stage, attach hand-built entities, run the actor stage."""

from __future__ import annotations

import pytest

from rasd.document import Document, Entity, Meta
from rasd.resourceset import Resources


@pytest.fixture(scope="session")
def resources() -> Resources:
    return Resources()


@pytest.fixture(scope="session")
def actors_stage(resources):
    from rasd.actors.stage import make_stage

    return make_stage(resources)


@pytest.fixture(scope="session")
def text_stage(resources):
    from rasd.text.stage import make_stage

    return make_stage(resources)


def entity_layer(text: str, marked: list[tuple[str, str, int]]) -> tuple[Entity, ...]:
    """Entities from (surface, type, occurrence) triples; occurrence counts from 0."""
    out = []
    for surface, etype, nth in marked:
        start = -1
        for _ in range(nth + 1):
            start = text.index(surface, start + 1)
        out.append((start, start + len(surface), etype))
    out.sort()
    return tuple(Entity(f"T{n}", s, e, t) for n, (s, e, t) in enumerate(out, 1))


@pytest.fixture(scope="session")
def run_actors(text_stage, actors_stage):
    def run(text: str, marked=(), date: str | None = "2019-05-10") -> Document:
        doc = text_stage(Document("t", text, Meta(date=date)))
        doc = doc.with_layer("entities", entity_layer(text, [m if len(m) == 3 else (*m, 0) for m in marked]))
        return actors_stage(doc)

    return run


def actor_of(doc: Document, surface: str, nth: int = 0):
    """The actor with a mention whose text is ``surface`` (the nth such mention in the text)."""
    hits = sorted(
        ((m.start, a) for a in doc.actors for m in a.mentions if doc.text[m.start : m.end] == surface),
        key=lambda x: x[0],
    )
    assert len(hits) > nth, f"no actor mention {surface!r}; actors: {[a.name for a in doc.actors]}"
    return hits[nth][1]
