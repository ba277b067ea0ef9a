"""The generated mixed corpus of benchmarks/make_corpus.py (written by the ingest-readers work)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
MAKE_CORPUS = REPO / "benchmarks" / "make_corpus.py"


def generate(out: Path, docs: int) -> tuple[Path, dict]:
    """``out/corpus`` with ``docs`` good articles plus damaged inputs, and the expected accounting."""
    if not MAKE_CORPUS.exists():
        pytest.skip(f"{MAKE_CORPUS} not found: the corpus generator is part of the ingest readers")
    cmd = [sys.executable, str(MAKE_CORPUS), "--out", str(out), "--docs", str(docs), "--big-mb", "9"]
    subprocess.run(cmd, check=True, capture_output=True, timeout=300)
    return out / "corpus", json.loads((out / "expected.json").read_text(encoding="utf-8"))
