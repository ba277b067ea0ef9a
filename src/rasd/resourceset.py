"""All compiled resources of one process, loaded on first use and shared by every stage."""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Callable
from functools import cached_property
from pathlib import Path
from typing import TypeVar

from rasd.resources_io import RESOURCE_ROOT, read_table
from rasd.text.clitics import Segmenter
from rasd.text.normalize import normalize

T = TypeVar("T")


class Resources:
    """Loads each resource once; ``digest`` identifies the exact resource files in use."""

    def __init__(self, root: Path = RESOURCE_ROOT) -> None:
        self.root = root
        self._compiled: dict[str, object] = {}

    def cached(self, key: str, factory: Callable[[Resources], T]) -> T:
        """The compiled resource ``key``, built by ``factory(self)`` on first use.

        Stage packages keep their own loaders (``rasd.actors.dictionary.load`` and so on) and call
        this, so adding a resource never means editing this class.
        """
        if key not in self._compiled:
            self._compiled[key] = factory(self)
            settle_gc()
        return self._compiled[key]  # type: ignore[return-value]

    @cached_property
    def segmenter(self) -> Segmenter:
        counts_table = read_table(self.root / "text" / "wordforms.tsv")
        counts = {row["form"]: int(row["count"]) for row in counts_table.rows}
        whole = read_table(self.root / "text" / "whole_words.tsv")
        segmenter = Segmenter(counts, frozenset(normalize(row["word"]) for row in whole.rows))
        settle_gc()
        return segmenter

    @cached_property
    def ner_tagger(self):
        """The trained NER tagger, or None while no model is shipped."""
        path = self.root / "models" / "ner.crfsuite"
        if not path.exists():
            return None
        from rasd.entities.tagger import load_tagger

        return load_tagger(path, self)

    @cached_property
    def digest(self) -> str:
        h = hashlib.sha1()
        for path in sorted(self.root.rglob("*")):
            if path.is_file() and path.suffix in (".tsv", ".json", ".crfsuite", ".yaml"):
                h.update(str(path.relative_to(self.root)).encode())
                h.update(path.read_bytes())
        return h.hexdigest()[:16]


def settle_gc() -> None:
    """Move everything alive so far out of the garbage collector's way (collect, then freeze).

    Resources are millions of long-lived objects, and the stages' word caches grow with the
    vocabulary seen; left in the collected generations, every full collection triggered by the
    short-lived tokens of each document would walk them all again. Frozen objects are still freed
    when nothing refers to them; the collection just before freezing clears the cycles there are.
    """
    gc.collect()
    gc.freeze()


_DEFAULT: Resources | None = None


def default_resources() -> Resources:
    """The process-wide resources (one per worker process)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Resources()
    return _DEFAULT
