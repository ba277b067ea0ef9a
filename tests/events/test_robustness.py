"""Odd inputs never raise; every span is inside the text; documents stay valid against the schema."""

from __future__ import annotations

import pytest

ODD = [
    "",
    "Latin only text with no Arabic at all.",
    "1234 5678 90",
    "ق" * 5000,
    "قتل",
    "«قصفت",
    "هاجم هاجم هاجم هاجم",
    "اعتقل، ، ، . . « » ( ) ضد على مع",
    "قصفت الطائرات 🚀 المدينة\u200f\u200e أمسِ قتلَ اغتيالُ",
    "وقتل\n\n\nقتلوا\tهاجموا",
]


@pytest.mark.parametrize("text", ODD)
def test_odd_text(run, validator, text):
    doc = run(text)
    for e in doc.events:
        assert 0 <= e.trigger.start < e.trigger.end <= len(text)
    for info in doc.layer("event_info", ()):
        for s, e in info.source_spans + info.target_spans + info.triggers:
            assert 0 <= s < e <= len(text)
    assert not list(validator.iter_errors(doc.to_json()))


def test_many_triggers_in_one_paragraph(run):
    text = "، ".join(["قصفت الطائرات المدينة وقتل مسلحون جنديا واعتقلت الشرطة ثلاثة"] * 170) + "."
    doc = run(text)
    assert doc.events
    ids = [e.id for e in doc.events]
    assert len(ids) == len(set(ids))
    known = {a.id for a in doc.actors}
    assert all(set(e.source) <= known and set(e.target) <= known for e in doc.events)


def test_stage_without_tokens():
    from rasd.document import Document
    from rasd.events.stage import make_stage
    from rasd.resourceset import default_resources

    doc = make_stage(default_resources())(Document("x", "قصف"))
    assert doc.events == ()
