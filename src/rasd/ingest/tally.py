"""Counting items the way a summary reports them (and ``expected.json`` of a generated corpus states them)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from rasd.ingest.items import Article, Failed, Item, Skipped


@dataclass
class Tally:
    read: int = 0
    ok: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    failed: Counter[str] = field(default_factory=Counter)

    def add(self, item: Item) -> None:
        self.read += 1
        if isinstance(item, Article):
            self.ok += 1
        elif isinstance(item, Skipped):
            self.skipped[item.reason] += 1
        elif isinstance(item, Failed):
            self.failed[item.reason] += 1

    def to_json(self) -> dict[str, Any]:
        return {
            "read": self.read,
            "ok": self.ok,
            "skipped": dict(sorted(self.skipped.items())),
            "failed": dict(sorted(self.failed.items())),
        }
