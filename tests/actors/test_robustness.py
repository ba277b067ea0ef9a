"""The actor stage never raises on odd text and keeps every span inside the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rasd.document import Document, Entity, Meta
from rasd.text.tokens import iter_raw_tokens

ODD = [
    "",
    "   \n\n ",
    "ب" * 5000,
    "وزير " * 2000,
    "Latin only text, with commas. And Washington said no.",
    "1234567890 ٣٤٥ 2020/07/24 99%",
    "الرئيسPresident السوريSyrian 123بشار الأسد456",
    "من جهته، بدوره، من جانبها، بلاده سيادتها",
    "وزير الخارجية الإيراني",
    "الحكومة",
    "نظيره الفرنسي",
    "\u200f\u200eقال\u0640\u0640 الرئيس\u064e السوري\u0651 بشار",
]


def _check(doc: Document) -> None:
    n = len(doc.text)
    for e in doc.entities:
        assert 0 <= e.start < e.end <= n
    for a in doc.actors:
        assert a.mentions
        for m in a.mentions:
            assert 0 <= m.start < m.end <= n
    ids = {a.id for a in doc.actors}
    assert all(e.actor is None or e.actor in ids for e in doc.entities)


def _word_entities(text: str, types: list[str]) -> tuple[Entity, ...]:
    spans = [(s, e) for s, e, _ in iter_raw_tokens(text)]
    return tuple(Entity(f"T{n}", s, e, types[n % len(types)]) for n, (s, e) in enumerate(spans[::3], 1))


@pytest.mark.parametrize("text", ODD)
@pytest.mark.parametrize("date", [None, "2020-07-24", "garbage"])
def test_odd_text_never_raises(text_stage, actors_stage, text, date):
    doc = text_stage(Document("odd", text, Meta(date=date)))
    for entities in ((), _word_entities(text, ["PER", "ORG", "LOC", "MISC"])):
        _check(actors_stage(doc.with_layer("entities", entities)))


ALPHABET = st.sampled_from(list("ابتثجحخدذرسشصضطظعغفقكلمنهوية ءأإآىؤئ") + list(" ،.,؛:!؟«»()-") + list("aZ09٣\n"))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(ALPHABET, max_size=200), st.lists(st.sampled_from(["PER", "ORG", "LOC", "MISC"]), min_size=1, max_size=4))
def test_random_text_and_entities(text_stage, actors_stage, text, types):
    doc = text_stage(Document("h", text))
    _check(actors_stage(doc.with_layer("entities", _word_entities(text, types))))


def test_entities_off_token_boundaries(text_stage, actors_stage):
    text = "وقال الرئيس السوري بشار الأسد إن دمشق لن تتراجع."
    doc = text_stage(Document("b", text))
    entities = (Entity("T1", 3, 9, "PER"), Entity("T2", 20, 22, "ORG"), Entity("T3", 0, len(text), "LOC"))
    _check(actors_stage(doc.with_layer("entities", entities)))


def test_with_the_real_entity_stage():
    stage_module = pytest.importorskip("rasd.entities.stage", reason="the NER stage (rasd.entities.stage) is not in yet")
    from rasd.actors.stage import make_stage as actors
    from rasd.resourceset import Resources
    from rasd.text.stage import make_stage as text

    resources = Resources()
    factory = getattr(stage_module, "make_stage", None)
    ner = factory(resources) if factory is not None else None
    if ner is None:
        pytest.skip("rasd.entities.stage has no make_stage yet, or no NER model")
    doc = Document("real", "قال وزير الخارجية الإيراني محمد جواد ظريف إن بلاده لن تتفاوض. وأضاف ظريف أن واشنطن تتحمل المسؤولية.",
                   Meta(date="2019-05-10"))
    doc = actors(resources)(ner(text(resources)(doc)))
    _check(doc)
    zarif = [a for a in doc.actors if a.key == "per:mohammad_javad_zarif"]
    assert zarif and zarif[0].country == "IRN"
