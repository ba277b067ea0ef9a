"""POST /api/extract runs the real pipeline: text in, document out."""

from __future__ import annotations

ARTICLE = (
    "عمان - قال وزير الخارجية الأردني أيمن الصفدي اليوم الأحد إن المملكة ترفض أي تصعيد في المنطقة، "
    "وذلك خلال لقائه نظيره المصري سامح شكري في عمان."
)


def test_extract_returns_a_valid_document(client, validator):
    answer = client.post("/api/extract", json={"text": ARTICLE, "date": "2021-01-10", "title": "الصفدي يلتقي شكري"})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["stored"] is False
    doc = body["document"]
    validator.validate(doc)
    assert doc["text"] == ARTICLE and doc["meta"]["title"] == "الصفدي يلتقي شكري"
    names = {a.get("name_en") for a in doc["actors"]}
    assert "Ayman Safadi" in names
    assert doc["statements"], "the statement cue قال should be found"


def test_writable_server_stores_extracted_documents(tmp_path):
    from fastapi.testclient import TestClient

    from rasd.api import create_app

    from .corpus import build_store

    db = build_store(str(tmp_path / "w.db"))
    with TestClient(create_app(db, read_only=False)) as c:
        before = c.get("/api/health").json()["documents"]
        body = c.post("/api/extract", json={"text": ARTICLE, "store": True}).json()
        assert body["stored"] is True
        assert c.get("/api/health").json()["documents"] == before + 1
        assert c.get(f"/api/documents/{body['document']['id']}").status_code == 200
