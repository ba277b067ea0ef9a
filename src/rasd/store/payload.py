"""What a worker hands the writer for one document: every row to insert, ready-made.

Built in the worker process (``finish`` of :func:`rasd.parallel.run_parallel`), so the single writer
in the parent only runs INSERTs. The rows are those of :mod:`rasd.tables` plus the store's own
columns: corpus-level actor ids, search keys, the compressed document JSON.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from rasd import tables
from rasd.document import Document
from rasd.store.searchtext import index_text, search_key

Row = tuple[Any, ...]


@dataclass(frozen=True)
class DocPayload:
    doc_id: str
    rows: dict[str, list[Row]]  # store table -> rows in that table's column order
    corpus_actors: list[Row] = field(default_factory=list)  # CORPUS_ACTOR_COLUMNS order


CORPUS_ACTOR_COLUMNS = (
    "actor_id", "merge_key", "name", "name_key", "name_en", "kind", "country", "sector", "code", "wikidata",
    "dict_key", "mentions",
)


def merge_key(actor: Mapping[str, Any]) -> str:
    """One corpus actor per dictionary entry, else per normalised name and country."""
    if actor.get("key"):
        return "key:" + str(actor["key"])
    return f"name:{search_key(actor['name'])}|{actor.get('country') or ''}"


def corpus_actor_id(key: str) -> str:
    # Derived from the merge key, not from arrival order, so parallel and resumed runs agree.
    return "C" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:15]


def compress_json(doc: Mapping[str, Any]) -> bytes:
    return zlib.compress(json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def decompress_json(blob: bytes) -> dict[str, Any]:
    return json.loads(zlib.decompress(bytes(blob)).decode("utf-8"))


def _ints(rows: list[Row]) -> list[Row]:
    # SQL back-ends keep booleans as 0/1 integers, the same on SQLite and PostgreSQL.
    return [tuple(int(v) if isinstance(v, bool) else v for v in row) for row in rows]


def build_payload(data: Mapping[str, Any], tokens) -> DocPayload:
    """Rows of one document from its JSON and its text-stage tokens."""
    doc_id = data["id"]
    base = tables.table_rows(data)
    links = {a["id"]: corpus_actor_id(merge_key(a)) for a in data.get("actors") or ()}
    meta = data.get("meta") or {}
    rows: dict[str, list[Row]] = {
        "documents": [(*base["documents"][0], meta.get("origin"), compress_json(data))],
        "sentences": _with_search(base["sentences"], data, tokens),
        "entities": base["entities"],
        "document_actors": [(*r, links.get(r[1])) for r in base["actors"]],
        "places": base["places"],
        "statements": [(*r, links.get(r[3] or ""), search_key(r[9] or "")) for r in _ints(base["statements"])],
        "events": [(*r, search_key(r[15] or "")) for r in _ints(base["events"])],
        "event_actors": _event_actors(data, links),
    }
    return DocPayload(doc_id, rows, _corpus_actors(data, links))


def _event_actors(data: Mapping[str, Any], links: dict[str, str]) -> list[Row]:
    out: dict[Row, None] = {}
    for ev in data.get("events") or ():
        for role in ("source", "target"):
            for local in ev.get(role) or ():
                if local in links:
                    out[(data["id"], ev["id"], role, links[local])] = None
    return list(out)


def _corpus_actors(data: Mapping[str, Any], links: dict[str, str]) -> list[Row]:
    merged: dict[str, list[Any]] = {}
    for a in data.get("actors") or ():
        cid = links[a["id"]]
        n = len(a.get("mentions") or ())
        if cid in merged:
            merged[cid][-1] += n
            continue
        merged[cid] = [cid, merge_key(a), a["name"], search_key(a["name"]), a.get("name_en"), a["kind"],
                       a.get("country"), a.get("sector"), a.get("code"), a.get("wikidata"), a.get("key"), n]
    return [tuple(v) for v in merged.values()]


def _with_search(sentences: list[Row], data: Mapping[str, Any], tokens) -> list[Row]:
    """Sentence rows with their search text; a text without sentences is indexed as one."""
    if not sentences:
        sentences = [(data["id"], 0, 0, len(data["text"]), data["text"])]
    return [(*row, index_text(tokens, row[2], row[3])) for row in sentences]


def store_payload(doc: Document) -> DocPayload:
    """``finish`` for worker processes: the payload of a document the pipeline has processed."""
    tokens = doc.layer("tokens", None)
    if tokens is None:
        tokens = text_tokens(doc.text)
    return build_payload(doc.to_json(), tokens)


def payload_from_json(data: Mapping[str, Any]) -> DocPayload:
    """The payload of a document given as JSON (tests, re-imports): tokens come from the text stage."""
    return build_payload(data, text_tokens(data["text"]))


@cache
def _text_stage():
    from rasd.resourceset import default_resources
    from rasd.text.stage import make_stage

    return make_stage(default_resources())


def text_tokens(text: str):
    """Text-stage tokens of any string (also used to parse search queries)."""
    return _text_stage().tokens(text)
