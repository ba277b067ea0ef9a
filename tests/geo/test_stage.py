"""The places stage as a pipeline stage: layers, entity re-emission, odd input."""

import pytest

from rasd.document import Document, Entity, Meta


def test_entities_keep_everything_but_loc_gets_a_place(run_places):
    person = Entity("P9", 0, 5, "PER", actor="A1", score=0.9)
    text = "قال حتي إن دمشق وبغداد ستتعاونان مع دمشق"
    doc = run_places(text, ["دمشق", "بغداد", "دمشق"], extra=(person,))
    kept = next(e for e in doc.entities if e.id == "P9")
    assert kept == person
    damascus = [e for e in doc.entities if doc.text[e.start : e.end] == "دمشق"]
    assert len(damascus) == 2 and damascus[0].place == damascus[1].place
    place = next(p for p in doc.places if p.id == damascus[0].place)
    assert place.geonameid == 170654 and len(place.mentions) == 2
    assert [p.id for p in doc.places] == ["P1", "P2"]


@pytest.mark.parametrize(
    "text",
    ["", "Latin only text about Paris and London", "٣٢/١٣/٢٠١٧ ١٢٣", "ب" * 5000, "🙂 مرحبا 🙂 \u200f", "دمشق"],
)
def test_odd_text_never_raises(resources, text):
    from rasd.geo.stage import make_stage as make_places
    from rasd.text.stage import make_stage as make_text

    doc = make_text(resources)(Document("odd", text, Meta()))
    ents = (Entity("T1", 0, len(text), "LOC"),) if text else ()
    ents += (Entity("T2", 3, 10_000, "LOC"),)  # out of range: ignored, kept as is
    out = make_places(resources)(doc.with_layer("entities", ents))
    for place in out.places:
        for span in place.mentions:
            assert 0 <= span.start < span.end <= len(text)
    assert len(out.entities) == len(ents)


def test_stage_contract(resources):
    from rasd.geo.stage import make_stage

    stage = make_stage(resources)
    assert stage.requires == ("tokens", "sentences", "entities")
    assert stage.produces == ("places", "entities")
