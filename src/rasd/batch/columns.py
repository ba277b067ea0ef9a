"""Typed column lists of the output tables (from ``rasd.tables``) for Arrow and Parquet."""

from __future__ import annotations

from typing import Any

from rasd.tables import EXPORT_TABLES, TABLES

DEFAULT_TABLES = EXPORT_TABLES
FORMATS = ("jsonl", "parquet")


def check_tables(names: tuple[str, ...]) -> tuple[str, ...]:
    """``names`` in order, with documents always included (resuming reads its ids)."""
    unknown = [n for n in names if n not in TABLES]
    if unknown:
        raise ValueError(f"unknown table {', '.join(unknown)}; tables are {', '.join(TABLES)}")
    return ("documents", *(n for n in names if n != "documents"))


def arrow_schema(table: str) -> Any:
    import pyarrow as pa

    types = {"text": pa.string(), "int": pa.int64(), "real": pa.float64(), "bool": pa.bool_()}
    return pa.schema([(name, types[kind]) for name, kind in TABLES[table].columns])
