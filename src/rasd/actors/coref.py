"""Coreference that needs the whole document: titles alone, discourse markers, pronoun words.

* A title alone (``أمين المجلس الأعلى للأمن القومي``, ``الوزير الإيراني``) is the person given that
  title earlier in the text; failing that, the one dictionary person holding it for that country on
  the article's date; failing that, with a country, a person actor named by the title phrase.
* ``من جهته`` / ``بدوره`` / ``من جانبها`` ... is the person named right after it in the sentence, else
  the last person of the marker's gender.
* ``بلاده`` is the last person (of the pronoun's gender); ``سيادتها``/``أراضيها`` after it is that
  person's country.
"""

from __future__ import annotations

from bisect import bisect_left

from rasd.actors.candidates import Cand, EntityRec
from rasd.actors.resolve import Draft, Resolver
from rasd.text.normalize import normalize

# Titles the text and the dictionary write differently (normalised forms).
SYNONYMS = {
    "الرئيس": ("رئيس الجمهوريه",), "رئيس": ("رئيس الجمهوريه",), "رئيس الجمهوريه": ("الرئيس",),
    "رئيس الوزراء": ("رئيس مجلس الوزراء", "رئيس الحكومه"), "رئيس الحكومه": ("رئيس الوزراء", "رئيس مجلس الوزراء"),
    "العاهل": ("الملك",), "الملك": ("العاهل",), "وزير الخارجيه": ("وزير الخارجيه والمغتربين", "وزير الشوون الخارجيه"),
}
MARKER_REACH = 5  # words after a marker where the speaker's name may stand


def head_word(title: str) -> str:
    first = title.split()[0] if title.split() else ""
    return first[2:] if first.startswith("ال") and len(first) > 3 else first


def title_alone(r: Resolver, c: Cand) -> Draft | None:
    tp = c.title
    if tp is None or tp.title.honorific:
        return None
    text = tp.text
    if tp.title.relation:
        ante = next((p for _, p in reversed(r.people) if p.title), None)
        if ante is None or ante.title is None or tp.country is None:
            return None
        text = ante.title
    d = _earlier_holder(r, normalize(text), tp.country, len(tp.text.split()) == 1)
    if d is None and tp.country:
        d = _dictionary_holder(r, normalize(text), tp.country)
    if d is None and tp.country:
        key = f"title:{tp.country}:{normalize(text)}"
        name = r.ctx.text[c.start : c.end]
        d = r.draft(key, lambda: Draft(key, name, "person", country=tp.country, sector=tp.sector or None,
                                       title=text, title_from_text=True,
                                       gender="f" if tp.title.feminine else None))
    if d is None:
        return None
    if not d.title_from_text:
        d.title, d.title_from_text = text, True  # the title the text gives, not the dictionary's wording
    r.mention(d, c.start, c.end)
    r.people.append((c.i, d))
    return d


def _earlier_holder(r: Resolver, title: str, country: str | None, bare: bool) -> Draft | None:
    """The latest person with this title (same country), or with the same head word (``الوزير``)."""
    head = head_word(title)
    for _, d in reversed(r.people):
        if d.title is None or (country and d.country != country):
            continue
        own = normalize(d.title)
        if own == title or title in SYNONYMS.get(own, ()) or own in SYNONYMS.get(title, ()):
            return d
        if head_word(own) == head and (country or bare):
            return d
    return None


def _dictionary_holder(r: Resolver, title: str, country: str) -> Draft | None:
    day = r.ctx.day
    found = {}
    for t in (title, *SYNONYMS.get(title, ())):
        for entry in r.ctx.c.dictionary.holders.get((country, t), ()):
            for role in entry.roles:
                if role.country != country or normalize(role.title) != t:
                    continue
                if (day and role.start <= day and (not role.end or day[: len(role.end)] <= role.end)) or (
                    not day and not role.end
                ):
                    found[entry.key] = entry
    if len(found) != 1:
        return None
    return r.from_entry(next(iter(found.values())))


def marker(r: Resolver, c: Cand) -> Draft | None:
    ctx = r.ctx
    sentence = ctx.sentence_of[c.i]
    after = [d for k, d in r.people if c.j <= k < c.j + MARKER_REACH and ctx.sentence_of[k] == sentence]
    d = after[0] if after else _last_person(r, c.i, c.gender)
    if d is not None:
        r.mention(d, c.start, c.end)
    return d


def _people_before(r: Resolver, i: int):
    """People mentioned before word ``i``, nearest first (``r.people`` is in text order)."""
    people = r.people
    for n in range(bisect_left(people, i, key=lambda x: x[0]) - 1, -1, -1):
        yield people[n]


def _last_person(r: Resolver, i: int, gender: str | None) -> Draft | None:
    fallback = None
    for _, d in _people_before(r, i):
        if d.gender == gender:
            return d
        if fallback is None and d.gender is None:
            fallback = d
    return fallback


def homeland(r: Resolver, c: Cand, focus: dict[int, str]) -> Draft | None:
    """``بلاده``: the last person of the pronoun's gender; their country becomes the sentence's focus."""
    ctx = r.ctx
    sentence = ctx.sentence_of[c.i]
    d = None
    for k, p in _people_before(r, c.i):
        if sentence - ctx.sentence_of[k] > 1:
            break  # people are in text order: the rest are further back
        if p.gender == c.gender or p.gender is None:
            d = p
            break
    if d is None:
        return None
    r.mention(d, c.start, c.end)
    if d.country:
        focus[sentence] = d.country
    return d


def sovereign(r: Resolver, c: Cand, focus: dict[int, str]) -> Draft | None:
    """``سيادتها`` after ``بلاده`` in the same sentence: the country of that person."""
    country = focus.get(r.ctx.sentence_of[c.i])
    entry = r.ctx.c.dictionary.countries.get(country or "")
    if entry is None:
        return None
    d = r.from_entry(entry)
    r.mention(d, c.start, c.end)
    return d


def short_names(r: Resolver, hits) -> None:
    """Names NER missed that are precise because the actor is already named in full in this text:
    a dictionary short name (``داعش`` with ``تنظيم الدولة الإسلامية``) or a person's surname
    (``حتي`` after ``ناصيف حتي``; a surname that is also a common word needs a verb before it)."""
    ctx = r.ctx
    words = ctx.words
    named = {key for key, d in r.drafts.items() if any(r.entity_actor.get(m) == key for m in d.mentions)}
    surnames = {d.names[0][-1]: d for d in r.drafts.values()
                if d.kind == "person" and d.key in named and d.names and len(d.names[0]) >= 2}
    found: list[tuple[int, Draft, str]] = []
    for i, j, entries in hits:
        if j - i == 1 and i not in ctx.covered:
            entry = next((e for e in entries if e.key in named and e.kind != "country"), None)
            if entry is not None:
                found.append((i, r.drafts[entry.key], "PER" if entry.kind == "person" else "ORG"))
    for i, word in enumerate(words):
        d = surnames.get(word.nm) if word.is_word and i not in ctx.covered else None
        if d is not None and (word.nm not in ctx.c.lexicons.stopwords or _verb_before(ctx, i)):
            found.append((i, d, "PER"))
    for i, d, etype in found:
        start, end = words[i].name_start, words[i].end
        if (start, end) in r.entity_actor:
            continue
        r.added.append(EntityRec(start, end, etype, None))
        r.mention(d, start, end, True)
        if etype == "PER":
            r.people.append((i, d))
    r.people.sort(key=lambda x: x[0])


def _verb_before(ctx, i: int) -> bool:
    return ctx.is_verb(i - 1)
