"""Quality floors of the event coder, pinned a little below what it measures (docs/events.md)."""

from __future__ import annotations

import pytest

from rasd.evaluation.events import default_gold, detect, overlap, pipeline, score_gold

# GSR detection is scored by 5-fold cross-validation of the report model (retrained without each fold),
# since the shipped model was trained on these very sentences. Measured: ASSAULT F1 0.653, PROTEST
# F1 0.559, overlap 0.604 (252/417); own gold P 0.859 R 0.884. The floors are the issue's.
FLOORS = {"ASSAULT": 0.65, "PROTEST": 0.55}
OVERLAP_FLOOR = 0.60
GOLD_P, GOLD_R = 0.85, 0.75


@pytest.fixture(scope="module")
def pipe():
    return pipeline()


@pytest.fixture(scope="module")
def gsr(shared_data):
    path = shared_data / "events" / "arabic_event_gsr"
    if not path.is_dir():
        pytest.skip(f"arabic_event_gsr not found under {shared_data}")
    return path


@pytest.fixture(scope="module")
def sentences(pipe, gsr):
    from rasd.train.events import collect

    return collect(pipe, gsr)


@pytest.fixture(scope="module")
def cv(sentences):
    from rasd.train.events import cross_validate

    return cross_validate(sentences)


@pytest.mark.parametrize("etype", sorted(FLOORS))
def test_gsr_detection_cross_validated(cv, etype):
    assert cv.scores[etype][2] >= FLOORS[etype], cv.summary()


def test_shipped_report_model_is_what_training_gives(sentences, cv, tmp_path):
    """The packaged weights are reproducible from the data: retrain and compare byte for byte."""
    from rasd.resources_io import resource_path
    from rasd.train.events import fit, write_model

    out = tmp_path / "event_report.tsv"
    write_model(out, fit(sentences), cv.thresholds, cv.summary())
    shipped = resource_path("models", "event_report.tsv")
    assert out.read_text(encoding="utf-8") == shipped.read_text(encoding="utf-8"), "run `rasd train events`"


def test_shipped_model_detects_on_the_development_half(pipe, gsr):
    """With the shipped model (trained on these sentences, so optimistic) detection is far above the
    cross-validated figure; a fall here means the stage and the model no longer agree."""
    from rasd.evaluation.events import report_model

    model = report_model(pipe)
    for etype in ("ASSAULT", "PROTEST"):
        assert detect(pipe, gsr / f"{etype.lower()}_gsr.csv", etype, model).prf()[2] >= 0.55


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
