"""Clitic segmentation accuracy on UD Arabic-PUD (the acceptance figure in docs/clitics.md)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from rasd.evaluation.clitics import TREEBANKS, evaluate, load_gold
from rasd.resourceset import Resources

DATA = Path(os.environ.get("RASD_DATA", Path(__file__).resolve().parents[2].parent / "shared" / "data"))

pytestmark = pytest.mark.shared


def _gold(name: str):
    path = DATA / TREEBANKS[name]
    if not path.exists():
        pytest.skip(f"../shared/data not found: {path} (set RASD_DATA to the shared data folder)")
    return load_gold(path)


def test_pud_accuracy_at_least_95_percent():
    gold = _gold("pud")
    assert len(gold) > 15_000
    report = evaluate(Resources().segmenter, gold)
    assert report.accuracy >= 0.95, report.format("pud")


def test_padt_gold_is_rebuilt_with_surface_spelling():
    gold = _gold("padt")
    surfaces = {g.surface: g for g in gold}
    # لِ + اَلحَظرِ is written للحظر; a feminine noun before a pronoun is written with ت.
    assert surfaces["للحظر"].proclitics == ("ل",)
    assert any(g.enclitic and g.surface.endswith("ت" + g.enclitic) for g in gold)
    assert all("ة" not in g.surface[:-1] for g in gold if g.enclitic)
