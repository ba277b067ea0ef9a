"""Quality floors of the event coder, pinned a little below what it measures (docs/events.md)."""

from __future__ import annotations

import pytest

from rasd.evaluation.events import default_gold, detect, overlap, pipeline, score_gold

# Measured: ASSAULT F1 0.37, PROTEST F1 0.33, overlap 0.21; own gold P 0.78 R 0.94.
# The issue's acceptance floors (0.65 / 0.55 / 60%, P 0.85) are not reached yet.
FLOORS = {"ASSAULT": 0.34, "PROTEST": 0.29}
OVERLAP_FLOOR = 0.18
GOLD_P, GOLD_R = 0.74, 0.88


@pytest.fixture(scope="module")
def pipe():
    return pipeline()


@pytest.fixture(scope="module")
def gsr(shared_data):
    path = shared_data / "events" / "arabic_event_gsr"
    if not path.is_dir():
        pytest.skip(f"arabic_event_gsr not found under {shared_data}")
    return path


@pytest.mark.parametrize("etype", sorted(FLOORS))
def test_gsr_detection(pipe, gsr, etype):
    _, _, f1 = detect(pipe, gsr / f"{etype.lower()}_gsr.csv", etype).prf()
    assert f1 >= FLOORS[etype]


def test_gsr_argument_overlap(pipe, gsr):
    hits = total = 0
    for name in ("assault_spans.json", "protest_spans.json"):
        h, t = overlap(pipe, gsr / name)
        hits, total = hits + h, total + t
    assert total and hits / total >= OVERLAP_FLOOR


def test_document_gold(pipe):
    scores = score_gold(pipe, default_gold())
    p, r, _ = scores.prf()
    assert scores.gold >= 60 and p >= GOLD_P and r >= GOLD_R


def test_document_gold_covers_the_issue():
    import json

    arts = [json.loads(line) for line in default_gold().read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(arts) >= 30
    events = [e for a in arts for e in a["events"]]
    assert len({e["type"] for e in events}) == 16
    assert any(e["negated"] for e in events) and any(e["statement"] for e in events)
    for a in arts:
        for e in a["events"]:
            for t in e["triggers"]:
                assert a["text"][t["start"] : t["end"]] == t["text"]
