"""The runner settles the stages' word caches every SETTLE_EVERY documents (gc.collect + gc.freeze):
results are unchanged and garbage cycles made before a settling are collected, not frozen."""

from __future__ import annotations

import gc

from rasd.document import Document, Meta
from rasd.pipeline import SETTLE_EVERY, build_pipeline


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_settling_keeps_results_and_collects_cycles():
    pipe = build_pipeline(upto="text")
    doc = Document("d", "قال الوزير إن المحادثات ستستأنف الأسبوع المقبل.", Meta(date="2024-01-02"))
    first = pipe(doc).to_json()
    frozen_before = gc.get_freeze_count()
    _Cycle()  # unreachable at once: only the collector can free it
    for _ in range(SETTLE_EVERY + 1):
        again = pipe(doc)
    assert again.to_json() == first
    assert gc.get_freeze_count() > frozen_before  # the caches were moved out of the collector's sight
    assert not any(isinstance(o, _Cycle) for o in gc.get_objects())
    gc.unfreeze()  # leave the test process as it was
    assert not any(isinstance(o, _Cycle) for o in gc.get_objects())
