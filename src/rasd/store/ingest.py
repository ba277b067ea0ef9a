"""``rasd ingest``: read inputs, extract in worker processes, write every document in one transaction.

The parent reads the light inputs (JSONL, CSV, text) and hands each article to a worker; heavy files
(HTML, WARC, feeds) go to the workers whole, to be read there. A worker runs the pipeline and turns
the document into rows (:func:`rasd.store.payload.store_payload`); the parent is the single writer.
An article whose text is already stored (same SHA-1) is counted as a duplicate and not extracted
again, so a re-run, or a run resumed after a crash, adds nothing twice. Every input item ends as
exactly one of: ingested, duplicate, skipped, failed.
"""

from __future__ import annotations

import re
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from rasd.document import Document
from rasd.store.base import Store
from rasd.store.inputs import ARTICLE, SKIPPED, InputItem, expand_paths, iter_items
from rasd.store.workers import (
    DUPLICATE,
    PAYLOAD,
    DocTask,
    FileTask,
    TaskResult,
    as_stored,
    is_heavy,
    run_tasks,
)


@dataclass
class IngestReport:
    read: int = 0
    ingested: int = 0
    duplicates: int = 0
    skipped: Counter = field(default_factory=Counter)  # reason class -> count
    failed: Counter = field(default_factory=Counter)
    write_seconds: float = 0.0
    wall_seconds: float = 0.0
    # CPU seconds: extraction (pipeline and rows, in workers), whole worker tasks, the writer.
    extract_cpu: float = 0.0
    worker_cpu: float = 0.0
    write_cpu: float = 0.0
    bytes_total: int = 0
    bytes_done: int = 0

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())

    @property
    def failed_total(self) -> int:
        return sum(self.failed.values())

    @property
    def done(self) -> int:
        return self.ingested + self.duplicates + self.skipped_total + self.failed_total

    @property
    def accounted(self) -> bool:
        return self.read == self.done

    def rate(self) -> float:
        return self.done / self.wall_seconds if self.wall_seconds > 0 else 0.0


def reason_class(reason: str) -> str:
    """A reason without its particulars (the bracketed detail, offsets, counts), for the summary."""
    text = reason.split(" (", 1)[0]
    text = re.sub(r"\b[0-9a-f]{40}\b", "", text)
    text = re.sub(r"(?<![\w.-])\d+(?![\w-])", "N", text).strip(" :")
    return text[:100] or "unknown"


Listener = Callable[[str, str, str], None]  # (outcome, origin, reason) for skipped and failed items


@dataclass
class _Feeder:
    """Turns the inputs into worker tasks (in the worker pool's feeder thread when there are workers).

    Light files are read here and each new article becomes a task; heavy files (HTML, WARC, feeds)
    become one task each and are read by a worker.
    """

    files: list[str]
    sizes: list[int]
    known: set[str]
    report: IngestReport
    seen: set[str] = field(default_factory=set)  # ids of articles sent for extraction in this run
    aside: deque = field(default_factory=deque)  # items settled without extraction

    def __iter__(self) -> Iterator[DocTask | FileTask]:
        # Heavy files first, the largest first: a worker that takes a big WARC at the end of the run
        # would work on alone while the other waits (a 400-page WARC is a fifth of a 2,000-document
        # corpus). The many small tasks read from light files then fill in around them.
        heavy = [(size, path) for path, size in zip(self.files, self.sizes) if is_heavy(path)]
        for _, path in sorted(heavy, key=lambda sp: -sp[0]):  # stable: equal sizes keep their order
            yield FileTask(path)
        for path, size in zip(self.files, self.sizes):
            if is_heavy(path):
                continue
            for item in iter_items([path]):
                self.report.read += 1
                task = self._admit(item)
                if task is not None:
                    yield task
            self.report.bytes_done += size

    def _admit(self, item: InputItem) -> DocTask | None:
        if item.kind != ARTICLE or item.doc is None:
            self.aside.append((item.kind, item.origin, item.reason or "unreadable input"))
            return None
        doc = as_stored(item.doc, item.origin)
        if doc.id in self.known or doc.id in self.seen:
            self.aside.append((DUPLICATE, item.origin, ""))
            return None
        self.seen.add(doc.id)
        return DocTask(doc, item.origin)


class _Batch:
    """Commits every ``every`` documents (or every second) instead of after each one.

    ``every=1`` commits each document in its own transaction (rasd ingest commits every 16 or every second). In a batch, a document
    the database refuses rolls the batch back; the batch's other documents (and the skipped and
    failed inputs recorded meanwhile) are then written again one transaction each, so every document
    is still stored whole or not at all, and a crash loses only the uncommitted batch, which the next
    run writes again. (Not a savepoint per document: SQLite's FTS5 flushes its pending index at every
    savepoint, which is the cost a batch saves.)
    """

    def __init__(self, store: Store, every: int, seconds: float = 1.0) -> None:
        self.store, self.every, self.seconds = store, max(1, every), seconds
        self._open: ExitStack | None = None
        self._pending: list[tuple[str, Any]] = []  # ("doc", payload) or ("error", (kind, origin, reason))
        self._docs = 0
        self._since = 0.0

    def write(self, payload) -> bool:
        if self.every == 1:
            return self.store.write(payload)
        self._begin()
        try:
            new = self.store.insert(payload)
        except BaseException as exc:
            self._abort(exc)
            raise
        if new:
            self._pending.append(("doc", payload))
            self._docs += 1
        if self._docs >= self.every or time.monotonic() - self._since >= self.seconds:
            self.flush()
        return new

    def record_error(self, kind: str, origin: str, reason: str) -> None:
        if self._open is not None:
            self._pending.append(("error", (kind, origin, reason)))
        self.store.record_error(kind, origin, reason)  # inside an open batch: a savepoint of it

    def _begin(self) -> None:
        if self._open is None:
            self._open = ExitStack()
            self._open.enter_context(self.store.transaction())
            self._since = time.monotonic()

    def _abort(self, exc: BaseException) -> None:
        stack, pending = self._open, self._pending
        self._open, self._pending, self._docs = None, [], 0
        stack.__exit__(type(exc), exc, exc.__traceback__)  # rolls the batch back
        for what, item in pending:
            if what == "doc":
                self.store.write(item)
            else:
                self.store.record_error(*item)

    def flush(self) -> None:
        if self._open is not None:
            stack, self._open, self._pending, self._docs = self._open, None, [], 0
            stack.close()


# Exercises every stage, so that lazily loaded resources are loaded before workers are forked.
_WARM_UP_TEXT = (
    "القاهرة - قال وزير الخارجية المصري سامح شكري أمس إن بلاده ترفض التدخل في شؤون ليبيا، "
    "وذلك خلال لقائه نظيره الأردني أيمن الصفدي في عمان يوم الأحد."
)


def warm_up() -> None:
    """Load the pipeline's resources in this process (worker processes forked later share them)."""
    from rasd.document import Meta
    from rasd.pipeline import build_pipeline

    build_pipeline()(Document("warm-up", _WARM_UP_TEXT, Meta(date="2021-01-10")))


def _size(path: str) -> int:
    try:
        return Path(path).stat().st_size
    except OSError:
        return 0


class Ingest:
    """One ingest run into ``store``; :meth:`run` returns the report."""

    def __init__(self, store: Store, workers: int = 1, listener: Listener | None = None,
                 tick: Callable[[IngestReport], None] | None = None, commit_every: int = 16) -> None:
        self.store = store
        self.workers = workers
        self.batch = _Batch(store, commit_every)
        self.listener = listener
        self.tick = tick
        self.report = IngestReport()

    def run(self, paths: list[str]) -> IngestReport:
        started = time.perf_counter()
        files = expand_paths(paths)
        sizes = [_size(f) for f in files]
        size_of = dict(zip(files, sizes))
        self.report.bytes_total = sum(sizes)
        known = self.store.known_ids()
        feeder = _Feeder(files, sizes, known, self.report)
        tasks = iter(feeder)
        first = next(tasks, None)  # inputs before the first task are settled without a pipeline
        if first is not None:
            warm_up()
            for result in run_tasks(chain([first], tasks), self.workers, known):
                self._settle(feeder.aside)
                self._take(result, feeder.seen, size_of.get(result.path, 0))
                self.report.wall_seconds = time.perf_counter() - started
                if self.tick:
                    self.tick(self.report)
        self._settle(feeder.aside)
        self.batch.flush()
        self.report.wall_seconds = time.perf_counter() - started
        return self.report

    def _take(self, result: TaskResult, seen: set[str], size: int) -> None:
        if result.path is not None:  # a file read by a worker: its items count as read now
            self.report.read += len(result.outcomes)
            self.report.bytes_done += size
        self.report.worker_cpu += result.cpu
        for out in result.outcomes:
            self.report.extract_cpu += out.cpu
            if out.kind == PAYLOAD:
                doc_id = out.payload.doc_id
                if result.path is not None and doc_id in seen:  # the same text came from elsewhere too
                    self.report.duplicates += 1
                    continue
                seen.add(doc_id)
                self._write(out.origin, out.payload)
            elif out.kind == DUPLICATE:
                self.report.duplicates += 1
            else:
                self._outcome(out.kind, out.origin, out.reason)

    def _write(self, origin: str, payload) -> None:
        t0, c0 = time.perf_counter(), time.thread_time()
        try:
            new = self.batch.write(payload)
        except Exception as exc:  # one document the database refuses must not end the run
            self._outcome("failed", origin, f"could not be stored: {type(exc).__name__}: {exc}")
            return
        finally:
            self.report.write_seconds += time.perf_counter() - t0
            self.report.write_cpu += time.thread_time() - c0
        if new:
            self.report.ingested += 1
        else:
            self.report.duplicates += 1

    def _settle(self, aside: deque) -> None:
        while aside:
            kind, origin, reason = aside.popleft()
            if kind == DUPLICATE:
                self.report.duplicates += 1
            else:
                self._outcome(kind, origin, reason)

    def _outcome(self, kind: str, origin: str, reason: str) -> None:
        (self.report.skipped if kind == SKIPPED else self.report.failed)[reason_class(reason)] += 1
        self.batch.record_error(kind, origin, reason)
        if self.listener:
            self.listener(kind, origin, reason)


def format_summary(report: IngestReport, top: int = 8) -> str:
    """The end-of-run summary: every input item in exactly one of the five counts."""
    lines = [
        f"read {report.read}: ingested {report.ingested}, duplicates {report.duplicates}, "
        f"skipped {report.skipped_total}, failed {report.failed_total} "
        f"({report.wall_seconds:.1f} s, {report.rate():.1f} documents/s)"
    ]
    for label, reasons in (("skipped", report.skipped), ("failed", report.failed)):
        for reason, n in reasons.most_common(top):
            lines.append(f"  {label}: {n} × {reason}")
        rest = len(reasons) - top
        if rest > 0:
            lines.append(f"  {label}: … and {rest} other reasons")
    if not report.accounted:  # cannot happen; said loudly if it ever does
        lines.append(f"  warning: {report.read - report.done} inputs unaccounted for")
    return "\n".join(lines)
