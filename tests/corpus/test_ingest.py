"""``rasd ingest`` end to end: real readers, the real pipeline, both store back-ends."""

import json

import pytest
from click.testing import CliRunner

from rasd.cli.main import cli
from rasd.store import open_store
from rasd.store.ingest import Ingest
from rasd.tables import text_sha1

from .conftest import ARTICLES, JSONL_RECORDS


def run_ingest(store_url, paths, workers=1):
    store = open_store(store_url)
    try:
        return Ingest(store, workers=workers).run([str(p) for p in paths]), store.counts()
    finally:
        store.close()


def test_every_input_ends_in_exactly_one_count(store_url, mini_corpus):
    report, counts = run_ingest(store_url, [mini_corpus])
    # 3 txt articles + 2 JSONL articles; the JSONL copy of an article is a duplicate.
    assert (report.ingested, report.duplicates) == (5, 1)
    assert report.skipped_total == 2 and report.failed_total == 3
    assert report.read == 11 and report.accounted
    assert counts["documents"] == 5
    assert counts["errors"] == 5
    assert counts["sentences"] == 8


def test_reingesting_adds_no_rows(store_url, mini_corpus):
    _, first = run_ingest(store_url, [mini_corpus])
    report, again = run_ingest(store_url, [mini_corpus])
    assert again == first
    assert (report.ingested, report.duplicates, report.read) == (0, 6, 11)


def test_documents_are_named_by_their_text_hash_and_keep_their_source_id(store_url, mini_corpus):
    run_ingest(store_url, [mini_corpus])
    store = open_store(store_url)
    docs = {d["meta"]["source_id"]: d for d in store.iter_documents()}
    store.close()
    # wire.jsonl is read before txt/, so its copy of the Cairo article is the one kept.
    assert set(docs) == {"amman-talks", "tripoli-clashes", "w-3", "w-1", "w-2"}
    for doc in docs.values():
        assert doc["id"] == text_sha1(doc["text"])
        assert doc["meta"]["origin"].startswith(str(mini_corpus))
    assert docs["w-1"]["meta"]["date"] == JSONL_RECORDS[0]["date"]
    assert docs["amman-talks"]["meta"]["title"] == "الصفدي يستقبل نظيره السوري"


def test_two_workers_store_what_one_stores(tmp_path, mini_corpus):
    _, one = run_ingest(str(tmp_path / "one.db"), [mini_corpus], workers=1)
    _, two = run_ingest(str(tmp_path / "two.db"), [mini_corpus], workers=2)
    assert one == two
    a, b = open_store(str(tmp_path / "one.db")), open_store(str(tmp_path / "two.db"))
    assert a.known_ids() == b.known_ids()
    assert {r["actor_id"] for r in a.actors()} == {r["actor_id"] for r in b.actors()}
    a.close()
    b.close()


def test_search_finds_ingested_articles_in_either_spelling(store_url, mini_corpus):
    run_ingest(store_url, [mini_corpus])
    store = open_store(store_url)
    found = {r["source_id"] for r in store.search("سوريا")} , {r["source_id"] for r in store.search("سورية")}
    store.close()
    # amman-talks writes سورية, w-1 writes سوريا.
    assert found[0] == found[1] == {"amman-talks", "w-1"}


@pytest.fixture
def runner():
    return CliRunner()


def test_cli_summary_and_exit_code(runner, tmp_path, mini_corpus):
    db = str(tmp_path / "c.db")
    result = runner.invoke(cli, ["ingest", str(mini_corpus), "--db", db, "--workers", "1"])
    assert result.exit_code == 1, result.stderr  # some inputs failed
    assert "read 11: ingested 5, duplicates 1, skipped 2, failed 3" in result.stderr
    assert f"rasd: error: {mini_corpus / 'logo.bin'}: binary" in result.stderr
    assert "invalid utf-8" in result.stderr and "malformed record" in result.stderr
    again = runner.invoke(cli, ["ingest", str(mini_corpus / "txt" / "amman-talks.txt"), "--db", db, "--workers", "1"])
    assert again.exit_code == 0 and "ingested 0, duplicates 1" in again.stderr


def test_cli_queries_print_what_the_store_returns(runner, tmp_path, mini_corpus):
    db = str(tmp_path / "c.db")
    runner.invoke(cli, ["ingest", str(mini_corpus), "--db", db, "--workers", "1"])
    store = open_store(db)
    out = runner.invoke(cli, ["search", "سورية", "--db", db, "--format", "jsonl"])
    assert out.exit_code == 0
    assert [json.loads(line) for line in out.stdout.splitlines()] == store.search("سورية")
    out = runner.invoke(cli, ["statements", "--db", db, "--format", "jsonl", "--limit", "0"])
    assert [json.loads(line) for line in out.stdout.splitlines()] == store.statements()
    out = runner.invoke(cli, ["events", "--db", db, "--format", "csv", "--limit", "0"])
    assert len(out.stdout.splitlines()) == len(store.events()) + 1
    assert out.stdout.startswith("doc_id,source_id,date,event_id,type")
    out = runner.invoke(cli, ["actors", "--db", db, "--format", "table"])
    assert out.exit_code == 0 and out.stdout.split()[0] == "actor_id"
    out = runner.invoke(cli, ["stats", "--db", db, "--format", "jsonl"])
    first = json.loads(out.stdout.splitlines()[0])
    assert first == {"by": "table", "key": "documents", "count": 5}
    store.close()


def test_cli_query_without_a_corpus_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(cli, ["statements", "--db", str(tmp_path / "none.db")])
    assert result.exit_code != 0 and "no corpus at" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_the_articles_of_the_fixture_are_arabic_news():
    # Guards the fixture itself: the English record must be the only non-Arabic input.
    assert all("---" in text for text in ARTICLES.values())


def test_batched_commits_store_the_same(tmp_path, mini_corpus):
    _, one = run_ingest(str(tmp_path / "one.db"), [mini_corpus])
    store = open_store(str(tmp_path / "batched.db"))
    report = Ingest(store, workers=1, commit_every=4).run([str(mini_corpus)])
    assert report.ingested == 5 and store.counts() == one
    store.close()
