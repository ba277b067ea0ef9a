"""The explorer's HTML shells: no inline script, and a clear message when the assets are not built."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi", reason="the API tests need FastAPI: pip install fastapi uvicorn httpx")
pytest.importorskip("httpx", reason="the API tests need httpx for FastAPI's TestClient")

from fastapi import FastAPI  # noqa: E402
from fastapi.testclient import TestClient  # noqa: E402

from rasd.web import pages  # noqa: E402


def client_with_static(static) -> TestClient:
    app = FastAPI()
    pages.install(app, static=static)
    return TestClient(app)


def test_pages_say_when_assets_are_not_built(tmp_path):
    c = client_with_static(tmp_path / "missing")
    for url in ("/", "/events", "/doc/abc", "/actors/C1"):
        answer = c.get(url)
        assert answer.status_code == 200
        assert "make web" in answer.text and "<script" not in answer.text
    assert c.get("/static/app.js").status_code == 404


def test_built_pages_load_only_our_own_script(tmp_path):
    (tmp_path / "app.js").write_text("export {};\n", encoding="utf-8")
    (tmp_path / "app.css").write_text("body {}\n", encoding="utf-8")
    c = client_with_static(tmp_path)
    html = c.get("/doc/abc").text
    assert '<script type="module" src="/static/app.js"></script>' in html
    assert html.count("<script") == 1  # no inline script: the CSP would refuse it anyway
    assert 'dir="rtl"' in html and 'lang="ar"' in html
    assert c.get("/static/app.js").text == "export {};\n"


def test_page_routes_are_not_in_the_api_description(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert all(path.startswith("/api/") for path in paths)
