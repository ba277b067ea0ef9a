"""``rasd embed``: add the statements and sentences not yet embedded to the semantic index.

The index is two tables in the store's SQLite file: ``semantic_items`` (migration
``0004_semantic_items``: which row of which document each vector stands for, and the model) and
``semantic_vectors``, a sqlite-vec ``vec0`` table (the vectors, partitioned by kind, with the date
as a filterable column), created here on first use because only a connection with sqlite-vec
loaded can create it. A vector's rowid is its item's ``vec_id``.

Rows are embedded in batches; each batch is written in one transaction, so a killed run loses at
most the batch it was embedding, and the next run goes on from there. A row already in the index
is never embedded again (``semantic_items`` has a unique key), so a re-run adds nothing.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rasd.semantic.embedder import DIM, MODEL_ID, Embedder
from rasd.semantic.errors import SemanticError, SemanticUnavailable
from rasd.semantic.kinds import KINDS, Kind
from rasd.semantic.vecdb import connect, immediate

VECTORS_TABLE = "semantic_vectors"
CREATE_VECTORS = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {VECTORS_TABLE} USING vec0("
    f"kind TEXT PARTITION KEY, embedding float[{DIM}] distance_metric=cosine, date TEXT)"
)


@dataclass
class EmbedReport:
    pending: int = 0  # rows to embed when the run started
    embedded: Counter = field(default_factory=Counter)  # kind plural -> rows added
    seconds: float = 0.0  # wall time spent embedding (the model), not reading or writing

    @property
    def done(self) -> int:
        return sum(self.embedded.values())

    def rate(self) -> float:
        """Texts embedded per second of embedding."""
        return self.done / self.seconds if self.seconds > 0 else 0.0


def require_sqlite(store) -> None:
    if getattr(store, "dialect", "") != "sqlite":
        raise SemanticUnavailable(
            "semantic search needs the SQLite store (a PostgreSQL store has no vector index in rasd); "
            "ingest into a SQLite file (--db corpus.db) to use rasd embed and rasd search --semantic"
        )


def open_index(store) -> sqlite3.Connection:
    """A sqlite-vec connection to the store's file (which must be SQLite, and migrated)."""
    require_sqlite(store)
    return connect(store.url)


def vectors_exist(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (VECTORS_TABLE,)).fetchone() is not None


def _check_model(conn: sqlite3.Connection) -> None:
    row = conn.execute("SELECT model FROM semantic_items WHERE model <> ? LIMIT 1", (MODEL_ID,)).fetchone()
    if row:
        raise SemanticError(f"the index holds vectors of the model {row[0]}, not {MODEL_ID}: "
                            "rebuild it with `rasd embed --rebuild`")


def pending_counts(conn: sqlite3.Connection, kinds: Iterable[Kind]) -> dict[str, int]:
    return {k.plural: int(conn.execute(k.pending_count_sql(), (k.name,)).fetchone()[0]) for k in kinds}


def _write_batch(conn: sqlite3.Connection, kind: Kind, rows: list[tuple], vectors: list[bytes]) -> int:
    added = 0
    with immediate(conn):
        for (_, doc_id, item, _, date), vector in zip(rows, vectors):
            # Another run may have written this row meanwhile: then the item exists and is skipped.
            hit = conn.execute(
                "INSERT INTO semantic_items (kind, doc_id, item, model) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (kind, doc_id, item) DO NOTHING RETURNING vec_id",
                (kind.name, doc_id, item, MODEL_ID),
            ).fetchone()
            if hit:
                conn.execute(f"INSERT INTO {VECTORS_TABLE} (rowid, kind, embedding, date) VALUES (?, ?, ?, ?)",
                             (hit[0], kind.name, vector, date))
                added += 1
    return added


def embed_kind(conn: sqlite3.Connection, embedder: Embedder, kind: Kind, report: EmbedReport,
               batch_size: int, tick: Callable[[EmbedReport], None]) -> None:
    """Embed every row of one kind not in the index yet, one batch (one transaction) at a time."""
    last = 0
    page_sql = kind.pending_page_sql()
    while True:
        rows = conn.execute(page_sql, (kind.name, last, batch_size)).fetchall()
        if not rows:
            return
        last = rows[-1][0]
        started = time.perf_counter()
        vectors = embedder.passages([r[3] for r in rows])
        report.seconds += time.perf_counter() - started
        report.embedded[kind.plural] += _write_batch(conn, kind, rows, vectors)
        tick(report)


def embed_store(store, embedder: Embedder, kinds: Iterable[str] = tuple(KINDS), batch_size: int = 32,
                tick: Callable[[EmbedReport], None] = lambda report: None,
                start: Callable[[EmbedReport], None] = lambda report: None, rebuild: bool = False) -> EmbedReport:
    """Embed the store's rows of ``kinds`` (``statements``, ``sentences``) not yet in the index.

    ``rebuild`` empties the whole index first. ``start`` sees the report once the number of pending
    rows is known, ``tick`` after each batch.
    """
    chosen = [KINDS[k] for k in kinds]
    conn = open_index(store)
    try:
        with immediate(conn):
            if rebuild:
                conn.execute(f"DROP TABLE IF EXISTS {VECTORS_TABLE}")
                conn.execute("DELETE FROM semantic_items")
            conn.execute(CREATE_VECTORS)
        _check_model(conn)
        report = EmbedReport(pending=sum(pending_counts(conn, chosen).values()))
        start(report)
        for kind in chosen:
            embed_kind(conn, embedder, kind, report, batch_size, tick)
        return report
    finally:
        conn.close()


def index_counts(store) -> dict[str, int]:
    """Vectors in the index per kind (plural), 0 for a kind never embedded."""
    require_sqlite(store)
    found = {r["kind"]: r["n"] for r in store.fetch("SELECT kind, count(*) AS n FROM semantic_items GROUP BY kind")}
    return {k.plural: int(found.get(k.name, 0)) for k in KINDS.values()}
