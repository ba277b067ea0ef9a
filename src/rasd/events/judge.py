"""Whether a trigger occurrence reports an event, and how: the lexicon's ``needs`` (armed sources,
anchors for instrument nouns), nouns that only refer to an event (``الهجوم``, ``اغتيال الحريري``),
present-tense actions without a time (habitual), and historical mentions (an old year)."""

from __future__ import annotations

from rasd.events.draft import Draft
from rasd.events.lexicon import IMPERFECT, NOUN, PARTICIPLE, PERFECT
from rasd.events.participants import QUANTIFIERS
from rasd.events.scope import Scope
from rasd.events.view import View
from rasd.text.normalize import normalize

ARMED = frozenset({"MIL", "REB", "UAF", "COP", "SPY"})
# Types whose present tense reports a stance now (ترفض، تدعو) rather than a habit.
MATERIAL = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "RETREAT", "AID", "SANCTION"})
YEAR_WORDS = frozenset({"عام", "العام", "سنه", "في", "منذ", "عامي"})


def _armed(d: Draft) -> bool:
    return d.source is not None and any(s in ARMED for s in d.source.sectors)


def reported(v: View, scope: Scope, d: Draft, lo: int, hi: int) -> bool:
    """A mention reports the event anew: a time in its clause, a support or 'took place' verb before
    it, a count right after it (مقتل 10), or a result (أسفر عن، قتلى) after it in the clause."""
    if d.date_explicit:
        return True
    m = d.match
    for h in scope.hits_in(lo, hi):
        if h.role in ("support", "occur") and h.last < m.first and m.first - h.last <= h.reach + 2:
            return True
        if h.role == "result" and h.first > m.last and h.first - m.last <= -h.reach:
            return True
        if h.role == "result" and h.last < m.first and m.first - h.last <= 2:
            return True  # أسفر انفجار سيارة مفخخة عن ...: the result verb leads, the cause is its subject
        if h.role in ("motion", "occur") and d.type == "PROTEST" and h.last < m.first:
            return True  # نزل الآلاف إلى الشوارع للاحتجاج على ...: the crowd's act reports the protest
        if h.role == "casualty" and d.type in ("ASSAULT", "COERCE") and abs(h.first - m.first) <= 8:
            return True  # مقتل شخص وإصابة تسعة آخرين بجروح في انفجار ...: a toll reports the attack
    nxt = m.last + 1
    if d.target is not None and d.target.first == nxt:
        nxt = d.target.first
    return nxt < v.n and (v.kinds[nxt] == "NUM" or v.stem(nxt) in QUANTIFIERS)


def old_year(v: View, lo: int, hi: int, pub: str | None) -> bool:
    """A year before the publication year in the clause (``في 2004``, ``عام 1986``)."""
    for k in range(lo, hi):
        if v.kinds[k] != "NUM":
            continue
        tok = v.text[v.starts[k] : v.ends[k]]
        if len(tok) != 4 or not tok.isdigit() or not ("1900" <= tok <= "2100"):
            continue
        if not (v.word(k - 1) in YEAR_WORDS or v.stem(k - 1) in YEAR_WORDS):
            continue
        if pub is None or tok < pub[:4]:
            return True
    return False


def _in_date(v: View, d: Draft) -> bool:
    """``فجر يوم الخميس`` is dawn, not "blew up": a trigger inside a date expression is no trigger."""
    s, e = v.starts[d.match.first], v.ends[d.match.last]
    return any(ds <= s and e <= de or ds == e + 1 for ds, de, _ in v.date_index.overlapping(s, e + 2))


def _other_sense(v: View, d: Draft) -> bool:
    """A verb whose only target is a direct object, followed by على or عن — right after it or after
    its subject — is another verb (``علق على``, ``لم تعلق الوزارة على`` comment, not suspend)."""
    t = d.match.form.trigger
    if d.match.form.kind not in (PERFECT, IMPERFECT) or t.target_frames != ("obj",):
        return False
    nxt = d.match.last + 1
    m = v.mention_at[nxt] if nxt < v.n else None
    after = m.last + 1 if m is not None else nxt
    return any(v.word(k) in ("علي", "عن") and v.word(k + 1) not in AT_LEAST for k in {nxt, after})


# على الأقل "at least" after a verb is no preposition of the verb (قتلوا على الأقل)
AT_LEAST = frozenset({"الاقل", "اقل"})


def _motive(v: View, d: Draft) -> bool:
    """An indefinite accusative verbal noun (``احتجاجا``، ``رفضا``، ``تنديدا``): it gives the reason
    for an act (مفعول لأجله) rather than telling an act of its own."""
    m = d.match
    if v.procl[m.first] not in ("", "و", "ف"):
        return False
    word = v.stems[m.first] or v.words[m.first]
    key = m.form.trigger.key.split()[0]
    if not word.endswith("ا") or key.endswith("ا") and word != key:
        return False
    # رفضا is also "the two refused" (and فجرا "the two blew up"): a verb reading is a reason only for
    # the few verbal nouns that are used as one
    return m.form.kind == NOUN or word in MOTIVE_WORDS


def _crowd_before(scope: Scope, d: Draft, lo: int) -> bool:
    return any(h.role in ("motion", "occur") and lo <= h.first < d.match.first for h in scope.hits_in(lo, d.match.first))


def _inside_name(v: View, d: Draft) -> bool:
    """A trigger word inside a name is part of the name (``سلمان``, ``تحالف قوى الحرية``)."""
    s = v.starts[d.match.first]
    for _, _, ent in v.entity_index.covering(s):
        if ent.type in ("PER", "ORG", "LOC"):
            return True
    m = v.mention_at[d.match.first]
    return m is not None and v.actor_kind.get(m.actor) == "person" and m.start <= s


MOTIVE_WORDS = frozenset(normalize(w) for w in (
    "رفضا", "احتجاجا", "تنديدا", "استنكارا", "تضامنا", "دعما", "تأييدا", "ردا", "انتقاما",
))
GATHERING_ROLES = frozenset({"motion", "occur", "support"})


def crowd_acts(v: View, scope: Scope, d: Draft, lo: int, hi: int) -> str:
    """What the crowd verb next to a protester noun is — up to three words before (room for a count,
    ``نزل آلاف المتظاهرين``) or two after (``مليون متظاهر خرجوا``): "motion" when they gather, march
    or block (the protest itself), "crowdact" for another act of theirs (رفع المتظاهرون لافتات), or ""."""
    a, b = d.match.first, d.match.last
    found = ""
    for h in scope.hits_in(lo, hi):
        if 0 < a - h.last <= 3 or 0 < h.first - b <= 2:
            if h.role in GATHERING_ROLES:
                return "motion"
            if h.role == "crowdact":
                found = "crowdact"
    return found


def _weapon_in(scope: Scope, lo: int, hi: int) -> bool:
    return any(h.role == "weapon" for h in scope.hits_in(lo, hi))


def screen(v: View, scope: Scope, d: Draft, lo: int, hi: int) -> Draft | None:
    """The checks that need only the trigger and its clause, run before the (costlier) search for
    source and target: participant nouns, other senses, names, motives, missing weapons, dates."""
    t = d.match.form.trigger
    crowd = crowd_acts(v, scope, d, lo, hi) if d.match.form.kind == PARTICIPLE and t.type == "PROTEST" else ""
    if crowd:
        d.anchored = True  # تجمع مئات المتظاهرين، خرج المحتجون: the crowd's act is the protest
        d.modality.crowd = crowd == "crowdact"
    elif d.match.form.kind == PARTICIPLE or (t.pos == "noun" and t.source_frame == "subj" and not d.match.form.tail):
        return None  # المتظاهرون، انتحاري، معتقل name participants; the act is told by another word
    if _other_sense(v, d) or _inside_name(v, d):
        return None
    if _motive(v, d):
        if _crowd_before(scope, d, lo):
            d.type, d.mode = "PROTEST", "demo"  # خرج الآلاف إلى الشوارع رفضا للانقلاب
        elif any(lo <= k < d.match.first and scope.trigger_types.get(k) != d.type for k in scope.trigger_starts):
            return None  # استدعت السفير احتجاجا على ...: the reason for the act before it, not an act
    if t.needs == "weapon" and not any(h.role == "weapon" for h in scope.hits_in(lo, hi)):
        return None  # an explosion is an attack only with a weapon in its clause (not a gas cylinder)
    if d.match.form.kind != IMPERFECT and _in_date(v, d) and t.needs:
        return None
    return d


def judge(v: View, scope: Scope, d: Draft, lo: int, hi: int) -> Draft | None:
    """Whether the screened, argument-bearing mention reports an event, and its modality flags."""
    t = d.match.form.trigger
    kind = d.match.form.kind
    is_report = reported(v, scope, d, lo, hi)
    if t.needs == "anchor" and not (is_report or d.source is not None or d.target is not None or d.statement):
        return None
    if t.needs == "armed" and not (_armed(d) or is_report or d.statement or _weapon_in(scope, lo, hi)):
        return None
    nominal = kind in (NOUN, PARTICIPLE)
    if nominal and not is_report:
        d.modality.referenced = True
    if kind == IMPERFECT and t.type in MATERIAL and not d.date_explicit:
        d.modality.habitual = True
    if old_year(v, lo, hi, v.doc.meta.date):
        d.modality.historical = True
    return d
