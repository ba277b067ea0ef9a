"""One error shape, no tracebacks, limits, read-only database, headers, token for extract."""

from __future__ import annotations

import pytest

from rasd.api.middleware import CSP


def assert_error(answer, status: int, code: str) -> None:
    assert answer.status_code == status, answer.text
    body = answer.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code
    assert "Traceback" not in answer.text


@pytest.mark.parametrize("url, status, code", [
    ("/api/documents/no-such-doc", 404, "not_found"),
    ("/api/actors/Cnothing", 404, "not_found"),
    ("/api/no/such/route", 404, "not_found"),
    ("/api/events?limit=0", 422, "invalid_request"),
    ("/api/events?limit=501", 422, "invalid_request"),
    ("/api/events?since=2020-13", 422, "invalid_request"),
    ("/api/search", 422, "invalid_request"),
    ("/api/search?q=%20%20", 400, "bad_request"),
    ("/api/documents?cursor=not-a-cursor", 400, "invalid_cursor"),
    ("/api/documents?cursor=WyJkb2N1bWVudHMiLDFd", 400, "invalid_cursor"),  # right list, wrong key types
])
def test_errors_have_one_shape(client, url, status, code):
    assert_error(client.get(url), status, code)


def test_method_not_allowed_has_the_shape(client):
    assert_error(client.delete("/api/events"), 405, "method_not_allowed")


def test_unexpected_failure_gives_no_traceback(corpus_db):
    from fastapi.testclient import TestClient

    from rasd.api import create_app

    app = create_app(corpus_db)

    class Broken:
        def get(self):
            raise RuntimeError("secret internal detail /etc/passwd")

    app.state.stores = Broken()
    with TestClient(app, raise_server_exceptions=False) as c:
        answer = c.get("/api/events")
    assert_error(answer, 500, "internal_error")
    assert "secret" not in answer.text and "RuntimeError" not in answer.text


def test_query_text_is_data_not_sql(client):
    # Quotes, comment markers and FTS operators are searched for, never executed.
    for hostile in ("'; DROP TABLE documents; --", 'NEAR("a" "b") OR *', "% _ \\"):
        assert client.get("/api/search", params={"q": hostile}).status_code == 200
        assert client.get("/api/events", params={"source": hostile, "place": hostile}).status_code == 200
        assert client.get("/api/statements", params={"about": hostile}).status_code == 200
    assert client.get("/api/health").json()["documents"] > 0


def test_database_is_read_only_by_default(app):
    store = app.state.stores.get()
    with pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"):
        store.execute("DELETE FROM documents")


def test_security_headers_on_pages_and_api(client):
    for url in ("/", "/api/health", "/api/no/such/route"):
        answer = client.get(url)
        assert answer.headers["content-security-policy"] == CSP
        assert answer.headers["x-content-type-options"] == "nosniff"
        assert answer.headers["x-frame-options"] == "DENY"
    assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP


def test_request_body_size_limit(client):
    from rasd.api.app import MAX_BODY_BYTES

    big = "ا" * (MAX_BODY_BYTES // 2 + 10)  # two bytes per letter in UTF-8
    assert_error(client.post("/api/extract", json={"text": big}), 413, "too_large")


def test_extract_text_limit_and_validation(client):
    from rasd.api.extract import MAX_TEXT_CHARS

    assert_error(client.post("/api/extract", json={"text": "ب" * (MAX_TEXT_CHARS + 1)}), 413, "too_large")
    assert_error(client.post("/api/extract", json={"text": ""}), 422, "invalid_request")
    assert_error(client.post("/api/extract", json={"text": "نص", "date": "2021-02-30"}), 422, "invalid_request")
    assert_error(client.post("/api/extract", content=b"{not json", headers={"content-type": "application/json"}),
                 422, "invalid_request")
    assert_error(client.post("/api/extract", json={"text": "نص", "store": True}), 403, "read_only")


def test_extract_token(corpus_db):
    from fastapi.testclient import TestClient

    from rasd.api import create_app

    with TestClient(create_app(corpus_db, token="s3cret")) as c:
        assert_error(c.post("/api/extract", json={"text": "نص"}), 401, "unauthorized")
        wrong = c.post("/api/extract", json={"text": "نص"}, headers={"authorization": "Bearer nope"})
        assert_error(wrong, 401, "unauthorized")
        assert c.get("/api/health").json()["extract_needs_token"] is True
        assert c.get("/api/events").status_code == 200  # reading needs no token


def test_missing_database_is_refused_at_start(tmp_path):
    from rasd.api import create_app
    from rasd.api.access import StoreUnavailable

    with pytest.raises(StoreUnavailable, match="no corpus"):
        create_app(str(tmp_path / "absent.db"))
    assert not (tmp_path / "absent.db").exists()
    (tmp_path / "empty.db").write_bytes(b"")
    with pytest.raises(StoreUnavailable, match="not a rasd corpus|lacks migrations"):
        create_app(str(tmp_path / "empty.db"))
