"""What gets embedded: statements (speaker and content) and document sentences.

A statement is embedded as ``speaker: content`` — the Arabic name of its speaker actor, then the
content span — because questions about statements usually name or imply who spoke ("what did the
health minister say about ..."); a statement without a speaker is its content alone. A sentence is
embedded as it stands. Sentences shorter than :data:`MIN_SENTENCE_CHARS` (datelines, bylines,
stray fragments) are left out: they carry too little meaning to be found by it.

Each kind names its rows by a key (document id and item: the sentence number, or the statement
id), reads the rows not yet in the index in rowid order (keyset pages, so a run over a large
store costs one pass), and gives each row the date that ``--since/--until`` filter on — the
statement's own date, else the document's, as ``rasd statements`` does.
"""

from __future__ import annotations

from dataclasses import dataclass

MIN_SENTENCE_CHARS = 12


@dataclass(frozen=True)
class Kind:
    name: str  # the value of semantic_items.kind and of the vec0 partition key
    plural: str  # as the command line spells it
    table: str
    item_sql: str  # the row's item within its document, as text
    text_sql: str
    date_sql: str
    where_sql: str  # rows worth embedding

    def _pending_from(self) -> str:
        return (
            f"FROM {self.table} t JOIN documents d ON d.doc_id = t.doc_id WHERE {self.where_sql} "
            "AND NOT EXISTS (SELECT 1 FROM semantic_items m WHERE m.kind = ? AND m.doc_id = t.doc_id "
            f"AND m.item = {self.item_sql})"
        )

    def pending_page_sql(self) -> str:
        """(rowid, doc_id, item, text, date) of the next rows not embedded yet, after a rowid."""
        return (
            f"SELECT t.rowid, t.doc_id, {self.item_sql}, {self.text_sql}, {self.date_sql} "
            f"{self._pending_from()} AND t.rowid > ? ORDER BY t.rowid LIMIT ?"
        )

    def pending_count_sql(self) -> str:
        return f"SELECT count(*) {self._pending_from()}"


STATEMENTS = Kind(
    name="statement", plural="statements", table="statements",
    item_sql="t.statement_id",
    text_sql="CASE WHEN coalesce(t.speaker, '') = '' THEN t.content ELSE t.speaker || ': ' || t.content END",
    date_sql="coalesce(t.date, d.date, '')",
    where_sql="t.statement_id IS NOT NULL AND trim(coalesce(t.content, '')) <> ''",
)
SENTENCES = Kind(
    name="sentence", plural="sentences", table="sentences",
    item_sql="CAST(t.sentence AS TEXT)",
    text_sql="t.text",
    date_sql="coalesce(d.date, '')",
    where_sql=f"length(trim(coalesce(t.text, ''))) >= {MIN_SENTENCE_CHARS}",
)

KINDS: dict[str, Kind] = {k.plural: k for k in (STATEMENTS, SENTENCES)}
