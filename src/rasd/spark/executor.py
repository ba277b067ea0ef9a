"""What runs on the executors: items through the pipeline, one pipeline per Python worker process.

The pipeline is the one ``rasd.parallel`` runs (``process_one``): built on the first document a
Python worker sees and kept for every later partition (Spark reuses its Python workers), so the
resources load once per executor process, not per task.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from rasd.batch.rows import DocumentRows, document_rows
from rasd.batch.sources import Item, Skip
from rasd.errors import InputError
from rasd.tables import TABLES, Row

OK, SKIPPED, FAILED = "ok", "skipped", "failed"


@dataclass(frozen=True, slots=True)
class Outcome:
    status: str  # ok, skipped, failed
    origin: str
    reason: str | None = None
    rows: DocumentRows | None = None


def process_partition(items: Iterator[Item], tables: tuple[str, ...], upto: str | None = None) -> Iterator[Outcome]:
    from rasd.parallel import process_one

    finish = partial(typed_document_rows, tables=tables)
    for item in items:
        if isinstance(item, Skip):
            yield Outcome(SKIPPED, item.origin, item.reason)
            continue
        result = process_one(item, finish, upto)
        source = item.source if isinstance(item, InputError) else result.source
        if result.ok:
            yield Outcome(OK, source, rows=result.value)
        else:
            yield Outcome(FAILED, source, result.error)


def typed_document_rows(doc: Any, tables: tuple[str, ...]) -> DocumentRows:
    """Rows with every cell of its column's type (Spark refuses an int in a double column)."""
    rows = document_rows(doc, tables)
    return DocumentRows(rows.doc_id, rows.words, {t: [typed(t, r) for r in rs] for t, rs in rows.tables.items()})


_CASTS = {"text": str, "int": int, "real": float, "bool": bool}


def typed(table: str, row: Row) -> Row:
    kinds = TABLES[table].columns
    return tuple(None if v is None else _CASTS[kind](v) for v, (_, kind) in zip(row, kinds))
