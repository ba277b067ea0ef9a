"""The store on both back-ends (SQLite always; PostgreSQL when its binaries are present)."""

import pytest

from rasd.store import open_store
from rasd.store.base import STORE_COLUMNS
from rasd.store.migrations import MIGRATIONS
from rasd.store.payload import payload_from_json

from .docs import ALL, BEIRUT, DAMASCUS, REFORMS


def test_migrations_are_applied_once_and_recorded(store_url):
    first = open_store(store_url)
    assert first.applied_migrations() == [m.name for m in MIGRATIONS]
    first.close()
    again = open_store(store_url, migrate=False)
    assert again.migrate() == []
    again.close()


def test_store_tables_hold_every_column_of_rasd_tables(loaded):
    for table, columns in STORE_COLUMNS.items():
        rows = loaded.fetch(f"SELECT * FROM {table} LIMIT 1")
        assert rows and set(columns) <= set(rows[0]), table


def test_writing_the_same_document_twice_adds_nothing(loaded):
    before = loaded.counts()
    assert loaded.write(payload_from_json(BEIRUT)) is False
    assert loaded.counts() == before
    assert before["documents"] == 4 and before["statements"] == 5 and before["events"] == 4


def test_a_failing_write_leaves_no_part_of_the_document(store):
    payload = payload_from_json(DAMASCUS)
    payload.rows["events"].append(("too", "few", "columns"))  # the INSERT of events fails
    with pytest.raises(Exception):  # noqa: B017 - sqlite3 and psycopg raise their own errors
        store.write(payload)
    assert all(n == 0 for n in store.counts().values())
    assert store.write(payload_from_json(DAMASCUS)) is True


def test_actors_merge_across_documents(loaded):
    by_name = {a["name_en"]: a for a in loaded.actors()}
    # Same dictionary key in two documents: one corpus actor.
    assert by_name["Nassif Hitti"]["documents"] == 2 and by_name["Nassif Hitti"]["mentions"] == 3
    # No key, same name up to a shadda and same country: one corpus actor.
    gov = by_name["Government of Lebanon"]
    assert gov["documents"] == 2
    assert len(loaded.actors(country="LBN")) == 2
    assert [a["name_en"] for a in loaded.actors(sector="MIL")] == ["Israeli Air Force"]
    assert [a["code"] for a in loaded.actors(name="صفدي")] == ["JORGOV"]


def _hits(rows):
    return sorted((r["doc_id"], r["sentence"]) for r in rows)


def test_search_finds_spelling_variants(loaded):
    # سوريا in one document, سورية in the other: either spelling finds both.
    assert _hits(loaded.search("سوريا")) == [("beirut-1", 0), ("damascus-1", 0)]
    assert _hits(loaded.search("سورية")) == [("beirut-1", 0), ("damascus-1", 0)]
    assert _hits(loaded.search("اسرائيلية")) == [("beirut-1", 2)]


def test_search_sees_through_clitics(loaded):
    assert {r["doc_id"] for r in loaded.search("حكومة")} == {"beirut-2", "beirut-3"}
    assert _hits(loaded.search("قصفت")) == [("beirut-1", 2)]  # written وقصفت


def test_search_needs_every_word_and_phrases_in_order(loaded):
    assert _hits(loaded.search("حتي سوريا")) == [("beirut-1", 0)]
    assert _hits(loaded.search('"ملف النازحين"')) == [("beirut-1", 0)]
    assert loaded.search('"النازحين ملف"') == []
    assert loaded.search("طوكيو") == []
    assert loaded.search("؟!") == []


def test_search_returns_the_sentence_and_filters_by_date(loaded):
    (hit,) = loaded.search("الإصلاحات")
    assert hit["text"].startswith("بيروت - دعا ناصيف حتي") and hit["date"] == "2021-03-05"
    assert loaded.search("سوريا", since="2021-01-01")[0]["doc_id"] == "damascus-1"
    assert [r["doc_id"] for r in loaded.search("سوريا", until="2020-12-31")] == ["beirut-1"]


def test_statements_by_speaker_in_arabic_english_or_code(loaded):
    ids = [(r["doc_id"], r["statement_id"]) for r in loaded.statements(speaker="حتي")]
    assert ids == [("beirut-1", "S1"), ("beirut-1", "S2"), ("beirut-2", "S1")]
    assert len(loaded.statements(speaker="hitti")) == 3
    assert [r["doc_id"] for r in loaded.statements(speaker="SYR")] == ["damascus-1"]
    assert loaded.statements(speaker="لافروف") == []


def test_statements_about_a_name_and_by_date(loaded):
    about = [(r["doc_id"], r["statement_id"]) for r in loaded.statements(about="سورية")]
    assert about == [("beirut-1", "S1"), ("damascus-1", "S1")]
    # The government is an entity inside the content of the call for reforms.
    assert [r["doc_id"] for r in loaded.statements(about="Government of Lebanon")] == ["beirut-2"]
    # A statement's own date wins over the document's: S1 of beirut-1 is dated the day before.
    assert [r["statement_id"] for r in loaded.statements(until="2020-07-23")] == ["S1"]
    assert [r["doc_id"] for r in loaded.statements(since="2021-03-06")] == ["beirut-3"]


def test_events_filters(loaded):
    assert [r["doc_id"] for r in loaded.events(type="assault")] == ["beirut-1"]
    assert [r["type"] for r in loaded.events(source="LBN")] == ["REQUEST", "SANCTION"]
    assert [r["type"] for r in loaded.events(target="الصفدي")] == ["CONSULT"]
    assert [r["type"] for r in loaded.events(source="Hitti", target="LBNGOV")] == ["REQUEST"]
    assert loaded.events(source="JOR") == []
    for place in ("Amman", "عمان", "JO", "250441"):
        assert [r["type"] for r in loaded.events(place=place)] == ["CONSULT"], place
    assert [r["type"] for r in loaded.events(since="2021-03-05", until="2021-03-05")] == ["REQUEST"]


def test_stats_count_days_types_and_dyads(loaded):
    rows = loaded.stats()
    table = {r["key"]: r["count"] for r in rows if r["by"] == "table"}
    assert table == {"documents": 4, "statements": 5, "events": 4, "actors": 5}
    assert {r["key"]: r["count"] for r in rows if r["by"] == "event_type"} == {
        "ASSAULT": 1, "CONSULT": 1, "REQUEST": 1, "SANCTION": 1}
    assert {r["key"] for r in rows if r["by"] == "dyad"} == {"SYRGOV -> JORGOV", "LBNGOV -> LBNGOV"}
    days = [r["key"] for r in rows if r["by"] == "documents_per_day"]
    assert days == sorted(days) and len(days) == 4


def test_documents_come_back_as_they_went_in(loaded):
    stored = {d["id"]: d for d in loaded.iter_documents()}
    assert set(stored) == {d["id"] for d in ALL}
    assert stored["beirut-2"] == REFORMS
    assert loaded.document("beirut-2") == REFORMS and loaded.document("nope") is None
    assert loaded.known_ids() == set(stored)


def test_errors_are_recorded_once(store):
    for _ in range(2):
        store.record_error("failed", "a.jsonl:3", "malformed record")
        store.record_error("skipped", "b.html", "non-arabic")
    assert store.errors() == [
        {"kind": "failed", "origin": "a.jsonl:3", "reason": "malformed record"},
        {"kind": "skipped", "origin": "b.html", "reason": "non-arabic"},
    ]


def test_a_document_failing_inside_a_batch_rolls_back_alone(store):
    bad = payload_from_json(REFORMS)
    bad.rows["statements"].append(("short",))
    with store.transaction():
        assert store.write(payload_from_json(BEIRUT))
        with pytest.raises(Exception):  # noqa: B017 - each driver raises its own error
            store.write(bad)
        assert store.write(payload_from_json(DAMASCUS))
    assert store.known_ids() == {"beirut-1", "damascus-1"}
    assert store.counts()["statements"] == 3
