"""Plain text files: one document each, metadata from an optional ``---`` front matter block."""

from __future__ import annotations

from collections.abc import Iterator

from rasd.ingest.gate import Candidate
from rasd.ingest.items import TOO_LARGE, Failed, IngestOptions, Skipped
from rasd.ingest.meta import clean, normalise_date
from rasd.ingest.streams import Source, TooLarge, decode_text, read_whole
from rasd.io.readers import parse_front_matter


def read_text(src: Source, opts: IngestOptions) -> Iterator[Candidate | Skipped | Failed]:
    try:
        data = read_whole(src, opts.max_doc_bytes)
    except TooLarge as exc:
        yield Skipped(src.name, TOO_LARGE, str(exc))
        return
    text = decode_text(data, src.name)
    if not isinstance(text, str):
        yield text
        return
    fields, body = parse_front_matter(text)
    yield Candidate(
        origin=src.name,
        doc_id=clean(fields.get("id")) or src.id_base,
        text=body,
        date=normalise_date(fields.get("date")),
        title=clean(fields.get("title")),
        source=clean(fields.get("source")),
        url=clean(fields.get("url")),
    )
