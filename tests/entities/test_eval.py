"""Scoring functions, and the dev-set quality gate of the shipped model (needs ../shared/data)."""

import pytest

from rasd.evaluation.ner import entities_of, score_sequences, score_spans
from tests.conftest import shared_data_dir

FLOOR = 0.72


def test_entities_of_conlleval_rules():
    assert entities_of(["B-PERS", "I-PERS", "I-LOC", "O", "I-ORG"]) == [
        ("PER", 0, 2),
        ("LOC", 2, 3),
        ("ORG", 4, 5),
    ]


def test_score_exact_match():
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    s = score_sequences(gold, pred)
    assert s.prf("LOC") == (1.0, 1.0, 1.0)
    assert s.prf("PER") == (0.0, 0.0, 0.0)
    p, r, f = s.prf()
    assert p == 0.5 and r == 0.5 and f == 0.5


def test_score_spans():
    s = score_spans([[("PER", 0, 5), ("LOC", 8, 12)]], [[("PER", 0, 5), ("LOC", 8, 11)]])
    assert s.micro_f1 == 0.5


def test_dev_gate():
    data = shared_data_dir()
    dev = data / "ner" / "anercorp" / "dev.txt"
    if not dev.is_file():
        pytest.skip(
            f"ANERcorp dev not found at {dev}: set RASD_DATA to the shared data folder to run the gate"
        )
    from rasd.evaluation.ner import evaluate_conll
    from rasd.resourceset import default_resources

    tagger = default_resources().ner_tagger
    assert tagger is not None, "no NER model shipped at resources/models/ner.crfsuite"
    scores = evaluate_conll(dev, tagger)
    assert scores.micro_f1 >= FLOOR, scores.table()
