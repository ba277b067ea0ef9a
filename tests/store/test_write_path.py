"""The ingest write path: task order for the workers, batched commits, the SQLite settings."""

import pytest

from rasd.store import open_store
from rasd.store.ingest import IngestReport, _Batch, _Feeder
from rasd.store.payload import payload_from_json
from rasd.store.workers import DocTask, FileTask

from .docs import BEIRUT, DAMASCUS, REFORMS

ARTICLE = "بيروت - قال رئيس الحكومة اللبنانية إن الحكومة ستعقد جلسة استثنائية يوم الخميس لبحث الأزمة المالية."


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_heavy_files_go_to_the_workers_first_largest_first(tmp_path):
    small = _write(tmp_path / "a-small.html", "<html><body><p>" + ARTICLE + "</p></body></html>")
    big = _write(tmp_path / "b-big.html", "<html><body>" + "<p>" + ARTICLE + "</p>" * 40 + "</body></html>")
    light = _write(tmp_path / "c.txt", ARTICLE + "\n")
    feed = _write(tmp_path / "d-feed.xml", "<rss>" + " " * 3000 + "</rss>")
    files = [small, big, light, feed]
    sizes = [len((tmp_path / f).read_bytes()) for f in files]
    report = IngestReport()
    tasks = list(_Feeder(files, sizes, set(), report))
    heavy = [t.path for t in tasks if isinstance(t, FileTask)]
    assert heavy == sorted([small, big, feed], key=lambda p: -sizes[files.index(p)])
    assert isinstance(tasks[-1], DocTask) and tasks[-1].origin.startswith(light)  # light files read after
    assert report.read == 1  # the heavy files' items are counted when their worker reports them


def test_equal_sizes_keep_the_order_of_the_files(tmp_path):
    names = [_write(tmp_path / f"{c}.html", "<p>x</p>") for c in "dcba"]
    tasks = list(_Feeder(names, [8] * 4, set(), IngestReport()))
    assert [t.path for t in tasks] == names


def test_a_refused_document_in_a_batch_keeps_the_others_and_the_error_records(store):
    bad = payload_from_json(REFORMS)
    bad.rows["statements"].append(("short",))  # the database refuses this document
    batch = _Batch(store, every=10, seconds=3600)
    assert batch.write(payload_from_json(BEIRUT))
    batch.record_error("skipped", "feed.xml#3", "not Arabic")
    with pytest.raises(Exception):  # noqa: B017 - each driver raises its own error
        batch.write(bad)
    assert batch.write(payload_from_json(DAMASCUS))
    batch.flush()
    assert store.known_ids() == {"beirut-1", "damascus-1"}
    assert store.errors() == [{"kind": "skipped", "origin": "feed.xml#3", "reason": "not Arabic"}]
    assert store.counts()["statements"] == 3


def test_a_batch_is_committed_after_every_n_documents(tmp_path):
    path = str(tmp_path / "c.db")
    store = open_store(path)
    other = open_store(path)  # another connection (a reader) sees committed documents only
    batch = _Batch(store, every=2, seconds=3600)
    batch.write(payload_from_json(BEIRUT))
    assert other.counts()["documents"] == 0
    batch.write(payload_from_json(DAMASCUS))
    assert other.counts()["documents"] == 2
    other.close()
    store.close()


def test_sqlite_runs_in_wal_with_a_larger_checkpoint_interval(tmp_path):
    from rasd.store.sqlite import WAL_CHECKPOINT_PAGES

    store = open_store(str(tmp_path / "c.db"))
    try:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
        assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == WAL_CHECKPOINT_PAGES > 1000
    finally:
        store.close()
