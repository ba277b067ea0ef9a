"""Opaque, stable page cursors: the sort key of the last row of a page, base64url-encoded.

A page is "the rows after this key" (keyset pagination), so pages do not shift when rows are added
elsewhere, and a cursor from one list cannot be replayed against another (it names its list).
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

from rasd.api.errors import ApiError

MAX_CURSOR = 2000


def encode_cursor(kind: str, key: list[Any]) -> str:
    raw = json.dumps([kind, *key], ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(kind: str, cursor: str | None, types: tuple[type, ...]) -> list[Any] | None:
    """The key inside ``cursor`` (None for the first page); a 400 if it is not one of ours for ``kind``."""
    if cursor is None or cursor == "":
        return None
    if len(cursor) > MAX_CURSOR:
        raise ApiError(400, "invalid_cursor", "the cursor is too long")
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        value = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8"))
    except (ValueError, UnicodeError, binascii.Error):
        raise ApiError(400, "invalid_cursor", "the cursor is not one this server gave out") from None
    if not isinstance(value, list) or len(value) != len(types) + 1 or value[0] != kind:
        raise ApiError(400, "invalid_cursor", f"the cursor does not belong to this list ({kind})")
    key = value[1:]
    for item, expected in zip(key, types):
        # bool is an int in Python, and an int is acceptable where a float is expected
        ok = isinstance(item, expected) and not isinstance(item, bool)
        if expected is float and isinstance(item, int) and not isinstance(item, bool):
            ok = True
        if not ok:
            raise ApiError(400, "invalid_cursor", "the cursor is damaged")
    return key
