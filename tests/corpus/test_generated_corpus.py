"""The acceptance check of the issue on a small generated corpus: the summary accounts for every input."""

from rasd.store import open_store
from rasd.store.ingest import Ingest

from .generated import generate


def test_summary_matches_the_generators_accounting(tmp_path):
    corpus, expected = generate(tmp_path / "gen", docs=60)
    store = open_store(str(tmp_path / "gen.db"))
    report = Ingest(store, workers=2).run([str(corpus)])
    assert report.read == expected["read"]
    assert report.ingested + report.duplicates == expected["ok"]
    assert dict(report.skipped) == expected["skipped"]
    assert dict(report.failed) == expected["failed"]
    assert report.accounted
    errors = store.errors()
    assert len(errors) == sum(expected["skipped"].values()) + sum(expected["failed"].values())
    assert store.counts()["documents"] == report.ingested
    store.close()
