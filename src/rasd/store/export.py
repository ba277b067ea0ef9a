"""``rasd export``: the stored corpus as files.

``jsonl``, ``csv`` and ``parquet`` write one file per table into a folder: the per-document tables
of :mod:`rasd.tables` (the same columns as ``rasd batch`` and the Spark job) and ``corpus_actors``,
the store's merged actors. ``documents`` writes every document's JSON, one per line; ``plover`` and
``gdelt`` write event records through :mod:`rasd.exports`.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any, TextIO

from rasd.store.base import Store
from rasd.tables import EXPORT_TABLES, TABLES

TABLE_FORMATS = ("jsonl", "csv", "parquet")
FILE_FORMATS = ("documents", "plover", "gdelt")
CORPUS_ACTOR_COLUMNS = (("actor_id", "text"), ("name", "text"), ("name_en", "text"), ("kind", "text"),
                        ("country", "text"), ("sector", "text"), ("code", "text"), ("documents", "int"),
                        ("mentions", "int"))


class ExportError(Exception):
    """An export that cannot be made (a missing optional module, a bad output path)."""


class _RowWriter:
    def __init__(self, path: Path, fmt: str, columns: tuple[tuple[str, str], ...]) -> None:
        self.fmt = fmt
        self.names = [n for n, _ in columns]
        self.columns = columns
        self.count = 0
        self._batch: list[tuple] = []
        if fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            types = {"text": pa.string(), "int": pa.int64(), "real": pa.float64(), "bool": pa.bool_()}
            self.schema = pa.schema([(n, types[t]) for n, t in columns])
            self._pq = pq.ParquetWriter(str(path), self.schema)
        else:
            self._fh: TextIO = path.open("w", encoding="utf-8", newline="")
            if fmt == "csv":
                self._csv = csv.writer(self._fh, lineterminator="\n")
                self._csv.writerow(self.names)

    def write(self, rows: list[tuple]) -> None:
        self.count += len(rows)
        if self.fmt == "jsonl":
            for row in rows:
                self._fh.write(json.dumps(dict(zip(self.names, row)), ensure_ascii=False) + "\n")
        elif self.fmt == "csv":
            self._csv.writerows(rows)
        else:
            self._batch.extend(rows)
            if len(self._batch) >= 5000:
                self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self._batch:
            arrays = [pa.array([r[i] for r in self._batch], type=self.schema.field(i).type) for i in range(len(self.names))]
            self._pq.write_table(pa.Table.from_arrays(arrays, schema=self.schema))
            self._batch = []

    def close(self) -> None:
        if self.fmt == "parquet":
            self._flush()
            self._pq.close()
        else:
            self._fh.close()


def export_tables(store: Store, out: Path, fmt: str, tables: tuple[str, ...] = EXPORT_TABLES) -> dict[str, int]:
    """One file per table in folder ``out``; rows written per table."""
    out.mkdir(parents=True, exist_ok=True)
    ext = {"jsonl": "jsonl", "csv": "csv", "parquet": "parquet"}[fmt]
    with ExitStack() as stack:
        writers = {}
        for name in tables:
            writers[name] = _RowWriter(out / f"{name}.{ext}", fmt, TABLES[name].columns)
            stack.callback(writers[name].close)
        for doc in store.iter_documents():
            for name, writer in writers.items():
                writer.write(TABLES[name].rows(doc))
        actors = _RowWriter(out / f"corpus_actors.{ext}", fmt, CORPUS_ACTOR_COLUMNS)
        stack.callback(actors.close)
        actors.write([tuple(r[n] for n, _ in CORPUS_ACTOR_COLUMNS) for r in store.actors()])
        counts = {name: w.count for name, w in writers.items()}
        counts["corpus_actors"] = actors.count
    return counts


def _event_lines(store: Store, fmt: str) -> Iterator[str]:
    if fmt == "documents":
        for doc in store.iter_documents():
            yield json.dumps(doc, ensure_ascii=False) + "\n"
        return
    if fmt == "plover":
        plover_records = _optional("rasd.exports.plover", "plover_records")
        for doc in store.iter_documents():
            for record in plover_records(doc):
                yield json.dumps(record, ensure_ascii=False) + "\n"
        return
    gdelt_rows = _optional("rasd.exports.gdelt", "gdelt_rows")
    for doc in store.iter_documents():
        for row in gdelt_rows(doc):
            # GDELT files are tab-separated without a header; tabs and newlines inside cells would break rows.
            yield "\t".join(_tsv_cell(v) for v in row) + "\n"


def _tsv_cell(value: Any) -> str:
    return "" if value is None else " ".join(str(value).replace("\t", " ").splitlines())


def _optional(module: str, name: str):
    import importlib

    try:
        return getattr(importlib.import_module(module), name)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            raise ExportError(f"this export needs {module}, which this installation of rasd does not have") from None
        raise
    except AttributeError:
        raise ExportError(f"{module} has no {name}()") from None


def export_file(store: Store, out: TextIO, fmt: str) -> int:
    """Write the ``documents``, ``plover`` or ``gdelt`` export to ``out``; lines written."""
    n = 0
    for line in _event_lines(store, fmt):
        out.write(line)
        n += 1
    return n
