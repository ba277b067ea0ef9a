"""Batch inputs: JSONL streams and Parquet, read record by record with the checks of rasd ingest."""

from __future__ import annotations

import io
import json

from rasd.batch.sources import Skip, iter_items
from rasd.document import Document
from rasd.errors import InputError
from rasd.io.readers import ReadOptions
from tests.batch.articles import ARTICLES, ENGLISH, write_parquet


def _stdin(lines: list[bytes]) -> io.BytesIO:
    return io.BytesIO(b"\n".join(lines) + b"\n")


def test_a_jsonl_stream_on_stdin_gives_documents_and_per_line_errors():
    lines = [json.dumps(ARTICLES[0], ensure_ascii=False).encode(), b"{not json", b"",
             "\u0642\u0627\u0644".encode("utf-8")[:-1] + b"\xff", json.dumps(ARTICLES[1], ensure_ascii=False).encode()]
    items = list(iter_items(["-"], ReadOptions(), stdin=_stdin(lines)))
    assert [type(i) for i in items] == [Document, InputError, InputError, Document]
    assert items[0].id == "wire-001" and items[0].meta.date == "2021-03-14"
    assert items[1].source == "-:2" and "malformed JSON" in items[1].reason
    assert items[2].source == "-:4" and "UTF-8" in items[2].reason


def test_records_without_id_get_one_from_their_line():
    record = {k: v for k, v in ARTICLES[2].items() if k != "id"}
    items = list(iter_items(["-"], ReadOptions(default_date="2021-01-01"), stdin=_stdin(
        [b"", json.dumps(record, ensure_ascii=False).encode()])))
    assert items[0].id == "stdin-2"
    assert items[0].meta.date == "2021-03-16"  # the record's own date wins over the default


def test_parquet_rows_become_documents(tmp_path):
    path = write_parquet(tmp_path / "news.parquet", [*ARTICLES[:3], {"id": "x", "text": None}])
    items = list(iter_items([str(path)], ReadOptions(source="archive")))
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.id for d in docs] == ["wire-001", "wire-002", "wire-003"]
    assert docs[0].meta.source == "test-wire" and docs[2].meta.source == "archive"
    assert isinstance(items[3], InputError) and items[3].source.endswith("news.parquet#4")


def test_parquet_without_text_column_is_one_error(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"id": ["a"], "body": ["نص"]}), tmp_path / "bad.parquet")
    items = list(iter_items([str(tmp_path / "bad.parquet"), str(tmp_path / "missing.parquet")], ReadOptions()))
    assert len(items) == 2 and all(isinstance(i, InputError) for i in items)
    assert "'text' column" in items[0].reason


def test_english_records_are_skipped_as_ingest_skips_them():
    items = list(iter_items(["-"], ReadOptions(), stdin=_stdin(
        [json.dumps(ENGLISH).encode(), json.dumps(ARTICLES[3], ensure_ascii=False).encode()])))
    assert isinstance(items[0], Skip) and items[0].reason.startswith("non-arabic")
    assert isinstance(items[1], Document)


def test_files_and_folders_are_read_with_the_ingest_readers(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("---\ndate: 2021-02-02\n---\n" + ARTICLES[4]["text"], encoding="utf-8")
    (tmp_path / "in" / "b.jsonl").write_text(json.dumps(ARTICLES[5], ensure_ascii=False) + "\n", encoding="utf-8")
    items = list(iter_items([str(tmp_path / "in")], ReadOptions()))
    assert [i.id for i in items] == ["a", "wire-006"]
    assert items[0].meta.date == "2021-02-02"
