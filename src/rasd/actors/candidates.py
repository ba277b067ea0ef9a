"""Actor candidates of one document, in text order: names, titles, nisba phrases, markers, pronouns.

Entities come first: dictionary names NER missed (several words, not overlapping an entity) and
names after a title are added as entities; a dictionary name that strictly contains NER entities
replaces them. The candidates then refer to the final entity list.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.actors import scan
from rasd.actors.dictionary import Entry
from rasd.actors.lexicons import Head
from rasd.actors.scan import Context, EntitySpan, TitlePhrase

ENTITY_TYPE = {"person": "PER", "organization": "ORG", "group": "ORG"}
SOVEREIGN = frozenset({"سياده", "اراضي", "حدود", "امن", "شعب", "حكومه", "عاصمه", "استقلال", "مصالح", "وحده"})
HOMELAND = "بلاد"


@dataclass(frozen=True, slots=True)
class EntityRec:
    start: int
    end: int
    type: str
    orig: int | None  # index in the input entity layer, None when added here


@dataclass(frozen=True, slots=True)
class Cand:
    kind: str  # PER ORG MISC COUNTRY GOV GENERIC MINISTRY TITLE MARKER HOMELAND SOVEREIGN
    i: int
    j: int
    start: int
    end: int
    entity: int | None = None  # index in the final entity list
    entries: tuple[Entry, ...] = ()
    title: TitlePhrase | None = None
    title_after: TitlePhrase | None = None
    head: Head | None = None
    country: str | None = None
    text: str | None = None
    gender: str | None = None


def dict_hits(ctx: Context) -> list[tuple[int, int, tuple[Entry, ...]]]:
    """Longest dictionary names, left to right, not overlapping one another."""
    out = []
    words, names = ctx.words, ctx.c.dictionary.names
    i, n = 0, len(words)
    while i < n:
        if words[i].is_word and ctx.flags(i) & scan.NAME:
            hit = names.longest(words, i)
            if hit:
                out.append((i, hit[0], hit[1]))
                i = hit[0]
                continue
        i += 1
    return out


def reconcile(ctx: Context, entities, hits) -> list[EntityRec]:
    """The entity list once dictionary names NER missed or cut short are in."""
    recs = [EntityRec(e.start, e.end, e.type, n) for n, e in enumerate(entities)]
    dropped: set[int] = set()
    words = ctx.words
    by_index = {s.index: s for s in ctx.entities}
    for i, j, entries in hits:
        etype = next((ENTITY_TYPE[e.kind] for e in entries if e.kind in ENTITY_TYPE), None)
        if etype is None or j - i < 2:
            continue
        inside = {ctx.covered[k].index for k in range(i, j) if k in ctx.covered}
        spans = [by_index[k] for k in inside if k in by_index]
        if any(s.i < i or s.j > j for s in spans) or any(s.i == i and s.j == j for s in spans):
            continue
        if any(s.type not in (etype, "MISC") for s in spans):
            continue
        dropped.update(inside)
        recs.append(EntityRec(words[i].name_start, words[j - 1].end, etype, None))
    return sorted((r for n, r in enumerate(recs) if n not in dropped), key=lambda r: (r.start, -r.end))


def rebuild(ctx: Context, recs: list[EntityRec]) -> None:
    scan.set_entities(ctx, recs)


def title_phrases(ctx: Context) -> list[TitlePhrase]:
    out = []
    words = ctx.words
    i, n = 0, len(words)
    while i < n:
        span = ctx.covered.get(i)
        if words[i].is_word and (span is None or span.i == i and span.type != "PER") and ctx.flags(i) & scan.TITLE:
            tp = scan.title_at(ctx, i)
            if tp is not None:
                out.append(tp)
                i = max(tp.j, i + 1)
                continue
        i += 1
    return out


def person_after(ctx: Context, tp: TitlePhrase, hits_at: dict) -> tuple[int, EntityRec | None] | None:
    """End of the name after a title, with an entity to add when nothing marks it yet."""
    k = tp.j
    words = ctx.words
    if k >= len(words) or not words[k].is_word:
        return None
    span = ctx.covered.get(k)
    if span is not None:
        return (span.j, None) if span.i == k and span.type == "PER" else None
    hit = hits_at.get(k)
    if hit is not None and any(e.kind == "person" for e in hit[1]):
        return hit[0], EntityRec(words[k].name_start, words[hit[0] - 1].end, "PER", None)
    limit = k
    while limit < len(words) and ctx.sentence_of[limit] == ctx.sentence_of[k] and limit - k < 6:
        limit += 1
    end = scan.name_after(ctx, k, limit)
    if end is None:
        return None
    return end, EntityRec(words[k].name_start, words[end - 1].end, "PER", None)


def add_title_names(ctx: Context, recs: list[EntityRec], titles, hits) -> list[EntityRec]:
    hits_at = {i: (j, entries) for i, j, entries in hits}
    added = []
    for tp in titles:
        found = person_after(ctx, tp, hits_at)
        if found is not None and found[1] is not None:
            added.append(found[1])
    if not added:
        return recs
    return sorted(recs + added, key=lambda r: (r.start, -r.end))


def ministries(ctx: Context, recs: list[EntityRec]) -> list[EntityRec]:
    """``وزارة الخارجية الروسية`` is an ORG entity (guidelines) even when NER missed it."""
    added = []
    for i, word in enumerate(ctx.words):
        if i in ctx.covered or not ctx.flags(i) & scan.GENERIC:
            continue
        hit = scan.ministry_at(ctx, i)
        if hit is not None and not any(k in ctx.covered for k in range(i, hit[0])):
            added.append(EntityRec(word.name_start, ctx.words[hit[0] - 1].end, "ORG", None))
    return sorted(recs + added, key=lambda r: (r.start, -r.end)) if added else recs


def exact(ctx: Context, index, i: int, j: int) -> tuple:
    rest = tuple(ctx.words[k].w for k in range(i + 1, j))
    for form in ctx.words[i].keys:
        values = index.get((form, *rest))
        if values:
            return values
    return ()


def place_context(ctx: Context, i: int) -> bool:
    """A country name used as a place: after في/إلى/جنوب..., or with the preposition ب glued on."""
    word = ctx.words[i]
    cut = word.w[: len(word.w) - len(word.nm)] if word.proclitic and word.w.endswith(word.nm) else ""
    if "ب" in cut:
        return True
    k = i - 1
    return k >= 0 and ctx.words[k].is_word and (
        ctx.words[k].nm in ctx.c.lexicons.place_context or ctx.words[k].bare in ctx.c.lexicons.place_context
    )


def verb_context(ctx: Context, i: int, j: int) -> bool:
    """A place name as the subject of a verb (``قالت واشنطن``، ``واشنطن تتهم``)."""
    if ctx.words[i].proclitic and not ctx.words[i].w.startswith(("و", "ف")):
        return False
    return ctx.is_verb(i - 1) or ctx.is_verb(j)


def entity_cands(ctx: Context, titles: list[TitlePhrase]) -> tuple[list[Cand], set[int]]:
    """Candidates of the final entities; the numbers of the title phrases they took."""
    in_titles = {k for tp in titles for k in range(tp.i, tp.j)}  # سفيرة هولندا: a title, not Holland
    by_end = {tp.j: n for n, tp in enumerate(titles)}
    by_start = {tp.i: n for n, tp in enumerate(titles)}
    d, words = ctx.c.dictionary, ctx.words
    out: list[Cand] = []
    used: set[int] = set()
    for s in ctx.entities:
        start, end = s.start, s.end
        if s.type == "PER":
            before = by_end.get(s.i)
            after = by_start.get(s.j + 1) if s.j < len(words) and words[s.j].w in scan.COMMA else None
            used.update(n for n in (before, after) if n is not None)
            entries = tuple(e for e in exact(ctx, d.names, s.i, s.j) if e.kind == "person")
            out.append(Cand("PER", s.i, s.j, start, end, s.index, entries,
                            titles[before] if before is not None else None,
                            titles[after] if after is not None else None))
        elif s.type in ("ORG", "MISC"):
            entries = tuple(e for e in exact(ctx, d.names, s.i, s.j) if e.kind in ("organization", "group"))
            if s.type == "ORG" or any(e.kind == "group" for e in entries):
                out.append(Cand(s.type, s.i, s.j, start, end, s.index, entries))
        elif s.type == "LOC" and s.i not in in_titles:
            out.extend(_loc_cand(ctx, s, start, end))
    return out, used


def _loc_cand(ctx: Context, s: EntitySpan, start: int, end: int) -> list[Cand]:
    d = ctx.c.dictionary
    countries = tuple(e for e in exact(ctx, d.names, s.i, s.j) if e.kind == "country")
    if countries:
        if place_context(ctx, s.i):
            return []
        return [Cand("COUNTRY", s.i, s.j, start, end, s.index, countries[:1])]
    capitals = exact(ctx, d.capitals, s.i, s.j)
    if capitals and verb_context(ctx, s.i, s.j) and not place_context(ctx, s.i):
        return [Cand("GOV", s.i, s.j, start, end, s.index, capitals[:1])]
    return []


def phrase_cands(ctx: Context, hits) -> list[Cand]:
    """Generic heads with a nisba, countries and capitals acting without an entity, markers, pronouns."""
    out: list[Cand] = []
    words, d = ctx.words, ctx.c.dictionary
    for i, j, entries in hits:
        country = next((e for e in entries if e.kind == "country"), None)
        if country is not None and i not in ctx.covered and verb_context(ctx, i, j) and not place_context(ctx, i):
            out.append(Cand("COUNTRY", i, j, words[i].name_start, words[j - 1].end, None, (country,)))
    for i, word in enumerate(words):
        if not word.is_word:
            continue
        if word.enclitic in ("ه", "ها") and (word.stem == HOMELAND or word.enclitic == "ها" and word.stem in SOVEREIGN):
            kind = "HOMELAND" if word.stem == HOMELAND else "SOVEREIGN"
            out.append(Cand(kind, i, i + 1, word.name_start, word.end, gender="m" if word.enclitic == "ه" else "f"))
            continue
        flags = ctx.flags(i)
        if not flags or i in ctx.covered:
            continue
        if flags & scan.GENERIC and (hit := scan.generic_at(ctx, i)) is not None:
            end = hit[0]
            if not any(k in ctx.covered for k in range(i, end)):
                out.append(Cand("GENERIC", i, end, word.name_start, words[end - 1].end, head=hit[1], country=hit[2]))
        cap = d.capitals.longest(words, i) if flags & scan.CAPITAL else None
        if cap is not None and verb_context(ctx, i, cap[0]) and not place_context(ctx, i):
            out.append(Cand("GOV", i, cap[0], word.name_start, words[cap[0] - 1].end, None, cap[1][:1]))
        if flags & scan.MARKER and (marker := _marker(ctx, i)) is not None:
            out.append(marker)
    return out


def _marker(ctx: Context, i: int) -> Cand | None:
    words = ctx.words
    w = words[i].w
    forms = (w, w[1:]) if w[:1] in ("و", "ف") and len(w) > 3 else (w,)
    hit = ctx.c.lexicons.markers.longest(words, i, forms)
    if hit is None:
        return None
    first_forms = {key[0] for key in ctx.c.lexicons.markers}
    start = words[i].start + (0 if w in first_forms else 1)  # ومن جهته: the conjunction stays out
    return Cand("MARKER", i, hit[0], start, words[hit[0] - 1].end, gender=hit[1][0])


def collect(ctx: Context, titles: list[TitlePhrase], hits) -> list[Cand]:
    cands, used = entity_cands(ctx, titles)
    in_titles = {k for tp in titles for k in range(tp.i, tp.head_end)}
    for n, tp in enumerate(titles):
        if n not in used:
            cands.append(Cand("TITLE", tp.i, tp.j, ctx.words[tp.i].name_start, ctx.words[tp.j - 1].end, title=tp))
    cands.extend(c for c in phrase_cands(ctx, hits) if c.kind != "GENERIC" or c.i not in in_titles)
    return sorted(cands, key=lambda c: (c.start, -c.end))
