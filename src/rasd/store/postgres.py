"""The PostgreSQL back-end (psycopg 3), behind the same interface as SQLite.

Full-text search: each sentence's search text (folded stems) is kept in ``sentences.search_text``
with a generated ``tsvector('simple', ...)`` column and a GIN index; queries are turned into
``to_tsquery('simple', ...)`` by the same code that indexes, so both back-ends match the same words.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from rasd.store.base import Store
from rasd.store.searchtext import Query, tsquery


def _pg(sql: str) -> str:
    # The shared SQL uses qmark placeholders and never a literal '?' or '%'.
    return sql.replace("?", "%s")


class PostgresStore(Store):
    dialect = "postgresql"

    def __init__(self, url: str) -> None:
        try:
            import psycopg
        except ImportError as exc:  # pragma: no cover - depends on the installation
            raise RuntimeError("PostgreSQL support needs psycopg: pip install 'psycopg[binary]'") from exc
        self.url = url
        self.conn = psycopg.connect(url, autocommit=True)

    def execute(self, sql: str, params: tuple | list = ()) -> Any:
        return self.conn.execute(_pg(sql), params)

    def executemany(self, sql: str, rows: list[tuple]) -> None:
        with self.conn.cursor() as cur:
            cur.executemany(_pg(sql), rows)

    @contextmanager
    def transaction(self):
        with self.conn.transaction():
            yield

    def fetch(self, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
        with self.conn.cursor() as cur:
            cur.execute(_pg(sql), params)
            if cur.description is None:
                return []
            names = [d.name for d in cur.description]
            return [dict(zip(names, row)) for row in cur.fetchall()]

    def stream(self, sql: str, params: tuple | list = ()) -> Iterator[tuple]:
        # A server-side cursor streams large results (every document, for exports) in batches;
        # it lives in its own transaction, as PostgreSQL requires.
        with self.conn.transaction(), self.conn.cursor(name="rasd_stream") as cur:
            cur.itersize = 500
            cur.execute(_pg(sql), params)
            yield from cur

    def search_subquery(self, query: Query) -> tuple[str, list[Any]]:
        q = tsquery(query)
        return (
            "SELECT doc_id, sentence, ts_rank(tsv, to_tsquery('simple', ?)) AS score FROM sentences "
            "WHERE tsv @@ to_tsquery('simple', ?)",
            [q, q],
        )

    def close(self) -> None:
        self.conn.close()
