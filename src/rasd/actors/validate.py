"""Row checks for the actor tables (countries, organisations, people).

The tables are written by hand, so the loader keeps going on a bad row but every problem is collected
here, logged at load time and listed by a test (tests/actors/test_dictionary_rows.py), never dropped
silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

SECTORS = frozenset(["GOV", "MIL", "LEG", "JUD", "PTY", "REB", "OPP", "IGO", "NGO", "MED", "BUS", "REL", "CVL", "COP", "SPY", "UAF"])
ORG_KINDS = frozenset({"organization", "group"})
GENDERS = frozenset({"m", "f"})
USER_ASSIGNED = {"XKX": "XK"}  # Kosovo: user-assigned codes, not in ISO 3166-1
_WIKIDATA = re.compile(r"Q[1-9][0-9]*")
_ORG_ID = re.compile(r"org:[a-z0-9_]+")
_PER_ID = re.compile(r"per:[a-z0-9_]+")
_DATE = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def data_lines(path: Path) -> list[int]:
    """Line numbers of the data rows of a resource table (after the comments and the header row)."""
    out: list[int] = []
    header_seen = False
    for lineno, line in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            continue
        out.append(lineno)
    return out


def iso_codes() -> dict[str, str]:
    """ISO 3166-1 alpha-3 -> alpha-2, from pycountry (plus Kosovo's user-assigned code)."""
    import pycountry

    codes = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    codes.update(USER_ASSIGNED)
    return codes


def check_date(value: str) -> str | None:
    """None when ``value`` is YYYY, YYYY-MM or YYYY-MM-DD naming a real day, else the reason."""
    m = _DATE.fullmatch(value)
    if not m:
        return f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD"
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        date(year, month, day)
    except ValueError:
        return f"date {value!r} does not exist"
    return None


def check_text(value: str, column: str) -> Iterator[str]:
    if value != value.strip() or "  " in value:
        yield f"{column}: stray spaces in {value!r}"
    if _MARKS.search(value):
        yield f"{column}: diacritics or tatweel in {value!r}"


def check_country_row(row: dict[str, str], codes: dict[str, str]) -> Iterator[str]:
    iso3, iso2 = row.get("iso3", ""), row.get("iso2", "")
    if iso3 not in codes:
        yield f"iso3 {iso3!r} is not an ISO 3166-1 alpha-3 code"
    elif codes[iso3] != iso2:
        yield f"iso2 {iso2!r} does not match {iso3} (expected {codes[iso3]})"
    if not row.get("name_ar"):
        yield "empty name_ar"
    yield from _common(row)


def check_org_row(row: dict[str, str], codes: dict[str, str]) -> Iterator[str]:
    if not _ORG_ID.fullmatch(row.get("id", "")):
        yield f"id {row.get('id')!r} does not match org:[a-z0-9_]+"
    if row.get("kind") not in ORG_KINDS:
        yield f"kind {row.get('kind')!r} not in {sorted(ORG_KINDS)}"
    country = row.get("country", "")
    if country and country not in codes:
        yield f"country {country!r} is not an ISO 3166-1 alpha-3 code"
    if row.get("sector") not in SECTORS:
        yield f"sector {row.get('sector')!r} is not a sector code"
    if not row.get("name_ar"):
        yield "empty name_ar"
    yield from _common(row)


def check_person_row(row: dict[str, str], codes: dict[str, str]) -> Iterator[str]:
    if not _PER_ID.fullmatch(row.get("id", "")):
        yield f"id {row.get('id')!r} does not match per:[a-z0-9_]+"
    if row.get("gender") not in GENDERS:
        yield f"gender {row.get('gender')!r} is not m or f"
    if not row.get("name_ar"):
        yield "empty name_ar"
    for role in filter(None, (r.strip() for r in row.get("roles", "").split(";"))):
        yield from check_role(role, codes)
    yield from _common(row)


def check_role(role: str, codes: dict[str, str]) -> Iterator[str]:
    parts = role.split("|")
    if len(parts) != 5:
        yield f"role {role!r} has {len(parts)} fields, expected COUNTRY|SECTOR|TITLE_AR|START|END"
        return
    country, sector, title, start, end = (p.strip() for p in parts)
    if country and country not in codes:
        yield f"role {role!r}: country {country!r} is not an ISO 3166-1 alpha-3 code"
    if sector not in SECTORS:
        yield f"role {role!r}: sector {sector!r} is not a sector code"
    if not title:
        yield f"role {role!r}: empty title"
    for value in (start, end):
        if value and (reason := check_date(value)):
            yield f"role {role!r}: {reason}"
    if start and end and not check_date(start) and not check_date(end) and end < start[: len(end)]:
        yield f"role {role!r}: ends before it starts"


def _common(row: dict[str, str]) -> Iterator[str]:
    wikidata = row.get("wikidata", "")
    if wikidata and not _WIKIDATA.fullmatch(wikidata):
        yield f"wikidata {wikidata!r} is not a Q-id"
    for column in ("name_ar", "variants", "nisba", "capital"):
        yield from check_text(row.get(column, ""), column)
