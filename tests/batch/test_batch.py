"""``rasd batch``: tables with the columns of rasd export, resumable, identical across formats and workers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasd.batch import BatchOptions, run_batch
from rasd.batch.sinks import OutputError
from rasd.cli.main import cli
from rasd.tables import TABLES
from tests.batch.articles import ARTICLES, ENGLISH, write_jsonl


def read_table(out: Path, table: str) -> list[dict]:
    """Rows of one output table, whatever its format, in part order."""
    rows: list[dict] = []
    for part in sorted((out / table).glob("part-*")):
        if part.suffix == ".parquet":
            import pyarrow.parquet as pq

            rows.extend(pq.read_table(part).to_pylist())
        else:
            rows.extend(json.loads(line) for line in part.read_text(encoding="utf-8").splitlines())
    return rows


@pytest.fixture()
def feed(tmp_path) -> Path:
    return write_jsonl(tmp_path / "feed.jsonl", [*ARTICLES, ENGLISH, {"id": "empty", "text": "   "}])


@pytest.mark.parametrize("fmt", ["jsonl", "parquet"])
def test_tables_have_the_export_columns(feed, tmp_path, fmt):
    out = tmp_path / "out"
    summary = run_batch([str(feed)], out, BatchOptions(fmt=fmt))
    assert summary.written == len(ARTICLES) and summary.failed_count == 0
    assert sum(summary.skipped.values()) == 2
    for table in ("documents", "entities", "actors", "places", "statements", "events"):
        rows = read_table(out, table)
        assert summary.rows[table] == len(rows)
        for row in rows:
            assert tuple(row) == TABLES[table].column_names
    docs = read_table(out, "documents")
    assert [d["doc_id"] for d in docs] == [a["id"] for a in ARTICLES]
    assert sum(d["statements"] for d in docs) == len(read_table(out, "statements")) > 0


def test_parquet_columns_are_typed_even_when_empty(feed, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    out = tmp_path / "out"
    run_batch([str(feed)], out, BatchOptions(fmt="parquet", part_docs=1))
    schema = pq.read_schema(next((out / "events").glob("part-*")))
    assert schema.field("trigger_start").type == pa.int64() and schema.field("negated").type == pa.bool_()
    assert schema.field("score").type == pa.float64()


def _without_run(rows: list[dict]) -> list[dict]:
    return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))


def test_two_workers_unordered_write_the_same_rows(feed, tmp_path):
    run_batch([str(feed)], tmp_path / "one", BatchOptions(fmt="jsonl"))
    run_batch([str(feed)], tmp_path / "two", BatchOptions(fmt="jsonl", workers=2, ordered=False, part_docs=2))
    for table in ("documents", "statements", "events"):
        assert _without_run(read_table(tmp_path / "one", table)) == _without_run(read_table(tmp_path / "two", table))


def test_a_second_run_skips_what_is_already_written(feed, tmp_path):
    out = tmp_path / "out"
    write_jsonl(tmp_path / "first.jsonl", ARTICLES[:2])
    run_batch([str(tmp_path / "first.jsonl")], out, BatchOptions(fmt="parquet"))
    summary = run_batch([str(feed)], out, BatchOptions(fmt="parquet"))
    assert summary.already_done == 2 and summary.written == len(ARTICLES) - 2
    ids = [d["doc_id"] for d in read_table(out, "documents")]
    assert sorted(ids) == sorted(a["id"] for a in ARTICLES)
    statement_docs = {s["doc_id"] for s in read_table(out, "statements")}
    assert statement_docs <= set(ids)


def test_resume_drops_what_a_killed_run_left_half_written(feed, tmp_path):
    out = tmp_path / "out"
    run_batch([str(feed)], out, BatchOptions(fmt="jsonl", part_docs=3))
    first_statements = len(read_table(out, "statements"))
    # A run killed while writing part 1: a temporary file, and rows whose documents part never landed.
    docs_part = out / "documents" / "part-r0001-00001.jsonl"
    docs_part.unlink()
    (out / "events" / ".part-part-r0001-00002.jsonl.tmp").write_text("{\"half\": ", encoding="utf-8")
    summary = run_batch([str(feed)], out, BatchOptions(fmt="jsonl", part_docs=3))
    assert summary.already_done == 3 and summary.written == 3
    assert not list(out.rglob(".part-*"))
    assert len(read_table(out, "statements")) == first_statements
    assert sorted(d["doc_id"] for d in read_table(out, "documents")) == sorted(a["id"] for a in ARTICLES)


def test_another_format_in_the_output_folder_is_refused(feed, tmp_path):
    run_batch([str(feed)], tmp_path / "out", BatchOptions(fmt="jsonl"))
    with pytest.raises(OutputError, match="jsonl"):
        run_batch([str(feed)], tmp_path / "out", BatchOptions(fmt="parquet"))


def test_cli_reads_stdin_reports_failures_and_exits_1(tmp_path):
    lines = [json.dumps(a, ensure_ascii=False) for a in ARTICLES[:2]] + ["{broken"]
    result = CliRunner().invoke(cli, ["batch", "-", "--out", str(tmp_path / "o"), "--format", "jsonl"],
                                input="\n".join(lines) + "\n")
    assert result.exit_code == 1, result.output
    assert "-:3" in result.output and "written 2" in result.output
    assert len(read_table(tmp_path / "o", "documents")) == 2


def test_cli_usage_errors_exit_2(feed, tmp_path):
    runner = CliRunner()
    assert runner.invoke(cli, ["batch", str(feed), "--out", str(tmp_path / "o"), "--tables", "nonsense"]).exit_code == 2
    assert runner.invoke(cli, ["batch", str(feed), "--out", str(tmp_path / "o"), "--format", "jsonl"]).exit_code == 0
    refused = runner.invoke(cli, ["batch", str(feed), "--out", str(tmp_path / "o"), "--format", "parquet"])
    assert refused.exit_code == 2 and "jsonl output" in refused.output


def test_recycled_workers_lose_no_document(feed, tmp_path):
    summary = run_batch([str(feed)], tmp_path / "out", BatchOptions(fmt="jsonl", workers=2, recycle_after=1))
    assert summary.written == len(ARTICLES)
    assert sorted(d["doc_id"] for d in read_table(tmp_path / "out", "documents")) == sorted(a["id"] for a in ARTICLES)
