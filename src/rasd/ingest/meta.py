"""Normalising the metadata that formats spell in their own ways: dates, ids, sources."""

from __future__ import annotations

import re
import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

# A leading calendar date in ISO-like spellings: 2020-07-24, 2020/07/24, 2020-07-24T10:00:00+03:00.
_ISO_PREFIX = re.compile(r"^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s_])")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|T|\d{4}(?:\d{2})?$)")  # WARC-Date of old ARC-style records
_EXTENSION = re.compile(r"(?<=[^/])\.[A-Za-z0-9]{1,6}$")
_SLUG_JUNK = re.compile(r"[^\w.-]+")


def normalise_date(value: Any) -> str | None:
    """A YYYY-MM-DD date from the spellings found in records, feeds, HTML and WARC headers, else None.

    A timestamp keeps the calendar day it names (its own time zone): that is the day the publisher
    printed, which is what a reader of the article would call its date.
    """
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time.struct_time):
        return _checked(value.tm_year, value.tm_mon, value.tm_mday)
    if not isinstance(value, str) or not value.strip():
        return None
    m = _ISO_PREFIX.match(value) or _COMPACT.match(value)
    if m:
        return _checked(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    try:  # RFC 2822, as RSS writes it: "Fri, 24 Jul 2020 10:00:00 +0300"
        return parsedate_to_datetime(value.strip()).date().isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _checked(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def clean(value: Any) -> str | None:
    """A one-line string, or None for missing and blank values."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return text or None


def id_base(path: PurePath, root: PurePath | None) -> str:
    """A readable id stem for a file: its path under the directory given on the command line.

    The same corpus ingested from another working directory gets the same ids.
    """
    rel = path.relative_to(root) if root is not None and path.is_relative_to(root) else PurePath(path.name)
    name = _EXTENSION.sub("", rel.as_posix().removesuffix(".gz"))
    return _SLUG_JUNK.sub("_", name.replace("/", "__")).strip("._-") or "doc"


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None
