"""Lookups of records by character offset in O(log n): what covers a position, what lies in a range.

Stages ask such questions once per cue or trigger; a linear scan over every record of the document
makes them quadratic in document length, which a 1 MB article turns into minutes.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Records with ``start``/``end`` (or a custom ``span`` function), sorted by start."""

    def __init__(self, items: Iterable[T], span: Callable[[T], tuple[int, int]] | None = None) -> None:
        get = span or (lambda x: (x.start, x.end))  # type: ignore[attr-defined]
        pairs = sorted(((get(x), i, x) for i, x in enumerate(items)), key=lambda p: (p[0][0], p[1]))
        self._spans = [p[0] for p in pairs]
        self._items = [p[2] for p in pairs]
        self._starts = [s for s, _ in self._spans]
        self._longest = max((e - s for s, e in self._spans), default=0)

    def __len__(self) -> int:
        return len(self._items)

    def overlapping(self, start: int, end: int) -> Iterator[tuple[int, int, T]]:
        """Records whose span overlaps [start, end) (or contains ``start`` when the range is empty)."""
        lo = bisect_left(self._starts, start - self._longest)
        hi = bisect_right(self._starts, max(start, end - 1))
        for k in range(lo, hi):
            s, e = self._spans[k]
            if (s < end and e > start) or (start == end and s <= start < e):
                yield s, e, self._items[k]

    def covering(self, pos: int) -> Iterator[tuple[int, int, T]]:
        """Records with start <= pos < end."""
        return self.overlapping(pos, pos + 1)

    def within(self, start: int, end: int) -> Iterator[tuple[int, int, T]]:
        """Records that lie entirely inside [start, end)."""
        lo = bisect_left(self._starts, start)
        hi = bisect_right(self._starts, end)
        for k in range(lo, hi):
            s, e = self._spans[k]
            if e <= end:
                yield s, e, self._items[k]
