import pytest


def need_web_stack() -> None:
    pytest.importorskip("fastapi", reason="the API tests need FastAPI: pip install fastapi uvicorn httpx")
    pytest.importorskip("httpx", reason="the API tests need httpx for FastAPI's TestClient")


@pytest.fixture(scope="session")
def corpus_db(tmp_path_factory) -> str:
    from .corpus import build_store

    return build_store(str(tmp_path_factory.mktemp("api") / "corpus.db"))


@pytest.fixture(scope="session")
def app(corpus_db):
    need_web_stack()
    from rasd.api import create_app

    return create_app(corpus_db)


@pytest.fixture(scope="session")
def client(app):
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


@pytest.fixture(autouse=True)
def _web_stack():
    need_web_stack()
