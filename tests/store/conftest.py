import os

import pytest

from .pgserver import PgServer, find_bindir, fresh_database


@pytest.fixture(scope="session")
def postgres_server():
    """URL of a running PostgreSQL server (started for the session), or a skip with the reason."""
    external = os.environ.get("RASD_TEST_POSTGRES_URL")
    if external:
        yield external
        return
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg is not installed: pip install 'psycopg[binary]' to test the PostgreSQL back-end")
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) not found: apt-get install postgresql "
                    "(scripts/ci-services.sh) to test the PostgreSQL back-end")
    server = PgServer(bindir)
    url = server.start()
    try:
        yield url
    finally:
        server.stop()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request, tmp_path):
    """A fresh, empty store of each back-end."""
    if request.param == "sqlite":
        return str(tmp_path / "corpus.db")
    return fresh_database(request.getfixturevalue("postgres_server"))


@pytest.fixture
def store(store_url):
    from rasd.store import open_store

    s = open_store(store_url)
    yield s
    s.close()


@pytest.fixture
def loaded(store):
    """A store holding the four hand-made documents."""
    from rasd.store.payload import payload_from_json

    from .docs import ALL

    for doc in ALL:
        assert store.write(payload_from_json(doc))
    return store
