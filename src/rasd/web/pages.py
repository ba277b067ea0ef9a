"""The explorer's pages: one HTML shell per route, filled in by the built script.

The shell carries no inline script or style (the Content-Security-Policy forbids both) and no data:
the script reads the route from the address and asks the JSON API for everything it shows.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(__file__).resolve().parent / "static"
ASSETS = ("app.js", "app.css")

PAGE_ROUTES = ("/", "/search", "/events", "/actors", "/doc/{doc_id}", "/actors/{actor_id}")


def assets_built(static: Path = STATIC) -> bool:
    return all((static / name).is_file() for name in ASSETS)


def shell(built: bool) -> str:
    title = "رصد · rasd"
    if built:
        head = ('<link rel="stylesheet" href="/static/app.css">'
                '<script type="module" src="/static/app.js"></script>')
        body = ('<div id="app" aria-live="polite"><p class="loading">…</p></div>'
                "<noscript>يحتاج المستكشف إلى جافاسكربت · The explorer needs JavaScript.</noscript>")
    else:
        head = ""
        body = ("<main><h1>رصد</h1><p>واجهة المستكشف غير مبنية: شغّل <code>make web</code>. "
                "واجهة JSON متاحة تحت <code>/api/</code>.</p>"
                '<p lang="en" dir="ltr">The explorer assets are not built: run <code>make web</code>. '
                "The JSON API is available under <code>/api/</code> (description: "
                '<a href="/openapi.json">/openapi.json</a>).</p></main>')
    return ('<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title>{head}</head><body>{body}</body></html>")


def install(app: FastAPI, static: Path = STATIC) -> None:
    built = assets_built(static)
    page = shell(built)

    async def serve_page() -> HTMLResponse:
        return HTMLResponse(page, headers={"cache-control": "no-cache"})

    for route in PAGE_ROUTES:
        app.add_api_route(route, serve_page, methods=["GET"], include_in_schema=False, response_class=HTMLResponse)
    if static.is_dir():
        app.mount("/static", StaticFiles(directory=static), name="static")
