"""Extracting pending HTML pages in order: in this process, or in worker processes with a bounded backlog."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

from rasd.ingest.gate import Candidate
from rasd.ingest.html import PendingPage, resolve_page
from rasd.ingest.items import CORRUPT, Failed, Skipped

Found = Candidate | PendingPage | Skipped | Failed
Resolved = Candidate | Skipped | Failed
G = TypeVar("G")

# Pages in flight per worker: enough to keep workers busy, small enough to bound memory.
_BACKLOG_PER_WORKER = 16


def resolve_inline(stream: Iterator[tuple[G, Found]]) -> Iterator[tuple[G, Resolved]]:
    for tag, found in stream:
        yield tag, resolve_page(found) if isinstance(found, PendingPage) else found


def resolve_parallel(stream: Iterator[tuple[G, Found]], workers: int) -> Iterator[tuple[G, Resolved]]:
    """Like :func:`resolve_inline`, pages extracted by ``workers`` processes; order is kept."""
    window: deque[tuple[G, str, Resolved | Future[Resolved]]] = deque()
    limit = workers * _BACKLOG_PER_WORKER
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for tag, found in stream:
            value = pool.submit(resolve_page, found) if isinstance(found, PendingPage) else found
            window.append((tag, found.origin, value))
            while window and (len(window) > limit or _ready(window[0][2])):
                yield _take(window)
        while window:
            yield _take(window)


def _ready(value: object) -> bool:
    return not isinstance(value, Future) or value.done()


def _take(window: deque) -> tuple:
    tag, origin, value = window.popleft()
    if not isinstance(value, Future):
        return tag, value
    try:
        return tag, value.result()
    except Exception as exc:  # a worker that died (out of memory, killed) costs its page only
        return tag, Failed(origin, CORRUPT, f"worker failed: {type(exc).__name__}: {exc}")
