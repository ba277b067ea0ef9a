"""Extraction worker processes for ``rasd ingest``: one pipeline per process, rows out, nothing written.

A task is either one article the parent has read (JSONL, CSV and text are cheap to read) or a whole
file whose reading is itself heavy work — HTML pages (boilerplate removal), WARC archives, feeds —
which the worker reads and extracts. Reading those in the parent would make it the bottleneck: a
page costs more to read than to extract. Results are plain data (:class:`Outcome`); the parent is
the only writer. Like :mod:`rasd.parallel`, workers are forked after the parent has loaded the
resources, and a bad document comes back as a failure, never as a dead worker.
"""

from __future__ import annotations

import multiprocessing as mp
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from rasd.document import Document
from rasd.errors import RasdError
from rasd.store.inputs import ARTICLE, FAILED, iter_items
from rasd.store.payload import DocPayload, store_payload
from rasd.tables import text_sha1

PAYLOAD, DUPLICATE = "payload", "duplicate"

# Files read in the workers (by name; a wrong guess only moves work between processes).
HEAVY_SUFFIXES = (".html", ".htm", ".xhtml", ".warc", ".warc.gz", ".arc", ".arc.gz", ".xml", ".rss", ".atom",
                  ".html.gz", ".htm.gz", ".xml.gz")


def is_heavy(path: str) -> bool:
    return path.lower().endswith(HEAVY_SUFFIXES)


@dataclass(frozen=True)
class DocTask:
    doc: Document  # already renamed to its text hash
    origin: str


@dataclass(frozen=True)
class FileTask:
    path: str


@dataclass(frozen=True)
class Outcome:
    kind: str  # payload | duplicate | skipped | failed
    origin: str
    payload: DocPayload | None = None
    reason: str = ""
    cpu: float = 0.0  # CPU seconds the extraction took (pipeline and rows)


@dataclass(frozen=True)
class TaskResult:
    path: str | None  # the file of a FileTask (its items were read in the worker)
    outcomes: list[Outcome]
    cpu: float = 0.0  # CPU seconds of the whole task (reading included)


def as_stored(doc: Document, origin: str) -> Document:
    """The document under its content-hash id, with its own id and origin kept in the metadata."""
    return replace(doc, id=text_sha1(doc.text)).with_meta(source_id=doc.id, origin=origin)


_PIPELINE = None
_KNOWN: frozenset[str] | set[str] = frozenset()


def _init(known: frozenset[str] | set[str]) -> None:
    global _PIPELINE, _KNOWN
    from rasd.pipeline import build_pipeline

    if _PIPELINE is None:
        _PIPELINE = build_pipeline()
    _KNOWN = known


def _extract(doc: Document, origin: str) -> Outcome:
    # CPU time, not wall time: the benchmark's write-overhead share must not depend on machine load.
    t0 = time.thread_time()
    try:
        payload = store_payload(_PIPELINE(doc))  # type: ignore[misc]
        return Outcome(PAYLOAD, origin, payload=payload, cpu=time.thread_time() - t0)
    except RasdError as exc:
        return Outcome(FAILED, origin, reason=str(exc).removeprefix(f"{doc.id}: "), cpu=time.thread_time() - t0)
    except Exception as exc:  # a bug on one document must cost that document only
        return Outcome(FAILED, origin, reason=f"{type(exc).__name__}: {exc}", cpu=time.thread_time() - t0)


def run_task(task: DocTask | FileTask) -> TaskResult:
    t0 = time.thread_time()
    if isinstance(task, DocTask):
        return TaskResult(None, [_extract(task.doc, task.origin)], time.thread_time() - t0)
    outcomes: list[Outcome] = []
    try:
        for item in iter_items([task.path]):
            if item.kind != ARTICLE or item.doc is None:
                outcomes.append(Outcome(item.kind, item.origin, reason=item.reason or "unreadable input"))
                continue
            doc = as_stored(item.doc, item.origin)
            if doc.id in _KNOWN:
                outcomes.append(Outcome(DUPLICATE, item.origin))
            else:
                outcomes.append(_extract(doc, item.origin))
    except Exception as exc:  # the readers never raise; should one, the rest of the file is lost, said so
        outcomes.append(Outcome(FAILED, task.path, reason=f"unreadable ({type(exc).__name__}: {exc})"))
    return TaskResult(task.path, outcomes, time.thread_time() - t0)


def run_tasks(tasks: Iterable[DocTask | FileTask], workers: int, known: set[str]) -> Iterator[TaskResult]:
    """Results of ``tasks`` as they finish; ``workers <= 1`` runs them in this process."""
    if workers <= 1:
        _init(known)
        for task in tasks:
            yield run_task(task)
        return
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork") if "fork" in methods else mp.get_context()
    with ctx.Pool(workers, initializer=_init, initargs=(known,)) as pool:
        # One task at a time per worker: a WARC file and a single article differ a hundredfold in cost.
        yield from pool.imap_unordered(run_task, tasks, 1)
