"""What the rest of a document says about where it is: its countries and the places already placed."""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from rasd.geo.entries import GeoEntry


@dataclass(frozen=True)
class GeoContext:
    """Evidence for disambiguation; ``cue`` is the normalised place-type word before the mention."""

    countries: Mapping[str, float] = field(default_factory=lambda: MappingProxyType({}))
    points: tuple[tuple[float, float], ...] = ()
    cue: str | None = None

    @classmethod
    def from_entries(cls, entries: Iterable[GeoEntry], cue: str | None = None) -> GeoContext:
        countries: dict[str, float] = {}
        points: list[tuple[float, float]] = []
        for e in entries:
            if e.country:
                countries[e.country] = countries.get(e.country, 0.0) + 1.0
            if e.lat is not None and e.lon is not None and not e.is_country:
                points.append((e.lat, e.lon))
        return cls(MappingProxyType(countries), tuple(dict.fromkeys(points)), cue)

    def with_cue(self, cue: str | None) -> GeoContext:
        return GeoContext(self.countries, self.points, cue)

    def share(self, country: str | None) -> float:
        total = sum(self.countries.values())
        return self.countries.get(country or "", 0.0) / total if total else 0.0

    def dominant_country(self, threshold: float = 0.5) -> str | None:
        """The country most of the text's places are in, when more than ``threshold`` of them are."""
        if not self.countries:
            return None
        best = max(self.countries, key=lambda c: self.countries[c])
        return best if self.share(best) > threshold else None

    def nearest_km(self, lat: float | None, lon: float | None) -> float | None:
        if lat is None or lon is None or not self.points:
            return None
        return min(haversine_km(lat, lon, p[0], p[1]) for p in self.points)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
