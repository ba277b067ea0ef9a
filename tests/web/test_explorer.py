"""The explorer in a real browser: search, an article with its highlights, the events map and
timeline, an actor page, the language toggle, and a hostile article that must render as text."""

from __future__ import annotations

import json
import urllib.request

from .conftest import HOSTILE_TITLE


def api(server: str, path: str):
    with urllib.request.urlopen(server + path, timeout=30) as answer:
        return json.load(answer)


def rich_document(server: str) -> str:
    """The id of a document with events and statements (most events first)."""
    docs = api(server, "/api/documents?limit=100")["items"]
    best = max((d for d in docs if d["doc_id"] and d["statements"]), key=lambda d: (d["events"], d["statements"]))
    return best["doc_id"]


def test_search_page(page, server, shot):
    page.goto(server + "/?q=" + urllib.request.quote("وزير"))
    page.wait_for_selector("li.hit")
    assert page.locator("li.hit").count() > 0
    assert page.locator("html").get_attribute("dir") == "rtl"
    first = page.locator("li.hit a.title").first.get_attribute("href")
    assert first.startswith("/doc/") and "#s" in first
    shot(page, "search")
    page.goto(server + "/")
    page.wait_for_selector("li.doc")
    assert page.locator("li.doc").count() == 13
    assert not page.errors


def test_article_page_highlights_and_details(page, server, shot):
    page.goto(server + "/doc/" + rich_document(server))
    page.wait_for_selector(".article-text .hl")
    for kind in ("entity", "cue", "content", "trigger"):
        assert page.locator(f".article-text .hl-{kind}").count() > 0, kind
    # a click on an event trigger shows the event in the details panel
    page.locator(".article-text .hl-trigger").first.click()
    details = page.locator("#details").inner_text()
    assert any(label in details for label in ("المصدر", "Source"))
    assert page.locator(".article-text .hl.focus").count() > 0
    # a statement in the side list leads back to its span
    page.locator(".side-item.edge-cue").first.click()
    assert page.locator(".article-text .hl-cue.focus").count() > 0
    shot(page, "article")
    assert not page.errors


def test_events_page_map_timeline_table(page, server, shot):
    page.goto(server + "/events")
    page.wait_for_selector("path.event-marker")
    assert page.locator("path.event-marker").count() > 0
    assert page.locator("path.country").count() > 100  # the offline base layer of country borders
    assert page.locator("svg.timeline rect.bar").count() > 0
    page.wait_for_selector(".events-table tbody tr")
    assert page.locator(".events-table tbody tr").count() > 0
    shot(page, "events")
    assert not page.errors


def test_actor_page(page, server, shot):
    actors = api(server, "/api/actors?kind=person&limit=50")["items"]
    busiest = max(actors, key=lambda a: len(api(server, f"/api/actors/{a['actor_id']}")["events"]))
    page.goto(server + "/actors/" + busiest["actor_id"])
    page.wait_for_selector("svg.network")
    assert page.locator("h1").inner_text() == busiest["name"]
    assert page.locator("svg.network circle.node").count() >= 1
    assert page.locator("svg.timeline rect.bar").count() > 0
    shot(page, "actor")
    assert not page.errors


def test_english_toggle_changes_labels_not_text(page, server):
    page.goto(server + "/events")
    page.wait_for_selector("#lang-toggle")
    page.click("#lang-toggle")
    page.wait_for_selector(".events-table")
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert "Events" in page.locator("header.top nav").inner_text()
    page.click("#lang-toggle")
    assert page.locator("html").get_attribute("dir") == "rtl"


def test_hostile_article_renders_as_text(page, server, shot):
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    doc_id = next(d["doc_id"] for d in api(server, "/api/documents?limit=100")["items"] if d["source_id"] == "hostile")
    page.goto(server + "/doc/" + doc_id)
    page.wait_for_selector(".article-text")
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert not dialogs
    assert page.locator("img").count() == 0
    assert page.locator("main script").count() == 0
    text = page.locator(".article-text").inner_text()
    assert "<script>window.__pwned = 1</script>" in text
    assert '"><img src=x onerror="window.__pwned = 2">' in text
    # the override and isolate characters are neutralised for display, not obeyed
    assert "\u202e" not in text and "\u2067" not in text and "\ufffd" in text
    assert page.locator("h1").inner_text() == " ".join(HOSTILE_TITLE.split())
    assert page.locator(".article-text .hl").count() > 0  # the extractions still show
    shot(page, "hostile")
    assert not page.errors
