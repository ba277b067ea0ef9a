"""What workers send back: rows for Parquet, ready JSON lines for JSONL (the parent only writes them)."""

from __future__ import annotations

import json

from rasd.batch import BatchOptions, run_batch
from rasd.batch.rows import document_rows
from rasd.document import Document
from rasd.pipeline import build_pipeline
from rasd.tables import TABLES
from tests.batch.articles import ARTICLES, write_jsonl

TABLE_NAMES = ("documents", "statements", "events")


def _processed(article: dict) -> Document:
    return build_pipeline()(Document(article["id"], article["text"]))


def test_jsonl_rows_are_encoded_in_the_worker_as_the_parquet_rows_read():
    doc = _processed(ARTICLES[0])
    plain = document_rows(doc, TABLE_NAMES)
    encoded = document_rows(doc, TABLE_NAMES, fmt="jsonl")
    assert encoded.tables == {} and plain.jsonl == {}
    assert encoded.words == plain.words == len(ARTICLES[0]["text"].split())
    for table in TABLE_NAMES:
        count, text = encoded.jsonl[table]
        lines = [json.loads(line) for line in text.splitlines()]
        assert count == len(lines) == len(plain.tables[table])
        assert lines == [dict(zip(TABLES[table].column_names, row)) for row in plain.tables[table]]
    assert encoded.jsonl["statements"][0] > 0  # the article quotes its speaker


def test_jsonl_output_counts_rows_and_matches_the_parquet_output(tmp_path):
    import pyarrow.parquet as pq

    feed = write_jsonl(tmp_path / "feed.jsonl", ARTICLES)
    jsonl = run_batch([str(feed)], tmp_path / "j", BatchOptions(fmt="jsonl", workers=2, tables=TABLE_NAMES))
    parquet = run_batch([str(feed)], tmp_path / "p", BatchOptions(fmt="parquet", tables=TABLE_NAMES))
    assert jsonl.rows == parquet.rows and jsonl.rows["statements"] > 0
    for table in TABLE_NAMES:
        lines = [json.loads(x) for part in sorted((tmp_path / "j" / table).glob("part-*"))
                 for x in part.read_text(encoding="utf-8").splitlines()]
        rows = [r for part in sorted((tmp_path / "p" / table).glob("part-*")) for r in pq.read_table(part).to_pylist()]
        assert len(lines) == jsonl.rows[table]
        assert [r["doc_id"] for r in lines] == [r["doc_id"] for r in rows]
