"""Named migrations of the corpus store, applied in order and recorded in the ``migrations`` table.

A migration, once released, is never edited: a change to the schema is a new named migration
appended to the list. The SQL is written once for both back-ends; the few type names that differ
(``BLOB``, ``REAL``) are translated for PostgreSQL, and full-text search, which the two do
differently, has one migration per back-end.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

CORE = """
CREATE TABLE documents (
  doc_id TEXT PRIMARY KEY, source_id TEXT, text_sha1 TEXT, date TEXT, source TEXT, url TEXT, title TEXT,
  language TEXT, chars INTEGER, sentences INTEGER, entities INTEGER, actors INTEGER, statements INTEGER,
  events INTEGER, places INTEGER, origin TEXT, doc_json BLOB NOT NULL
);
CREATE INDEX documents_date ON documents (date);
CREATE TABLE sentences (
  doc_id TEXT NOT NULL, sentence INTEGER NOT NULL, char_start INTEGER, char_end INTEGER, text TEXT,
  search_text TEXT
);
CREATE INDEX sentences_doc ON sentences (doc_id, sentence);
CREATE TABLE entities (
  doc_id TEXT NOT NULL, entity_id TEXT, char_start INTEGER, char_end INTEGER, text TEXT, type TEXT,
  actor_id TEXT, place_id TEXT, score REAL
);
CREATE INDEX entities_doc ON entities (doc_id);
CREATE TABLE actors (
  actor_id TEXT PRIMARY KEY, merge_key TEXT NOT NULL, name TEXT, name_key TEXT, name_en TEXT, kind TEXT,
  country TEXT, sector TEXT, code TEXT, wikidata TEXT, dict_key TEXT, mentions INTEGER NOT NULL,
  documents INTEGER NOT NULL
);
CREATE INDEX actors_country ON actors (country);
CREATE INDEX actors_code ON actors (code);
CREATE TABLE document_actors (
  doc_id TEXT NOT NULL, actor_id TEXT, name TEXT, name_en TEXT, kind TEXT, country TEXT, sector TEXT,
  code TEXT, title TEXT, wikidata TEXT, dict_key TEXT, mentions INTEGER, corpus_actor_id TEXT
);
CREATE INDEX document_actors_doc ON document_actors (doc_id, actor_id);
CREATE TABLE places (
  doc_id TEXT NOT NULL, place_id TEXT, name TEXT, name_en TEXT, geonameid INTEGER, lat REAL, lon REAL,
  country TEXT, feature_code TEXT, mentions INTEGER
);
CREATE TABLE statements (
  doc_id TEXT NOT NULL, statement_id TEXT, date TEXT, speaker_id TEXT, speaker TEXT, speaker_en TEXT,
  speaker_code TEXT, speaker_country TEXT, cue TEXT, content TEXT, direct INTEGER, cue_start INTEGER,
  cue_end INTEGER, content_start INTEGER, content_end INTEGER, score REAL, speaker_actor_id TEXT,
  content_key TEXT
);
CREATE INDEX statements_doc ON statements (doc_id);
CREATE TABLE events (
  doc_id TEXT NOT NULL, event_id TEXT, date TEXT, type TEXT, mode TEXT, trigger_text TEXT,
  trigger_start INTEGER, trigger_end INTEGER, source_ids TEXT, source TEXT, source_codes TEXT,
  target_ids TEXT, target TEXT, target_codes TEXT, place_id TEXT, place TEXT, place_en TEXT,
  geonameid INTEGER, lat REAL, lon REAL, place_country TEXT, statement_id TEXT, negated INTEGER, score REAL,
  place_key TEXT
);
CREATE INDEX events_doc ON events (doc_id, event_id);
CREATE INDEX events_type ON events (type);
CREATE TABLE event_actors (
  doc_id TEXT NOT NULL, event_id TEXT NOT NULL, role TEXT NOT NULL, actor_id TEXT NOT NULL
);
CREATE INDEX event_actors_event ON event_actors (doc_id, event_id);
CREATE TABLE errors (
  error_id TEXT PRIMARY KEY, kind TEXT NOT NULL, origin TEXT NOT NULL, reason TEXT NOT NULL
);
"""

# The index holds sentences.search_text (folded stems, see rasd.store.searchtext) without a copy of
# it (external content), filled by a trigger as sentences are inserted.
SEARCH_SQLITE = """
CREATE VIRTUAL TABLE sentence_search USING fts5(
  search_text, content = 'sentences', content_rowid = 'rowid', tokenize = 'unicode61 remove_diacritics 0'
);
CREATE TRIGGER sentences_to_search AFTER INSERT ON sentences BEGIN
  INSERT INTO sentence_search (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
"""

# 'simple' keeps every word as it is (no stemming or stop words: our own forms are already folded).
SEARCH_POSTGRES = """
ALTER TABLE sentences ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
  to_tsvector('simple', coalesce(search_text, ''))
) STORED;
CREATE INDEX sentences_tsv ON sentences USING GIN (tsv);
"""

_PG_TYPES = {"BLOB": "BYTEA", "REAL": "DOUBLE PRECISION"}


def for_dialect(sql: str, dialect: str) -> str:
    if dialect != "postgresql":
        return sql
    return re.sub(r"\b(BLOB|REAL)\b", lambda m: _PG_TYPES[m.group(1)], sql)


def statements_of(sql: str) -> list[str]:
    """The statements of a script; a ``;`` inside a trigger body does not end its statement."""
    out, buffer = [], ""
    for piece in sql.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n;"):
                out.append(buffer.strip().removesuffix(";"))
            buffer = ""
    if buffer.strip(" \n;"):
        out.append(buffer.strip().removesuffix(";"))
    return out


@dataclass(frozen=True)
class Migration:
    name: str
    sql: Callable[[str], str]  # dialect -> SQL script


# Newest-first pages of events and statements (the API's default order) walk these instead of
# sorting every row.
DATE_INDEXES = """
CREATE INDEX IF NOT EXISTS events_by_date ON events (date, doc_id, event_id);
CREATE INDEX IF NOT EXISTS statements_by_date ON statements (date, doc_id, statement_id);
"""

# Which statement or sentence each vector of the semantic index stands for (rasd.semantic). The
# vectors themselves live in a sqlite-vec table that ``rasd embed`` creates, because only a
# connection with the extension loaded can; PostgreSQL has no semantic index, so nothing there.
# AUTOINCREMENT: a vector's rowid is its vec_id, so an id must never be handed out twice.
SEMANTIC_ITEMS = """
CREATE TABLE semantic_items (
  vec_id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, doc_id TEXT NOT NULL, item TEXT NOT NULL, model TEXT NOT NULL
);
CREATE UNIQUE INDEX semantic_items_key ON semantic_items (kind, doc_id, item);
"""

MIGRATIONS: tuple[Migration, ...] = (
    Migration("0001_core_tables", lambda d: for_dialect(CORE, d)),
    Migration("0002_sentence_search", lambda d: SEARCH_POSTGRES if d == "postgresql" else SEARCH_SQLITE),
    Migration("0003_date_indexes", lambda d: DATE_INDEXES),
    Migration("0004_semantic_items", lambda d: "" if d == "postgresql" else SEMANTIC_ITEMS),
)
