"""Arguments that a verbal noun takes from the words around it rather than from its own phrase:
the subject of a support verb (``قام مسلحون بخطف``, ``إسرائيل نفذت ضربة``), the one who suffers
(``تعرض X لهجوم``, ``نجا X من محاولة اغتيال``) and the victims of a result clause (``انفجار ... أدى
إلى مقتل عشرة أشخاص``)."""

from __future__ import annotations

from rasd.events.participants import Group, Participants, group_at
from rasd.events.view import View
from rasd.text.normalize import normalize


def _perfect(*bases: str) -> frozenset[str]:
    out = set()
    for b in bases:
        b = normalize(b)
        out.update((b, b + "ت", b + "وا", b + "ا", b + "تا"))
    return frozenset(out)


def _imperfect(*bases: str) -> frozenset[str]:
    out = set()
    for b in bases:
        b = normalize(b)
        out.update(p + b + s for p in "يت" for s in ("", "ون", "ان"))
    return frozenset(out)


# Verbs that lend their subject to the verbal noun after them.
SUPPORT = _perfect("قام", "نفذ", "شن", "ارتكب", "أجرى", "وجه", "تبنى", "أقدم", "عمد", "نظم", "خرج", "أطلق") | _imperfect(
    "قوم", "نفذ", "شن", "رتكب", "نظم", "طلق")
# Verbs of claiming an attack (``تبنى``، ``أعلن مسؤوليته عن``).
CLAIM = _perfect("أعلن", "تحمل") | _imperfect("تبنى", "علن") | frozenset(normalize(w) for w in (
    "تبنى", "تبنت", "تبنوا", "تبنيا", "تبنا", "تبناها"))
# Verbs and nouns whose subject or possessor undergoes the noun after ل or من.
UNDERGO = _perfect("تعرض", "نجا", "نجت") | _imperfect("تعرض") | frozenset(normalize(w) for w in ("تعرض", "نجاة"))
# Result verbs and the casualty nouns after them.
RESULT = _perfect("أسفر", "أدى", "أدت", "أوقع", "خلف", "أودى", "تسبب")
CLAUSE_END = frozenset(".!?؟؛;:")
CASUALTY = frozenset(normalize(w) for w in ("مقتل", "إصابة", "جرح", "سقوط", "مصرع", "استشهاد", "حياة", "وفاة", "اصابة"))


def _word(v: View, k: int) -> str:
    return v.stems[k] or v.words[k] if 0 <= k < v.n else ""


def _before(v: View, s: int, parts: Participants) -> Group | None:
    """The phrase that ends right before token ``s`` (the subject of an SVO clause)."""
    lo, _ = v.sentence_range(s)
    k = s - 1
    while k >= lo and v.words[k] in ("قد", "ان", "انه", "كانت", "كان"):
        k -= 1
    for a in range(max(lo, k - 4), k + 1):
        g = group_at(v, a, parts, k + 1, loose=True)
        if g is not None and g.last == k:
            return g
    return None


def support_subject(v: View, f, parts: Participants) -> Group | None:
    """``قام X بخطف``, ``نفذ X هجوما``, ``X نفذت عمليات``: the subject of a support verb up to six
    words before the verbal noun."""
    return _subject_of_verb_before(v, f.first, SUPPORT, 10, parts)


def agent_after(v: View, f, parts: Participants) -> Group | None:
    """A support verb whose object pronoun is the noun before it names the agent after it (``هجوم
    مسلح نفذه متطرف``، ``هجوم انتحاري نفذته امرأة``، ``الذي تبنته الجماعة``), and so does one who
    claims it (``تبنت حركة طالبان مسؤوليتها عن الهجوم``)."""
    _, hi = v.sentence_range(f.first)
    for s in range(f.last + 1, min(hi, f.last + 6)):
        if v.punct(s) in CLAUSE_END:
            break
        if v.words[s] and v.encl[s] and _word(v, s) in SUPPORT | CLAIM:
            return _after(v, s, min(hi, s + 8), parts)
    k = f.first - 1
    if v.word(k) == "عن" and v.stem(k - 1) == "مسؤوليه":
        lo, _ = v.sentence_range(f.first)
        for s in range(k - 2, max(lo, k - 9) - 1, -1):
            if v.words[s] and (_word(v, s) in CLAIM or v.words[s] in CLAIM):
                return _after(v, s, k - 1, parts) or _before(v, s, parts)
    return None


def _subject_of_verb_before(v: View, first: int, verbs, reach: int, parts: Participants) -> Group | None:
    """The subject of the nearest verb of ``verbs`` up to ``reach`` words before token ``first`` in
    its clause: right after the verb (``قام مسلحون بخطف``) or before it (``X تعرضت لهجوم``)."""
    lo, _ = v.sentence_range(first)
    for s in range(first - 1, max(lo, first - reach - 1) - 1, -1):
        if v.punct(s) in CLAUSE_END:
            return None
        if v.words[s] and (_word(v, s) in verbs or v.words[s] in verbs):
            return _after(v, s, first, parts) or _before(v, s, parts)
    return None


def _after(v: View, s: int, end: int, parts: Participants) -> Group | None:
    """The subject right after a verb at ``s`` (``قام مسلحون``), not a prepositional phrase."""
    k = s + 1
    while k < end and v.words[k] in ("قد", "بالفعل", "امس", "اليوم"):
        k += 1
    if k >= end or v.word(k - 1) in ("في", "من", "علي", "الي") or "ب" in v.procl[k] or "ل" in v.procl[k]:
        return None
    return group_at(v, k, parts, end, loose=True)


def undergoer(v: View, f, parts: Participants) -> Group | None:
    """``تعرض X لهجوم``, ``X تعرضت لمحاولة اغتيال``, ``نجا X من محاولة اغتيال``."""
    return _subject_of_verb_before(v, f.first, UNDERGO, 11, parts)


def result_victims(v: View, f, parts: Participants) -> Group | None:
    """The victims of ``أسفر عن مقتل X`` / ``أدى إلى إصابة X`` / ``أودى بحياة X`` after the trigger in
    its sentence."""
    _, hi = v.sentence_range(f.first)
    k = f.last + 1
    while k < min(hi, f.last + 25):
        if v.words[k] and _word(v, k) in RESULT:
            for c in range(k + 1, min(hi, k + 4)):
                if v.words[c] and (_word(v, c) in CASUALTY or v.words[c] in CASUALTY):
                    g = group_at(v, c + 1, parts, hi, loose=True)
                    return g
        k += 1
    return None


# Words that name what an attack was aimed at: ``استهدف X``، ``لدى مرور X``.
AIM = _perfect("استهدف") | frozenset(normalize(w) for w in ("مستهدفا", "مستهدفة", "مستهدفين", "استهداف"))
PASSING = frozenset(normalize(w) for w in ("لدى", "أثناء", "اثناء", "خلال", "عند", "لحظة"))


def aimed_at(v: View, f, parts: Participants) -> Group | None:
    """What the attack told around the trigger aimed at: the object of ``استهدف`` or the one passing
    by (``لدى مرور دورية``) later in the sentence, within its clause chain (no sentence end)."""
    _, hi = v.sentence_range(f.first)
    for k in range(f.last + 1, min(hi, f.last + 16)):
        if v.punct(k) in CLAUSE_END:
            return None
        w = _word(v, k)
        if not w or v.procl[k][:1] in ("و", "ف"):
            continue
        if w in AIM or v.words[k] in AIM or w == "مرور" and v.word(k - 1) in PASSING:
            g = group_at(v, k + 1, parts, hi, loose=True)
            if g is not None and g.first == k + 1:
                return g
            return None
    return None
