"""``kill -9`` in the middle of an ingest, then a re-run: the same database as one uninterrupted run."""

import os
import signal
import subprocess
import sys
import time

from rasd.store import open_store
from rasd.store.ingest import Ingest

from .generated import generate

PARTS = ("sentences", "entities", "actors", "statements", "events", "places")
CHILD = {"sentences": "sentences", "entities": "entities", "actors": "document_actors",
         "statements": "statements", "events": "events", "places": "places"}


def _ingest_cmd(corpus, db):
    code = "import sys; from rasd.cli.main import main; sys.exit(main(sys.argv[1:]))"
    # one document per commit, so the kill lands between two documents of a small corpus; batched
    # commits (the default) are killed in tests/store/test_kill_batched.py
    return [sys.executable, "-c", code, "ingest", str(corpus), "--db", db, "--workers", "2", "--no-progress",
            "--commit-every", "1"]


def _documents(url):
    store = open_store(url)
    try:
        return store.counts()["documents"]
    finally:
        store.close()


def _kill_midway(corpus, url, at_least, command=None):
    # Its own process group, so the worker processes die with it, as on Ctrl-C or an OOM kill.
    proc = subprocess.Popen((command or _ingest_cmd)(corpus, url), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if _documents(url) >= at_least:
                break
            time.sleep(0.05)
        assert proc.poll() is None, "the ingest ended before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=60)
    return _documents(url)


def _assert_whole_documents(url):
    """Every stored document has all the rows its JSON promises, no more, no fewer."""
    store = open_store(url)
    try:
        docs = store.fetch("SELECT doc_id, " + ", ".join(PARTS) + " FROM documents")
        for part in PARTS:
            have = {r["doc_id"]: r["n"] for r in store.fetch(f"SELECT doc_id, count(*) AS n FROM {CHILD[part]} GROUP BY doc_id")}
            for d in docs:
                assert have.get(d["doc_id"], 0) == d[part], (part, d["doc_id"])
    finally:
        store.close()


def _assert_rerun_completes(command, url, stored, want):
    """Running the killed ingest again skips the stored documents and ends with the uninterrupted run's counts."""
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 1  # the corpus has damaged inputs
    assert f"duplicates {stored}," in rerun.stderr
    store = open_store(url)
    got = store.counts()
    store.close()
    assert got == want
    _assert_whole_documents(url)


def test_killed_ingest_resumes_to_the_same_counts(store_url, tmp_path):
    corpus, expected = generate(tmp_path / "gen", docs=80)
    clean_url = str(tmp_path / "clean.db")
    clean = open_store(clean_url)
    Ingest(clean, workers=2).run([str(corpus)])
    want = clean.counts()
    clean.close()
    assert want["documents"] == expected["ok"]

    stored = _kill_midway(corpus, store_url, at_least=15)
    assert 15 <= stored < expected["ok"]
    _assert_whole_documents(store_url)
    _assert_rerun_completes(_ingest_cmd(corpus, store_url), store_url, stored, want)
