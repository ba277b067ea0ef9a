"""Argument phrases: actor mentions (with coordination) and, where no actor was resolved, noun phrases
headed by a participant noun (``مسلحون``, ``عشرات المتظاهرين``, ``30 شخصا``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.events.nominal import closed, definite, entity_at, nominal
from rasd.events.view import View
from rasd.resources_io import read_table, resource_path
from rasd.text.normalize import normalize

# Words that only qualify a participant noun that follows or precedes (quantities).
QUANTIFIERS = frozenset(normalize(w) for w in (
    "عشرات", "مئات", "آلاف", "الآلاف", "المئات", "عدد", "عددا", "بعض", "نحو", "حوالي", "أكثر", "اكثر", "أحد",
    "إحدى", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "ثلاث", "أربع", "خمس",
    "ست", "سبع", "ثماني", "تسع", "عشر", "عشرين", "ثلاثين", "أربعين", "خمسين", "مئة", "مائة", "ألف",
    "عدة", "بضع", "بضعة", "اثنان", "اثنين", "اثنتين", "زهاء", "قرابة", "مئتي", "مائتي", "ألفي", "عددا", "الآلاف",
))

# "Most / all of them" after a count, naming who the counted are (``13 معظمهم من الشرطة``).
MOST = frozenset(normalize(w) for w in ("معظمهم", "أغلبهم", "غالبيتهم", "جميعهم", "كلهم", "أكثرهم"))
# Words inside a count (``ما لا يقل عن 28``, ``عشرات من``) that cannot start an argument themselves.
_COUNT_GLUE = frozenset(normalize(w) for w in ("من", "عن", "يقل", "لا", "ما", "و"))


@dataclass(frozen=True)
class Participants:
    nouns: dict[str, str] = field(default_factory=dict)  # normalised noun -> sector


def load(resources=None) -> Participants:
    root = getattr(resources, "root", None)
    path = root / "events" / "participants.tsv" if root is not None else resource_path("events", "participants.tsv")
    nouns = {}
    # The actors package's generic heads (الجيش، السلطات، الوحدات الأمنية) name participants too.
    lex = (root / "lexicons" / "generic_heads.tsv") if root is not None else resource_path("lexicons", "generic_heads.tsv")
    if lex.exists():
        for row in read_table(lex).rows:
            words = normalize(row["head"]).split()
            if words and row.get("sector"):
                first = words[0][2:] if words[0].startswith("ال") else words[0]
                nouns.setdefault(first, row["sector"])
    for row in read_table(path).rows:
        nouns[normalize(row["noun"])] = row.get("sector", "")
    return Participants(nouns)


def compiled(resources) -> Participants:
    return resources.cached("events.participants", load)


@dataclass(frozen=True, slots=True)
class Group:
    """A coordinated argument: token range, actor ids and the character spans of its members."""

    first: int
    last: int
    actors: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]
    sectors: tuple[str, ...] = ()
    # Named, a participant noun or definite: can be an agent. An indefinite common noun
    # (``منزلا``, ``أسلحة``) is an object unless nothing else is.
    agentive: bool = True
    # Only a common noun (neither a name nor a participant noun): a thing or an issue as often as
    # a party (``المفاوضات``, ``منزلا``).
    common: bool = False


def _participant(v: View, i: int, parts: Participants) -> bool:
    if not v.words[i]:
        return False
    stem = v.stems[i]
    if stem in parts.nouns or v.words[i] in parts.nouns:
        return True
    if stem.endswith("ا") and stem[:-1] in parts.nouns:  # the accusative of an indefinite: مهندسا
        return True
    w = v.words[i]
    return w.startswith("ال") and w[2:] in parts.nouns


def _sector(v: View, first: int, last: int, actor: str | None, parts: Participants) -> str:
    if actor is not None:
        return v.actor_sector.get(actor) or ""
    for k in range(first, last + 1):
        sector = parts.nouns.get(v.stems[k]) or parts.nouns.get(v.words[k]) or parts.nouns.get(v.stems[k][:-1])
        if sector:
            return sector
    return ""


def _np_at(v: View, i: int, parts: Participants, limit: int, loose: bool = False) -> tuple[int, int, str | None, bool, bool] | None:
    """(first, last, actor) of the argument starting at token ``i``, or None. Strictly: an actor
    mention, a named entity, a participant noun, or any noun after a count (``أربعة مهندسين``);
    ``loose`` also takes any word that looks nominal (``الحركة``, ``دورية للشرطة``)."""
    m = v.mention_at[i]
    if m is not None:
        return i, max(i, m.last), m.actor, True, False
    if v.word(i) in _COUNT_GLUE and not (v.word(i) == "ما" and v.word(i + 1) == "لا"):
        return None
    j = i
    while j < limit and j - i < 6 and (v.kinds[j] == "NUM" or _quantifier(v, j) or v.word(j) in _COUNT_GLUE):
        if _quantifier(v, j) and definite(v, j) and v.word(j + 1) != "من" and not _participant(v, j + 1, parts):
            return i, j, None, True, False  # الآلاف، المئات stand alone
        j += 1
    if j >= limit:
        return None
    if v.mention_at[j] is not None:
        m = v.mention_at[j]
        return i, max(j, m.last), m.actor, True, False
    ent = entity_at(v)[j]
    if ent is not None and ent[0] < limit:
        return i, ent[0], None, True, False
    counted = j > i and (v.kinds[i] == "NUM" or _quantifier(v, i))
    if counted and v.word(j) in MOST and v.word(j + 1) == "من" and j + 2 < limit and nominal(v, j + 2):
        return i, _extent(v, j + 2, parts, limit), None, True, False  # 13 معظمهم من أفراد الشرطة
    person = _participant(v, j, parts)
    if person or ((loose or counted) and nominal(v, j)):
        return i, _extent(v, j, parts, limit), None, person or definite(v, j), not person and not counted
    if counted and v.word(j) in ("منهم", "منها", "منهما", "اخرون", "اخرين"):
        return i, j, None, True, False  # عشرات منهم، 18 آخرون
    return None


def _quantifier(v: View, k: int) -> bool:
    return v.stem(k) in QUANTIFIERS or v.word(k) in QUANTIFIERS


def _extent(v: View, head: int, parts: Participants, limit: int) -> int:
    """The last token of the phrase headed at ``head``: its genitives (``قوات مكافحة الإرهاب``) and
    agreeing adjectives (``مسلحين مجهولين``, ``القوات الإسرائيلية``), at most four more words."""
    last = head
    while last + 1 < limit and last - head < 4:
        n = last + 1
        if (_construct(v, last) or _apposition(v, head, n)) and (v.mention_at[n] is not None or entity_at(v)[n] is not None):
            m = v.mention_at[n]
            ent = entity_at(v)[n]
            end = m.last if m is not None else ent[0]
            last = min(max(n, end), limit - 1)
            break
        if _construct(v, last) and nominal(v, n) and not v.procl[n].startswith(("و", "ف")):
            last = n
            continue
        if _adjective(v, n) or _agrees(v, last, n, parts):
            last = n
            continue
        break
    return last


def _apposition(v: View, head: int, n: int) -> bool:
    """A definite title before a person's name names the same person (``المدرس هاني نعيم``)."""
    if not definite(v, head) or v.procl[n]:
        return False
    m = v.mention_at[n]
    if m is not None:
        return v.actor_kind.get(m.actor) == "person" and m.first == n
    ent = entity_at(v)[n]
    return ent is not None and ent[1] == "PER"


def _construct(v: View, k: int) -> bool:
    """Can ``k`` govern a genitive: no article, no pronoun, no nunation or sound-plural ending."""
    if v.kinds[k] != "WORD" or "ال" in v.procl[k] or v.encl[k] or v.words[k].startswith("ال"):
        return False
    s = v.stems[k]
    return not s.endswith(("ون", "ين", "ان", "ا")) and s not in QUANTIFIERS


def _agrees(v: View, head: int, k: int, parts: Participants) -> bool:
    """A word after a noun with the same article and plural ending qualifies it (``المتظاهرين
    المعارضين``) unless it is a participant noun of its own after a definite head."""
    if v.kinds[k] != "WORD" or v.procl[k] not in ("", "ال") or closed(v, k) or v.mention_at[k] is not None:
        return False
    if definite(v, head) != definite(v, k):
        return False
    a, b = v.stems[head], v.stems[k]
    for end in ("ين", "ون", "ات", "ه"):
        if a.endswith(end) and b.endswith(end) and len(b) > 3:
            return not (definite(v, head) and _participant(v, k, parts)) or end in ("ين", "ون") and not definite(v, head)
    return False


def _adjective(v: View, k: int) -> bool:
    w = v.words[k]
    if not w or v.mention_at[k] is not None or closed(v, k):
        return False
    base = w[2:] if w.startswith("ال") else w
    return base.endswith(("ي", "يه", "يون", "يين", "يات", "يان", "يا")) and len(base) >= 4 and v.procl[k] in ("", "ال")


def group_at(v: View, i: int, parts: Participants, limit: int, loose: bool = False) -> Group | None:
    """The argument at token ``i`` with its coordinated members (``X وY``, ``X، Y وZ``), memoised
    per view: neighbouring triggers scan the same words."""
    memo = v.__dict__.setdefault("_rasd_groups", {})
    key = (i, limit, loose, id(parts))
    if key not in memo:
        memo[key] = _group_at(v, i, parts, limit, loose)
    return memo[key]


def _group_at(v: View, i: int, parts: Participants, limit: int, loose: bool) -> Group | None:
    first = _np_at(v, i, parts, limit, loose)
    if first is None:
        return None
    members = [first]
    k = first[1] + 1
    while k < limit:
        nxt = k + 1 if v.punct(k) in ("،", ",") else k
        if nxt >= limit or not v.words[nxt] or not (v.procl[nxt].startswith("و") or nxt != k):
            break
        more = _np_at(v, nxt, parts, limit, loose)
        if more is None or (nxt != k and not _list_continues(v, more[1] + 1, limit)):
            break
        if more[3] != first[3] and more[2] is None:  # an object after a named agent is no list member
            break
        members.append(more)
        k = more[1] + 1
    actors = tuple(dict.fromkeys(a for _, _, a, _, _ in members if a))
    spans = tuple((v.starts[a], v.ends[b]) for a, b, _, _, _ in members)
    sectors = tuple(_sector(v, a, b, act, parts) for a, b, act, _, _ in members)
    return Group(first[0], members[-1][1], actors, spans, sectors, first[3], all(m[4] for m in members))


def _list_continues(v: View, k: int, limit: int) -> bool:
    """After ``X، Y`` the list goes on only if another comma or a و-member follows."""
    return k < limit and (v.punct(k) in ("،", ",") or v.procl[k].startswith("و"))
