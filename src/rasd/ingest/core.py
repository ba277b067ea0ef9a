"""``iter_inputs``: every input document becomes exactly one Article, Skipped or Failed item."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from rasd.ingest import sniff
from rasd.ingest.feeds import read_feed
from rasd.ingest.gate import Candidate, FileGate
from rasd.ingest.html import read_html
from rasd.ingest.items import BINARY, EMPTY, NO_TEXT, Failed, IngestOptions, Item, Skipped
from rasd.ingest.meta import id_base
from rasd.ingest.pages import Found, resolve_inline, resolve_parallel
from rasd.ingest.plaintext import read_text
from rasd.ingest.records import read_csv, read_json, read_jsonl
from rasd.ingest.streams import HEAD_BYTES, Source, read_failure, read_head
from rasd.ingest.walk import walk

Reader = Callable[[Source, IngestOptions], Iterator[Found]]

READERS: dict[str, Reader] = {
    sniff.TEXT: read_text,
    sniff.JSONL: read_jsonl,
    sniff.JSON: read_json,
    sniff.CSV: read_csv,
    sniff.HTML: read_html,
    sniff.FEED: read_feed,
}


def iter_inputs(paths: list[str], options: IngestOptions | None = None) -> Iterator[Item]:
    """Items for every document in ``paths`` (files, and directories walked recursively), in a stable order.

    Never raises on a bad input: what cannot be read becomes a Failed item, after the items of
    whatever could be read before the damage. With ``options.workers > 1`` HTML pages are
    extracted in worker processes; the items come out in the same order either way.
    """
    opts = options or IngestOptions()
    found = _found(paths, opts)
    resolved = resolve_parallel(found, opts.workers) if opts.workers > 1 else resolve_inline(found)
    for gate, item in resolved:
        yield gate.admit(item) if gate is not None and isinstance(item, Candidate) else item


def read_file(path: Path, root: Path | None = None, options: IngestOptions | None = None) -> Iterator[Item]:
    """Items of one file (``root``: the directory it was found under, for its ids)."""
    opts = options or IngestOptions()
    for gate, item in resolve_inline(_file(path, root, opts)):
        yield gate.admit(item) if gate is not None and isinstance(item, Candidate) else item


def _found(paths: list[str], opts: IngestOptions) -> Iterator[tuple[FileGate | None, Found]]:
    for entry in walk(paths):
        if isinstance(entry, Failed):
            yield None, entry
        else:
            yield from _file(entry[0], entry[1], opts)


def _file(path: Path, root: Path | None, opts: IngestOptions) -> Iterator[tuple[FileGate | None, Found]]:
    """What one file holds, each with the file's gate; at least one item, so every file shows in a summary."""
    name = str(path)
    try:
        head, gzipped = read_head(path)
        size = path.stat().st_size
    except Exception as exc:  # unreadable file, or gzip damaged in its first block
        yield None, read_failure(name, exc)
        return
    fmt = sniff.detect(name, head, whole=len(head) < HEAD_BYTES and not gzipped)
    if fmt == sniff.EMPTY:
        yield None, Skipped(name, EMPTY, "no content but white space")
        return
    if fmt == sniff.BINARY:
        yield None, Failed(name, BINARY, "binary data (NUL or control bytes), not text")
        return
    src = Source(path, name, id_base(path, root), gzipped, head, size)
    gate = FileGate(opts)
    count = 0
    for found in _guarded(src, opts, fmt):
        count += 1
        yield gate, found
    if count == 0:
        yield None, Skipped(name, NO_TEXT, f"no documents in this {fmt} file")


def _guarded(src: Source, opts: IngestOptions, fmt: str) -> Iterator[Found]:
    """The reader's output; an exception ends the file with one Failed item saying where."""
    last = ""
    try:
        for found in _reader(fmt)(src, opts):
            last = found.origin
            yield found
    except Exception as exc:  # damaged data, or a parser bug: it must cost one file, not the run
        failed = read_failure(src.name, exc)
        yield Failed(failed.origin, failed.reason, f"{failed.detail}; after {last}") if last else failed


def _reader(fmt: str) -> Reader:
    if fmt == sniff.WARC:
        from rasd.ingest.warc import read_warc

        return read_warc
    return READERS[fmt]

