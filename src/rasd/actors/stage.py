"""The actors stage: entities, titles, nisba phrases and pronouns -> actors; entities get their actor."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from rasd.actors import candidates as C
from rasd.actors import coref, dictionary, lexicons
from rasd.actors.forms import words_of
from rasd.actors.resolve import Draft, Resolver
from rasd.actors.scan import Compiled, build_context, compile_triggers
from rasd.document import Actor, Document, Entity, Span


def compile_resources(resources) -> Compiled:
    d = dictionary.load(resources)
    lex = lexicons.load(resources)
    return Compiled(d, lex, dict(resources.segmenter.counts), compile_triggers(d, lex))


@dataclass
class ActorStage:
    compiled: Compiled
    name: str = "actors"
    version: str = "1"
    requires: tuple[str, ...] = ("tokens", "sentences", "entities")
    produces: tuple[str, ...] = ("actors", "entities")
    _words: dict = field(default_factory=dict, repr=False)

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        entities = tuple(doc.layer("entities"))
        words = words_of(doc.layer("tokens"), text, self._words)
        ctx = build_context(text, words, doc.layer("sentences"), entities, self.compiled, _day(doc.meta.date))
        hits = C.dict_hits(ctx)
        recs = C.reconcile(ctx, entities, hits)
        C.rebuild(ctx, recs)
        recs = _rebuilt(ctx, recs, C.ministries(ctx, recs))
        titles = C.title_phrases(ctx)
        recs = _rebuilt(ctx, recs, C.add_title_names(ctx, recs, titles, hits))
        resolver = Resolver(ctx)
        run(resolver, C.collect(ctx, titles, hits), hits)
        actors, ids = finish(resolver)
        if resolver.added:
            recs = sorted(recs + resolver.added, key=lambda r: (r.start, -r.end))
        out = []
        for n, rec in enumerate(recs):
            actor = ids.get(resolver.entity_actor.get((rec.start, rec.end), ""))
            if rec.orig is not None:
                out.append(replace(entities[rec.orig], id=f"T{n + 1}", actor=actor or entities[rec.orig].actor))
            else:
                out.append(Entity(f"T{n + 1}", rec.start, rec.end, rec.type, actor))
        return doc.with_layer("entities", tuple(out)).with_layer("actors", actors)


def _rebuilt(ctx, old, new):
    if new is not old:
        C.rebuild(ctx, new)
    return new


def _day(value) -> str | None:
    if not value or not isinstance(value, str) or len(value) < 4 or not value[:4].isdigit():
        return None
    return value[:10]


def run(r: Resolver, cands: list[C.Cand], hits) -> None:
    """Names and phrases first (in text order), then short names of actors already met, then what
    points to them: markers and pronouns."""
    later = []
    for c in cands:
        if c.kind == "PER":
            r.person(c)
        elif c.kind in ("ORG", "MISC"):
            r.organization(c)
        elif c.kind in ("COUNTRY", "GOV"):
            r.country(c, c.kind == "GOV")
        elif c.kind == "GENERIC":
            r.generic(c)
        elif c.kind == "TITLE":
            coref.title_alone(r, c)
        else:
            later.append(c)
    coref.short_names(r, hits)
    focus: dict[int, str] = {}
    for c in later:
        if c.kind == "MARKER":
            coref.marker(r, c)
        elif c.kind == "HOMELAND":
            coref.homeland(r, c, focus)
        elif c.kind == "SOVEREIGN":
            coref.sovereign(r, c, focus)


def code_of(d: Draft) -> str | None:
    """CAMEO-style code: ISO3 + sector (IRNGOV), IGO + short name for international bodies."""
    if d.sector == "IGO" and not d.country:
        slug = (d.dict_key or "").partition(":")[2]
        parts = [p for p in slug.split("_") if p]
        short = parts[0].upper() if len(parts) == 1 else "".join(p[0] for p in parts).upper()
        return "IGO" + short[:6]
    if d.kind == "country" and d.sector is None:
        return d.country
    return ((d.country or "") + (d.sector or "")) or None


def finish(r: Resolver) -> tuple[tuple[Actor, ...], dict[str, str]]:
    """Actors numbered A1.. by first mention; the draft key -> actor id map for the entities."""
    drafts = sorted((d for d in r.drafts.values() if d.mentions), key=lambda d: min(d.mentions))
    ids: dict[str, str] = {}
    out = []
    for n, d in enumerate(drafts, 1):
        ids[d.key] = f"A{n}"
        out.append(Actor(
            id=f"A{n}", name=d.name, kind=d.kind, mentions=tuple(Span(s, e) for s, e in sorted(d.mentions)),
            name_en=d.name_en, country=d.country, sector=d.sector, code=code_of(d), title=d.title,
            wikidata=d.wikidata, key=d.dict_key,
        ))
    return tuple(out), ids


def make_stage(resources) -> ActorStage:
    return ActorStage(resources.cached("actors.compiled", compile_resources))
