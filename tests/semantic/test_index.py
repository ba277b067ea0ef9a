"""``rasd embed``: what is embedded, incrementally, resumably, and only on SQLite."""

import pytest

from rasd.semantic import SemanticUnavailable
from rasd.semantic.index import embed_store, index_counts, open_index
from rasd.semantic.kinds import MIN_SENTENCE_CHARS
from rasd.semantic.kinds import STATEMENTS as STATEMENT_KIND
from rasd.semantic.search import semantic_search

from .articles import ALL, ECONOMY, HOSPITAL
from .conftest import fresh_store, needs_extra

needs_extra()

STATEMENTS = sum(len(d["statements"]) for d in ALL)
SENTENCES = sum(len(d["sentences"]) for d in ALL)


def _vector_rows(store) -> int:
    conn = open_index(store)
    try:
        return conn.execute("SELECT count(*) FROM semantic_vectors").fetchone()[0]
    finally:
        conn.close()


def test_every_statement_and_sentence_is_embedded_once(indexed, embedder):
    assert index_counts(indexed) == {"statements": STATEMENTS, "sentences": SENTENCES}
    assert _vector_rows(indexed) == STATEMENTS + SENTENCES
    again = embed_store(indexed, embedder)
    assert (again.pending, again.done) == (0, 0)
    assert _vector_rows(indexed) == STATEMENTS + SENTENCES


def test_statements_are_embedded_with_their_speaker(tmp_path):
    from ..store.docs import make_doc

    unspoken = make_doc("sem-unspoken", "وأفادت مصادر محلية بأن الطريق أغلق.", "2023-06-01",
                        statements=[("وأفادت", None, "الطريق أغلق", False, None)])
    store = fresh_store(tmp_path / "c.db", [HOSPITAL, unspoken])
    conn = open_index(store)
    texts = {r[1]: r[3] for r in conn.execute(STATEMENT_KIND.pending_page_sql(), ("statement", 0, 10))}
    conn.close()
    store.close()
    assert texts == {"sem-hospital": "قاسم بحيبح: استهداف المستشفى بالقذائف جريمة حرب تستوجب محاسبة مرتكبيها",
                     "sem-unspoken": "الطريق أغلق"}


def test_a_killed_run_resumes_where_it_stopped(tmp_path, embedder):
    store = fresh_store(tmp_path / "c.db", ALL)

    class Killed(Exception):
        pass

    def kill(report):
        raise Killed

    with pytest.raises(Killed):
        embed_store(store, embedder, batch_size=3, tick=kill)
    assert index_counts(store) == {"statements": 3, "sentences": 0}  # the first batch was committed
    rest = embed_store(store, embedder, batch_size=3)
    assert rest.pending == STATEMENTS - 3 + SENTENCES and rest.done == rest.pending
    assert index_counts(store) == {"statements": STATEMENTS, "sentences": SENTENCES}
    store.close()


def test_only_new_documents_are_embedded_and_kinds_separately(tmp_path, embedder):
    from rasd.store.payload import payload_from_json

    store = fresh_store(tmp_path / "c.db", [HOSPITAL])
    first = embed_store(store, embedder, kinds=["statements"])
    assert first.embedded == {"statements": 1}
    assert store.write(payload_from_json(ECONOMY))
    second = embed_store(store, embedder)
    assert second.embedded == {"statements": 2, "sentences": 5}
    store.close()


def test_short_sentences_are_left_out(tmp_path, embedder):
    from ..store.docs import make_doc

    doc = make_doc("sem-short", "عاجل.\nأعلنت وزارة الداخلية رفع حظر التجول في العاصمة.", "2023-06-01")
    store = fresh_store(tmp_path / "c.db", [doc])
    assert len("عاجل.") < MIN_SENTENCE_CHARS
    assert embed_store(store, embedder).embedded == {"sentences": 1}
    store.close()


class _PostgresLike:
    dialect = "postgresql"
    url = "postgresql://rasd@localhost/news"


def test_a_postgresql_store_is_refused_with_the_reason(embedder):
    with pytest.raises(SemanticUnavailable, match="needs the SQLite store"):
        embed_store(_PostgresLike(), embedder)
    with pytest.raises(SemanticUnavailable, match="needs the SQLite store"):
        semantic_search(_PostgresLike(), "anything", embedder=embedder)


def test_an_index_of_another_model_is_refused_until_rebuilt(tmp_path, embedder):
    from rasd.semantic import SemanticError

    store = fresh_store(tmp_path / "c.db", [HOSPITAL, ECONOMY])
    first = embed_store(store, embedder)
    with store.transaction():
        store.execute("UPDATE semantic_items SET model = 'some-other-model'")
    with pytest.raises(SemanticError, match="rasd embed --rebuild"):
        embed_store(store, embedder)
    rebuilt = embed_store(store, embedder, rebuild=True)
    assert rebuilt.done == first.done
    assert _vector_rows(store) == first.done
    assert store.fetch("SELECT DISTINCT model FROM semantic_items") == [{"model": "multilingual-e5-small-q4"}]
    store.close()
