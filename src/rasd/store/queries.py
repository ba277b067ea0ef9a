"""The queries behind ``rasd search``, ``statements``, ``events``, ``actors`` and ``stats``.

Names given on the command line match the way the text is indexed: Arabic is compared by its search
key (normalised and folded, see :mod:`rasd.store.searchtext`) as a substring, English names
case-insensitively, codes by prefix (``--source LBN`` finds ``LBNGOV``).
"""

from __future__ import annotations

from typing import Any

from rasd.store.searchtext import Query, parse_query, search_key

Where = tuple[list[str], list[Any]]


def like_safe(text: str) -> str:
    return text.replace("%", "").replace("_", "").strip()


def actor_match(alias: str, name: str) -> tuple[str, list[Any]]:
    """SQL condition (and its parameters) for: actor ``alias`` is called ``name`` or has code ``name``."""
    key = search_key(name)
    plain = like_safe(name)
    clauses, params = [], []
    if key:
        clauses.append(f"{alias}.name_key LIKE ?")
        params.append(f"%{key}%")
    if plain:
        clauses += [f"lower(coalesce({alias}.name_en, '')) LIKE ?", f"upper(coalesce({alias}.code, '')) LIKE ?"]
        params += [f"%{plain.lower()}%", f"{plain.upper()}%"]
    return ("(" + " OR ".join(clauses) + ")" if clauses else "(1 = 0)"), params


def _contains(column: str, value: str) -> tuple[str, list[Any]]:
    """``column LIKE %value%``; an empty value (nothing searchable) matches nothing."""
    return (f"{column} LIKE ?", [f"%{value}%"]) if value else ("1 = 0", [])


def add_dates(expr: str, since: str | None, until: str | None, where: Where) -> None:
    if since:
        where[0].append(f"{expr} >= ?")
        where[1].append(since)
    if until:
        where[0].append(f"{expr} <= ?")
        where[1].append(until)


def _sql_where(where: Where) -> str:
    return (" WHERE " + " AND ".join(where[0])) if where[0] else ""


def _limit(limit: int | None) -> str:
    return f" LIMIT {int(limit)}" if limit and limit > 0 else ""


class QueryMixin:
    """Query methods; the class using it provides ``fetch`` and ``search_subquery``."""

    def search_subquery(self, query: Query) -> tuple[str, list[Any]]:  # pragma: no cover - per back-end
        """SQL yielding (doc_id, sentence, score) of the matching sentences, higher score better."""
        raise NotImplementedError

    def search(self, text: str, limit: int | None = 20, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
        """Sentences matching every word (and every quoted phrase) of ``text``, best first."""
        from rasd.store.payload import text_tokens

        query = parse_query(text, text_tokens)
        if query.empty:
            return []
        sub, params = self.search_subquery(query)
        where: Where = ([], [])
        add_dates("d.date", since, until, where)
        sql = (
            "SELECT d.doc_id, d.source_id, d.date, d.title, s.sentence, s.text, m.score FROM (" + sub + ") m "
            "JOIN sentences s ON s.doc_id = m.doc_id AND s.sentence = m.sentence "
            "JOIN documents d ON d.doc_id = m.doc_id" + _sql_where(where)
            + " ORDER BY m.score DESC, d.doc_id, s.sentence" + _limit(limit)
        )
        return self.fetch(sql, params + where[1])

    def statements(self, speaker: str | None = None, about: str | None = None, since: str | None = None,
                   until: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        where: Where = ([], [])
        if speaker:
            cond, params = actor_match("a", speaker)
            where[0].append(f"EXISTS (SELECT 1 FROM actors a WHERE a.actor_id = st.speaker_actor_id AND {cond})")
            where[1].extend(params)
        if about:
            cond, params = actor_match("a", about)
            in_content, content_params = _contains("st.content_key", search_key(about))
            where[0].append(
                f"({in_content} OR EXISTS (SELECT 1 FROM entities e JOIN document_actors da "
                "ON da.doc_id = e.doc_id AND da.actor_id = e.actor_id JOIN actors a ON a.actor_id = da.corpus_actor_id "
                "WHERE e.doc_id = st.doc_id AND e.char_start >= st.content_start AND e.char_end <= st.content_end "
                f"AND {cond}))"
            )
            where[1].extend([*content_params, *params])
        date = "COALESCE(st.date, d.date)"
        add_dates(date, since, until, where)
        sql = (
            f"SELECT d.doc_id, d.source_id, {date} AS date, st.statement_id, st.speaker, st.speaker_en, "
            "st.speaker_code, st.cue, st.content, st.direct, d.title FROM statements st "
            "JOIN documents d ON d.doc_id = st.doc_id" + _sql_where(where)
            + f" ORDER BY COALESCE({date}, '9999'), d.doc_id, st.statement_id" + _limit(limit)
        )
        return self.fetch(sql, where[1])

    def events(self, type: str | None = None, source: str | None = None, target: str | None = None,
               place: str | None = None, since: str | None = None, until: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        where: Where = ([], [])
        if type:
            where[0].append("upper(ev.type) = ?")
            where[1].append(type.upper())
        for role, name in (("source", source), ("target", target)):
            if name:
                cond, params = actor_match("a", name)
                where[0].append(
                    "EXISTS (SELECT 1 FROM event_actors ea JOIN actors a ON a.actor_id = ea.actor_id WHERE "
                    f"ea.doc_id = ev.doc_id AND ea.event_id = ev.event_id AND ea.role = '{role}' AND {cond})"
                )
                where[1].extend(params)
        if place:
            plain = like_safe(place)
            by_key, p1 = _contains("ev.place_key", search_key(place))
            by_en, p2 = _contains("lower(coalesce(ev.place_en, ''))", plain.lower())
            where[0].append(f"({by_key} OR {by_en} OR upper(coalesce(ev.place_country, '')) = ? "
                            "OR CAST(ev.geonameid AS TEXT) = ?)")
            where[1].extend([*p1, *p2, plain.upper(), plain])
        date = "COALESCE(ev.date, d.date)"
        add_dates(date, since, until, where)
        sql = (
            f"SELECT d.doc_id, d.source_id, {date} AS date, ev.event_id, ev.type, ev.mode, ev.trigger_text, "
            "ev.source, ev.source_codes, ev.target, ev.target_codes, ev.place, ev.place_country, ev.negated, "
            "ev.statement_id, d.title FROM events ev JOIN documents d ON d.doc_id = ev.doc_id" + _sql_where(where)
            + f" ORDER BY COALESCE({date}, '9999'), d.doc_id, ev.event_id" + _limit(limit)
        )
        return self.fetch(sql, where[1])

    def actors(self, country: str | None = None, sector: str | None = None, name: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        where: Where = ([], [])
        if country:
            where[0].append("upper(coalesce(a.country, '')) = ?")
            where[1].append(country.upper())
        if sector:
            where[0].append("upper(coalesce(a.sector, '')) = ?")
            where[1].append(sector.upper())
        if name:
            cond, params = actor_match("a", name)
            where[0].append(cond)
            where[1].extend(params)
        sql = (
            "SELECT a.actor_id, a.name, a.name_en, a.kind, a.country, a.sector, a.code, a.documents, a.mentions "
            "FROM actors a" + _sql_where(where) + " ORDER BY a.documents DESC, a.mentions DESC, a.actor_id" + _limit(limit)
        )
        return self.fetch(sql, where[1])

    def stats(self, top: int = 50) -> list[dict[str, Any]]:
        """Counts: rows per table, documents/statements/events per day, events per type, top dyads."""
        rows: list[dict[str, Any]] = []
        for table in ("documents", "statements", "events", "actors"):
            rows.append({"by": "table", "key": table, "count": int(self.fetch(f"SELECT count(*) AS n FROM {table}")[0]["n"])})
        per_day = {
            "documents_per_day": "SELECT d.date AS k, count(*) AS n FROM documents d GROUP BY d.date",
            "statements_per_day": "SELECT COALESCE(st.date, d.date) AS k, count(*) AS n FROM statements st "
            "JOIN documents d ON d.doc_id = st.doc_id GROUP BY COALESCE(st.date, d.date)",
            "events_per_day": "SELECT COALESCE(ev.date, d.date) AS k, count(*) AS n FROM events ev "
            "JOIN documents d ON d.doc_id = ev.doc_id GROUP BY COALESCE(ev.date, d.date)",
            "event_type": "SELECT ev.type AS k, count(*) AS n FROM events ev GROUP BY ev.type",
        }
        for by, sql in per_day.items():
            found = self.fetch(sql)
            order = (lambda r: (-r["n"], r["k"] or "")) if by == "event_type" else (lambda r: r["k"] or "9999")
            rows += [{"by": by, "key": r["k"], "count": int(r["n"])} for r in sorted(found, key=order)]
        dyads = self.fetch(
            "SELECT COALESCE(sa.code, sa.name) AS s, COALESCE(ta.code, ta.name) AS t, count(*) AS n "
            "FROM event_actors es JOIN event_actors et ON et.doc_id = es.doc_id AND et.event_id = es.event_id "
            "AND et.role = 'target' JOIN actors sa ON sa.actor_id = es.actor_id JOIN actors ta ON ta.actor_id = et.actor_id "
            "WHERE es.role = 'source' GROUP BY COALESCE(sa.code, sa.name), COALESCE(ta.code, ta.name)"
        )
        dyads.sort(key=lambda r: (-r["n"], r["s"] or "", r["t"] or ""))
        rows += [{"by": "dyad", "key": f"{r['s']} -> {r['t']}", "count": int(r["n"])} for r in dyads[:top]]
        return rows
