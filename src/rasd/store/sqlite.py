"""The SQLite back-end (the default): one file, WAL journal, FTS5 for full-text search.

WAL lets ``rasd search`` and the other queries read while an ingest writes. ``synchronous=NORMAL``
makes each commit cheap (no fsync per commit, only at checkpoints): a killed process loses at most
the transaction it was in, never a part of one, and the database is never corrupted; what NORMAL
gives up is durability on power loss or an OS crash, where the last commits before the crash can be
rolled back (a re-run of the ingest writes them again).

A document commit dirties some 60 pages (a dozen indexes, the full-text segment, the JSON blob), so
the write-ahead log is checkpointed every 4,000 pages (16 MB) rather than SQLite's 1,000: pages that
several commits touched are copied back once, which saves about a tenth of the writer's CPU time.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rasd.store.base import Store
from rasd.store.searchtext import Query, fts5_match

WAL_CHECKPOINT_PAGES = 4000


class SQLiteStore(Store):
    dialect = "sqlite"

    def __init__(self, path: str) -> None:
        self.url = path
        # Autocommit mode: transactions are begun and ended explicitly by ``transaction``.
        self.conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA busy_timeout=30000")
        self.conn.execute(f"PRAGMA wal_autocheckpoint={WAL_CHECKPOINT_PAGES}")
        self._depth = 0

    def execute(self, sql: str, params: tuple | list = ()) -> Any:
        return self.conn.execute(sql, params)

    def executemany(self, sql: str, rows: list[tuple]) -> None:
        self.conn.executemany(sql, rows)

    @contextmanager
    def transaction(self):
        """A transaction; inside another one, a savepoint (it rolls back alone on an error)."""
        depth = self._depth
        begin, commit, rollback = (
            ("BEGIN IMMEDIATE", "COMMIT", "ROLLBACK") if depth == 0
            else (f"SAVEPOINT s{depth}", f"RELEASE s{depth}", f"ROLLBACK TO s{depth}; RELEASE s{depth}")
        )
        self.conn.execute(begin)
        self._depth = depth + 1
        try:
            yield
        except BaseException:
            for stmt in rollback.split("; "):
                self.conn.execute(stmt)
            raise
        else:
            self.conn.execute(commit)
        finally:
            self._depth = depth

    def fetch(self, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def stream(self, sql: str, params: tuple | list = ()) -> Iterator[tuple]:
        # A separate cursor, so writes on the connection during iteration do not reset it.
        yield from self.conn.cursor().execute(sql, params)

    def search_subquery(self, query: Query) -> tuple[str, list[Any]]:
        # bm25 is lower for better matches; negated so that every back-end sorts score descending.
        return (
            "SELECT s.doc_id, s.sentence, -bm25(sentence_search) AS score FROM sentence_search "
            "JOIN sentences s ON s.rowid = sentence_search.rowid WHERE sentence_search MATCH ?",
            [fts5_match(query)],
        )

    def close(self) -> None:
        self.conn.close()
