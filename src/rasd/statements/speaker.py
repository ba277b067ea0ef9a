"""Speaker noun phrases: the subject after a reporting verb, a subject before it, and the name inside.

Arabic news puts the subject right after the verb (``وقال مصدر في الشرطة إن``), often with a title
and an apposition (``لفت عضو كتلة المستقبل، النائب عمار حوري، الى أن``) and with adverbials around
it (``أمس``، ``لـ«الشرق الأوسط»``، ``في بيان``). The phrase ends where the complement starts.
"""

from __future__ import annotations

from rasd.statements import words as W
from rasd.statements.context import View
from rasd.statements.names import NameLexicon

MAX_NP = 12
_NAMING = frozenset({"يدعي", "ويدعي", "تدعي", "وتدعي", "ويسمي", "يسمي"})
# Prepositions that end a subject phrase (في and من often stay inside: ``مصدر في الشرطة``).
NP_BREAK_PREPS = frozenset(
    ["الي", "علي", "عن", "مع", "حول", "خلال", "امام", "لدي", "عند", "بعد", "قبل", "منذ", "ضد", "عبر", "نحو", "حتي", "تجاه", "بشان", "ازاء", "اثناء", "عقب", "اثر"]
)
PRONOUN_PPS = frozenset({"فيه", "فيها", "فيهم", "له", "لها", "لهم", "عنه", "عنها", "عليه", "عليها", "به", "بها", "ايضا"})


def has_clitic(v: View, i: int, clitic: str) -> bool:
    p = v.procl[i]
    return clitic in p.replace("ال", "")


def is_l_channel(v: View, i: int) -> bool:
    """``لـ«الشرق الأوسط»``, ``لوكالة``, ``للصحافيين``: a ل-phrase naming who was told."""
    w = v.word(i)
    if w == "ل":
        return True
    if not (w.startswith("ل") and has_clitic(v, i, "ل")):
        return False
    stem = w[1:]
    return stem in W.TOLD_NOUNS or "ال" + stem in W.TOLD_NOUNS or stem.startswith("ل") and "ا" + stem in W.TOLD_NOUNS


def skip_adverbials(v: View, j: int, limit: int, stop=None) -> int:
    """First index at or after ``j`` that is not a time word, pronoun PP, channel or relay phrase;
    ``stop(k)`` marks tokens a skipped phrase may not run over (another report)."""
    while j < limit:
        w = v.word(j)
        if v.is_punct(j, "،,") or w in W.TIME_WORDS or w in PRONOUN_PPS or v.kinds[j] == "NUM" and v.word(j + 1) in W.TIME_WORDS:
            j += 1
        elif w in W.CHANNEL_PREPS and _channel_noun(v, j + 1):
            j = _skip_channel(v, j + 2, limit)
        elif is_l_channel(v, j):
            j = _skip_channel(v, j, limit, told=True)
        elif w in W.RELAY_WORDS or w in W.RESPONSE_WORDS:
            j = _skip_to_comma(v, j + 1, limit, 10 if w in W.RESPONSE_WORDS else 6)
        elif w == "من" and v.word(j + 1) in W.TIME_WORDS:
            j += 2
        elif w in ("لدي", "خلال", "اثناء", "عقب", "اثر", "امام"):
            end = _skip_to_comma(v, j + 1, limit, 10)
            cut = next((k for k in range(j + 1, end) if stop is not None and stop(k)), None)
            j = end if cut is None else cut
        elif v.kinds[j] in ("PUNCT", "SYM") and v.text[v.starts[j]] == "ـ":
            j += 1
        else:
            return j
    return j


def _channel_noun(v: View, i: int) -> bool:
    w = v.word(i)
    return w in W.CHANNEL_NOUNS or (w[:1] == "ب" and w[1:] in W.CHANNEL_NOUNS)


def _skip_channel(v: View, j: int, limit: int, told: bool = False) -> int:
    """Skip the rest of a channel phrase: an optional ل-phrase and a quoted or one-word outlet."""
    if told or (j < limit and is_l_channel(v, j)):
        if v.word(j) == "ل" or v.word(j) == "":
            j += 1
            while j < limit and v.kinds[j] in ("PUNCT", "SYM") and v.text[v.starts[j]] == "ـ":
                j += 1
        else:
            j += 1
            return _skip_outlet_tail(v, j, limit)
        if j < limit and j in v.close_of:
            return v.close_of[j] + 1
        return _skip_outlet_tail(v, j, limit)
    return j


def _skip_outlet_tail(v: View, j: int, limit: int) -> int:
    """After ``لوكالة``: up to two definite words (``الصحافة الفرنسية``) or a quoted name."""
    if j < limit and j in v.close_of:
        return v.close_of[j] + 1
    k = 0
    while j < limit and k < 2 and v.word(j).startswith("ال") and v.word(j) not in W.COMPLEMENTIZERS:
        j += 1
        k += 1
    return j


def _skip_to_comma(v: View, j: int, limit: int, most: int) -> int:
    for k in range(j, min(limit, j + most)):
        if v.is_punct(k, "،,"):
            return k + 1
        if v.word(k) in W.COMPLEMENTIZERS or v.is_punct(k, ":«\"“"):
            return k
    return min(limit, j + 2)


def is_nameish(v: View, names: NameLexicon, i: int) -> bool:
    w = v.word(i)
    if not w:
        return False
    ent = v.entity_at[i]
    if ent is not None and getattr(ent, "type", "") in ("PER", "ORG", "LOC"):
        return True
    return names.is_name_word(w) or names.phrase_at(v.norms, i) > 0


def np_extent(v: View, names: NameLexicon, j: int, limit: int, stop) -> int:
    """End (exclusive) of the subject noun phrase starting at ``j``; ``stop(k)`` tells complements."""
    k = j
    while k < limit and k - j < MAX_NP:
        w = v.word(k)
        if k > j and w in _NAMING:
            k += 1
            continue
        if v.kinds[k] == "PUNCT" and k > j:
            ch = v.norms[k]
            if ch in "،," and _apposition(v, names, k + 1):
                k += 1
                continue
            if ch == "(" and k in v.close_of and v.close_of[k] - k <= 5:
                k = v.close_of[k] + 1
                continue
            if k in v.close_of and _quoted_name(v, k):
                k = v.close_of[k] + 1
                continue
        if k > j and stop(k):
            return k
        if v.kinds[k] == "PUNCT":
            return k
        if k > j and (w in W.TIME_WORDS or w in W.RELAY_WORDS or w in W.RELATIVES or w in W.COMPLEMENTIZERS):
            return k
        if k > j and (is_l_channel(v, k) and not is_nameish(v, names, k)):
            return k
        if k > j and w in W.CHANNEL_PREPS and _channel_noun(v, k + 1):
            return k
        if k > j and (w in PRONOUN_PPS or w in NP_BREAK_PREPS):
            return k
        if v.kinds[k] not in ("WORD", "NUM", "LATIN"):
            return k
        k += 1
    return k


def _apposition(v: View, names: NameLexicon, i: int) -> bool:
    w = v.word(i)
    return bool(w) and (w in W.TITLE_WORDS or w in W.SPEAKER_HEADS or names.given.get(w) is not None or w in W.RELATIVES)


def _quoted_name(v: View, q: int) -> bool:
    """A short quoted name right after a title head (``الداعية الإسلامي «أبو عمر المصري»``)."""
    heads = W.TITLE_WORDS | W.SPEAKER_HEADS
    return (v.word(q - 1) in heads or v.word(q - 2) in heads) and v.close_of[q] - q <= 10


def name_in_np(v: View, names: NameLexicon, a: int, b: int) -> tuple[int, int]:
    """The token range of the name inside NP [a, b): a PER entity, a given name run, or the NP."""
    for k in range(a, b):  # a quoted name: ``الداعية «أبو عمر المصري (44 عاما)»``
        if k in v.close_of and v.close_of[k] < b and v.text[v.starts[k]] in "«\"“":
            end = next((x for x in range(k + 1, v.close_of[k]) if v.is_punct(x, "(")), v.close_of[k])
            if end > k + 1:
                return k + 1, end
    ents = [v.entity_at[k] for k in range(a, b) if v.entity_at[k] is not None]
    per = [e for e in ents if getattr(e, "type", "") == "PER"]
    if per:
        return _token_range(v, per[0], a, b)
    if ents and v.entity_at[a] is not None:
        return _token_range(v, v.entity_at[a], a, b)
    if ents:
        return a, b
    for k in range(a, b):
        w = v.word(k)
        after_title = k > a and v.word(k - 1) in W.TITLE_WORDS and _plain(w)
        after_definite = (
            k > a + 1 and v.word(k - 1).startswith("ال") and _plain(w) and not w.startswith("ال")
            and not has_clitic(v, k, "ل") and not has_clitic(v, k, "ب")
        )
        if _given(v, names, k) or after_title or after_definite:
            end = k + 1
            while end < b and end - k < 4 and _name_tail(v, names, end):
                end += 1
            return k, end
    return a, b


def _plain(w: str) -> bool:
    """Could start a name: not a head, title, preposition or nisba adjective."""
    if not w or w in W.SPEAKER_HEADS or w in W.TITLE_WORDS or w in W.PREPOSITIONS or w in W.TIME_WORDS:
        return False
    if w in W.QUANTIFIERS or w in W.AMBIGUOUS_GIVEN:
        return False
    return not w.endswith(("ي", "يه", "يون", "يين")) or len(w) < 4


def given_at(v: View, names: NameLexicon, k: int) -> bool:
    return _given(v, names, k)


def _given(v: View, names: NameLexicon, k: int) -> bool:
    w = v.word(k)
    if w not in names.given:
        return False
    if w in W.AMBIGUOUS_GIVEN:
        nxt = v.word(k + 1)
        return nxt in names.given or nxt in names.family
    return True


def _name_tail(v: View, names: NameLexicon, i: int) -> bool:
    w = v.word(i)
    if not w or v.kinds[i] != "WORD" or w in W.QUANTIFIERS:
        return False
    if w.startswith("ال") and w not in names.family:
        prev = v.word(i - 1)
        if not (prev in names.given or prev in ("عبد", "ابو", "ابي", "بن", "ابن")):
            return False
    if w in W.TITLE_WORDS or w in W.SPEAKER_HEADS or w in W.PREPOSITIONS or w in W.TIME_WORDS:
        return False
    return not (w.startswith("ل") and has_clitic(v, i, "ل"))


def _token_range(v: View, ent, a: int, b: int) -> tuple[int, int]:
    ks = [k for k in range(a, b) if v.entity_at[k] is ent]
    return ks[0], ks[-1] + 1


def preverbal_subject(v: View, names: NameLexicon, cue: int, sent_start: int) -> tuple[int, int] | None:
    """Subject before the verb: ``لكن محللين قالوا``, ``وكان مسؤول ... قد اعلن``."""
    k = cue - 1
    if v.word(k) == "قد":
        k -= 1
    end = k + 1
    while k >= sent_start and end - k <= 8:
        w = v.word(k)
        if v.kinds[k] == "PUNCT" or w in W.CONNECTIVES or w in ("لكن", "ولكن", "الا", "غير") or w in W.COMPLEMENTIZERS:
            break
        k -= 1
    start = k + 1
    if start >= end or end - start > 7:
        return None
    first = v.word(start)
    if not first or first in W.NOT_SUBJECT_START or first in W.PREPOSITIONS:
        return None
    if "و" in v.procl[start] and "ال" not in v.procl[start] and not is_nameish(v, names, start):
        return None
    bw = v.word(k)
    boundary_ok = k < sent_start or v.kinds[k] == "PUNCT" or bw in W.CONNECTIVES or bw in ("لكن", "ولكن") or bw in W.COMPLEMENTIZERS
    if not boundary_ok:
        return None
    looks = first in W.SPEAKER_HEADS or is_nameish(v, names, start) or first.endswith(("ون", "ين"))
    return (start, end) if looks else None
