"""WARC and WARC.gz files (Common Crawl's CC-NEWS and the like): one item per record, HTML responses read."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any

from rasd.ingest.html import PageHints, PendingPage
from rasd.ingest.items import CORRUPT, NOT_HTML, TOO_LARGE, TRUNCATED, Failed, IngestOptions, Skipped
from rasd.ingest.meta import host_of, normalise_date
from rasd.ingest.streams import Source, read_failure

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(src: Source, opts: IngestOptions) -> Iterator[PendingPage | Skipped | Failed]:
    from warcio.archiveiterator import ArchiveIterator

    with src.path.open("rb") as fh:
        records = ArchiveIterator(fh)
        end = 0  # where the last complete record ends
        while True:
            try:
                record = next(records)
            except StopIteration:
                if end < src.size:  # warcio ends quietly on a gzip member cut short; the size tells
                    yield Failed(f"{src.name}@{end}", TRUNCATED, f"the last {src.size - end} bytes are no complete record")
                return
            except Exception as exc:  # warcio raises many kinds on damaged archives
                yield _damage(f"{src.name}@{end}", exc, src, end)
                return
            # warcio's ``offset`` is where the current record starts (its getter would consume the record).
            start = getattr(records, "offset", end)
            origin = f"{src.name}@{start}"
            item = _record(record, origin, src, opts)
            try:
                records.read_to_end()
                end = getattr(records, "offset", None) or records.get_record_offset() + records.get_record_length()
            except Exception as exc:
                yield _damage(origin, exc, src, start)
                return
            problem = _incomplete(record, records)
            if problem:
                yield _damage(origin, problem, src, start)
                return
            yield item


def _incomplete(record: Any, records: Any) -> str | None:
    """What is missing from a record warcio returned without complaint, if anything."""
    if record.rec_type is None or record.rec_headers.get_header("Content-Length") is None:
        return "a record header without Content-Length"
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:
        return f"the record ends {missing} bytes before its Content-Length"
    inflater = getattr(getattr(records, "reader", None), "decompressor", None)
    if inflater is not None and not getattr(inflater, "eof", True):
        return "the record's gzip member has no end"
    return None


def _damage(origin: str, exc: BaseException | str, src: Source, start: int) -> Failed:
    """Truncated when the damage runs into the end of the file, corrupt when good data may follow it."""
    if isinstance(exc, EOFError | OSError):
        return read_failure(origin, exc)
    cut = _member_cut_short(src, start) if src.gzipped else _no_record_after(src, start)
    if cut:
        return Failed(origin, TRUNCATED, f"the archive ends inside this record ({exc})")
    return Failed(origin, CORRUPT, f"the WARC cannot be read from here on: {exc}")


def _no_record_after(src: Source, start: int) -> bool:
    """Whether no other record begins after ``start`` in an uncompressed WARC (read in chunks)."""
    overlap = 16
    with src.path.open("rb") as fh:
        fh.seek(start + 1)
        tail = b""
        while chunk := fh.read(1 << 20):
            if b"\nWARC/1." in tail + chunk:
                return False
            tail = chunk[-overlap:]
    return True


def _member_cut_short(src: Source, start: int) -> bool:
    """Whether the gzip member at ``start`` runs into the end of the file (cut) rather than being garbled."""
    inflater = zlib.decompressobj(wbits=31)
    try:
        with src.path.open("rb") as fh:
            fh.seek(start)
            while chunk := fh.read(1 << 16):
                inflater.decompress(chunk, 1 << 16)
                while inflater.unconsumed_tail and not inflater.eof:
                    inflater.decompress(inflater.unconsumed_tail, 1 << 16)
                if inflater.eof:
                    return False
    except (OSError, zlib.error):
        return False
    return True


def _record(record: Any, origin: str, src: Source, opts: IngestOptions) -> PendingPage | Skipped | Failed:
    if record.rec_type != "response":
        return Skipped(origin, NOT_HTML, f"{record.rec_type} record")
    http = record.http_headers
    ctype = (http.get_header("Content-Type") or "").lower() if http is not None else ""
    if not ctype.startswith(_HTML_TYPES):
        return Skipped(origin, NOT_HTML, f"response of type {ctype or 'unknown'}")
    status = http.get_statuscode() or ""
    if not status.startswith("2"):
        return Skipped(origin, NOT_HTML, f"HTTP {status} response, not a page")
    try:
        payload = record.content_stream().read(opts.max_doc_bytes + 1)
    except Exception as exc:  # a damaged Content-Encoding or chunked body of this one response
        return Failed(origin, CORRUPT, f"the response body cannot be decoded: {exc}")
    if len(payload) > opts.max_doc_bytes:
        return Skipped(origin, TOO_LARGE, f"page larger than {opts.max_doc_bytes} bytes")
    headers = record.rec_headers
    url = headers.get_header("WARC-Target-URI")
    hints = PageHints(url=url, date=normalise_date(headers.get_header("WARC-Date")), source=host_of(url))
    doc_id = _record_id(headers.get_header("WARC-Record-ID"), src, origin)
    return PendingPage(payload, origin, doc_id, hints, opts.min_page_words)


def _record_id(value: str | None, src: Source, origin: str) -> str:
    if not value:
        return f"{src.id_base}-{origin.rpartition('@')[2]}"
    return value.strip("<>").removeprefix("urn:uuid:")
