"""Running the pipeline in worker processes: one pipeline (and one set of resources) per worker.

The parent streams inputs to the workers and receives results already turned into plain data by
``finish`` (a module-level function, run in the worker), so documents never cross a process
boundary with their heavy internal layers. Failures come back as data too; a worker never dies on a
bad document. ``workers <= 1`` runs in-process with the very same code path.
"""

from __future__ import annotations

import multiprocessing as mp
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


def run_parallel(
    items: Iterable[Document | InputError],
    workers: int = 1,
    finish: Finish = to_json,
    ordered: bool = True,
    upto: str | None = None,
    chunksize: int = 4,
) -> Iterator[Result]:
    """Process ``items`` with ``workers`` processes; results in input order unless ``ordered=False``."""
    global _PIPELINE
    from rasd.pipeline import build_pipeline

    # Built here first: a pipeline that cannot be assembled fails once, in the caller, instead of in
    # every worker the pool would keep restarting; and under fork the workers share its resources.
    _PIPELINE = build_pipeline(upto=upto)
    if workers <= 1:
        _init_worker(finish, upto)
        for item in items:
            yield _work(item)
        return
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork") if "fork" in methods else mp.get_context()
    with ctx.Pool(workers, initializer=_init_worker, initargs=(finish, upto)) as pool:
        mapper = pool.imap if ordered else pool.imap_unordered
        # imap consumes its input lazily in chunks, so memory stays bounded for any stream length
        yield from mapper(_work, items, chunksize)
