"""Candidates -> actors: dictionary look-up, titles, nisbas, and in-document coreference.

Candidates are visited in text order. A person is the dictionary person its name names, else the
person named earlier whose name contains this one (``ظريف`` after ``محمد جواد ظريف``), else a new
actor. Titles give title, country and sector; ``نظيره`` copies the title of the person it is the
counterpart of. Titles alone, discourse markers and pronoun words are resolved in ``coref``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.actors.candidates import Cand, EntityRec
from rasd.actors.dictionary import Entry, feminine_definite, masculine_definite
from rasd.actors.forms import phrase_key
from rasd.actors.scan import Context, TitlePhrase
from rasd.text.normalize import normalize


@dataclass
class Draft:
    """An actor being built (the resolver's own working record; frozen into ``Actor`` at the end)."""

    key: str
    name: str
    kind: str
    name_en: str | None = None
    country: str | None = None
    sector: str | None = None
    title: str | None = None
    wikidata: str | None = None
    dict_key: str | None = None
    gender: str | None = None
    title_from_text: bool = False
    mentions: set[tuple[int, int]] = field(default_factory=set)
    names: list[tuple[str, ...]] = field(default_factory=list)


@dataclass
class Resolver:
    ctx: Context
    drafts: dict[str, Draft] = field(default_factory=dict)
    people: list[tuple[int, Draft]] = field(default_factory=list)  # (word index, person) in text order
    entity_actor: dict[tuple[int, int], str] = field(default_factory=dict)  # entity span -> draft key
    added: list[EntityRec] = field(default_factory=list)  # entities found through coreference

    # -- drafts --------------------------------------------------------------------------------------
    def draft(self, key: str, make) -> Draft:
        d = self.drafts.get(key)
        if d is None:
            d = self.drafts[key] = make()
        return d

    def from_entry(self, entry: Entry) -> Draft:
        def make() -> Draft:
            d = Draft(entry.key, entry.name, entry.kind, entry.name_en, entry.country, entry.sector,
                      None, entry.wikidata, entry.key, entry.gender)
            if entry.roles:
                role, active = entry.role_at(self.ctx.day)
                if role is not None:
                    d.country, d.sector = role.country, role.sector
                    d.title = role.title if active or not self.ctx.day else None
            d.names.append(phrase_key(entry.name))
            return d

        return self.draft(entry.key, make)

    def mention(self, d: Draft, start: int, end: int, entity: bool = False) -> None:
        if start < end:
            d.mentions.add((start, end))
        if entity:
            self.entity_actor[(start, end)] = d.key

    # -- candidates ----------------------------------------------------------------------------------
    def person(self, c: Cand) -> Draft:
        ctx = self.ctx
        key = phrase_key(ctx.text[c.start : c.end])
        if c.entries:
            d = self.from_entry(c.entries[0])
        else:
            d = self.earlier_person(key) or self.draft(
                "name:" + " ".join(key), lambda: Draft("name:" + " ".join(key), ctx.text[c.start : c.end], "person")
            )
        if key not in d.names:
            d.names.append(key)
        self.mention(d, c.start, c.end, c.entity is not None)
        for tp in (c.title, c.title_after):
            if tp is not None:
                self.apply_title(d, tp)
                s, e = (ctx.words[tp.i].name_start, c.end) if tp is c.title else tp_span(ctx, tp)
                self.mention(d, s, e)
        if d.gender is None:
            d.gender = self.gender_of(c)
        self.people.append((c.i, d))
        return d

    def earlier_person(self, key: tuple[str, ...]) -> Draft | None:
        """The latest person whose name contains ``key`` as consecutive words (surname, partial name)."""
        for _, d in reversed(self.people):
            if any(contains(name, key) for name in d.names):
                return d
        return None

    def apply_title(self, d: Draft, tp: TitlePhrase) -> None:
        title, sector = (None if tp.title.honorific else tp.text), tp.sector
        if tp.title.relation:
            ante = next((p for _, p in reversed(self.people) if p is not d and p.title), None)
            title, sector = (ante.title, ante.sector) if ante is not None else (None, None)
        if title and not d.title_from_text:
            d.title, d.title_from_text = title, True
        if tp.country:
            d.country = tp.country
        if sector:
            d.sector = sector

    def gender_of(self, c: Cand) -> str | None:
        ctx = self.ctx
        for tp in (c.title, c.title_after):
            if tp is not None and tp.title.feminine:
                return "f"
        given = ctx.c.lexicons.given.get(ctx.words[c.i].nm)
        if given in ("m", "f"):
            return given
        prev = ctx.words[c.i - 1] if c.i > 0 else None
        if prev is not None and prev.w.endswith("ت") and prev.w in ctx.c.lexicons.verbs:
            return "f"  # قالت ...
        return None

    def organization(self, c: Cand) -> Draft | None:
        ctx = self.ctx
        if c.entries:
            d = self.from_entry(c.entries[0])
        elif c.kind == "MISC":
            return None
        else:
            text = ctx.text[c.start : c.end]
            key = "org:" + normalize(text)
            head = ctx.c.lexicons.org_heads.get(ctx.words[c.i].bare) or ctx.c.lexicons.org_heads.get(ctx.words[c.i].nm)
            d = self.draft(key, lambda: Draft(key, text, head[1] if head else "organization",
                                              country=ctx.country_inside(c.i, c.j), sector=head[0] if head else None))
        self.mention(d, c.start, c.end, c.entity is not None)
        return d

    def country(self, c: Cand, government: bool) -> Draft:
        entry = c.entries[0]
        if not government:
            d = self.from_entry(entry)
        else:
            key = f"gov:{entry.country}"
            d = self.draft(key, lambda: Draft(key, entry.name, "country", entry.name_en, entry.country, "GOV",
                                              wikidata=entry.wikidata))
        self.mention(d, c.start, c.end, c.entity is not None)
        return d

    def generic(self, c: Cand) -> Draft | None:
        entry = self.ctx.c.dictionary.countries.get(c.country or "")
        if entry is None or c.head is None:
            return None
        canonical = c.head.canonical
        key = f"generic:{entry.country}:{normalize(canonical)}"
        name = canonical + " " + agree(canonical, entry.nisba) if entry.nisba else canonical + " " + entry.name
        d = self.draft(key, lambda: Draft(key, name, "organization", english(canonical, entry.name_en),
                                          entry.country, c.head.sector))
        self.mention(d, c.start, c.end)
        return d


def tp_span(ctx: Context, tp: TitlePhrase) -> tuple[int, int]:
    return ctx.words[tp.i].name_start, ctx.words[tp.j - 1].end


def contains(name: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n, m = len(name), len(part)
    return 0 < m <= n and any(name[k : k + m] == part for k in range(n - m + 1))


def agree(head: str, nisba: str) -> str:
    """The nisba agreeing with a definite head: الحكومة اللبنانية، الجيش الأمريكي، المسؤولون السوريون."""
    first = head.split()[0]
    if first.endswith(("ة", "ات")):
        return feminine_definite(nisba)
    if first.endswith("ون"):
        return " ".join("ال" + w + "ون" for w in nisba.split())
    return masculine_definite(nisba)


_ENGLISH = {"الحكومة": "Government of {}", "الجيش": "Army of {}", "القوات": "Forces of {}",
            "القوات المسلحة": "Armed Forces of {}", "القوات الجوية": "Air Force of {}",
            "القوات البحرية": "Navy of {}", "السلطات": "Authorities of {}", "الشرطة": "Police of {}",
            "المخابرات": "Intelligence services of {}", "وزارة الخارجية": "Ministry of Foreign Affairs of {}",
            "وزارة الدفاع": "Ministry of Defence of {}", "وزارة الداخلية": "Ministry of the Interior of {}",
            "البرلمان": "Parliament of {}", "المعارضة": "Opposition of {}", "الرئاسة": "Presidency of {}"}


def english(canonical: str, country_en: str | None) -> str | None:
    pattern = _ENGLISH.get(canonical)
    return pattern.format(country_en) if pattern and country_en else None
