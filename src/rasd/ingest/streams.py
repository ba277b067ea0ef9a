"""Opening inputs (plain or gzip-compressed), reading them within size limits, and naming read errors."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from rasd.errors import InputError
from rasd.ingest.items import BINARY, CORRUPT, EMPTY, INVALID_UTF8, TRUNCATED, UNREADABLE, Failed, Skipped
from rasd.io.readers import decode

GZIP_MAGIC = b"\x1f\x8b"
HEAD_BYTES = 64 * 1024
_DRAIN_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class Source:
    """One input file as the readers see it."""

    path: Path
    name: str  # the origin of the file's items: its path as given or found under a given directory
    id_base: str  # stem for ids of documents that carry none
    gzipped: bool
    head: bytes  # the first bytes of the (decompressed) content, for sniffing
    size: int  # bytes on disk


class TooLarge(Exception):
    """Content above a size limit; raised before it is read whole."""


def read_head(path: Path) -> tuple[bytes, bool]:
    """The first bytes of the content, decompressed when the file is gzip; whether it is gzip.

    A partial decompression suffices here, so a truncated gzip file still gets a head to sniff;
    the damage is reported by the reader that goes on to read it.
    """
    with path.open("rb") as fh:
        raw = fh.read(HEAD_BYTES)
    if not raw.startswith(GZIP_MAGIC):
        return raw, False
    inflater = zlib.decompressobj(wbits=31)
    return inflater.decompress(raw, HEAD_BYTES), True


def open_content(src: Source) -> BinaryIO:
    if src.gzipped:
        return gzip.open(src.path, "rb")  # type: ignore[return-value]
    return src.path.open("rb")


def read_whole(src: Source, limit: int) -> bytes:
    """The whole content, or TooLarge when it passes ``limit`` bytes (found without reading it all)."""
    if not src.gzipped and src.size > limit:
        raise TooLarge(f"{src.size} bytes > limit {limit}")
    with open_content(src) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise TooLarge(f"more than {limit} bytes{' uncompressed' if src.gzipped else ''} > limit {limit}")
    return data


def capped_lines(fh: BinaryIO, limit: int) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) for each line; None in place of a line longer than ``limit`` bytes.

    An over-long line is skipped in chunks, so memory stays bounded whatever the input holds.
    """
    lineno = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while True:
                chunk = fh.readline(_DRAIN_CHUNK)
                if not chunk or chunk.endswith(b"\n"):
                    break
            yield lineno, None
        else:
            yield lineno, line


def read_failure(origin: str, exc: BaseException) -> Failed:
    """The Failed item for an exception met while reading a file's bytes."""
    if isinstance(exc, EOFError):
        return Failed(origin, TRUNCATED, "compressed data ends before its end-of-stream marker")
    if isinstance(exc, gzip.BadGzipFile | zlib.error):
        return Failed(origin, CORRUPT, f"damaged gzip data: {exc}")
    if isinstance(exc, OSError):
        return Failed(origin, UNREADABLE, exc.strerror or str(exc))
    return Failed(origin, CORRUPT, f"reading stopped: {type(exc).__name__}: {exc}")


def decode_text(data: bytes, origin: str) -> str | Skipped | Failed:
    """Decoded UTF-8 text, or the item saying why the bytes are not text."""
    try:
        return decode(data, origin)
    except InputError as exc:
        if exc.reason.startswith("empty"):
            return Skipped(origin, EMPTY, "no content but white space")
        if exc.reason.startswith("binary"):
            return Failed(origin, BINARY, exc.reason)
        return Failed(origin, INVALID_UTF8, exc.reason)
