"""``kill -9`` during an ingest that commits several documents at a time (``--commit-every``):
only whole documents are stored, and a re-run ends with the counts of an uninterrupted run."""

import sys

from rasd.store import open_store
from rasd.store.ingest import Ingest
from tests.corpus.generated import generate
from tests.corpus.test_kill import _assert_rerun_completes, _assert_whole_documents, _kill_midway


def _cmd(corpus, db):
    code = "import sys; from rasd.cli.main import main; sys.exit(main(sys.argv[1:]))"
    return [sys.executable, "-c", code, "ingest", str(corpus), "--db", db, "--workers", "2", "--no-progress",
            "--commit-every", "8"]


def test_killed_batched_ingest_resumes_to_the_same_counts(tmp_path):
    corpus, expected = generate(tmp_path / "gen", docs=240)
    clean = open_store(str(tmp_path / "clean.db"))
    Ingest(clean, workers=2, commit_every=8).run([str(corpus)])
    want = clean.counts()
    clean.close()
    assert want["documents"] == expected["ok"]

    url = str(tmp_path / "killed.db")
    stored = _kill_midway(corpus, url, at_least=16, command=_cmd)
    assert 16 <= stored < expected["ok"]
    _assert_whole_documents(url)
    _assert_rerun_completes(_cmd(corpus, url), url, stored, want)
