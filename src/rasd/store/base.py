"""The corpus store interface and the SQL both back-ends share.

A back-end supplies a connection, its placeholder style, transactions and full-text search; the
writes, the migrations and the queries are written once here in the SQL SQLite and PostgreSQL both
speak. Every document is written in one transaction; a document whose id (the SHA-1 of its text) is
already stored is left alone, so re-ingesting the same input adds nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import AbstractContextManager
from functools import cache
from typing import Any

from rasd.store.migrations import MIGRATIONS, statements_of
from rasd.store.payload import CORPUS_ACTOR_COLUMNS, DocPayload, decompress_json
from rasd.store.queries import QueryMixin
from rasd.tables import TABLES

# Store table -> its columns in insert order (the rasd.tables columns plus the store's own).
STORE_COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (*TABLES["documents"].column_names, "origin", "doc_json"),
    "sentences": (*TABLES["sentences"].column_names, "search_text"),
    "entities": TABLES["entities"].column_names,
    "document_actors": (*TABLES["actors"].column_names, "corpus_actor_id"),
    "places": TABLES["places"].column_names,
    "statements": (*TABLES["statements"].column_names, "speaker_actor_id", "content_key"),
    "events": (*TABLES["events"].column_names, "place_key"),
    "event_actors": ("doc_id", "event_id", "role", "actor_id"),
}
COUNTED_TABLES = ("documents", "sentences", "entities", "actors", "document_actors", "places", "statements",
                  "events", "event_actors", "errors")

_UPSERT_ACTOR = (
    f"INSERT INTO actors ({', '.join(CORPUS_ACTOR_COLUMNS)}, documents) "
    f"VALUES ({', '.join('?' for _ in CORPUS_ACTOR_COLUMNS)}, 1) "
    "ON CONFLICT (actor_id) DO UPDATE SET mentions = actors.mentions + excluded.mentions, "
    "documents = actors.documents + 1, name_en = COALESCE(actors.name_en, excluded.name_en), "
    "country = COALESCE(actors.country, excluded.country), sector = COALESCE(actors.sector, excluded.sector), "
    "code = COALESCE(actors.code, excluded.code), wikidata = COALESCE(actors.wikidata, excluded.wikidata)"
)


@cache
def _insert_sql(table: str, conflict: str = "") -> str:
    cols = STORE_COLUMNS[table]
    return f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)}){conflict}"


class Store(QueryMixin):
    """A corpus database. Open one with :func:`rasd.store.open_store`."""

    dialect = "generic"
    url = ""

    # --- what a back-end provides -------------------------------------------------------------
    def execute(self, sql: str, params: tuple | list = ()) -> Any:
        raise NotImplementedError

    def executemany(self, sql: str, rows: list[tuple]) -> None:
        raise NotImplementedError

    def transaction(self) -> AbstractContextManager:
        raise NotImplementedError

    def fetch(self, sql: str, params: tuple | list = ()) -> list[dict[str, Any]]:
        raise NotImplementedError

    def stream(self, sql: str, params: tuple | list = ()) -> Iterator[tuple]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # --- migrations -----------------------------------------------------------------------------
    def migrate(self) -> list[str]:
        """Apply the migrations not yet applied, each in its own transaction; their names.

        An up-to-date store is checked with reads only: opening it to search or serve never waits
        for the write lock an ingest holds."""
        if self._has_table("migrations"):
            done = {r["name"] for r in self.fetch("SELECT name FROM migrations")}
            if all(m.name in done for m in MIGRATIONS):
                return []
        with self.transaction():
            self.execute("CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        done = {r["name"] for r in self.fetch("SELECT name FROM migrations")}
        applied = []
        for m in MIGRATIONS:
            if m.name in done:
                continue
            with self.transaction():
                for stmt in statements_of(m.sql(self.dialect)):
                    self.execute(stmt)
                self.execute("INSERT INTO migrations (name, applied_at) VALUES (?, CURRENT_TIMESTAMP)", (m.name,))
            applied.append(m.name)
        return applied

    def _has_table(self, name: str) -> bool:
        if self.dialect == "sqlite":
            rows = self.fetch("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
        elif self.dialect == "postgresql":
            rows = self.fetch("SELECT 1 AS x FROM information_schema.tables WHERE table_name = ? AND table_schema = current_schema()", (name,))
        else:
            return False
        return bool(rows)

    def applied_migrations(self) -> list[str]:
        return [r["name"] for r in self.fetch("SELECT name FROM migrations ORDER BY name")]

    # --- writes ---------------------------------------------------------------------------------
    def known_ids(self) -> set[str]:
        return {row[0] for row in self.stream("SELECT doc_id FROM documents")}

    def has_document(self, doc_id: str) -> bool:
        return bool(self.fetch("SELECT 1 AS x FROM documents WHERE doc_id = ?", (doc_id,)))

    def write(self, payload: DocPayload) -> bool:
        """Write one document and all its rows in one transaction; False if it was already stored."""
        with self.transaction():
            return self.insert(payload)

    def insert(self, payload: DocPayload) -> bool:
        """The INSERTs of :meth:`write`, in the caller's transaction (which must roll back on an error)."""
        cur = self.execute(_insert_sql("documents", " ON CONFLICT (doc_id) DO NOTHING"), payload.rows["documents"][0])
        if cur.rowcount == 0:
            return False
        for table, rows in payload.rows.items():
            if table != "documents" and rows:
                self.executemany(_insert_sql(table), rows)
        if payload.corpus_actors:
            self.executemany(_UPSERT_ACTOR, payload.corpus_actors)
        return True

    def record_error(self, kind: str, origin: str, reason: str) -> None:
        """Remember a skipped or failed input (once: the same input and reason again adds nothing)."""
        key = hashlib.sha1(f"{kind}\0{origin}\0{reason}".encode()).hexdigest()[:24]
        with self.transaction():
            self.execute(
                "INSERT INTO errors (error_id, kind, origin, reason) VALUES (?, ?, ?, ?) ON CONFLICT (error_id) DO NOTHING",
                (key, kind, origin, reason),
            )

    # --- reads ----------------------------------------------------------------------------------
    def counts(self) -> dict[str, int]:
        return {t: int(self.fetch(f"SELECT count(*) AS n FROM {t}")[0]["n"]) for t in COUNTED_TABLES}

    def iter_documents(self) -> Iterator[dict[str, Any]]:
        """Every stored document's JSON, in id order."""
        for (blob,) in self.stream("SELECT doc_json FROM documents ORDER BY doc_id"):
            yield decompress_json(blob)

    def document(self, doc_id: str) -> dict[str, Any] | None:
        rows = self.fetch("SELECT doc_json FROM documents WHERE doc_id = ?", (doc_id,))
        return decompress_json(rows[0]["doc_json"]) if rows else None

    def errors(self) -> list[dict[str, Any]]:
        return self.fetch("SELECT kind, origin, reason FROM errors ORDER BY kind, origin, reason")
