"""The rasd Spark job: input paths to Parquet tables with the columns of ``rasd export``.

Run it with ``rasd spark INPUT... OUTPUT [--master …]`` or on a cluster with
``spark-submit …/rasd/spark/job.py INPUT... OUTPUT`` (see docs/scale.md). Each document is processed
once: the per-document results are persisted, then every table is written from them.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from dataclasses import dataclass, field
from typing import Any

from rasd.io.readers import ReadOptions
from rasd.tables import EXPORT_TABLES, TABLES

REJECTED = "rejected"  # inputs skipped or failed: origin, status, reason
LISTED_REJECTS = 20


class SparkUnavailable(RuntimeError):
    """pyspark or a Java runtime is missing."""


class OutputExists(RuntimeError):
    """The output already holds tables and the mode is ``errorifexists``."""


@dataclass(frozen=True)
class JobOptions:
    tables: tuple[str, ...] = ("documents", *(t for t in EXPORT_TABLES if t != "documents"))
    mode: str = "errorifexists"
    partition_by: str | None = None
    partitions: int | None = None
    read: ReadOptions = field(default_factory=ReadOptions)
    upto: str | None = None


@dataclass
class JobCounts:
    ok: int = 0
    skipped: int = 0
    failed: int = 0
    words: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    rejects: list[tuple[str, str, str]] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"{status}: {origin}: {reason}" for origin, status, reason in self.rejects]
        out.append(f"written {self.ok}, skipped {self.skipped}, failed {self.failed}, words {self.words}")
        out.append("rows: " + ", ".join(f"{t} {n}" for t, n in self.rows.items()))
        return out


def spark_schema(table: str) -> Any:
    from pyspark.sql import types as T

    kinds = {"text": T.StringType(), "int": T.LongType(), "real": T.DoubleType(), "bool": T.BooleanType()}
    return T.StructType([T.StructField(name, kinds[kind], True) for name, kind in TABLES[table].columns])


def run_job(spark: Any, inputs: list[str], output: str, options: JobOptions = JobOptions()) -> JobCounts:
    """Read ``inputs``, run the pipeline in ``mapPartitions``, write one Parquet folder per table."""
    from pyspark import StorageLevel

    from rasd.spark.executor import OK, process_partition
    from rasd.spark.inputs import list_files, read_items

    if options.mode == "errorifexists":
        _refuse_existing(spark, output, (*options.tables, REJECTED))
    files, missing = list_files(spark, inputs)
    items = read_items(spark, files, options.read)
    if missing:
        items = items.union(spark.sparkContext.parallelize(missing, 1))
    if options.partitions:
        items = items.repartition(options.partitions)
    tables, upto = options.tables, options.upto
    results = items.mapPartitions(lambda part: process_partition(part, tables, upto))
    results.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        counts = _count(results, tables)
        for table in tables:
            rows = results.flatMap(lambda o, t=table: o.rows.tables.get(t, ()) if o.status == OK else ())
            _write(spark.createDataFrame(rows, spark_schema(table), verifySchema=False), output, table, options)
        rejected = results.filter(lambda o: o.status != OK).map(lambda o: (o.origin, o.status, o.reason))
        frame = spark.createDataFrame(rejected, "origin string, status string, reason string")
        counts.rejects = [tuple(r) for r in frame.limit(LISTED_REJECTS).collect()]
        _write(frame.coalesce(1), output, REJECTED, options)
    finally:
        results.unpersist()
    return counts


def _refuse_existing(spark: Any, output: str, tables: tuple[str, ...]) -> None:
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    for table in tables:
        path = jvm.org.apache.hadoop.fs.Path(f"{output.rstrip('/')}/{table}")
        if path.getFileSystem(conf).exists(path):
            raise OutputExists(f"{output} already holds table {table}; use --mode overwrite or append")


def _count(results: Any, tables: tuple[str, ...]) -> JobCounts:
    from rasd.spark.executor import FAILED, OK, SKIPPED

    def tally(o: Any) -> tuple[int, ...]:
        sizes = [len(o.rows.tables.get(t, ())) for t in tables] if o.status == OK else [0] * len(tables)
        words = o.rows.words if o.status == OK else 0
        return (int(o.status == OK), int(o.status == SKIPPED), int(o.status == FAILED), words, *sizes)

    zero = (0,) * (4 + len(tables))
    total = results.map(tally).fold(zero, lambda a, b: tuple(x + y for x, y in zip(a, b)))
    return JobCounts(total[0], total[1], total[2], total[3], dict(zip(tables, total[4:])))


def _write(frame: Any, output: str, table: str, options: JobOptions) -> None:
    writer = frame.write.mode(options.mode)
    if options.partition_by and options.partition_by in frame.columns:
        writer = writer.partitionBy(options.partition_by)
    writer.parquet(f"{output.rstrip('/')}/{table}")


def check_runtime() -> None:
    try:
        import pyspark  # noqa: F401
    except ImportError:
        raise SparkUnavailable("rasd spark needs pyspark: pip install 'rasd[spark]'") from None
    java_home = os.environ.get("JAVA_HOME")
    if not shutil.which("java") and not (java_home and os.path.exists(os.path.join(java_home, "bin", "java"))):
        raise SparkUnavailable("rasd spark needs a Java runtime (17 or newer): install one or set JAVA_HOME")


def session(master: str | None = None, app: str = "rasd") -> Any:
    """A Spark session whose Python workers run this interpreter (so they import this rasd)."""
    check_runtime()
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = (SparkSession.builder.appName(app).config("spark.python.worker.reuse", "true")
               .config("spark.ui.showConsoleProgress", "false"))
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        builder = builder.config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")
    return spark


def run_local(inputs: list[str], output: str, options: JobOptions = JobOptions(), master: str = "local[2]") -> JobCounts:
    """``rasd spark``: start a session on ``master``, run the job, stop the session."""
    if options.mode == "errorifexists" and "://" not in output:  # a local output: no need to start Spark to see it
        taken = [t for t in (*options.tables, REJECTED) if os.path.exists(os.path.join(output, t))]
        if taken:
            raise OutputExists(f"{output} already holds table {taken[0]}; use --mode overwrite or append")
    spark = session(master)
    try:
        return run_job(spark, inputs, output, options)
    finally:
        spark.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="rasd-spark-job", description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+", metavar="INPUT... OUTPUT")
    parser.add_argument("--tables", default=",".join(JobOptions().tables))
    parser.add_argument("--mode", choices=("errorifexists", "overwrite", "append"), default="errorifexists")
    parser.add_argument("--partition-by", default=None)
    parser.add_argument("--partitions", type=int, default=None)
    parser.add_argument("--date", default=None, help="publication date for inputs that carry none")
    parser.add_argument("--source", default=None)
    args = parser.parse_args(argv)
    if len(args.paths) < 2:
        parser.error("give at least one INPUT and the OUTPUT folder")
    from rasd.batch.columns import check_tables

    options = JobOptions(tables=check_tables(tuple(t for t in args.tables.split(",") if t)), mode=args.mode,
                         partition_by=args.partition_by, partitions=args.partitions,
                         read=ReadOptions(default_date=args.date, source=args.source))
    spark = session()  # spark-submit supplies the master and the rest of the configuration
    try:
        counts = run_job(spark, args.paths[:-1], args.paths[-1], options)
    except OutputExists as exc:
        print(f"rasd: error: {exc}", file=sys.stderr)
        return 2
    finally:
        spark.stop()
    for line in counts.lines():
        print(f"rasd: {line}", file=sys.stderr)
    return 1 if counts.failed else 0


if __name__ == "__main__":
    sys.exit(main())
