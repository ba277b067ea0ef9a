"""Argument phrases: actor mentions (with coordination) and, where no actor was resolved, noun phrases
headed by a participant noun (``مسلحون``, ``عشرات المتظاهرين``, ``30 شخصا``)."""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.events.view import View
from rasd.resources_io import read_table, resource_path
from rasd.text.normalize import normalize

# Words that only qualify a participant noun that follows or precedes (quantities).
QUANTIFIERS = frozenset(normalize(w) for w in (
    "عشرات", "مئات", "آلاف", "الآلاف", "المئات", "عدد", "عددا", "بعض", "نحو", "حوالي", "أكثر", "اكثر", "أحد",
    "إحدى", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة", "عشرة", "ثلاث", "أربع", "خمس",
    "ست", "سبع", "ثماني", "تسع", "عشر", "عشرين", "ثلاثين", "أربعين", "خمسين", "مئة", "مائة", "ألف",
))


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


def _participant(v: View, i: int, parts: Participants) -> bool:
    if not v.words[i]:
        return False
    stem = v.stems[i]
    if stem in parts.nouns or v.words[i] in parts.nouns:
        return True
    w = v.words[i]
    return w.startswith("ال") and w[2:] in parts.nouns


def _sector(v: View, first: int, last: int, actor: str | None, parts: Participants) -> str:
    if actor is not None:
        return v.actor_sector.get(actor) or ""
    for k in range(first, last + 1):
        sector = parts.nouns.get(v.stems[k]) or parts.nouns.get(v.words[k])
        if sector:
            return sector
    return ""


def _np_at(v: View, i: int, parts: Participants, limit: int) -> tuple[int, int, str | None] | None:
    """(first, last, actor) of the argument starting at token ``i``, or None."""
    m = v.mention_at[i]
    if m is not None:
        return i, max(i, m.last), m.actor
    j = i
    while j < limit and j - i < 4 and (v.kinds[j] == "NUM" or v.stem(j) in QUANTIFIERS or v.word(j) in ("من", "عن", "يقل", "لا", "ما")):
        j += 1
    if j < limit and v.mention_at[j] is not None:
        m = v.mention_at[j]
        return i, max(j, m.last), m.actor
    if j < limit and _participant(v, j, parts):
        last = j
        while last + 1 < limit and _adjective(v, last + 1):
            last += 1
        return i, last, None
    return None


def _adjective(v: View, k: int) -> bool:
    w = v.words[k]
    if not w or v.mention_at[k] is not None:
        return False
    base = w[2:] if w.startswith("ال") else w
    return base.endswith(("ي", "يه", "يون", "يين", "يات", "ان")) and len(base) >= 4 and v.procl[k] in ("", "ال")


def group_at(v: View, i: int, parts: Participants, limit: int) -> Group | None:
    """The argument at token ``i`` with its coordinated members (``X وY``, ``X، Y وZ``)."""
    first = _np_at(v, i, parts, limit)
    if first is None:
        return None
    members = [first]
    k = first[1] + 1
    while k < limit:
        nxt = k + 1 if v.punct(k) in ("،", ",") else k
        if nxt >= limit or not v.words[nxt] or not (v.procl[nxt].startswith("و") or nxt != k):
            break
        more = _np_at(v, nxt, parts, limit)
        if more is None or (nxt != k and not _list_continues(v, more[1] + 1, limit)):
            break
        members.append(more)
        k = more[1] + 1
    actors = tuple(dict.fromkeys(a for _, _, a in members if a))
    spans = tuple((v.starts[a], v.ends[b]) for a, b, _ in members)
    sectors = tuple(_sector(v, a, b, act, parts) for a, b, act in members)
    return Group(first[0], members[-1][1], actors, spans, sectors)


def _list_continues(v: View, k: int, limit: int) -> bool:
    """After ``X، Y`` the list goes on only if another comma or a و-member follows."""
    return k < limit and (v.punct(k) in ("،", ",") or v.procl[k].startswith("و"))
