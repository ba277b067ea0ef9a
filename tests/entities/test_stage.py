"""The entities stage on realistic sentences: clitics cut, titles excluded, clean edges, ids in order."""

import pytest

from rasd.document import Document
from rasd.entities.stage import EntityStage, bio_to_spans
from rasd.resourceset import default_resources
from rasd.text.stage import TextStage

RES = default_resources()
pytestmark = pytest.mark.skipif(RES.ner_tagger is None, reason="no NER model shipped in resources/models")


def run(text: str) -> Document:
    return EntityStage(RES)(TextStage(RES.segmenter)(Document("t", text)))


def mentions(text: str) -> list[tuple[str, str]]:
    doc = run(text)
    return [(text[e.start : e.end], e.type) for e in doc.entities]


def test_stage_contract():
    stage = EntityStage(RES)
    assert stage.name == "entities"
    assert stage.requires == ("tokens", "sentences")
    assert stage.produces == ("entities",)


def test_clitics_are_cut():
    found = mentions("وأكد المتحدث أن الوفد سيتوجه لروسيا والعراق الأسبوع المقبل.")
    assert ("روسيا", "LOC") in found
    assert ("العراق", "LOC") in found


def test_title_is_excluded_from_person():
    found = mentions("وقال وزير الخارجية الإيراني محمد جواد ظريف إن طهران لن تتراجع.")
    assert ("محمد جواد ظريف", "PER") in found
    assert all(not text.startswith("وزير") for text, _ in found)
    assert ("طهران", "LOC") in found


def test_president_title_excluded():
    found = mentions("استقبل الرئيس السوري بشار الأسد في دمشق الأمين العام للأمم المتحدة بان كي مون.")
    persons = [t for t, typ in found if typ == "PER"]
    assert "بشار الأسد" in persons
    assert not any(p.startswith(("الرئيس", "الأمين")) for p in persons)
    assert ("دمشق", "LOC") in found


def test_spans_are_clean_and_ordered():
    text = "بيروت - أعلن وزير الخارجية اللبناني ناصيف حتي أمس أن بلاده ترفض «أي اعتداء» على لبنان، وذلك خلال لقائه نظيره الفرنسي."
    doc = run(text)
    ents = doc.entities
    assert ents, "expected at least one entity"
    assert [e.id for e in ents] == [f"T{i}" for i in range(1, len(ents) + 1)]
    assert [e.start for e in ents] == sorted(e.start for e in ents)
    for e in ents:
        span = text[e.start : e.end]
        assert span == span.strip()
        assert span[0].isalnum() and (span[-1].isalnum() or span[-1] == "%")
        assert e.type in ("PER", "LOC", "ORG", "MISC")
    for a, b in zip(ents, ents[1:]):
        assert a.end <= b.start


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "x" * 20000,
        "ب" * 3000,
        "Reuters AFP 2024 U.S. NATO",
        "123 456 7.5%",
        "مرحبا abc ١٢٣ test؟!",
        "«»()،؛",
    ],
)
def test_odd_input_never_raises(text):
    doc = run(text)
    for e in doc.entities:
        assert 0 <= e.start < e.end <= len(text)


def test_bio_to_spans():
    assert bio_to_spans(["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG"]) == [
        ("PER", 0, 2),
        ("LOC", 3, 4),
        ("ORG", 4, 5),
        ("ORG", 5, 6),
    ]


def test_tagger_tags_raw_words():
    tags = RES.ner_tagger.tag(["زار", "الرئيس", "الفرنسي", "إيمانويل", "ماكرون", "القاهرة", "."])
    assert len(tags) == 7
    assert tags[5] == "B-LOC"
    assert tags[3] == "B-PER"


def test_make_stage():
    from rasd.entities.stage import make_stage

    stage = make_stage(RES)
    assert stage is not None and stage.name == "entities"
