"""The lookup key of a place name: full-normalised, with spaces, hyphens and marks removed.

Removing the spaces makes ``دير الزور`` and ``ديرالزور`` one key; the normaliser already folds alef
forms, ى/ي and ة/ه. Latin names are folded to lower-case ASCII letters.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rasd.text.normalize import normalize

_NON_KEY = re.compile(r"[^\u0621-\u064aa-z0-9]+")
ARTICLE = "ال"


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    text = normalize(name)
    if any("a" <= c.lower() <= "z" or c > "\u00bf" and c.isalpha() and c < "\u0600" for c in text):
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).lower()
    return _NON_KEY.sub("", text)


def article_variants(key: str) -> tuple[str, ...]:
    """Keys to try when the exact key is unknown: the article added or taken away.

    ``لعراق`` (from ``للعراق``, whose first ل is a clitic) is tried as ``العراق``.
    """
    out: list[str] = []
    if key.startswith(ARTICLE) and len(key) > 4:
        out.append(key[2:])
    elif key.startswith("ل") and len(key) > 3:
        out.append("ا" + key)
    if not key.startswith(ARTICLE) and len(key) > 2:
        out.append(ARTICLE + key)
    return tuple(out)
