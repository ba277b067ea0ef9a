"""The API's list queries: the filters of the query CLI, with keyset pages instead of a limit.

The filters mean what they mean for ``rasd events`` and friends (names matched through the search
key, codes by prefix; see :mod:`rasd.store.queries`), but the SQL is the API's own because the store's
methods return whole lists. Every value reaches the database as a parameter.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.api.paging import Key, Narrow, Page, Where, keyset_page, new_where
from rasd.store import Store
from rasd.store.queries import actor_match, add_dates, like_safe
from rasd.store.searchtext import parse_query, search_key

NO_DATE = ""  # newest first: undated rows sort last


def _contains(column: str, value: str, where: Where) -> str:
    """``column LIKE %value%`` (nothing searchable matches nothing); the condition, params appended."""
    if not value:
        return "1 = 0"
    where[1].append(f"%{value}%")
    return f"{column} LIKE ?"


@dataclass(frozen=True)
class EventFilter:
    type: str | None = None
    source: str | None = None
    target: str | None = None
    place: str | None = None
    since: str | None = None
    until: str | None = None


# An event's own date, else its article's. The article is looked up only for an undated event, so
# filtering and sorting by date need no join with the documents.
EVENT_DATE = "COALESCE(ev.date, (SELECT dd.date FROM documents dd WHERE dd.doc_id = ev.doc_id))"
EVENTS_FROM = "events ev JOIN documents d ON d.doc_id = ev.doc_id"


def event_where(f: EventFilter) -> Where:
    where = new_where()
    if f.type:
        where[0].append("ev.type = ?")  # types are stored upper-case; this way the index is used
        where[1].append(f.type.upper())
    for role, name in (("source", f.source), ("target", f.target)):
        if name:
            cond, params = actor_match("a", name)
            # The few matching actors first, then their events through the actor index.
            where[0].append(
                "(ev.doc_id, ev.event_id) IN (SELECT ea.doc_id, ea.event_id FROM actors a JOIN event_actors ea "
                f"ON ea.actor_id = a.actor_id AND ea.role = ? WHERE {cond})")
            where[1].extend([role, *params])
    if f.place:
        plain = like_safe(f.place)
        by_key = _contains("ev.place_key", search_key(f.place), where)
        by_en = _contains("lower(coalesce(ev.place_en, ''))", plain.lower(), where)
        where[0].append(f"({by_key} OR {by_en} OR upper(coalesce(ev.place_country, '')) = ? "
                        "OR CAST(ev.geonameid AS TEXT) = ?)")
        where[1].extend([plain.upper(), plain])
    add_dates(EVENT_DATE, f.since, f.until, where)
    return where


EVENT_SELECT = (
    f"d.doc_id, d.source_id, {EVENT_DATE} AS date, ev.event_id, ev.type, ev.mode, ev.trigger_text, "
    "ev.trigger_start, ev.trigger_end, ev.source, ev.source_codes, ev.target, ev.target_codes, ev.place, "
    "ev.place_en, ev.place_country, ev.geonameid, ev.lat, ev.lon, ev.negated, ev.statement_id, d.title"
)
EVENT_KEYS = (Key(f"COALESCE({EVENT_DATE}, '{NO_DATE}')", str, desc=True), Key("ev.doc_id", str, desc=True),
              Key("COALESCE(ev.event_id, '')", str))


def events_page(store: Store, f: EventFilter, cursor: str | None, limit: int) -> Page:
    page = keyset_page(store, "events", EVENT_SELECT, "events ev", event_where(f), EVENT_KEYS, cursor, limit,
                       Narrow(("ev.doc_id", "ev.event_id"), EVENTS_FROM))
    for row in page.items:
        row["negated"] = bool(row["negated"])
    return page


STATEMENT_DATE = "COALESCE(st.date, (SELECT dd.date FROM documents dd WHERE dd.doc_id = st.doc_id))"
STATEMENTS_FROM = "statements st JOIN documents d ON d.doc_id = st.doc_id"


def statement_where(speaker: str | None, about: str | None, since: str | None, until: str | None) -> Where:
    where = new_where()
    if speaker:
        cond, params = actor_match("a", speaker)
        where[0].append(f"EXISTS (SELECT 1 FROM actors a WHERE a.actor_id = st.speaker_actor_id AND {cond})")
        where[1].extend(params)
    if about:
        in_content = _contains("st.content_key", search_key(about), where)
        cond, params = actor_match("a", about)
        where[0].append(
            f"({in_content} OR EXISTS (SELECT 1 FROM entities e JOIN document_actors da "
            "ON da.doc_id = e.doc_id AND da.actor_id = e.actor_id JOIN actors a ON a.actor_id = da.corpus_actor_id "
            "WHERE e.doc_id = st.doc_id AND e.char_start >= st.content_start AND e.char_end <= st.content_end "
            f"AND {cond}))")
        where[1].extend(params)
    add_dates(STATEMENT_DATE, since, until, where)
    return where


STATEMENT_SELECT = (
    f"d.doc_id, d.source_id, {STATEMENT_DATE} AS date, st.statement_id, st.speaker, st.speaker_en, "
    "st.speaker_code, st.speaker_actor_id, st.cue, st.content, st.direct, st.cue_start, st.cue_end, "
    "st.content_start, st.content_end, d.title"
)
STATEMENT_KEYS = (Key(f"COALESCE({STATEMENT_DATE}, '{NO_DATE}')", str, desc=True),
                  Key("st.doc_id", str, desc=True), Key("COALESCE(st.statement_id, '')", str))


def statements_page(store: Store, where: Where, cursor: str | None, limit: int) -> Page:
    page = keyset_page(store, "statements", STATEMENT_SELECT, "statements st", where, STATEMENT_KEYS, cursor, limit,
                       Narrow(("st.doc_id", "st.statement_id"), STATEMENTS_FROM))
    for row in page.items:
        row["direct"] = bool(row["direct"])
    return page


DOCUMENT_SELECT = ("d.doc_id, d.source_id, d.date, d.source, d.url, d.title, d.chars, d.sentences, d.entities, "
                   "d.actors, d.statements, d.events, d.places")
DOCUMENT_KEYS = (Key("COALESCE(d.date, '')", str, desc=True), Key("d.doc_id", str, desc=True))


def documents_page(store: Store, source: str | None, since: str | None, until: str | None,
                   cursor: str | None, limit: int) -> Page:
    """Documents, newest first."""
    where = new_where()
    if source:
        where[0].append("lower(coalesce(d.source, '')) = ?")
        where[1].append(source.strip().lower())
    add_dates("d.date", since, until, where)
    return keyset_page(store, "documents", DOCUMENT_SELECT, "documents d", where, DOCUMENT_KEYS, cursor, limit)


def search_page(store: Store, text: str, since: str | None, until: str | None, cursor: str | None,
                limit: int) -> Page:
    """Sentences matching every word and quoted phrase of ``text``, best first (as ``rasd search``)."""
    from rasd.store.payload import text_tokens

    query = parse_query(text, text_tokens)
    if query.empty:
        return Page([], None)
    sub, params = store.search_subquery(query)
    where: Where = ([], list(params))
    add_dates("(SELECT dd.date FROM documents dd WHERE dd.doc_id = m.doc_id)", since, until, where)
    # Only the matches' keys are sorted; the sentences and titles are fetched for the page alone.
    keys = (Key("m.score", float, desc=True), Key("m.doc_id", str), Key("m.sentence", int))
    select = "d.doc_id, d.source_id, d.date, d.title, s.sentence, s.char_start, s.char_end, s.text, k._k0 AS score"
    narrow = Narrow(("m.doc_id", "m.sentence"), "sentences s JOIN documents d ON d.doc_id = s.doc_id",
                    ("s.doc_id", "s.sentence"))
    page = keyset_page(store, "search", select, f"({sub}) m", where, keys, cursor, limit, narrow)
    for row in page.items:
        row["score"] = float(row["score"])
    return page


ACTOR_SELECT = "a.actor_id, a.name, a.name_en, a.kind, a.country, a.sector, a.code, a.wikidata, a.documents, a.mentions"
ACTOR_KEYS = (Key("a.documents", int, desc=True), Key("a.mentions", int, desc=True), Key("a.actor_id", str))


def actors_page(store: Store, country: str | None, sector: str | None, kind: str | None, name: str | None,
                cursor: str | None, limit: int) -> Page:
    where = new_where()
    for column, value in (("a.country", country), ("a.sector", sector), ("a.kind", kind)):
        if value:
            where[0].append(f"upper(coalesce({column}, '')) = ?")
            where[1].append(value.strip().upper())
    if name:
        cond, params = actor_match("a", name)
        where[0].append(cond)
        where[1].extend(params)
    return keyset_page(store, "actors", ACTOR_SELECT, "actors a", where, ACTOR_KEYS, cursor, limit)


# One row per place: a GeoNames place by its id, a place the gazetteer did not know by its name.
_PLACES_GROUPED = (
    "(SELECT COALESCE(CAST(p.geonameid AS TEXT), 'name:' || COALESCE(p.name, '')) AS place_key, "
    "MIN(p.name) AS name, MAX(p.name_en) AS name_en, MAX(p.geonameid) AS geonameid, MAX(p.lat) AS lat, "
    "MAX(p.lon) AS lon, MAX(p.country) AS country, MAX(p.feature_code) AS feature_code, "
    "COUNT(DISTINCT p.doc_id) AS documents, SUM(COALESCE(p.mentions, 0)) AS mentions FROM places p{where} "
    "GROUP BY COALESCE(CAST(p.geonameid AS TEXT), 'name:' || COALESCE(p.name, ''))) g"
)
PLACE_KEYS = (Key("g.documents", int, desc=True), Key("g.place_key", str))


def places_page(store: Store, country: str | None, name: str | None, cursor: str | None, limit: int) -> Page:
    inner = new_where()
    if country:
        inner[0].append("upper(coalesce(p.country, '')) = ?")
        inner[1].append(country.strip().upper())
    if name:
        by_name = _contains("p.name", like_safe(name), inner)
        by_en = _contains("lower(coalesce(p.name_en, ''))", like_safe(name).lower(), inner)
        inner[0].append(f"({by_name} OR {by_en})")
    inner_sql = (" WHERE " + " AND ".join(inner[0])) if inner[0] else ""
    source = _PLACES_GROUPED.format(where=inner_sql)
    select = ("g.place_key, g.name, g.name_en, g.geonameid, g.lat, g.lon, g.country, g.feature_code, g.documents, "
              "g.mentions")
    page = keyset_page(store, "places", select, source, ([], list(inner[1])), PLACE_KEYS, cursor, limit)
    for row in page.items:
        row["documents"], row["mentions"] = int(row["documents"]), int(row["mentions"] or 0)
    return page
