"""``rasd batch`` and ``rasd spark``: extraction at scale, without a database.

Heavy imports (pyarrow, pyspark) stay inside the commands so that other commands start fast.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from rasd.cli.common import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, date_option, report_error

_TABLE_HELP = "Comma-separated output tables (documents is always written)."


def _tables(value: str) -> tuple[str, ...]:
    from rasd.batch.columns import check_tables

    try:
        return check_tables(tuple(t.strip() for t in value.split(",") if t.strip()))
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Output folder: one sub-folder of part files per table.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes (each loads the resources once).")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "parquet"]), default="parquet", show_default=True)
@click.option("--unordered", is_flag=True, help="Write results as they finish instead of in input order.")
@click.option("--tables", default="documents,entities,actors,places,statements,events", show_default=True,
              help=_TABLE_HELP)
@click.option("--part-docs", type=click.IntRange(min=1), default=5000, show_default=True,
              help="Documents per part file (a crash loses at most the part being written).")
@click.option("--no-resume", is_flag=True, help="Process every input even when its id is already in OUT.")
@click.option("--date", "pub_date", callback=lambda c, p, v: date_option(v), metavar="YYYY-MM-DD",
              help="Publication date for inputs that carry none.")
@click.option("--source", default=None, help="Source name recorded for inputs that carry none.")
@click.option("--upto", default=None, metavar="STAGE", help="Stop the pipeline after this stage (e.g. text).")
def batch(inputs, out, workers, fmt, unordered, tables, part_docs, no_resume, pub_date, source, upto) -> None:
    """Extract from files, folders, Parquet or a JSONL stream (-) into JSONL or Parquet tables.

    Reads what `rasd ingest` reads (text, JSONL, CSV, HTML, RSS, WARC; folders recursively) plus
    Parquet files with a text column, and JSONL records on standard input (-). Writes the tables of
    `rasd export` (same columns) as OUT/<table>/part-*.<format>. Memory does not grow with the input.
    Run it again on the same OUT to resume: documents whose id is already there are skipped.
    """
    from rasd.batch import BatchOptions, run_batch
    from rasd.batch.sinks import OutputError
    from rasd.errors import PipelineError
    from rasd.io.readers import ReadOptions

    options = BatchOptions(fmt=fmt, workers=workers, ordered=not unordered, tables=_tables(tables),
                           part_docs=part_docs, resume=not no_resume, upto=upto,
                           read=ReadOptions(default_date=pub_date, source=source))
    try:
        summary = run_batch(inputs, out, options, on_error=report_error)
    except (OutputError, ImportError, PipelineError) as exc:
        click.echo(f"rasd: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    for line in summary.lines():
        click.echo(f"rasd: {line}", err=True)
    sys.exit(EXIT_SOME_FAILED if summary.failed_count else EXIT_OK)


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT... OUTPUT")
@click.option("--master", default="local[2]", show_default=True,
              help="Spark master: local[N], spark://HOST:PORT, yarn, k8s://… (spark-submit sets its own).")
@click.option("--tables", default="documents,entities,actors,places,statements,events", show_default=True,
              help=_TABLE_HELP)
@click.option("--mode", type=click.Choice(["errorifexists", "overwrite", "append"]), default="errorifexists",
              show_default=True, help="What to do when OUTPUT already holds tables.")
@click.option("--partition-by", default=None, metavar="COLUMN",
              help="Partition each table that has this column by it (e.g. date).")
@click.option("--partitions", type=click.IntRange(min=1), default=None,
              help="Spread the documents over this many tasks (default: as read).")
@click.option("--date", "pub_date", callback=lambda c, p, v: date_option(v), metavar="YYYY-MM-DD",
              help="Publication date for inputs that carry none.")
@click.option("--source", default=None, help="Source name recorded for inputs that carry none.")
def spark(inputs, master, tables, mode, partition_by, partitions, pub_date, source) -> None:
    """Run the pipeline on Apache Spark: text/JSONL/Parquet/WARC paths to Parquet tables.

    INPUT paths may be local, hdfs:// or s3a:// (folders and globs too). OUTPUT gets one Parquet
    folder per table with the columns of `rasd export`. Needs the extra: pip install 'rasd[spark]'
    and a Java runtime. On a cluster use spark-submit with rasd/spark/job.py (see docs/scale.md).
    """
    if len(inputs) < 2:
        raise click.UsageError("give at least one INPUT and the OUTPUT folder")
    from rasd.io.readers import ReadOptions
    from rasd.spark.job import JobOptions, OutputExists, SparkUnavailable, run_local

    options = JobOptions(tables=_tables(tables), mode=mode, partition_by=partition_by, partitions=partitions,
                         read=ReadOptions(default_date=pub_date, source=source))
    try:
        counts = run_local(list(inputs[:-1]), inputs[-1], options, master=master)
    except (SparkUnavailable, OutputExists) as exc:
        click.echo(f"rasd: error: {exc}", err=True)
        sys.exit(EXIT_USAGE)
    for line in counts.lines():
        click.echo(f"rasd: {line}", err=True)
    sys.exit(EXIT_SOME_FAILED if counts.failed else EXIT_OK)


COMMANDS = [batch, spark]
