"""The read endpoints: filters as in the query CLI, stable cursors, profiles and counts."""

from __future__ import annotations

import pytest

from .corpus import FILLERS


def all_pages(client, path: str, params: dict, key) -> list:
    seen, cursor = [], None
    for _ in range(200):
        page = client.get(path, params={**params, **({"cursor": cursor} if cursor else {})})
        assert page.status_code == 200, page.text
        body = page.json()
        seen += [key(item) for item in body["items"]]
        cursor = body["next_cursor"]
        if cursor is None:
            return seen
    raise AssertionError("the cursor never ended")


def test_documents_newest_first_and_paged_without_repeats(client):
    one_page = client.get("/api/documents", params={"limit": 500}).json()["items"]
    dates = [d["date"] for d in one_page]
    assert dates == sorted(dates, reverse=True)
    paged = all_pages(client, "/api/documents", {"limit": 7}, lambda d: d["doc_id"])
    assert paged == [d["doc_id"] for d in one_page]
    assert len(paged) == FILLERS + 4


def test_document_comes_with_layers_and_corpus_actor_links(client):
    body = client.get("/api/documents/amman-1").json()
    doc = body["document"]
    assert doc["events"][0]["type"] == "CONSULT"
    assert set(body["actor_links"]) == {"A1", "A2"}
    profile = client.get(f"/api/actors/{body['actor_links']['A1']}").json()
    assert profile["actor"]["name_en"] == "Ayman Safadi"


def test_search_finds_spelling_variants_and_pages_by_score(client):
    hits = client.get("/api/search", params={"q": "سوريا"}).json()["items"]  # the text says سورية
    assert [h["doc_id"] for h in hits] == ["amman-1"]
    assert hits[0]["text"].startswith("وقال الصفدي")
    single = client.get("/api/search", params={"q": "الكهرباء", "limit": 500}).json()["items"]
    paged = all_pages(client, "/api/search", {"q": "الكهرباء", "limit": 4}, lambda h: (h["doc_id"], h["sentence"]))
    assert paged == [(h["doc_id"], h["sentence"]) for h in single]
    assert len(paged) == FILLERS


def test_statements_by_speaker_and_about(client):
    by = client.get("/api/statements", params={"speaker": "الصفدي"}).json()["items"]
    assert [(s["doc_id"], s["cue"]) for s in by] == [("amman-1", "وقال")]
    about = client.get("/api/statements", params={"about": "Ayman Safadi"}).json()["items"]
    assert [s["doc_id"] for s in about] == ["cairo-1"]
    dated = client.get("/api/statements", params={"since": "2020-07-20", "until": "2020-07-20"}).json()["items"]
    assert [s["doc_id"] for s in dated] == ["beirut-1"]  # the statement's own date, not the article's


@pytest.mark.parametrize("params, expected", [
    ({"type": "consult"}, {("amman-1", "V1")}),
    ({"source": "EGY"}, {("cairo-1", "V1"), ("cairo-1", "V2")}),
    ({"target": "فيصل المقداد"}, {("amman-1", "V1"), ("cairo-1", "V2")}),
    ({"place": "Khiam"}, {("beirut-1", "V1")}),
    ({"place": "JO"}, {("amman-1", "V1")}),
    ({"place": "278915"}, {("beirut-1", "V1")}),
    ({"since": "2021-10-01", "until": "2022-12-31"}, {("cairo-1", "V1"), ("cairo-1", "V2"), ("hostile-1", "V1")}),
])
def test_event_filters(client, params, expected):
    items = client.get("/api/events", params={**params, "limit": 500}).json()["items"]
    assert {(e["doc_id"], e["event_id"]) for e in items} == expected


def test_event_pages_are_stable_and_complete(client):
    whole = [(e["doc_id"], e["event_id"]) for e in client.get("/api/events", params={"limit": 500}).json()["items"]]
    paged = all_pages(client, "/api/events", {"limit": 3}, lambda e: (e["doc_id"], e["event_id"]))
    assert paged == whole
    assert len(whole) == 5 + FILLERS


def test_cursor_of_one_list_is_refused_by_another(client):
    cursor = client.get("/api/events", params={"limit": 1}).json()["next_cursor"]
    answer = client.get("/api/statements", params={"cursor": cursor})
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "invalid_cursor"


def test_events_summary_feeds_map_and_timeline(client):
    summary = client.get("/api/events/summary", params={"type": "PROTEST"}).json()
    assert summary["total"] == FILLERS + 1
    assert summary["by_type"] == [{"type": "PROTEST", "count": FILLERS + 1}]
    assert [(p["place_en"], p["count"]) for p in summary["places"]] == [("Tyre", FILLERS)]
    assert sum(d["count"] for d in summary["by_day"]) == FILLERS + 1
    assert summary["by_day"][0]["date"] == "2022-01-15"


def test_actor_profile_has_statements_network_and_timeline(client):
    safadi = client.get("/api/actors", params={"name": "Safadi"}).json()["items"]
    assert len(safadi) == 1 and safadi[0]["documents"] == 2
    profile = client.get(f"/api/actors/{safadi[0]['actor_id']}").json()
    assert [s["doc_id"] for s in profile["statements_by"]] == ["amman-1"]
    assert [s["doc_id"] for s in profile["statements_about"]] == ["cairo-1"]
    assert {(e["role"], e["type"]) for e in profile["events"]} == {("source", "CONSULT"), ("target", "REQUEST")}
    assert profile["timeline"] == [{"month": "2021-09", "source": 1, "target": 0},
                                   {"month": "2021-10", "source": 0, "target": 1}]
    names = {n["actor_id"]: n["name_en"] for n in profile["network"]["nodes"]}
    edges = {(names[e["source"]], names[e["target"]], tuple(e["types"])) for e in profile["network"]["edges"]}
    # the dyads of Safadi, and the one among his counterparts (Shoukry accuses Mekdad)
    assert edges == {("Ayman Safadi", "Faisal Mekdad", ("CONSULT",)), ("Sameh Shoukry", "Ayman Safadi", ("REQUEST",)),
                     ("Sameh Shoukry", "Faisal Mekdad", ("ACCUSE",))}


def test_talks_about(client):
    shoukry = client.get("/api/actors", params={"name": "شكري"}).json()["items"][0]
    profile = client.get(f"/api/actors/{shoukry['actor_id']}").json()
    assert [(a["name_en"], a["n"]) for a in profile["talks_about"]] == [("Ayman Safadi", 1)]


def test_actors_filters_and_paging(client):
    jordan = client.get("/api/actors", params={"country": "jor"}).json()["items"]
    assert [a["name_en"] for a in jordan] == ["Ayman Safadi"]
    whole = [a["actor_id"] for a in client.get("/api/actors", params={"limit": 500}).json()["items"]]
    assert all_pages(client, "/api/actors", {"limit": 2}, lambda a: a["actor_id"]) == whole


def test_places_grouped_by_geonames_id(client):
    places = client.get("/api/places", params={"country": "LB"}).json()["items"]
    assert [(p["name_en"], p["documents"]) for p in places] == [("Tyre", FILLERS), ("Khiam", 1)]
    assert client.get("/api/places", params={"name": "عمان"}).json()["items"][0]["geonameid"] == 250441


def test_stats_counts(client):
    stats = client.get("/api/stats", params={"top": 2}).json()
    assert stats["tables"]["documents"] == FILLERS + 4
    assert {"key": "PROTEST", "count": FILLERS + 1} in stats["event_type"]
    assert len(stats["dyad"]) == 2


def test_health(client):
    body = client.get("/api/health").json()
    assert body == {"status": "ok", "documents": FILLERS + 4, "read_only": True, "extract_needs_token": False}
