"""Store access for request threads: one connection per worker thread, read-only unless asked.

SQLite connections belong to the thread that opened them, and FastAPI runs plain ``def`` endpoints
in a pool of worker threads, so each thread opens its own store the first time it needs one.
Read-only is enforced by the database itself (``PRAGMA query_only`` on SQLite, a read-only session on
PostgreSQL), not only by the absence of writing endpoints.
"""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from rasd.store import Store, is_postgres_url, open_store

_REQUIRED = ("0001_core_tables", "0002_sentence_search")


class StoreUnavailable(Exception):
    """The database cannot be served: missing, not a rasd corpus, or not migrated."""


def _sqlite_path(db: str) -> str:
    return db.removeprefix("sqlite:///")


class StoreAccess:
    def __init__(self, db: str, read_only: bool = True) -> None:
        self.db = db
        self.read_only = read_only
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[Store] = []

    def check(self) -> None:
        """Fail early, with a reason, when the database is not a usable rasd corpus."""
        if not is_postgres_url(self.db) and not Path(_sqlite_path(self.db)).is_file():
            raise StoreUnavailable(f"no corpus at {self.db} (create one with `rasd ingest FILE... --db {self.db}`)")
        try:
            store = self._open()
        except Exception as exc:
            raise StoreUnavailable(f"cannot open the corpus store {self.db}: {exc}") from None
        try:
            applied = set(store.applied_migrations())
        except Exception:
            raise StoreUnavailable(f"{self.db} is not a rasd corpus store") from None
        finally:
            store.close()
        missing = [m for m in _REQUIRED if m not in applied]
        if missing:
            raise StoreUnavailable(f"{self.db} lacks migrations {', '.join(missing)}: run `rasd ingest` on it once")

    def _open(self) -> Store:
        # Migrations write: a read-only server never applies them (check() refuses an old store).
        store = open_store(self.db, migrate=not self.read_only)
        if store.dialect == "sqlite":
            # Reads go through a memory map and a larger page cache: every request thread has its own
            # connection, and the list queries read whole tables.
            store.execute("PRAGMA mmap_size = 1073741824")
            store.execute("PRAGMA cache_size = -65536")
        if self.read_only:
            if store.dialect == "sqlite":
                store.execute("PRAGMA query_only = ON")
            elif store.dialect == "postgresql":
                store.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
        return store

    def get(self) -> Store:
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._open()
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def close_all(self) -> None:
        with self._lock:
            opened, self._opened = self._opened, []
        for store in opened:
            # A SQLite connection refuses to be closed from another thread; the process end closes it.
            with contextlib.suppress(Exception):
                store.close()
