"""The authored gazetteer additions under ``resources/geo``: what the packages lack.

* ``countries.tsv``: coordinates and common Arabic names of countries (ISO code as key);
* ``admin1.tsv``: first-level administrative divisions with Arabic names and their seat;
* ``features.tsv``: regions, physical features and populated places absent from the package;
* ``names.tsv``: Arabic spellings of package places that GeoNames lacks.

A GeoNames id is given only where it is certain; otherwise the row has a local ``key`` and the
place resolves with its country and no id.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from rasd.resources_io import read_table, split_multi

FILES = ("countries.tsv", "admin1.tsv", "features.tsv", "names.tsv")


@dataclass(frozen=True, slots=True)
class CountryRow:
    iso: str
    name_en: str
    lat: float | None
    lon: float | None
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PlaceRow:
    key: str
    geonameid: int | None
    name_en: str
    country: str
    feature_code: str
    names: tuple[str, ...]
    seat: int | None = None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class NameRow:
    geonameid: int
    name_en: str
    country: str
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Additions:
    countries: tuple[CountryRow, ...]
    admin1: tuple[PlaceRow, ...]
    features: tuple[PlaceRow, ...]
    names: tuple[NameRow, ...]


def _int(value: str) -> int | None:
    return int(value) if value.strip() else None


def _float(value: str) -> float | None:
    return float(value) if value.strip() else None


def additions_digest(root: Path) -> str:
    h = hashlib.sha1()
    for name in FILES:
        path = root / name
        h.update(name.encode())
        h.update(path.read_bytes() if path.exists() else b"")
    return h.hexdigest()[:16]


def load_additions(root: Path) -> Additions:
    countries = tuple(
        CountryRow(r["iso"], r["name_en"], _float(r["lat"]), _float(r["lon"]), tuple(split_multi(r["names"])))
        for r in read_table(root / "countries.tsv").rows
    )
    admin1 = tuple(
        PlaceRow(r["key"], _int(r["geonameid"]), r["name_en"], r["country"], "ADM1", tuple(split_multi(r["names"])),
                 seat=_int(r["seat"]))
        for r in read_table(root / "admin1.tsv").rows
    )
    features = tuple(
        PlaceRow(r["key"], _int(r["geonameid"]), r["name_en"], r["country"], r["feature_code"],
                 tuple(split_multi(r["names"])), seat=_int(r["near"]), lat=_float(r["lat"]), lon=_float(r["lon"]))
        for r in read_table(root / "features.tsv").rows
    )
    names = tuple(
        NameRow(int(r["geonameid"]), r["name_en"], r["country"], tuple(split_multi(r["names"])))
        for r in read_table(root / "names.tsv").rows
    )
    return Additions(countries, admin1, features, names)
