"""One gazetteer entry and the feature-code classes the resolver reasons with."""

from __future__ import annotations

from dataclasses import dataclass

COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCLIX", "TERR", "PCL"})
ADMIN_CODES = frozenset({"ADM1", "ADM2", "ADMD"})
CITY_CODES = frozenset({"PPL", "PPLA", "PPLA2", "PPLC", "PPLX", "PPLL"})


@dataclass(frozen=True, slots=True)
class GeoEntry:
    ref: str  # "gn:<geonameid>" or "x:<authored key>" for an addition without a certain id
    geonameid: int | None
    name_en: str
    name_ar: str | None
    lat: float | None
    lon: float | None
    country: str | None
    feature_code: str
    population: int
    curated: bool  # authored or confirmed by the additions, not only found in the package

    @property
    def is_country(self) -> bool:
        return self.feature_code in COUNTRY_CODES

    @property
    def is_admin(self) -> bool:
        return self.feature_code in ADMIN_CODES

    @property
    def is_city(self) -> bool:
        return self.feature_code in CITY_CODES

    def to_row(self) -> list:
        return [self.ref, self.geonameid, self.name_en, self.name_ar, self.lat, self.lon, self.country,
                self.feature_code, self.population, int(self.curated)]

    @classmethod
    def from_row(cls, row: list) -> GeoEntry:
        return cls(row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], bool(row[9]))
