import pytest

from rasd.document import Document, Entity, Meta
from rasd.resourceset import Resources


@pytest.fixture(scope="session")
def resources():
    return Resources()


@pytest.fixture(scope="session")
def geocoder(resources):
    from rasd.geo.stage import geocoder_for

    return geocoder_for(resources)


@pytest.fixture(scope="session")
def run_places(resources):
    """Text stage + places stage over a text whose LOC spans are given as strings (first occurrence)."""
    from rasd.geo.stage import make_stage as make_places
    from rasd.text.stage import make_stage as make_text

    text_stage, places_stage = make_text(resources), make_places(resources)

    def run(text: str, locs: list[str], extra: tuple[Entity, ...] = (), date: str | None = None) -> Document:
        doc = text_stage(Document("t", text, Meta(date=date)))
        ents, pos = list(extra), 0
        for i, name in enumerate(locs, 1):
            start = text.index(name, pos)
            ents.append(Entity(f"L{i}", start, start + len(name), "LOC"))
            pos = start + len(name)
        return places_stage(doc.with_layer("entities", tuple(ents)))

    return run


def place_of(doc: Document, surface: str):
    for ent in doc.entities:
        if doc.text[ent.start : ent.end] == surface and ent.place:
            return next(p for p in doc.places if p.id == ent.place)
    raise AssertionError(f"no place for {surface}")
