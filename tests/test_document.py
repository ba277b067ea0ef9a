import json

from rasd.document import Actor, Document, Entity, Meta, Span, Statement

from .conftest import SAMPLE


def test_layers_are_added_without_touching_the_original():
    doc = Document("d1", SAMPLE)
    entity = Entity("T1", 0, 5, "LOC")
    doc2 = doc.with_layer("entities", (entity,))
    assert doc.entities == ()
    assert doc2.entities == (entity,)
    assert doc2.text is doc.text


def test_to_json_repeats_span_text_and_validates(validator):
    start = SAMPLE.index("ناصيف حتي")
    doc = Document("d1", SAMPLE, Meta(date="2020-07-24")).with_layer(
        "actors", (Actor("A1", "ناصيف حتي", "person", (Span(start, start + 9),), country="LBN"),)
    ).with_layer(
        "statements",
        (Statement("S1", Span(8, 12), Span(53, 85), False, speaker="A1", speaker_mention=Span(start, start + 9)),),
    )
    data = doc.to_json()
    validator.validate(data)
    assert data["actors"][0]["mentions"][0]["text"] == "ناصيف حتي"
    assert data["statements"][0]["cue"]["text"] == "أعلن"
    assert data["schema"] == "rasd.document/1"


def test_json_round_trip_keeps_every_layer():
    doc = Document("d1", SAMPLE, Meta(date="2020-07-24", title="t")).with_layer(
        "entities", (Entity("T1", 0, 5, "LOC", place="P1"),)
    )
    data = doc.to_json()
    again = Document.from_json(json.loads(json.dumps(data, ensure_ascii=False)))
    assert again.to_json() == data


def test_worked_example_round_trips(shared_data, validator):
    example = shared_data.parent / "docs" / "examples" / "example-1.json"
    data = json.loads(example.read_text(encoding="utf-8"))
    validator.validate(data)
    assert Document.from_json(data).to_json()["statements"] == data["statements"]
