"""What a worker sends back for one document: its id and the rows of each output table."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.document import Document
from rasd.tables import Row, table_rows


@dataclass(frozen=True, slots=True)
class DocumentRows:
    doc_id: str
    words: int
    tables: dict[str, list[Row]]


def document_rows(doc: Document, tables: tuple[str, ...]) -> DocumentRows:
    """Runs in the worker (bound to ``tables`` with functools.partial), so only flat rows cross processes."""
    return DocumentRows(doc.id, len(doc.text.split()), table_rows(doc.to_json(), tables))
