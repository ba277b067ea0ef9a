"""Input paths to an RDD of items (documents, skips, errors), read where the data is.

Paths go through Hadoop's file systems (local, hdfs://, s3a://, globs, folders walked recursively).
JSONL and Parquet are split by Spark and turned into documents record by record on the executors,
with the record checks of ``rasd ingest``; every other file (text, HTML, RSS, CSV, WARC) is read
whole by one task with the very reader ``rasd batch`` and ``rasd ingest`` use.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from rasd.batch.sources import PARQUET_SUFFIXES, Item, RecordReader, as_json_values, from_ingest
from rasd.errors import InputError
from rasd.io.readers import RECORD_FIELDS, ReadOptions

JSONL = "jsonl"
PARQUET = "parquet"
WHOLE = "whole"  # read whole by the ingest readers
_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


@dataclass(frozen=True)
class InputFile:
    uri: str  # as Hadoop names it: file:/…, hdfs://…, s3a://…
    root: str | None  # the folder given on the command line that it was found under

    @property
    def kind(self) -> str:
        name = self.uri.lower()
        if name.endswith(PARQUET_SUFFIXES):
            return PARQUET
        return JSONL if name.endswith(_JSONL_SUFFIXES) else WHOLE

    @property
    def id_base(self) -> str:
        """The id stem of records without an id: what ``rasd ingest`` would use for this file."""
        path = PurePosixPath(urlsplit(self.uri).path)
        root = PurePosixPath(urlsplit(self.root).path) if self.root else None
        try:
            from rasd.ingest.meta import id_base
        except ImportError:
            return path.stem
        return id_base(path, root)


def list_files(spark: Any, paths: list[str]) -> tuple[list[InputFile], list[InputError]]:
    """Files under ``paths`` via Hadoop (globs expanded, folders walked), hidden files left out."""
    jvm = spark.sparkContext._jvm
    conf = spark.sparkContext._jsc.hadoopConfiguration()
    found: list[InputFile] = []
    missing: list[InputError] = []
    for name in paths:
        hpath = jvm.org.apache.hadoop.fs.Path(name)
        fs = hpath.getFileSystem(conf)
        statuses = fs.globStatus(hpath)
        if not statuses:
            missing.append(InputError(name, "no such file or directory"))
            continue
        for status in statuses:
            if not status.isDirectory():
                found.append(InputFile(status.getPath().toString(), None))
                continue
            root = status.getPath().toString()
            listing = fs.listFiles(status.getPath(), True)
            inside = []
            while listing.hasNext():
                uri = listing.next().getPath().toString()
                if not any(part.startswith((".", "_")) for part in uri[len(root) :].split("/") if part):
                    inside.append(uri)
            found.extend(InputFile(uri, root) for uri in sorted(inside))
    return found, missing


def read_items(spark: Any, files: list[InputFile], opts: ReadOptions) -> Any:
    """One RDD of items for all files (empty when there are none)."""
    sc = spark.sparkContext
    rdds = []
    for f in files:
        if f.kind == JSONL:
            rdds.append(_jsonl(sc, f, opts))
        elif f.kind == PARQUET:
            rdds.append(_parquet(spark, f, opts))
    whole = [f for f in files if f.kind == WHOLE]
    if whole:
        rdds.append(_whole_files(sc, whole, opts))
    return sc.union(rdds) if rdds else sc.emptyRDD()


def _jsonl(sc: Any, f: InputFile, opts: ReadOptions) -> Any:
    # Bytes, not str: a line that is not UTF-8 must fail alone, not kill the task.
    lines = sc.textFile(f.uri, use_unicode=False).zipWithIndex()
    base, uri = f.id_base, f.uri

    def items(part: Iterator[tuple[bytes, int]]) -> Iterator[Item]:
        reader = RecordReader(opts)
        for raw, index in part:
            if raw.strip():
                yield reader.line(raw, f"{uri}:{index + 1}", f"{base}-{index + 1}")

    return lines.mapPartitions(items)


def _parquet(spark: Any, f: InputFile, opts: ReadOptions) -> Any:
    frame = spark.read.parquet(f.uri)
    columns = [c for c in RECORD_FIELDS if c in frame.columns]
    if "text" not in columns:
        error = InputError(f.uri, "a Parquet input needs a 'text' column")
        return spark.sparkContext.parallelize([error], 1)
    base, uri = f.id_base, f.uri

    def items(part: Iterator[tuple[Any, int]]) -> Iterator[Item]:
        reader = RecordReader(opts)
        for row, index in part:
            record = as_json_values(row.asDict())
            yield reader.record(record, f"{uri}#{index + 1}", f"{base}-{index + 1}")

    return frame.select(*columns).rdd.zipWithIndex().mapPartitions(items)


def _whole_files(sc: Any, files: list[InputFile], opts: ReadOptions) -> Any:
    """A file per task at most: local files are opened in place, others fetched through Hadoop first."""
    local = [f for f in files if f.uri.startswith("file:")]
    remote = [f for f in files if not f.uri.startswith("file:")]
    rdds = []
    # Up to a few tasks per core: enough to balance uneven files, few enough for many small ones.
    slices = max(1, sc.defaultParallelism * 4)
    if local:
        rdds.append(sc.parallelize(local, min(len(local), slices)).flatMap(lambda f: _local_file_items(f, opts)))
    if remote:
        roots = {f.uri: f.root for f in remote}
        contents = sc.binaryFiles(",".join(f.uri for f in remote), minPartitions=min(len(remote), slices))
        rdds.append(contents.flatMap(lambda pair: _fetched_file_items(pair[0], roots.get(pair[0]), pair[1], opts)))
    return sc.union(rdds)


def _local_path(uri: str) -> Path:
    return Path(unquote(urlsplit(uri).path))


def _local_file_items(f: InputFile, opts: ReadOptions) -> Iterator[Item]:
    root = _local_path(f.root) if f.root else None
    yield from _file_items(_local_path(f.uri), root, opts)


def _fetched_file_items(uri: str, root: str | None, data: bytes, opts: ReadOptions) -> Iterator[Item]:
    """A remote file's bytes, written to a local temporary copy (the readers stream from files)."""
    rel = PurePosixPath(urlsplit(uri).path)
    base = PurePosixPath(urlsplit(root).path) if root else rel.parent
    with tempfile.TemporaryDirectory(prefix="rasd-") as tmp:
        local = Path(tmp, *rel.relative_to(base).parts) if rel.is_relative_to(base) else Path(tmp, rel.name)
        local.parent.mkdir(parents=True, exist_ok=True)
        local.write_bytes(data)
        del data
        for item in _file_items(local, Path(tmp) if root else None, opts):
            yield _renamed(item, str(local), uri)


def _file_items(path: Path, root: Path | None, opts: ReadOptions) -> Iterator[Item]:
    try:
        from rasd.ingest import IngestOptions, read_file
    except ImportError:
        from rasd.batch.sources import iter_items

        yield from iter_items([str(path)], opts)
        return
    options = IngestOptions(default_date=opts.default_date, source=opts.source)
    for item in read_file(path, root, options):
        yield from_ingest(item)


def _renamed(item: Item, local: str, uri: str) -> Item:
    if isinstance(item, InputError):
        return InputError(item.source.replace(local, uri), item.reason)
    origin = getattr(item, "origin", None)
    if origin is not None:
        return type(item)(origin.replace(local, uri), item.reason)
    return item

