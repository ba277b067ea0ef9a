"""``rasd batch`` as a library call: stream inputs through worker processes into part files.

No database: the parent reads, the workers (one pipeline each, see ``rasd.parallel``) extract and
flatten, the parent writes. What is in flight is bounded by the parallel runner's window and the
rows of one part, so memory does not depend on how long the input is.
"""

from __future__ import annotations

import resource
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import BinaryIO

from rasd.batch.columns import DEFAULT_TABLES, check_tables
from rasd.batch.rows import DocumentRows, document_rows
from rasd.batch.sinks import PartSink, recover
from rasd.batch.sources import Item, Skip, iter_items
from rasd.document import Document
from rasd.errors import InputError
from rasd.io.readers import ReadOptions

MAX_LISTED_FAILURES = 1000


@dataclass(frozen=True)
class BatchOptions:
    fmt: str = "parquet"
    workers: int = 1
    ordered: bool = True
    tables: tuple[str, ...] = DEFAULT_TABLES
    part_docs: int = 5000
    resume: bool = True
    read: ReadOptions = field(default_factory=ReadOptions)
    upto: str | None = None  # stop the pipeline after this stage (benchmarks)
    # A worker is replaced after this many documents: whatever caches the stages keep (keyed by word
    # forms, names …), a worker's memory cannot grow with the length of the stream. Forked from the
    # parent, a new worker starts with the loaded resources, so the cost is re-warming the caches.
    recycle_after: int = 40_000


@dataclass
class BatchSummary:
    read: int = 0
    written: int = 0
    already_done: int = 0
    words: int = 0
    skipped: Counter[str] = field(default_factory=Counter)
    failed: list[tuple[str, str]] = field(default_factory=list)
    failed_count: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    parent_rss_mb: float = 0.0
    worker_rss_mb: float = 0.0  # the largest peak of any worker process (the parent's when workers <= 1)

    def lines(self) -> list[str]:
        skipped = ", ".join(f"{n} {reason}" for reason, n in self.skipped.most_common()) or "none"
        rate = self.words / self.seconds if self.seconds else 0.0
        return [
            f"read {self.read}, written {self.written}, already in output {self.already_done}, "
            f"skipped {sum(self.skipped.values())} ({skipped}), failed {self.failed_count}",
            "rows: " + ", ".join(f"{t} {n}" for t, n in self.rows.items()),
            f"{self.seconds:.1f} s, {rate:,.0f} words/s; peak RSS parent {self.parent_rss_mb:.0f} MB, "
            f"largest worker {self.worker_rss_mb:.0f} MB",
        ]


def run_batch(
    inputs: Iterable[str],
    out: Path,
    options: BatchOptions = BatchOptions(),
    stdin: BinaryIO | None = None,
    on_error: Callable[[str, str], None] | None = None,
) -> BatchSummary:
    """Process ``inputs`` into ``out``; documents already there are skipped when ``options.resume``."""
    from rasd.parallel import run_parallel

    tables = check_tables(options.tables)
    done = recover(out, options.fmt) if options.resume else set()
    sink = PartSink(out, options.fmt, tables, options.part_docs)
    summary = BatchSummary()
    t0 = time.perf_counter()
    items = _admitted(iter_items(inputs, options.read, stdin), done, summary)
    finish = partial(document_rows, tables=tables, fmt=options.fmt)
    chunk = 4
    recycle = max(1, options.recycle_after // chunk)
    for result in run_parallel(items, options.workers, finish, options.ordered, options.upto, chunksize=chunk,
                               max_tasks_per_worker=recycle):
        if result.ok:
            rows: DocumentRows = result.value
            sink.add(rows)
            summary.written += 1
            summary.words += rows.words
            continue
        summary.failed_count += 1
        if len(summary.failed) < MAX_LISTED_FAILURES:
            summary.failed.append((result.source, result.error or "failed"))
        if on_error is not None:
            on_error(result.source, result.error or "failed")
    summary.rows = sink.close()
    summary.seconds = time.perf_counter() - t0
    summary.parent_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    summary.worker_rss_mb = children if options.workers > 1 else summary.parent_rss_mb
    return summary


def _admitted(items: Iterator[Item], done: set[str], summary: BatchSummary) -> Iterator[Document | InputError]:
    """Inputs for the workers: skips are counted here, documents already in the output are left out."""
    for item in items:
        summary.read += 1
        if isinstance(item, Skip):
            summary.skipped[item.reason.split(" (")[0]] += 1
        elif isinstance(item, Document) and item.id in done:
            summary.already_done += 1
        else:
            yield item
