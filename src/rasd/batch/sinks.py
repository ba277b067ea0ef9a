"""Writing output tables as part files that appear whole or not at all.

Layout: ``OUT/<table>/part-r<run>-<seq>.<jsonl|parquet>``, the layout Spark and pyarrow read as one
dataset per folder. A part holds the rows of up to ``part_docs`` documents in every table; it is
written under a hidden temporary name and renamed when complete, the documents table last. So after
a crash or ``kill -9`` the documents folder lists exactly the documents whose rows are all on disk;
:func:`recover` drops what a broken run left behind and returns those ids, which a resumed run skips.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rasd.batch.columns import FORMATS, arrow_schema
from rasd.batch.rows import DocumentRows, encode_jsonl
from rasd.tables import TABLES, Row

_PART = re.compile(r"^part-r(\d+)-(\d+)\.(jsonl|parquet)$")
EXTENSIONS = {"jsonl": "jsonl", "parquet": "parquet"}


class OutputError(Exception):
    """An output folder that cannot be used as asked (another format in it, not a folder …)."""


def _parts(folder: Path) -> Iterator[tuple[Path, re.Match[str]]]:
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            m = _PART.match(path.name)
            if m:
                yield path, m


def recover(out: Path, fmt: str) -> set[str]:
    """Ids of the documents complete in ``out``, after removing temporary and orphaned parts."""
    if out.exists() and not out.is_dir():
        raise OutputError(f"{out} is not a folder")
    committed = {p.name.rsplit(".", 1)[0] for p, _ in _parts(out / "documents")}
    for table in TABLES:
        folder = out / table
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            if path.name.startswith(".part-"):
                path.unlink()  # a part that was being written when a run stopped
        for path, m in _parts(folder):
            if m.group(3) != fmt:
                raise OutputError(f"{out} holds {m.group(3)} output; use --format {m.group(3)} or another folder")
            if path.name.rsplit(".", 1)[0] not in committed:
                path.unlink()  # rows of documents whose documents part never landed
    done: set[str] = set()
    for path, _ in _parts(out / "documents"):
        done.update(_read_ids(path, fmt))
    return done


def _read_ids(path: Path, fmt: str) -> Iterator[str]:
    if fmt == "parquet":
        import pyarrow.parquet as pq

        yield from pq.read_table(path, columns=["doc_id"]).column("doc_id").to_pylist()
        return
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)["doc_id"]


def next_run(out: Path) -> int:
    runs = [int(m.group(1)) for _, m in _parts(out / "documents")]
    return max(runs, default=0) + 1


class PartSink:
    """Collects the rows of up to ``part_docs`` documents, then writes them as one part per table."""

    def __init__(self, out: Path, fmt: str, tables: tuple[str, ...], part_docs: int = 5000) -> None:
        if fmt not in FORMATS:
            raise OutputError(f"unknown output format {fmt!r}; formats are {', '.join(FORMATS)}")
        self.out, self.fmt, self.tables = out, fmt, tables
        self.part_docs = max(1, part_docs)
        self.run = next_run(out)
        self.seq = 0
        self.rows: dict[str, list[Row]] = {t: [] for t in tables}
        self.encoded: dict[str, list[str]] = {t: [] for t in tables}  # JSON lines made by the workers
        self.counts: dict[str, int] = dict.fromkeys(tables, 0)  # rows pending per table
        self.pending = 0
        self.written: dict[str, int] = dict.fromkeys(tables, 0)
        for table in tables:
            (out / table).mkdir(parents=True, exist_ok=True)

    def add(self, result: DocumentRows) -> None:
        if result.jsonl:  # encoded by the worker: only text to keep
            for table in self.tables:
                count, text = result.jsonl.get(table, (0, ""))
                self.encoded[table].append(text)
                self.counts[table] += count
        else:
            for table in self.tables:
                rows = result.tables.get(table, ())
                self.rows[table].extend(rows)
                self.counts[table] += len(rows)
        self.pending += 1
        if self.pending >= self.part_docs:
            self.flush()

    def flush(self) -> None:
        if not self.pending:
            return
        name = f"part-r{self.run:04d}-{self.seq:05d}.{EXTENSIONS[self.fmt]}"
        # The documents part is renamed last: its presence is what marks the others complete.
        for table in sorted(self.tables, key=lambda t: t == "documents"):
            final = self.out / table / name
            tmp = final.with_name(".part-" + name + ".tmp")
            self._write(table, tmp)
            os.replace(tmp, final)
            self.written[table] += self.counts[table]
            self.rows[table], self.encoded[table], self.counts[table] = [], [], 0
        self.seq += 1
        self.pending = 0

    def _write(self, table: str, path: Path) -> None:
        rows = self.rows[table]
        if self.fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            schema = arrow_schema(table)
            columns = list(zip(*rows)) if rows else [[] for _ in schema.names]
            arrays = [pa.array(col, type=field.type) for col, field in zip(columns, schema)]
            pq.write_table(pa.Table.from_arrays(arrays, schema=schema), path, compression="zstd")
            return
        with path.open("w", encoding="utf-8") as fh:
            fh.writelines(self.encoded[table])
            if rows:  # rows a caller added unencoded
                fh.write(encode_jsonl(table, rows))
            fh.flush()
            os.fsync(fh.fileno())

    def close(self) -> dict[str, Any]:
        self.flush()
        return dict(self.written)
