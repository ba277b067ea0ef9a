"""Aggregates the explorer pages need: an actor's profile and network, and the events summary.

Each query starts from an indexed column (``event_actors.actor_id``, ``statements.speaker_actor_id``,
``document_actors.corpus_actor_id``) so that a profile stays quick on a large corpus.
"""

from __future__ import annotations

from typing import Any

from rasd.api.paging import sql_where
from rasd.api.queries import EVENT_DATE, STATEMENT_DATE, EventFilter, event_where
from rasd.store import Store

PROFILE_ROWS = 50
NETWORK_NODES = 15


def actor_row(store: Store, actor_id: str) -> dict[str, Any] | None:
    rows = store.fetch(
        "SELECT actor_id, name, name_en, kind, country, sector, code, wikidata, documents, mentions "
        "FROM actors WHERE actor_id = ?", (actor_id,))
    return rows[0] if rows else None


_STATEMENT_COLS = (f"st.doc_id, {STATEMENT_DATE} AS date, st.statement_id, st.speaker, st.speaker_en, "
                   "st.speaker_actor_id, st.cue, st.content, st.direct, d.title")


def statements_by(store: Store, actor_id: str) -> list[dict[str, Any]]:
    rows = store.fetch(
        f"SELECT {_STATEMENT_COLS} FROM statements st JOIN documents d ON d.doc_id = st.doc_id "
        f"WHERE st.speaker_actor_id = ? ORDER BY COALESCE({STATEMENT_DATE}, '') DESC, st.doc_id, st.statement_id "
        f"LIMIT {PROFILE_ROWS}", (actor_id,))
    return _bools(rows, "direct")


# Statements whose content holds a mention of the actor (by someone else).
_ABOUT_FROM = (
    "document_actors da JOIN entities e ON e.doc_id = da.doc_id AND e.actor_id = da.actor_id "
    "JOIN statements st ON st.doc_id = e.doc_id AND e.char_start >= st.content_start "
    "AND e.char_end <= st.content_end JOIN documents d ON d.doc_id = st.doc_id"
)


def statements_about(store: Store, actor_id: str) -> list[dict[str, Any]]:
    rows = store.fetch(
        f"SELECT DISTINCT {_STATEMENT_COLS} FROM {_ABOUT_FROM} WHERE da.corpus_actor_id = ? "
        "AND COALESCE(st.speaker_actor_id, '') <> ? "
        f"ORDER BY date DESC, st.doc_id, st.statement_id LIMIT {PROFILE_ROWS}", (actor_id, actor_id))
    return _bools(rows, "direct")


def talks_about(store: Store, actor_id: str) -> list[dict[str, Any]]:
    """The actors mentioned in this actor's statements, with how many statements mention each."""
    rows = store.fetch(
        "SELECT a.actor_id, a.name, a.name_en, a.code, COUNT(DISTINCT st.doc_id || '/' || st.statement_id) AS n "
        "FROM statements st JOIN entities e ON e.doc_id = st.doc_id AND e.char_start >= st.content_start "
        "AND e.char_end <= st.content_end JOIN document_actors da ON da.doc_id = e.doc_id AND da.actor_id = e.actor_id "
        "JOIN actors a ON a.actor_id = da.corpus_actor_id WHERE st.speaker_actor_id = ? AND a.actor_id <> ? "
        f"GROUP BY a.actor_id, a.name, a.name_en, a.code ORDER BY n DESC, a.actor_id LIMIT {PROFILE_ROWS}",
        (actor_id, actor_id))
    return [{**r, "n": int(r["n"])} for r in rows]


def actor_events(store: Store, actor_id: str) -> list[dict[str, Any]]:
    rows = store.fetch(
        f"SELECT ea.role, ev.doc_id, {EVENT_DATE} AS date, ev.event_id, ev.type, ev.trigger_text, ev.source, "
        "ev.target, ev.place, ev.place_en, ev.negated, d.title FROM event_actors ea "
        "JOIN events ev ON ev.doc_id = ea.doc_id AND ev.event_id = ea.event_id JOIN documents d ON d.doc_id = ev.doc_id "
        f"WHERE ea.actor_id = ? ORDER BY COALESCE({EVENT_DATE}, '') DESC, ev.doc_id, ev.event_id LIMIT {PROFILE_ROWS}",
        (actor_id,))
    return _bools(rows, "negated")


def actor_timeline(store: Store, actor_id: str) -> list[dict[str, Any]]:
    """Events per month with the actor as source and as target."""
    month = f"substr(COALESCE({EVENT_DATE}, ''), 1, 7)"
    rows = store.fetch(
        f"SELECT {month} AS month, ea.role, COUNT(*) AS n FROM event_actors ea "
        "JOIN events ev ON ev.doc_id = ea.doc_id AND ev.event_id = ea.event_id JOIN documents d ON d.doc_id = ev.doc_id "
        f"WHERE ea.actor_id = ? GROUP BY {month}, ea.role", (actor_id,))
    by_month: dict[str, dict[str, Any]] = {}
    for r in rows:
        if not r["month"]:
            continue
        entry = by_month.setdefault(r["month"], {"month": r["month"], "source": 0, "target": 0})
        entry[r["role"]] = entry.get(r["role"], 0) + int(r["n"])
    return [by_month[m] for m in sorted(by_month)]


def actor_network(store: Store, actor_id: str) -> dict[str, Any]:
    """The actor's dyads: counterparts in events (either direction) and the events among them."""
    ends = store.fetch(
        "SELECT o.actor_id AS other, COUNT(*) AS n FROM event_actors s JOIN event_actors o "
        "ON o.doc_id = s.doc_id AND o.event_id = s.event_id AND o.role <> s.role AND o.actor_id <> s.actor_id "
        f"WHERE s.actor_id = ? GROUP BY o.actor_id ORDER BY n DESC, o.actor_id LIMIT {NETWORK_NODES}", (actor_id,))
    ids = [actor_id, *(r["other"] for r in ends)]
    marks = ", ".join("?" for _ in ids)
    edges = store.fetch(
        "SELECT s.actor_id AS source, t.actor_id AS target, ev.type, COUNT(*) AS n FROM event_actors s "
        "JOIN event_actors t ON t.doc_id = s.doc_id AND t.event_id = s.event_id AND t.role = 'target' "
        "JOIN events ev ON ev.doc_id = s.doc_id AND ev.event_id = s.event_id "
        f"WHERE s.role = 'source' AND s.actor_id IN ({marks}) AND t.actor_id IN ({marks}) AND s.actor_id <> t.actor_id "
        "GROUP BY s.actor_id, t.actor_id, ev.type", [*ids, *ids])
    nodes = store.fetch(f"SELECT actor_id, name, name_en, code, kind FROM actors WHERE actor_id IN ({marks})", ids)
    merged: dict[tuple[str, str], dict[str, Any]] = {}
    for e in edges:
        entry = merged.setdefault((e["source"], e["target"]), {"source": e["source"], "target": e["target"],
                                                                 "count": 0, "types": {}})
        entry["count"] += int(e["n"])
        entry["types"][e["type"] or ""] = int(e["n"])
    order = {a: i for i, a in enumerate(ids)}
    return {"nodes": sorted(nodes, key=lambda n: order.get(n["actor_id"], len(ids))),
            "edges": sorted(merged.values(), key=lambda e: (-e["count"], e["source"], e["target"]))}


def events_summary(store: Store, f: EventFilter, max_places: int = 500) -> dict[str, Any]:
    """Counts for the events page: per day (timeline), per type, per place with coordinates (map)."""
    where = event_where(f)
    cond = sql_where(where)
    by_day = store.fetch(f"SELECT {EVENT_DATE} AS date, COUNT(*) AS n FROM events ev{cond} "
                         f"GROUP BY {EVENT_DATE}", where[1])
    by_type = store.fetch(f"SELECT ev.type AS type, COUNT(*) AS n FROM events ev{cond} GROUP BY ev.type", where[1])
    located = sql_where((where[0] + ["ev.lat IS NOT NULL", "ev.lon IS NOT NULL"], where[1]))
    places = store.fetch(
        "SELECT ev.lat, ev.lon, MIN(ev.place) AS place, MIN(ev.place_en) AS place_en, "
        f"MIN(ev.place_country) AS country, MIN(ev.geonameid) AS geonameid, COUNT(*) AS n FROM events ev{located} "
        f"GROUP BY ev.lat, ev.lon ORDER BY n DESC, ev.lat, ev.lon LIMIT {int(max_places)}", where[1])
    days = sorted(({"date": r["date"], "count": int(r["n"])} for r in by_day if r["date"]), key=lambda r: r["date"])
    return {
        "total": sum(int(r["n"]) for r in by_day),
        "by_day": days,
        "by_type": sorted(({"type": r["type"], "count": int(r["n"])} for r in by_type),
                          key=lambda r: (-r["count"], r["type"] or "")),
        "places": [{**{k: v for k, v in r.items() if k != "n"}, "count": int(r["n"])} for r in places],
    }


def document_links(store: Store, doc_id: str) -> dict[str, str]:
    """The document's own actor ids -> corpus actor ids (for links to actor pages)."""
    rows = store.fetch("SELECT actor_id, corpus_actor_id FROM document_actors WHERE doc_id = ?", (doc_id,))
    return {r["actor_id"]: r["corpus_actor_id"] for r in rows if r["actor_id"] and r["corpus_actor_id"]}


def _bools(rows: list[dict[str, Any]], column: str) -> list[dict[str, Any]]:
    for r in rows:
        r[column] = bool(r[column])
    return rows
