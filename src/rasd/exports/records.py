"""Shared helpers of the exports: index a document dict's actors, places and sentences, and decide
which events an event dataset carries (those the text asserts as having happened)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping
from typing import Any

# Modes rasd gives events that have not happened; PLOVER and GDELT record events that did.
NOT_HAPPENED = frozenset({"future", "hypothetical"})


def happened(event: Mapping[str, Any]) -> bool:
    return not event.get("negated") and event.get("mode") not in NOT_HAPPENED


def by_id(doc: Mapping[str, Any], layer: str) -> dict[str, Mapping[str, Any]]:
    return {item["id"]: item for item in doc.get(layer) or () if "id" in item}


def sentence_of(doc: Mapping[str, Any], offset: int) -> tuple[int, int]:
    """(start, end) of the sentence holding ``offset``; the whole text when there are no sentences."""
    sentences = doc.get("sentences") or []
    if not sentences:
        return 0, len(doc.get("text", ""))
    starts = [s["start"] for s in sentences]
    i = max(0, bisect_right(starts, offset) - 1)
    return sentences[i]["start"], sentences[i]["end"]


def actors_of(doc: Mapping[str, Any], ids) -> list[Mapping[str, Any]]:
    actors = by_id(doc, "actors")
    return [actors[i] for i in ids or () if i in actors]
