"""The worker-process runner: same results as in-process, bounded input, failures as data."""

from __future__ import annotations

import threading
import time

import pytest

from rasd.document import Document
from rasd.errors import InputError
from rasd.parallel import run_parallel
from tests.batch.articles import ARTICLES


def _docs(n: int) -> list[Document]:
    return [Document(f"d{i}", ARTICLES[i % len(ARTICLES)]["text"]) for i in range(n)]


def statement_count(doc: Document) -> tuple[str, int]:
    return doc.id, len(doc.statements)


def test_two_workers_give_the_single_process_results_in_order():
    docs = _docs(12)
    alone = [r.value for r in run_parallel(docs, 1, statement_count)]
    pooled = [r.value for r in run_parallel(docs, 2, statement_count)]
    assert pooled == alone
    assert [v[0] for v in pooled] == [d.id for d in docs]
    assert any(n > 0 for _, n in alone)


def test_unordered_results_hold_every_input_once():
    docs = _docs(10)
    results = list(run_parallel(docs, 2, statement_count, ordered=False))
    assert sorted(r.value[0] for r in results) == sorted(d.id for d in docs)


def test_bad_inputs_come_back_as_errors_and_the_rest_go_on():
    items = [*_docs(3), InputError("feed.jsonl:7", "malformed JSON"), *_docs(2)]
    results = list(run_parallel(items, 2, statement_count))
    assert [r.ok for r in results] == [True, True, True, False, True, True]
    assert results[3].source == "feed.jsonl:7" and results[3].error == "malformed JSON"


def test_input_is_read_only_a_window_ahead_of_the_consumer():
    pulled = 0
    lock = threading.Lock()

    def stream():
        nonlocal pulled
        for doc in _docs(200):
            with lock:
                pulled += 1
            yield doc

    ahead = []
    for n, _ in enumerate(run_parallel(stream(), 2, statement_count, chunksize=2, window=8), 1):
        time.sleep(0.002)  # a slow consumer: an unbounded pool would race through the whole input
        with lock:
            ahead.append(pulled - n)
    assert max(ahead) <= 8
    assert pulled == 200


def test_stopping_early_does_not_hang():
    started = time.monotonic()
    gen = run_parallel(_docs(500), 2, statement_count, window=4)
    assert next(gen).ok
    gen.close()
    assert time.monotonic() - started < 30


def test_workers_can_be_recycled_without_losing_inputs():
    docs = _docs(20)
    results = list(run_parallel(docs, 2, statement_count, chunksize=1, max_tasks_per_worker=3))
    assert [r.value[0] for r in results] == [d.id for d in docs]


def _explode(doc: Document) -> int:
    if doc.id == "d2":
        raise ValueError("bad finish")
    return 1


@pytest.mark.parametrize("workers", [1, 2])
def test_a_failing_finish_is_reported_not_raised(workers):
    results = list(run_parallel(_docs(4), workers, _explode))
    assert [r.ok for r in results] == [True, True, False, True]
    assert "ValueError: bad finish" in results[2].error
