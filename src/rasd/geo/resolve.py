"""Resolving a place mention to a gazetteer entry: candidates by name, scored with the context.

Scores combine the feature class (a country name almost always means the country; capitals and
administrative seats beat villages), population, the place-type cue word before or inside the
mention, the document's dominant countries and the distance to places already placed. A candidate
that nothing supports (a small place far from everything the text talks about) is not taken: the
mention stays a place without id or coordinates rather than a wrong confident one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from rasd.geo.context import GeoContext
from rasd.geo.entries import GeoEntry
from rasd.geo.gazetteer import Gazetteer
from rasd.geo.keys import article_variants, name_key
from rasd.text.normalize import normalize

# Place-type words (normalised). Administrative cues ask for a division, settlement cues for a town.
ADMIN_CUES = frozenset({"محافظه", "ولايه", "اقليم", "مقاطعه", "ريف", "امانه", "اماره"})
CITY_CUES = frozenset({"مدينه", "بلده", "قريه", "ناحيه", "مخيم", "حي", "العاصمه", "بلدات", "مدن", "قري", "بلدتي",
                       "مدينتي", "قضاء", "مركز", "ضاحيه"})
NEUTRAL_CUES = frozenset({"منطقه", "مناطق", "محيط", "اطراف", "شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي",
                          "جنوبي", "شرقي", "غربي"})
# Words that are often the first word of a feature's own name (جبل سنجار, مخيم جنين, معبر باب الهوى).
NAME_HEADS = frozenset({"جبل", "جبال", "سهل", "وادي", "معبر", "مطار", "قاعده", "سجن", "مخيم", "حي", "بحر", "خليج",
                        "مضيق", "نهر", "جزيره", "صحراء"})
CUE_WORDS = ADMIN_CUES | CITY_CUES | NEUTRAL_CUES | NAME_HEADS
# After the name: ``تونس العاصمة`` is the city, not the country.
AFTER_CITY_CUES = frozenset({"العاصمه"})
_ADMIN_PREFIXES = ("محافظه", "ولايه", "منطقه", "اقليم", "اماره")


@dataclass(frozen=True, slots=True)
class Resolution:
    entry: GeoEntry | None  # None: not in the gazetteer, or nothing supports any candidate
    country: str | None  # the entry's country, or what the name or the document says
    score: float = 0.0

    @property
    def geonameid(self) -> int | None:
        return None if self.entry is None else self.entry.geonameid


@dataclass(frozen=True, slots=True)
class Lookup:
    candidates: tuple[GeoEntry, ...]
    cue: str | None  # a cue word found inside the mention (محافظة حلب)


def _without_clitics(key: str) -> list[str]:
    """``والعراق`` -> ``العراق``, ``بدمشق`` -> ``دمشق``: for names given with their proclitics."""
    out = []
    for prefix in ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك"):
        if key.startswith(prefix) and len(key) - len(prefix) >= 3:
            out.append(key[len(prefix):])
    return out


def cue_kind(cue: str | None) -> str | None:
    if cue in ADMIN_CUES:
        return "admin"
    if cue in CITY_CUES:
        return "city"
    return None


_LOOKUP_CACHE_SIZE = 50_000


class Geocoder:
    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer
        self._lookups: dict[tuple[str, str | None], Lookup] = {}

    def lookup(self, name: str, cue: str | None = None) -> Lookup:
        """Candidates for a mention string, trying cue-word forms and article variants (memoised)."""
        key = (name, cue)
        found = self._lookups.get(key)
        if found is None:
            if len(self._lookups) >= _LOOKUP_CACHE_SIZE:
                self._lookups.clear()
            found = self._lookups[key] = self._lookup(name, cue)
        return found

    def _lookup(self, name: str, cue: str | None) -> Lookup:
        words = normalize(name).split()
        inner = None
        while len(words) > 1 and words[0] in CUE_WORDS and not self.gazetteer.names.get(name_key(" ".join(words))):
            inner, words = words[0], words[1:]
        cue = inner or cue
        rest = " ".join(words)
        keys: list[str] = []
        if cue in NAME_HEADS or cue in ADMIN_CUES:
            keys.append(name_key(f"{cue} {rest}"))
        if cue_kind(cue) == "admin":
            keys += [name_key(f"{p} {rest}") for p in _ADMIN_PREFIXES]
        base = name_key(rest)
        keys.append(base)
        keys.extend(article_variants(base))
        keys.extend(k for k in _without_clitics(base) if k not in keys)
        seen: dict[str, GeoEntry] = {}
        for key in keys:
            for e in self.gazetteer.lookup(key):
                seen.setdefault(e.ref, e)
            if seen:
                break
        return Lookup(tuple(seen.values()), inner)

    def resolve(self, name: str, context: GeoContext | None = None) -> Resolution:
        """The place ``name`` most likely means, given ``context`` (may be None)."""
        context = context or GeoContext()
        found = self.lookup(name, context.cue)
        if found.cue is not None:
            context = context.with_cue(found.cue)
        if not found.candidates:
            return Resolution(None, self.country_inside(name) or context.dominant_country())
        scored = sorted(((score(e, context), e) for e in found.candidates), key=lambda p: -p[0])
        best_score, best = scored[0]
        if not supported(best, context, unique=len(scored) == 1):
            return Resolution(None, context.dominant_country(), best_score)
        return Resolution(best, best.country, best_score)

    def country_inside(self, name: str) -> str | None:
        """The country of a well-known place named inside an unknown mention (مطار دمشق الدولي -> SY)."""
        words = normalize(name).split()
        for size in range(len(words) - 1, 0, -1):
            for i in range(len(words) - size + 1):
                for e in self.gazetteer.lookup(name_key(" ".join(words[i : i + size]))):
                    if e.country and (e.is_country or e.curated or e.population >= 100_000):
                        return e.country
        return None


def score(e: GeoEntry, ctx: GeoContext) -> float:
    s = _class_prior(e) + 0.8 * math.log10(e.population + 1) + (1.5 if e.curated else 0.0)
    kind = cue_kind(ctx.cue)
    if kind == "admin":
        s += 8.0 if e.is_admin else (-2.0 if e.is_city else 0.0)
    elif kind == "city":
        s += 3.0 if e.is_city else (-4.0 if e.is_admin or e.is_country else 0.0)
    s += 4.0 * ctx.share(e.country)
    km = ctx.nearest_km(e.lat, e.lon)
    if km is not None:
        s += 4.0 if km < 150 else 2.0 if km < 400 else 0.0
    return s


def _class_prior(e: GeoEntry) -> float:
    if e.is_country:
        return 6.0
    if e.feature_code == "PPLC":
        return 3.0
    if e.feature_code == "PPLA":
        return 1.5
    if e.is_admin:
        return 0.5
    return 0.0 if e.is_city else 2.0


# Where rasd's news happens: a unique Arabic name here is taken even for a small place.
CORE_COUNTRIES = frozenset({
    "SY", "IQ", "LB", "JO", "PS", "IL", "EG", "SA", "YE", "LY", "TN", "DZ", "MA", "MR", "SD", "SO", "DJ", "KM",
    "QA", "AE", "KW", "BH", "OM", "IR", "TR",
})


def supported(e: GeoEntry, ctx: GeoContext, unique: bool = False) -> bool:
    """Whether anything besides the bare name speaks for ``e``."""
    km = ctx.nearest_km(e.lat, e.lon)
    if ctx.cue == "حي":  # a quarter lies in a city the text has placed
        return km is not None and km < 60
    if e.curated or e.is_country or e.is_admin:
        return True
    if unique and e.country in CORE_COUNTRIES and (not ctx.countries or e.population >= 15_000):
        return True
    if (e.country and ctx.share(e.country) > 0) or (km is not None and km < 150):
        return True
    if not ctx.countries:
        return e.population >= 15_000
    # The text is about other countries: only a city of some size is taken without support.
    return e.feature_code == "PPLC" or e.population >= 100_000
