"""Roles a protest takes from its sentence when its trigger has none of its own: the protesters
named anywhere in the sentence (``اندلعت مظاهرة ... ورفع المتظاهرون``) and what they protest
against (``ضد X``, ``احتجاجا على X``, ``مطالبين X``, ``منددين بـX``)."""

from __future__ import annotations

from rasd.events.participants import QUANTIFIERS, Group, Participants, group_at
from rasd.events.view import View
from rasd.text.normalize import normalize

PROTESTERS = tuple(normalize(w) for w in ("متظاهر", "محتج", "معتصم", "مضرب"))
# Words after which the object of a protest follows (bare or after ب).
AGAINST = frozenset(normalize(w) for w in (
    "ضد", "مطالبين", "مطالبا", "مطالبة", "للمطالبة", "تطالب", "يطالبون", "طالبوا", "منددين", "منددا",
    "للتنديد", "تندد", "يندد", "رافعين", "رفضا", "تنديدا", "مناهضه", "المناهضه", "منددة", "المنددة", "مرددين",
    "يهتفون", "هتافات",
))
# Motive words whose object is the grievance (احتجاجا على تسريحهم): only a party named in it is a target.
MOTIVE = frozenset(normalize(w) for w in ("احتجاجا", "للاحتجاج", "احتجاج", "الاحتجاج"))
# Prepositions a protest cue takes before its object (احتجاجا على، تنديدا ب...).
_CUE_PREPS = frozenset(normalize(w) for w in ("على", "ضد", "ل"))
_EMPTY = Participants()


def _protester(v: View, k: int) -> bool:
    s = v.stems[k]
    return bool(s) and s.startswith(PROTESTERS)


def protesters(v: View, i: int) -> Group | None:
    """The protester phrase nearest to token ``i`` in its sentence, with its count (آلاف المتظاهرين)."""
    lo, hi = v.sentence_range(i)
    best = None
    for k in range(lo, hi):
        if _protester(v, k) and (best is None or abs(k - i) < abs(best - i)):
            best = k
    if best is None:
        return None
    start = best
    if v.stem(best - 1) in QUANTIFIERS or v.word(best - 1) in QUANTIFIERS:
        start = best - 1
    elif v.word(best - 1) == "من" and (v.stem(best - 2) in QUANTIFIERS or v.word(best - 2) in QUANTIFIERS):
        start = best - 2
    return group_at(v, start, _EMPTY, hi, loose=True) or group_at(v, best, _EMPTY, hi, loose=True)


def protested(v: View, i: int) -> Group | None:
    """The first ``ضد X`` / ``احتجاجا على X`` / ``مطالبين X`` / ``منددين بـX`` after token ``i`` in its
    sentence. When X is an issue (``زيارة بوش``، ``قرار الحكومة``) the party named in it is the target."""
    _, hi = v.sentence_range(i)
    for k in range(i + 1, min(hi, i + 24)):
        motive = v.words[k] in MOTIVE or v.stems[k] in MOTIVE
        if motive or v.words[k] in AGAINST or v.stems[k] in AGAINST:
            for j in (k + 1, k + 2):
                if j < hi and v.words[j] and v.words[j] not in _CUE_PREPS:
                    g = group_at(v, j, _EMPTY, hi, loose=True)
                    if g is not None:
                        party = _party_in(v, g, hi)
                        if party is not None or not (motive and g.common):
                            return party or g
            if not motive:
                return None  # احتجاجا على تشكيل المجالس ... مطالبين الحكومة: a party named later still counts
    return None


# Words that place a protest at a building (``أمام مقر البرلمان``، ``حول سفارة إستونيا``).
SITE = frozenset(normalize(w) for w in ("أمام", "امام", "حول", "قبالة", "مقابل"))
SEATS = frozenset(normalize(w) for w in ("مقر", "مبنى", "سفارة", "محكمة", "قصر", "وزارة", "برلمان"))
# Seats of power: a protest at a firm's or a school's door is about its grievance, not against the
# building's owner, but one at a parliament, an embassy or a court addresses that institution.
POWER = frozenset(normalize(w) for w in (
    "سفارة", "محكمة", "قصر", "وزارة", "برلمان", "حكومة", "رئاسة", "رئيس", "مجلس", "قنصلية", "محافظة", "بلدية"))


def protest_site(v: View, i: int) -> Group | None:
    """The institution at whose seat a protest is held is what it protests against: the phrase after
    ``أمام``/``حول`` (or ``إلى مقر``) within the protest's sentence, when it names a seat of power."""
    lo, hi = v.sentence_range(i)
    for k in range(max(lo, i - 8), min(hi, i + 16)):
        site = v.words[k] in SITE or v.stems[k] in SITE
        seat_after = k + 1 < hi and (v.stems[k + 1] in SEATS or v.words[k + 1] in SEATS)
        if site and seat_after or v.words[k] in ("الي", "حول") and seat_after:
            g = group_at(v, k + 1, _EMPTY, hi, loose=True)
            return g if g is not None and _of_power(v, g) else None
    return None


def _of_power(v: View, g: Group) -> bool:
    return bool(g.actors) or any(v.stems[k] in POWER or v.words[k] in POWER for k in range(g.first, g.last + 1))


def _party_in(v: View, g: Group, hi: int) -> Group | None:
    """The party inside an issue phrase: its named member, or the genitive or agent (على يد) after its
    head (``تنفيذ الإعدام بحق صدام``، ``مقتل ثلاثة مدنيين على يد قوات التحالف``)."""
    if not g.common:
        return None
    for k in range(g.first + 1, g.last + 1):  # a genitive inside the phrase: زيارة وزير الدفاع
        inner = group_at(v, k, _EMPTY, g.last + 1, loose=True)
        if inner is not None and not inner.common:
            return inner
    k = g.last + 1
    for _ in range(3):
        if k >= hi or not v.words[k]:
            return None
        if v.words[k] in ("علي", "بحق", "من", "ضد") or v.stem(k) == "يد":
            k += 1
            continue
        nxt = group_at(v, k, _EMPTY, hi, loose=True)
        if nxt is None:
            return None
        if not nxt.common:
            return nxt
        k = nxt.last + 1
    return None


# Types whose arguments may be things and places (a bus, a school, a checkpoint) and not only parties.
MATERIAL = frozenset({"ASSAULT", "COERCE", "PROTEST", "MOBILIZE"})


def parties_only(d) -> None:
    """Outside violence, coercion and protest a common noun is the issue (``استئناف المفاوضات``,
    ``قرارا``), not a party: such a source or target is dropped."""
    if d.type in MATERIAL:
        return
    if d.target is not None and d.target.common:
        d.target = None
    if d.source is not None and d.source.common:
        d.source = None


def fill_protest(v: View, d) -> None:
    """Give a protest without a source or target the ones its sentence names."""
    if d.type != "PROTEST":
        return
    if d.source is None:
        d.source = protesters(v, d.match.first)
    if d.target is None:
        d.target = protested(v, d.match.first) or protest_site(v, d.match.first)
