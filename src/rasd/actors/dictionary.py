"""The actor dictionary: countries (names, nisbas, capitals), organisations and people, compiled once.

Every name and variant becomes a phrase key (normalised tokens); nisba adjectives are inflected at
load time (سوري -> سورية، السوريون، السوريين، السوريات ... and كوري جنوبي -> الكورية الجنوبية ...).
Rows that fail validation are still loaded where usable; their problems are kept in ``problems``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from rasd.actors import validate
from rasd.actors.forms import PhraseIndex, key_variants, phrase_key
from rasd.resources_io import Table, read_table, split_multi
from rasd.text.normalize import normalize

log = logging.getLogger(__name__)

# Nisba endings: (ending added to the masculine singular, feminine?, number).
NISBA_ENDINGS = (("", False, "sg"), ("ه", True, "sg"), ("ون", False, "pl"), ("ين", False, "pl"),
                 ("ات", True, "pl"), ("ان", False, "du"), ("تان", True, "du"), ("تين", True, "du"))


@dataclass(frozen=True, slots=True)
class Role:
    country: str | None
    sector: str | None
    title: str
    start: str  # YYYY[-MM[-DD]] or ""
    end: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One dictionary actor: ``key`` is ``per:...``, ``org:...`` or ``country:ISO3``."""

    key: str
    kind: str  # person organization group country
    name: str
    name_en: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    gender: str | None = None
    roles: tuple[Role, ...] = ()
    nisba: str | None = None  # masculine singular nisba as written, for countries

    def role_at(self, day: str | None) -> tuple[Role | None, bool]:
        """The role held on ``day`` (True), else the latest role before it or overall (False)."""
        if not self.roles:
            return None, False
        if day:
            for role in self.roles:
                if _starts(role.start) <= day <= _ends(role.end):
                    return role, True
            before = [r for r in self.roles if _starts(r.start) <= day]
            if before:
                return max(before, key=lambda r: _starts(r.start)), False
        return max(self.roles, key=lambda r: _starts(r.start)), False


@dataclass(frozen=True, slots=True)
class Nisba:
    country: str
    feminine: bool
    number: str  # sg du pl
    definite: bool


@dataclass
class ActorDictionary:
    names: PhraseIndex[Entry] = field(default_factory=PhraseIndex)
    capitals: PhraseIndex[Entry] = field(default_factory=PhraseIndex)
    nisbas: PhraseIndex[Nisba] = field(default_factory=PhraseIndex)
    countries: dict[str, Entry] = field(default_factory=dict)
    by_key: dict[str, Entry] = field(default_factory=dict)
    holders: dict[tuple[str, str], list[Entry]] = field(default_factory=dict)  # (ISO3, title) -> people
    problems: list[validate.Problem] = field(default_factory=list)

    def freeze(self) -> ActorDictionary:
        for index in (self.names, self.capitals, self.nisbas):
            index.freeze()
        return self


def _starts(value: str) -> str:
    return value + "-01-01"[len(value) - 4 :] if value else "0000-00-00"


def _ends(value: str) -> str:
    return value + "-12-31"[len(value) - 4 :] if value else "9999-99-99"


def nisba_keys(nisba: str) -> list[tuple[tuple[str, ...], Nisba]]:
    """Every inflected form of a (possibly multiword) masculine singular nisba, as phrase keys."""
    base = phrase_key(nisba)
    if not base:
        return []
    out = []
    endings = NISBA_ENDINGS if all(w.endswith("ي") for w in base) else NISBA_ENDINGS[:1]
    for ending, fem, number in endings:
        for article in ("", "ال"):
            key = tuple(article + w + ending for w in base)
            out.append((key, Nisba("", fem, number, bool(article))))
    return out


def feminine_definite(nisba: str) -> str:
    """``إسرائيلي`` -> ``الإسرائيلية``; ``كوري جنوبي`` -> ``الكورية الجنوبية`` (for canonical names)."""
    return " ".join("ال" + w + ("ة" if w.endswith("ي") else "") for w in nisba.split())


def masculine_definite(nisba: str) -> str:
    return " ".join("ال" + w for w in nisba.split())


def load(resources) -> ActorDictionary:
    """Compile the actor tables under ``resources.root / "actors"``."""
    root: Path = resources.root / "actors"
    codes = validate.iso_codes()
    d = ActorDictionary()
    seen_keys: dict[tuple[str, ...], tuple[str, str]] = {}
    _load_countries(d, read_table(root / "countries.tsv"), codes, seen_keys)
    _load_orgs(d, read_table(root / "organizations.tsv"), codes, seen_keys)
    for path in sorted((root / "people").glob("*.tsv")):
        _load_people(d, read_table(path), codes, seen_keys)
    for problem in d.problems:
        log.warning("actor dictionary: %s", problem)
    return d.freeze()


def _rows(d: ActorDictionary, table: Table, check, codes):
    lines = validate.data_lines(table.path)
    for n, row in enumerate(table.rows):
        line = lines[n] if n < len(lines) else 0
        for message in check(row, codes):
            d.problems.append(validate.Problem(str(table.path.name), line, message))
        yield line, row


def _add_names(d, entry: Entry, names: list[str], where: tuple[str, int], seen_keys) -> None:
    """Index names; the same key on two different rows of the dictionary is a problem to report."""
    for name in names:
        for key in key_variants(name):
            owner = seen_keys.get(key)
            if owner is not None and owner[0] != entry.key:
                if owner[0].split(":")[0] == entry.key.split(":")[0]:
                    d.problems.append(
                        validate.Problem(where[0], where[1], f"name {name!r} also names {owner[0]} ({owner[1]})")
                    )
            else:
                seen_keys[key] = (entry.key, f"{where[0]}:{where[1]}")
            d.names.add(key, entry)


def _load_countries(d, table: Table, codes, seen_keys) -> None:
    ids: set[str] = set()
    for line, row in _rows(d, table, validate.check_country_row, codes):
        iso3 = row["iso3"]
        if iso3 in ids:
            d.problems.append(validate.Problem(table.path.name, line, f"duplicate iso3 {iso3}"))
            continue
        ids.add(iso3)
        nisbas = split_multi(row.get("nisba", ""))
        entry = Entry(f"country:{iso3}", "country", row["name_ar"], row.get("name_en") or None, iso3,
                      None, row.get("wikidata") or None, nisba=nisbas[0] if nisbas else None)
        d.countries[iso3] = entry
        d.by_key[entry.key] = entry
        _add_names(d, entry, [row["name_ar"], *split_multi(row.get("variants", ""))], (table.path.name, line), seen_keys)
        for capital in split_multi(row.get("capital", "")):
            for key in key_variants(capital):
                d.capitals.add(key, entry)
        for nisba in nisbas:
            for key, info in nisba_keys(nisba):
                d.nisbas.add(key, Nisba(iso3, info.feminine, info.number, info.definite))


def _load_orgs(d, table: Table, codes, seen_keys) -> None:
    for line, row in _rows(d, table, validate.check_org_row, codes):
        key = row.get("id", "")
        if key in d.by_key:
            d.problems.append(validate.Problem(table.path.name, line, f"duplicate id {key}"))
            continue
        entry = Entry(key, row.get("kind") or "organization", row["name_ar"], row.get("name_en") or None,
                      row.get("country") or None, row.get("sector") or None, row.get("wikidata") or None)
        d.by_key[key] = entry
        _add_names(d, entry, [row["name_ar"], *split_multi(row.get("variants", ""))], (table.path.name, line), seen_keys)


def parse_roles(value: str) -> tuple[Role, ...]:
    roles = []
    for part in filter(None, (r.strip() for r in value.split(";"))):
        fields = [f.strip() for f in part.split("|")]
        if len(fields) != 5 or not fields[2]:
            continue  # reported by validation
        roles.append(Role(fields[0] or None, fields[1] or None, fields[2], fields[3], fields[4]))
    return tuple(roles)


def _load_people(d, table: Table, codes, seen_keys) -> None:
    for line, row in _rows(d, table, validate.check_person_row, codes):
        key = row.get("id", "")
        if key in d.by_key:
            d.problems.append(validate.Problem(table.path.name, line, f"duplicate id {key}"))
            continue
        roles = parse_roles(row.get("roles", ""))
        entry = Entry(key, "person", row["name_ar"], row.get("name_en") or None, None, None,
                      row.get("wikidata") or None, row.get("gender") or None, roles)
        d.by_key[key] = entry
        _add_names(d, entry, [row["name_ar"], *split_multi(row.get("variants", ""))], (table.path.name, line), seen_keys)
        for role in roles:
            if role.country:
                d.holders.setdefault((role.country, normalize(role.title)), []).append(entry)
