"""The Spark job on local[2]: the rows ``rasd batch`` writes, from JSONL, Parquet, text and WARC inputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.batch import BatchOptions, run_batch
from rasd.spark.job import REJECTED, JobOptions, run_job
from rasd.tables import TABLES
from tests.batch.articles import ARTICLES, ENGLISH, write_jsonl, write_parquet

COMPARED = ("documents", "entities", "statements", "events")


def parquet_rows(folder: Path) -> list[dict]:
    import pyarrow.parquet as pq

    files = sorted(p for p in folder.rglob("*.parquet") if not p.name.startswith((".", "_")))
    return [row for f in files for row in pq.read_table(f).to_pylist()]


def canonical(rows: list[dict]) -> list[str]:
    return sorted(json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows)


def assert_same_as_batch(spark_out: Path, batch_out: Path) -> None:
    for table in COMPARED:
        got, want = parquet_rows(spark_out / table), parquet_rows(batch_out / table)
        assert canonical(got) == canonical(want), table
        assert all(tuple(r) == TABLES[table].column_names for r in got)


@pytest.fixture()
def mixed_inputs(tmp_path) -> list[str]:
    feed = write_jsonl(tmp_path / "feed.jsonl", [*ARTICLES[:3], ENGLISH])
    (tmp_path / "feed.jsonl").write_text(feed.read_text(encoding="utf-8") + "{broken\n", encoding="utf-8")
    table = write_parquet(tmp_path / "archive.parquet", ARTICLES[3:5])
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "beirut.txt").write_text("---\ndate: 2021-03-18\n---\n" + ARTICLES[5]["text"], encoding="utf-8")
    return [str(feed), str(table), str(texts)]


def test_spark_writes_the_rows_batch_writes(spark, mixed_inputs, tmp_path):
    counts = run_job(spark, mixed_inputs, str(tmp_path / "spark"), JobOptions())
    run_batch(mixed_inputs, tmp_path / "batch", BatchOptions(fmt="parquet"))
    assert (counts.ok, counts.skipped, counts.failed) == (6, 1, 1)
    assert_same_as_batch(tmp_path / "spark", tmp_path / "batch")
    assert counts.rows["statements"] == len(parquet_rows(tmp_path / "spark" / "statements")) > 0
    ids = {r["doc_id"] for r in parquet_rows(tmp_path / "spark" / "documents")}
    assert ids == {a["id"] for a in ARTICLES[:5]} | {"beirut"}
    rejected = {r["status"]: r for r in parquet_rows(tmp_path / "spark" / REJECTED)}
    assert rejected["skipped"]["reason"].startswith("non-arabic")
    assert rejected["failed"]["origin"].endswith("feed.jsonl:5")


def test_partitioned_output_by_date(spark, tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", ARTICLES)
    run_job(spark, [str(feed)], str(tmp_path / "out"), JobOptions(partition_by="date", partitions=3))
    folders = sorted(p.name for p in (tmp_path / "out" / "documents").iterdir() if p.is_dir())
    assert folders == sorted(f"date={a['date']}" for a in ARTICLES)


def _warc(path: Path, pages: list[tuple[str, str]]) -> Path:
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        for url, body in pages:
            html = f"<html><head><title>خبر</title></head><body><article><p>{body}</p></article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=BytesIO(html.encode("utf-8")),
                                               http_headers=headers)
            writer.write_record(record)
    return path


def test_warc_archives_are_read_as_batch_reads_them(spark, tmp_path):
    pytest.importorskip("warcio", reason="WARC input needs warcio (rasd[ingest])")
    pytest.importorskip("rasd.ingest", reason="WARC input needs the rasd.ingest readers")
    warc = _warc(tmp_path / "cc-news.warc.gz", [(f"https://news.example/{a['id']}", a["text"]) for a in ARTICLES[:3]])
    counts = run_job(spark, [str(warc)], str(tmp_path / "spark"), JobOptions())
    run_batch([str(warc)], tmp_path / "batch", BatchOptions(fmt="parquet"))
    assert counts.ok == 3
    assert_same_as_batch(tmp_path / "spark", tmp_path / "batch")
    urls = {r["url"] for r in parquet_rows(tmp_path / "spark" / "documents")}
    assert urls == {f"https://news.example/{a['id']}" for a in ARTICLES[:3]}


def test_rasd_spark_command_runs_on_local_2(spark, tmp_path):
    feed = write_jsonl(tmp_path / "feed.jsonl", ARTICLES[:2])
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    done = subprocess.run([sys.executable, "-m", "rasd.cli.main", "spark", str(feed), str(tmp_path / "out"),
                           "--master", "local[2]"], capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "written 2" in done.stderr
    assert len(parquet_rows(tmp_path / "out" / "documents")) == 2
    again = subprocess.run([sys.executable, "-m", "rasd.cli.main", "spark", str(feed), str(tmp_path / "out")],
                           capture_output=True, text=True, env=env, timeout=600)
    assert again.returncode == 2 and "--mode overwrite" in again.stderr  # never overwritten silently
