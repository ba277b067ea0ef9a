"""Acceptance: ``rasd batch``, ``rasd spark`` on local[2] and ``rasd ingest`` + ``rasd export`` agree.

The store names documents by content hash and batch/Spark by their source id, so rows are compared
with ``doc_id`` replaced by the document's text hash (from each output's documents table).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.batch import BatchOptions, run_batch
from rasd.cli.main import cli
from rasd.spark.job import JobOptions, run_job
from tests.batch.articles import ARTICLES, ENGLISH, write_jsonl
from tests.spark.test_job import parquet_rows

COMPARED = ("statements", "events")


def keyed_by_text(out: dict[str, list[dict]]) -> dict[str, list[str]]:
    sha = {d["doc_id"]: d["text_sha1"] for d in out["documents"]}
    return {
        table: sorted(json.dumps({**r, "doc_id": sha[r["doc_id"]]}, sort_keys=True, ensure_ascii=False) for r in out[table])
        for table in COMPARED
    }


def _folder_tables(root: Path) -> dict[str, list[dict]]:
    return {t: parquet_rows(root / t) for t in ("documents", *COMPARED)}


def _exported_tables(tmp_path: Path, feed: Path) -> dict[str, list[dict]]:
    if "ingest" not in cli.commands or "export" not in cli.commands:
        pytest.skip("rasd ingest/export are not available in this checkout")
    db = str(tmp_path / "corpus.db")
    runner = CliRunner()
    ingested = runner.invoke(cli, ["ingest", str(feed), "--db", db])
    assert ingested.exit_code == 0, ingested.output
    exported = runner.invoke(cli, ["export", "--db", db, "--format", "parquet", "--out", str(tmp_path / "export")])
    assert exported.exit_code == 0, exported.output
    import pyarrow.parquet as pq

    return {t: pq.read_table(tmp_path / "export" / f"{t}.parquet").to_pylist() for t in ("documents", *COMPARED)}


def test_batch_spark_and_ingest_export_give_the_same_statements_and_events(spark, tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", [*ARTICLES, ENGLISH])
    run_batch([str(feed)], tmp_path / "batch", BatchOptions(fmt="parquet", workers=2))
    run_job(spark, [str(feed)], str(tmp_path / "spark"), JobOptions())
    batch = keyed_by_text(_folder_tables(tmp_path / "batch"))
    assert batch["statements"] and batch["events"], "the sample articles must yield statements and events"
    assert keyed_by_text(_folder_tables(tmp_path / "spark")) == batch
    assert keyed_by_text(_exported_tables(tmp_path, feed)) == batch
