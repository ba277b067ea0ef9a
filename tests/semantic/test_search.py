"""``rasd search --semantic``: nearest statements and sentences, across languages."""

import json

import pytest
from click.testing import CliRunner

from rasd.cli.main import cli
from rasd.semantic import IndexMissing
from rasd.semantic.index import embed_store
from rasd.semantic.search import semantic_search

from .articles import ALL
from .conftest import fresh_store, needs_extra

needs_extra()


def _top(store, query, **kw):
    return semantic_search(store, query, kind=kw.pop("kind", "statements"), limit=kw.pop("limit", 3), **kw)


@pytest.mark.parametrize("query", [
    "minister condemned the bombing of the hospital",
    "Le ministre a condamné le bombardement de l'hôpital",
    "إدانة الهجوم على مستشفى",
])
def test_a_query_in_any_language_finds_the_arabic_statement_about_it(indexed, query):
    rows = _top(indexed, query)
    assert rows[0]["doc_id"] == "sem-hospital"
    assert rows[0]["speaker"] == "قاسم بحيبح" and rows[0]["speaker_en"] == "Qasem Buhaibeh"
    assert rows[0]["text"] == "استهداف المستشفى بالقذائف جريمة حرب تستوجب محاسبة مرتكبيها"
    assert rows[0]["date"] == "2023-04-09" and rows[0]["title"] == "title of sem-hospital"
    distances = [r["distance"] for r in rows]
    assert distances == sorted(distances) and 0 <= distances[0] < 1


@pytest.mark.parametrize("query, doc_id", [
    ("interest rates and inflation", "sem-economy"),
    ("who won the world cup match", "sem-football"),
    ("snow and floods expected", "sem-weather"),
    ("voter turnout in the election", "sem-elections"),
    ("air strike on an ammunition store", "sem-depot"),
])
def test_each_topic_finds_its_own_statement(indexed, query, doc_id):
    assert _top(indexed, query)[0]["doc_id"] == doc_id


def test_sentences_are_searched_too(indexed):
    rows = _top(indexed, "two nurses were killed", kind="sentences")
    assert (rows[0]["doc_id"], rows[0]["sentence"]) == ("sem-hospital", 2)
    assert "ممرضتين" in rows[0]["text"]


def test_limit_and_dates_are_applied_in_the_scan(indexed):
    assert len(_top(indexed, "hospital", limit=2)) == 2
    assert len(_top(indexed, "hospital", limit=0)) == sum(len(d["statements"]) for d in ALL)
    # The hospital item is dated 2023-04-09: outside the range, the other statements still fill the limit.
    rows = _top(indexed, "minister condemned the bombing of the hospital", until="2023-04-08", limit=3)
    assert len(rows) == 3 and all(r["date"] <= "2023-04-08" for r in rows)
    rows = _top(indexed, "minister condemned the bombing of the hospital", since="2023-02-01", until="2023-03-31")
    assert sorted(r["doc_id"] for r in rows) == ["sem-depot", "sem-economy", "sem-economy"]
    rows = _top(indexed, "minister condemned the bombing of the hospital", until="2023-01-31", limit=20)
    assert rows and all(r["date"] <= "2023-01-31" for r in rows)
    assert {r["doc_id"] for r in rows} == {"sem-football", "sem-weather", "sem-elections"}


def test_an_index_never_built_is_reported(tmp_path, embedder):
    store = fresh_store(tmp_path / "c.db", ALL)
    with pytest.raises(IndexMissing, match="run `rasd embed"):
        semantic_search(store, "hospital", embedder=embedder)
    embed_store(store, embedder, kinds=["statements"])
    assert semantic_search(store, "hospital", kind="statements", embedder=embedder)
    with pytest.raises(IndexMissing, match="no sentences"):
        semantic_search(store, "hospital", kind="sentences", embedder=embedder)
    store.close()


def test_the_commands_end_to_end(tmp_path):
    db = str(tmp_path / "c.db")
    fresh_store(db, ALL).close()
    runner = CliRunner()
    before = runner.invoke(cli, ["search", "hospital", "--semantic", "--db", db])
    assert before.exit_code == 2 and "rasd embed" in before.stderr
    done = runner.invoke(cli, ["embed", "--db", db, "--no-progress"])
    assert done.exit_code == 0, done.stderr
    assert "embedded 23 " in done.stderr
    again = runner.invoke(cli, ["embed", "--db", db])
    assert again.exit_code == 0 and "embedded 0 " in again.stderr
    found = runner.invoke(cli, ["search", "minister condemned the bombing of the hospital", "--semantic",
                                "--kind", "statements", "--limit", "2", "--format", "jsonl", "--db", db])
    assert found.exit_code == 0, found.stderr
    rows = [json.loads(line) for line in found.stdout.splitlines()]
    assert len(rows) == 2 and rows[0]["doc_id"] == "sem-hospital"
    assert set(rows[0]) == {"distance", "doc_id", "date", "title", "statement_id", "speaker", "speaker_en", "text"}
    table = runner.invoke(cli, ["search", "snow", "--semantic", "--db", db])
    assert table.exit_code == 0 and table.stdout.startswith("distance")
    misuse = runner.invoke(cli, ["search", "snow", "--kind", "statements", "--db", db])
    assert misuse.exit_code == 2 and "--kind needs --semantic" in misuse.stderr


def test_an_upper_date_bound_leaves_out_undated_documents(tmp_path, embedder):
    from ..store.docs import make_doc

    undated = make_doc("sem-undated", "قال المتحدث إن قصف المستشفى جريمة لا تغتفر.", None,
                       statements=[("قال", None, "قصف المستشفى جريمة لا تغتفر", False, None)])
    store = fresh_store(tmp_path / "c.db", [undated, *ALL])
    embed_store(store, embedder, kinds=["statements"])
    query = "minister condemned the bombing of the hospital"
    assert "sem-undated" in {r["doc_id"] for r in _top(store, query, limit=0)}
    bounded = _top(store, query, until="2030-01-01", limit=0)
    assert len(bounded) == sum(len(d["statements"]) for d in ALL)
    assert "sem-undated" not in {r["doc_id"] for r in bounded}
    store.close()
