"""The corpus store: documents and everything extracted from them, in SQLite or PostgreSQL.

``open_store("rasd.db")`` opens (and creates, and migrates) a SQLite file;
``open_store("postgresql://user@host/db")`` a PostgreSQL database. Both give a
:class:`~rasd.store.base.Store` with the same methods.
"""

from __future__ import annotations

from rasd.store.base import Store


def is_postgres_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))


def open_store(target: str, migrate: bool = True) -> Store:
    """The store at ``target``: a PostgreSQL URL, ``sqlite:///path`` or a plain file path."""
    if is_postgres_url(target):
        from rasd.store.postgres import PostgresStore

        store: Store = PostgresStore(target)
    else:
        from rasd.store.sqlite import SQLiteStore

        store = SQLiteStore(target.removeprefix("sqlite:///") if target.startswith("sqlite:///") else target)
    if migrate:
        store.migrate()
    return store


__all__ = ["Store", "open_store", "is_postgres_url"]
