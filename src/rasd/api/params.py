"""Query parameters shared by the list endpoints, with their limits."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

MAX_PAGE = 500
DATE_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Rows per page")]
Cursor = Annotated[str | None, Query(max_length=2000, description="`next_cursor` of the previous page")]
Since = Annotated[str | None, Query(pattern=DATE_PATTERN, description="From this date (YYYY-MM-DD, inclusive)")]
Until = Annotated[str | None, Query(pattern=DATE_PATTERN, description="Up to this date (YYYY-MM-DD, inclusive)")]


def name_param(description: str):
    return Query(max_length=200, description=description)


def clean(value: str | None) -> str | None:
    """A filter value without NUL characters and outer spaces; None when nothing is left."""
    if value is None:
        return None
    value = value.replace("\x00", "").strip()
    return value or None
