"""Opening an up-to-date store only reads: a search or the API never waits behind an ingest's writes."""

import threading

from rasd.store import open_store


def test_opening_an_up_to_date_store_does_not_wait_for_the_write_lock(tmp_path):
    path = str(tmp_path / "rasd.db")
    writer = open_store(path)
    counted: list[int] = []

    def read() -> None:
        store = open_store(path)
        try:
            counted.append(store.counts()["documents"])
        finally:
            store.close()

    try:
        with writer.transaction():  # holds SQLite's write lock, as an ingest does while it commits
            thread = threading.Thread(target=read, daemon=True)
            thread.start()
            thread.join(timeout=5)
            assert counted == [0], "open_store waited for the writer's lock"
    finally:
        writer.close()


def test_a_new_store_is_still_created_and_migrated(tmp_path):
    store = open_store(str(tmp_path / "new.db"))
    try:
        assert store.applied_migrations()
        assert store.migrate() == []
    finally:
        store.close()
