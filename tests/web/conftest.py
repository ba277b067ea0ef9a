"""Browser tests: a small corpus is generated and ingested, served on loopback, and driven with
Playwright through Debian's Chromium (never a browser downloaded by Playwright)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCREENSHOTS = REPO / "build" / "screenshots"
CHROMIUM = os.environ.get("RASD_CHROMIUM", "/usr/bin/chromium")

HOSTILE_TITLE = 'تقرير <script>window.__pwned = "title"</script> "><img src=x onerror="window.__pwned=3">'
HOSTILE_TEXT = (
    "بيروت - قال وزير الخارجية اللبناني ناصيف حتي يوم الإثنين إن الحكومة اللبنانية ستواصل العمل "
    "من أجل حماية الحدود الجنوبية، وإن <script>window.__pwned = 1</script> لن يمر دون رد.\n"
    'وأضاف حتي أن المجلس النيابي سيناقش الموازنة العامة الأسبوع المقبل "><img src=x onerror="window.__pwned = 2">.\n'
    "وتظاهر آلاف المواطنين في ‮بيروت‬ و\u2067طرابلس\u2069 احتجاجا على ارتفاع أسعار المحروقات والخبز."
)


def _skip_reason() -> str | None:
    try:
        import playwright  # noqa: F401
        import uvicorn  # noqa: F401
    except ImportError as exc:
        return f"{exc.name} is not installed: pip install playwright uvicorn (scripts/ci-web.sh)"
    if not Path(CHROMIUM).exists():
        return f"Chromium not found at {CHROMIUM}: apt-get install chromium (scripts/ci-web.sh)"
    from rasd.web.pages import assets_built

    if not assets_built():
        return "the explorer assets are not built: run `make web` (scripts/ci-web.sh)"
    return None


@pytest.fixture(scope="session")
def web_corpus(tmp_path_factory) -> str:
    reason = _skip_reason()
    if reason:
        pytest.skip(reason)
    from rasd.store import open_store
    from rasd.store.ingest import Ingest

    work = tmp_path_factory.mktemp("web")
    subprocess.run([sys.executable, str(REPO / "benchmarks" / "make_corpus.py"), "--out", str(work / "gen"),
                    "--docs", "12", "--big-mb", "9"], check=True, capture_output=True)
    shutil.rmtree(work / "gen" / "corpus" / "big", ignore_errors=True)  # the oversized file only tests limits
    hostile = work / "hostile.jsonl"
    hostile.write_text(json.dumps({"id": "hostile", "text": HOSTILE_TEXT, "title": HOSTILE_TITLE,
                                   "date": "2022-01-17", "source": "اختبار"}, ensure_ascii=False) + "\n",
                       encoding="utf-8")
    db = str(work / "web.db")
    with open_store(db) as store:
        report = Ingest(store, workers=1).run([str(work / "gen" / "corpus"), str(hostile)])
    assert report.ingested == 13, report
    return db


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def server(web_corpus):
    import uvicorn

    from rasd.api import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(web_corpus), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1300, "height": 1000}, locale="ar")
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda exc: pg.errors.append(str(exc)))
    yield pg
    context.close()


@pytest.fixture
def shot():
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> None:
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)

    return take
