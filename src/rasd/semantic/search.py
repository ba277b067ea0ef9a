"""``rasd search --semantic``: the statements or sentences nearest in meaning to a query.

The query is embedded with e5's ``query:`` side, the k nearest vectors of the asked kind are found
by sqlite-vec (an exact scan of that kind's partition, cosine distance: 0 for the same direction,
1 for unrelated, up to 2), and ``--since/--until`` are applied inside the scan, so a date filter
still returns k rows when there are k in range. Rows come back nearest first with their document.
"""

from __future__ import annotations

from typing import Any

from rasd.semantic.embedder import Embedder, get_embedder
from rasd.semantic.errors import IndexMissing
from rasd.semantic.index import VECTORS_TABLE, open_index, require_sqlite, vectors_exist
from rasd.semantic.kinds import KINDS, Kind

# sqlite-vec answers at most this many neighbours per query.
MAX_K = 4096

# The row each kind shows, by the semantic_items row m and the document d.
_SELECT = {
    "statement": (
        "SELECT round(knn.distance, 4) AS distance, d.doc_id, coalesce(t.date, d.date) AS date, d.title, "
        "t.statement_id, t.speaker, t.speaker_en, t.content AS text FROM knn "
        "JOIN semantic_items m ON m.vec_id = knn.vec_id JOIN documents d ON d.doc_id = m.doc_id "
        "JOIN statements t ON t.doc_id = m.doc_id AND t.statement_id = m.item"
    ),
    "sentence": (
        "SELECT round(knn.distance, 4) AS distance, d.doc_id, d.date, d.title, t.sentence, t.text FROM knn "
        "JOIN semantic_items m ON m.vec_id = knn.vec_id JOIN documents d ON d.doc_id = m.doc_id "
        "JOIN sentences t ON t.doc_id = m.doc_id AND t.sentence = CAST(m.item AS INTEGER)"
    ),
}


def _knn_sql(since: str | None, until: str | None) -> tuple[str, list[Any]]:
    where, params = ["embedding MATCH ?", "k = ?", "kind = ?"], []
    if since:
        where.append("date >= ?")
        params.append(since)
    if until:
        # Rows without a date are stored with '' and must not pass an upper bound.
        where += ["date <= ?", "date > ''"]
        params.append(until)
    return (f"SELECT rowid AS vec_id, distance FROM {VECTORS_TABLE} WHERE " + " AND ".join(where)), params


def _require_index(store, kind: Kind) -> None:
    has = store.fetch("SELECT 1 AS x FROM semantic_items WHERE kind = ? LIMIT 1", (kind.name,))
    if not has:
        raise IndexMissing(
            f"no {kind.plural} of {store.url} are in the semantic index yet: run `rasd embed --db {store.url}` "
            f"first (it embeds new {kind.plural} incrementally)"
        )


def semantic_search(store, query: str, kind: str = "sentences", limit: int | None = 20, since: str | None = None,
                    until: str | None = None, embedder: Embedder | None = None) -> list[dict[str, Any]]:
    """The ``limit`` (at most :data:`MAX_K`; ``None`` or 0: that many) rows of ``kind`` nearest to ``query``."""
    chosen = KINDS[kind]
    require_sqlite(store)
    _require_index(store, chosen)
    if not query.strip():
        return []
    k = min(limit or MAX_K, MAX_K)
    vector = (embedder or get_embedder()).query(query)
    conn = open_index(store)
    try:
        if not vectors_exist(conn):  # the item rows exist, so only a damaged index gets here
            raise IndexMissing(f"the vector table {VECTORS_TABLE} is missing: run `rasd embed --db {store.url}`")
        knn, params = _knn_sql(since, until)
        cur = conn.execute(f"WITH knn AS ({knn}) {_SELECT[chosen.name]} ORDER BY knn.distance, d.doc_id",
                           [vector, k, chosen.name, *params])
        names = [c[0] for c in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]
    finally:
        conn.close()
