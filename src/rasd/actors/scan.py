"""One document as the resolver sees it: words, entity spans by token, and the phrase finders.

Everything is a dictionary look-up on a word's forms; ``triggers`` says which phrase indexes a first
form can start, so most words cost one look-up per form.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from rasd.actors.dictionary import ActorDictionary, Entry, Nisba
from rasd.actors.forms import Word
from rasd.actors.lexicons import Head, Lexicons, Title

COMMA = frozenset({"،", ","})
PLACE_PREPS = frozenset({"في", "لدي"})  # سفيرة هولندا في طهران، مندوب سوريا لدى الأمم المتحدة
MINISTRY = "وزاره"
# Titles of envoys, the only ones followed by where they serve (سفيرة هولندا في طهران).
ENVOYS = frozenset({"سفير", "سفيره", "مندوب", "مندوبه", "ممثل", "ممثله", "مبعوث", "مبعوثه", "قنصل", "القائم", "قائم"})
# Bit flags of ``triggers``.
NAME, CAPITAL, NISBA, TITLE, GENERIC, MARKER, GIVEN = 1, 2, 4, 8, 16, 32, 64
COMMON_COUNT = 10  # a word seen this often in the news word-form table is vocabulary, not a name


@dataclass(frozen=True, slots=True)
class EntitySpan:
    index: int  # position in the entity list
    i: int
    j: int
    type: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TitlePhrase:
    """A title with what qualifies it: ``وزير الخارجية الإيراني``, ``أمين المجلس الأعلى للأمن القومي``."""

    i: int
    j: int  # end word index of the whole phrase (complement, nisba, place included)
    head_end: int  # end word index of the title words themselves (``وزير الخارجية``)
    title: Title
    text: str  # title as written, complement included, nisba and place excluded
    country: str | None
    sector: str | None


@dataclass(frozen=True, slots=True)
class Compiled:
    """Everything the stage compiles once per process."""

    dictionary: ActorDictionary
    lexicons: Lexicons
    counts: dict[str, int]
    triggers: dict[str, int]


def compile_triggers(d: ActorDictionary, lex: Lexicons) -> dict[str, int]:
    triggers: dict[str, int] = {}
    for flag, index in ((NAME, d.names), (CAPITAL, d.capitals), (NISBA, d.nisbas), (TITLE, lex.titles),
                        (GENERIC, lex.generic), (MARKER, lex.markers), (GIVEN, lex.given_phrases)):
        for key in index:
            triggers[key[0]] = triggers.get(key[0], 0) | flag
    for form in lex.markers:  # ومن جهته، وبدوره
        for conj in ("و", "ف"):
            triggers[conj + form[0]] = triggers.get(conj + form[0], 0) | MARKER
    triggers[MINISTRY] = triggers.get(MINISTRY, 0) | GENERIC
    return triggers


@dataclass
class Context:
    text: str
    words: list[Word]
    c: Compiled
    day: str | None
    sentence_of: list[int]  # sentence number of each word
    flag_of: list[int]  # trigger flags of each word (which phrase indexes it may start)
    entities: list[EntitySpan] = field(default_factory=list)
    entity_at: dict[int, EntitySpan] = field(default_factory=dict)  # first word -> entity
    covered: dict[int, EntitySpan] = field(default_factory=dict)  # every word -> entity

    def flags(self, k: int) -> int:
        return self.flag_of[k]

    def is_verb(self, k: int) -> bool:
        """A listed verb form, or an imperfect verb by evidence (تتحمل: يتحمل is a known form)."""
        if k < 0 or k >= len(self.words) or not self.words[k].is_word:
            return False
        word, verbs = self.words[k], self.c.lexicons.verbs
        if word.w in verbs or word.nm in verbs:
            return True
        nm = word.nm
        return len(nm) >= 4 and nm[0] in "تي" and self.c.counts.get("ي" + nm[1:], 0) > 0 and nm not in self.c.lexicons.given

    def span_text(self, i: int, j: int) -> str:
        return self.text[self.words[i].name_start : self.words[j - 1].end]

    def nisba_at(self, k: int) -> tuple[int, Nisba] | None:
        if k >= len(self.words) or not self.c.triggers.get(self.words[k].w, 0) & NISBA:
            return None
        hit = self.c.dictionary.nisbas.longest(self.words, k, (self.words[k].w,))
        return (hit[0], hit[1][0]) if hit else None

    def country_at(self, k: int, first_forms=None) -> tuple[int, Entry] | None:
        """A country name starting at word ``k`` (``كوريا الجنوبية``)."""
        if k >= len(self.words):
            return None
        hit = self.c.dictionary.names.longest(self.words, k, first_forms)
        if hit:
            for entry in hit[1]:
                if entry.kind == "country":
                    return hit[0], entry
        return None

    def org_at(self, k: int) -> tuple[int, str | None, str | None] | None:
        """An organisation starting at ``k``: (end, country, sector), from an ORG entity or the dictionary."""
        if k >= len(self.words):
            return None
        ent = self.entity_at.get(k)
        hit = self.c.dictionary.names.longest(self.words, k) if self.flags(k) & NAME else None
        if hit:
            for entry in hit[1]:
                if entry.kind in ("organization", "group") and (ent is None or hit[0] >= ent.j):
                    return hit[0], entry.country, entry.sector
        if ent is not None and ent.type == "ORG":
            return ent.j, self.country_inside(ent.i, ent.j), None
        return None

    def country_inside(self, i: int, j: int) -> str | None:
        for k in range(i, j):
            nis = self.nisba_at(k)
            if nis:
                return nis[1].country
        return None


def build_context(text: str, words: list[Word], sentences, entities, c: Compiled, day: str | None) -> Context:
    sent_starts = [s.start for s in sentences]
    sentence_of = [max(0, bisect_right(sent_starts, w.start) - 1) for w in words]
    t = c.triggers
    flag_of = []
    for w in words:
        f = 0
        for form in w.keys:
            f |= t.get(form, 0)
        flag_of.append(f)
    ctx = Context(text, words, c, day, sentence_of, flag_of)
    set_entities(ctx, entities)
    return ctx


def set_entities(ctx: Context, entities) -> None:
    """Index entity spans by word: first word -> entity, every covered word -> entity."""
    ctx.entities, ctx.entity_at, ctx.covered = [], {}, {}
    words = ctx.words
    starts = [w.start for w in words]
    for n, ent in enumerate(entities):
        i = bisect_right(starts, ent.start) - 1
        if i < 0 or words[i].end <= ent.start:
            i += 1
        j = bisect_left(starts, ent.end)
        if i >= j or i >= len(words):
            continue
        add_entity_span(ctx, EntitySpan(n, i, j, ent.type, ent.start, ent.end))


def add_entity_span(ctx: Context, span: EntitySpan) -> None:
    ctx.entities.append(span)
    ctx.entity_at.setdefault(span.i, span)
    for k in range(span.i, span.j):
        ctx.covered.setdefault(k, span)


def title_at(ctx: Context, i: int) -> TitlePhrase | None:
    """The title phrase starting at word ``i``, with its complement, nisba and place."""
    words = ctx.words
    hit = ctx.c.lexicons.titles.longest(words, i, (words[i].nm, words[i].bare))
    if hit is None:
        return None
    j, titles = hit
    title = titles[0]
    country, sector = None, title.sector
    text_end = j
    if j < len(words) and words[j].w == "باسم":  # المتحدث باسم الخارجية الإيرانية
        j += 1
    org = ctx.org_at(j)
    if org is None and j < len(words):
        generic = generic_at(ctx, j)
        if generic is not None:
            org = (generic[0], generic[2], generic[1].sector)
    if org is not None:
        j, country = org[0], org[1]
        sector = sector or org[2]
        text_end = j
    elif (place := ctx.country_at(j, (words[j].w,) if j < len(words) else None)) is not None:
        j, country = place[0], place[1].country  # سفيرة هولندا
    nis = ctx.nisba_at(j)
    if nis is not None:
        j, country = nis[0], country or nis[1].country
    first = words[i].bare
    if first in ENVOYS:
        j = _place_after(ctx, j)
    return TitlePhrase(i, j, hit[0], title, ctx.span_text(i, text_end), country, sector)


def _place_after(ctx: Context, j: int) -> int:
    """Skip ``في طهران`` / ``لدى الأمم المتحدة`` after an envoy's title."""
    words = ctx.words
    if j + 1 >= len(words) or words[j].w not in PLACE_PREPS:
        return j
    ent = ctx.entity_at.get(j + 1)
    if ent is not None and ent.type in ("LOC", "ORG"):
        return ent.j
    cap = ctx.c.dictionary.capitals.longest(words, j + 1, (words[j + 1].w,))
    if cap:
        return cap[0]
    return j


def generic_at(ctx: Context, i: int) -> tuple[int, Head, str] | None:
    """(end, head, country) of ``head + nisba`` or ``head + country name`` (``الحكومة اللبنانية``)."""
    words = ctx.words
    hit = ctx.c.lexicons.generic.longest(words, i, (words[i].nm,))
    if hit is None:
        return None
    j, heads = hit
    nis = ctx.nisba_at(j)
    if nis is not None and agrees(words[j - 1].w, nis[1]):
        return nis[0], heads[0], nis[1].country
    if not words[i].nm.startswith("ال"):  # construct state: جيش كوريا الجنوبية، حكومة لبنان
        country = ctx.country_at(j, (words[j].w,) if j < len(words) else None)
        if country is not None:
            return country[0], heads[0], country[1].country
    return None


def agrees(head: str, nisba: Nisba) -> bool:
    """Head and nisba agree: الحكومة اللبنانية، القوات الروسية، الجيش الأمريكي، المسؤولون السوريون."""
    if head.endswith(("ه", "ات")):
        return nisba.feminine
    if head.endswith(("ون", "ين")):
        return nisba.number == "pl" and not nisba.feminine
    return not nisba.feminine and nisba.number == "sg"


def ministry_at(ctx: Context, i: int) -> tuple[int, str, str] | None:
    """(end, portfolio as written, country) of ``وزارة + portfolio + nisba`` (``وزارة الخارجية الروسية``)."""
    words = ctx.words
    if words[i].bare != MINISTRY and words[i].nm != MINISTRY:
        return None
    for size in (1, 2):
        end = i + 1 + size
        if end > len(words) or not all(w.is_word and w.w.startswith("ال") for w in words[i + 1 : end]):
            return None
        nis = ctx.nisba_at(end)
        if nis is not None:
            portfolio = ctx.text[words[i + 1].start : words[end - 1].end]
            return nis[0], portfolio, nis[1].country
    return None


def name_after(ctx: Context, j: int, limit: int) -> int | None:
    """End of a person's name starting at ``j`` judged from the name lexicons (unknown names too)."""
    words, lex, counts = ctx.words, ctx.c.lexicons, ctx.c.counts
    k, parts, unknown, known = j, 0, 0, 0
    while k < limit and parts < 5:
        wd = words[k]
        form = wd.nm if k == j else wd.w
        if not wd.is_word or wd.proclitic or (k > j and k in ctx.entity_at):
            break
        phrase = lex.given_phrases.longest(words, k, (form,)) if ctx.c.triggers.get(form, 0) & GIVEN else None
        if phrase:
            k, parts, known = phrase[0], parts + 2, known + 1
            continue
        if form in lex.given or form in lex.family:
            k, parts, known = k + 1, parts + 1, known + 1
            continue
        if form in lex.particles and k + 1 < limit and words[k + 1].is_word:
            k, parts = k + 2, parts + 2
            continue
        if unknown >= 2 or not known or not _could_be_name(ctx, form, lex, counts):
            break  # an unknown word continues a name that started with a known one
        k, parts, unknown = k + 1, parts + 1, unknown + 1
    return k if k > j else None


def _could_be_name(ctx: Context, form: str, lex: Lexicons, counts: dict[str, int]) -> bool:
    if form in lex.stopwords or form in lex.verbs or counts.get(form, 0) >= COMMON_COUNT:
        return False
    if form.startswith("ال") or (len(form) >= 4 and form[0] in "يت"):
        return False  # definite nouns and imperfect verbs; names with ال are in the family list
    return not (ctx.c.triggers.get(form, 0) & (NISBA | TITLE | GENERIC))
