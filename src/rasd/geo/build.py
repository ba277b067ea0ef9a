"""Compiling the gazetteer from the packages and the authored additions (run once, then cached)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from rasd.geo.additions import Additions, PlaceRow
from rasd.geo.entries import GeoEntry
from rasd.geo.keys import name_key
from rasd.geo.script import script_label
from rasd.geo.sources import RawCity, arabic_country_names, iter_cities, load_countries


@dataclass
class Builder:
    entries: list[GeoEntry] = field(default_factory=list)
    names: dict[str, list[int]] = field(default_factory=dict)
    by_ref: dict[str, int] = field(default_factory=dict)
    stats: Counter = field(default_factory=Counter)

    def add(self, entry: GeoEntry) -> int:
        if entry.ref in self.by_ref:
            return self.by_ref[entry.ref]
        self.entries.append(entry)
        self.by_ref[entry.ref] = len(self.entries) - 1
        return len(self.entries) - 1

    def name(self, index: int, name: str, latin: bool = False) -> None:
        label = script_label(name)
        if label != "ar" and not latin:
            self.stats["names_" + label + "_skipped"] += 1
            return
        key = name_key(name)
        if len(key) < 2:
            return
        bucket = self.names.setdefault(key, [])
        if index not in bucket:
            bucket.append(index)
            self.stats["names_" + ("latin" if label == "other" else "arabic")] += 1


def build(additions: Additions) -> Builder:
    b = Builder()
    countries = load_countries()
    _add_countries(b, additions, countries)
    wanted = {r.geonameid for r in additions.names}
    wanted |= {r.seat for r in additions.admin1 + additions.features if r.seat}
    capital_of = {c.iso: c.capital for c in countries if c.capital}
    seats = {r.seat for r in additions.admin1 if r.seat}
    cities: dict[int, RawCity] = {}
    capitals: dict[str, RawCity] = {}
    for city in iter_cities():
        _note_capital(capitals, capital_of, city)
        arabic = [n for n in city.alternatenames if script_label(n) == "ar"]
        if not arabic and city.geonameid not in wanted:
            b.stats["cities_without_arabic_name"] += 1
            continue
        cities[city.geonameid] = city
    _add_cities(b, cities, {c.geonameid for c in capitals.values()}, seats)
    for row in additions.names:
        index = b.by_ref.get(f"gn:{row.geonameid}")
        if index is None:
            b.stats["names_rows_unmatched"] += 1
            continue
        for n in row.names:
            b.name(index, n)
    for row in additions.admin1 + additions.features:
        _add_authored(b, row, cities)
    b.stats["entries"] = len(b.entries)
    b.stats["keys"] = len(b.names)
    return b


def _add_countries(b: Builder, additions: Additions, countries) -> None:
    authored = {r.iso: r for r in additions.countries}
    cldr = arabic_country_names()
    for c in countries:
        row = authored.get(c.iso)
        names = list(cldr.get(c.iso, [])) + list(row.names if row else ())
        entry = GeoEntry(f"gn:{c.geonameid}", c.geonameid, c.name, names[0] if names else None,
                         row.lat if row else None, row.lon if row else None, c.iso, "PCLI", c.population,
                         row is not None)
        index = b.add(entry)
        for n in names:
            b.name(index, n)
        b.name(index, c.name, latin=True)
        b.stats["countries"] += 1


def _add_cities(b: Builder, cities: dict[int, RawCity], capital_ids: set[int], seats: set) -> None:
    for city in cities.values():
        code = "PPLC" if city.geonameid in capital_ids else ("PPLA" if city.geonameid in seats else "PPL")
        arabic = [n for n in city.alternatenames if script_label(n) == "ar"]
        entry = GeoEntry(f"gn:{city.geonameid}", city.geonameid, city.name, arabic[0] if arabic else None,
                         city.lat, city.lon, city.country, code, city.population, False)
        index = b.add(entry)
        for n in city.alternatenames:
            b.name(index, n)
        b.name(index, city.name, latin=True)
        b.stats["cities"] += 1


def _note_capital(best: dict[str, RawCity], capital_of: dict[str, str], city: RawCity) -> None:
    """Keep, per country, the most populous place named like the capital in countries.json."""
    capital = capital_of.get(city.country)
    named = capital and (city.name == capital or capital in city.alternatenames)
    if named and (city.country not in best or city.population > best[city.country].population):
        best[city.country] = city


def _add_authored(b: Builder, row: PlaceRow, cities: dict[int, RawCity]) -> None:
    lat, lon = row.lat, row.lon
    seat = cities.get(row.seat) if row.seat else None
    if lat is None and seat is not None:
        lat, lon = seat.lat, seat.lon
    ref = f"gn:{row.geonameid}" if row.geonameid else f"x:{row.key}"
    population = seat.population if seat is not None and row.feature_code == "ADM1" else 0
    entry = GeoEntry(ref, row.geonameid, row.name_en, row.names[0] if row.names else None, lat, lon,
                     row.country or None, row.feature_code, population, True)
    if ref in b.by_ref:  # an authored row for a package place: mark it curated, keep package data
        old = b.entries[b.by_ref[ref]]
        b.entries[b.by_ref[ref]] = GeoEntry(old.ref, old.geonameid, old.name_en, old.name_ar or entry.name_ar,
                                            old.lat, old.lon, old.country, old.feature_code, old.population, True)
        index = b.by_ref[ref]
    else:
        index = b.add(entry)
    for n in row.names:
        b.name(index, n)
    b.name(index, row.name_en, latin=True)
    b.stats["authored_" + row.feature_code] += 1
