"""A small cache for the whole-corpus aggregates (events summary, stats), keyed by corpus version.

Those answers read every event, so they are computed once per distinct question and kept until the
corpus changes: the key includes the number of stored documents (a new ingest changes it; documents
are never deleted). Concurrent requests for the same missing answer wait for one computation
instead of all computing it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from rasd.store import Store


def corpus_version(store: Store) -> int:
    return int(store.fetch("SELECT count(*) AS n FROM documents")[0]["n"])


class AnswerCache:
    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._answers: OrderedDict[Hashable, Any] = OrderedDict()
        self._lock = threading.Lock()
        self._pending: dict[Hashable, threading.Lock] = {}

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._answers:
                self._answers.move_to_end(key)
                return self._answers[key]
            flight = self._pending.setdefault(key, threading.Lock())
        with flight:
            with self._lock:
                if key in self._answers:
                    return self._answers[key]
            answer = compute()
            with self._lock:
                self._answers[key] = answer
                while len(self._answers) > self.size:
                    self._answers.popitem(last=False)
                self._pending.pop(key, None)
        return answer
