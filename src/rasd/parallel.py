"""Running the pipeline in worker processes: one pipeline (and one set of resources) per worker.

The parent streams inputs to the workers and receives results already turned into plain data by
``finish`` (a module-level function, run in the worker), so documents never cross a process
boundary with their heavy internal layers. Failures come back as data too; a worker never dies on a
bad document. ``workers <= 1`` runs in-process with the very same code path.

Memory stays bounded for a stream of any length: ``multiprocessing.Pool`` would otherwise pull the
whole input into its task queue (and, when the caller is slower than the workers, keep every result
too), so at most ``window`` inputs are in flight between being read and being handed to the caller.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing as mp
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from rasd.document import Document
from rasd.errors import InputError, RasdError

Finish = Callable[[Document], Any]


@dataclass(frozen=True)
class Result:
    """One input's result: ``value`` (what ``finish`` made of the document) or an error."""

    source: str
    value: Any = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def to_json(doc: Document) -> dict[str, Any]:
    return doc.to_json()


_PIPELINE = None  # the worker process's pipeline, built once by _init_worker
_FINISH: Finish | None = None


def _init_worker(finish: Finish, upto: str | None) -> None:
    global _PIPELINE, _FINISH
    from rasd.pipeline import build_pipeline

    if _PIPELINE is None:  # forked workers inherit the parent's pipeline and its loaded resources
        _PIPELINE = build_pipeline(upto=upto)
    _FINISH = finish


def _work(item: Document | InputError) -> Result:
    if isinstance(item, InputError):
        return Result(item.source, error=item.reason)
    try:
        doc = _PIPELINE(item)  # type: ignore[misc]
        return Result(item.id, value=_FINISH(doc))  # type: ignore[misc]
    except RasdError as exc:
        return Result(item.id, error=str(exc))
    except Exception as exc:  # a bug in ``finish`` must not kill the worker
        return Result(item.id, error=f"{type(exc).__name__}: {exc}")


# Resources load lazily, on the first document that needs them. One short article through the parent's
# pipeline loads them all before the fork, so the workers share them instead of each loading its own.
_WARM_UP = Document("warm-up", "بغداد - قال وزير الخارجية العراقي أمس إن الحكومة ستجتمع يوم الأحد مع وفد من الأمم المتحدة.")


def _warm(pipeline: Any) -> None:
    # A stage that fails here fails on real documents too, and is reported there.
    with contextlib.suppress(RasdError):
        pipeline(_WARM_UP)


def process_one(item: Document | InputError, finish: Finish, upto: str | None = None) -> Result:
    """One input through this process's pipeline (built on first use): how Spark executors run it."""
    if _PIPELINE is None or _FINISH is not finish:
        _init_worker(finish, upto)
    return _work(item)


class _Window:
    """Admits at most ``size`` items between reading and delivery; never blocks a closed run forever."""

    def __init__(self, size: int) -> None:
        self._slots = threading.Semaphore(size)
        self._closed = threading.Event()

    def admit(self, items: Iterable[Any]) -> Iterator[Any]:
        # Runs in the pool's task-feeding thread: waiting here is what holds the input back.
        source = iter(items)
        while True:
            # A slot first, then the item: nothing is read from the input before it may go out.
            while not self._slots.acquire(timeout=0.1):
                if self._closed.is_set():
                    return
            if self._closed.is_set():
                return
            try:
                item = next(source)
            except StopIteration:
                return
            yield item

    def release(self) -> None:
        self._slots.release()

    def close(self) -> None:
        self._closed.set()


def run_parallel(
    items: Iterable[Document | InputError],
    workers: int = 1,
    finish: Finish = to_json,
    ordered: bool = True,
    upto: str | None = None,
    chunksize: int = 4,
    *,
    window: int | None = None,
    max_tasks_per_worker: int | None = None,
) -> Iterator[Result]:
    """Process ``items`` with ``workers`` processes; results in input order unless ``ordered=False``.

    ``window`` bounds the inputs in flight (default: eight chunks per worker); ``max_tasks_per_worker``
    replaces a worker after that many chunks, a guard against caches that grow with the vocabulary of
    a long stream (a forked replacement inherits the parent's loaded resources, so it costs little).
    """
    global _PIPELINE
    from rasd.pipeline import build_pipeline

    # Built here first: a pipeline that cannot be assembled fails once, in the caller, instead of in
    # every worker the pool would keep restarting; and under fork the workers share its resources.
    _PIPELINE = build_pipeline(upto=upto)
    if workers > 1:
        _warm(_PIPELINE)
    if workers <= 1:
        _init_worker(finish, upto)
        for item in items:
            yield _work(item)
        return
    chunksize = max(1, chunksize)
    # The window must hold a whole chunk or a chunk could never be completed (see _Window).
    size = max(window or 8 * workers * chunksize, chunksize)
    gate = _Window(size)
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork") if "fork" in methods else mp.get_context()
    # Objects that exist now (the loaded resources above all) are left out of the workers' garbage
    # collection: a collection pass writes to every object it visits and would copy shared pages.
    gc.freeze()
    pool = ctx.Pool(workers, initializer=_init_worker, initargs=(finish, upto), maxtasksperchild=max_tasks_per_worker)
    try:
        mapper = pool.imap if ordered else pool.imap_unordered
        for result in mapper(_work, gate.admit(items), chunksize):
            gate.release()
            yield result
        pool.close()
        pool.join()
    finally:
        gate.close()
        pool.terminate()
        gc.unfreeze()
