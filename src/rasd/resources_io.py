"""Reading the plain-text resource files: a ``# key: value`` header, one header row, TSV rows."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources as importlib_resources
from pathlib import Path

from rasd.errors import ResourceError

RESOURCE_ROOT = Path(str(importlib_resources.files("rasd") / "resources"))


@dataclass(frozen=True)
class Table:
    """A parsed resource table: its header fields, column names and rows as dicts."""

    path: Path
    header: dict[str, str]
    columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]
    digest: str

    @property
    def version(self) -> str:
        return self.header.get("version", "0")


def resource_path(*parts: str) -> Path:
    return RESOURCE_ROOT.joinpath(*parts)


def read_table(path: Path) -> Table:
    """Parse a resource TSV; a malformed row raises :class:`ResourceError` naming file and line."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ResourceError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ResourceError(str(path), f"not UTF-8 at byte {exc.start}") from exc
    header: dict[str, str] = {}
    columns: tuple[str, ...] | None = None
    rows: list[dict[str, str]] = []
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            key, sep, value = line[1:].strip().partition(":")
            if sep and columns is None:
                header[key.strip()] = value.strip()
            continue
        fields = line.split("\t")
        if columns is None:
            columns = tuple(f.strip() for f in fields)
            continue
        if len(fields) < len(columns):
            fields += [""] * (len(columns) - len(fields))
        elif len(fields) > len(columns):
            raise ResourceError(str(path), f"line {lineno}: {len(fields)} fields, expected {len(columns)}")
        rows.append({c: f.strip() for c, f in zip(columns, fields)})
    if columns is None:
        raise ResourceError(str(path), "no header row")
    return Table(path, header, columns, tuple(rows), hashlib.sha1(raw).hexdigest()[:12])


def iter_tables(directory: Path) -> Iterator[Table]:
    for path in sorted(directory.glob("*.tsv")):
        yield read_table(path)


def split_multi(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]
