"""Source and target of a trigger without a parser: word order, the trigger's frames, possessors of
verbal nouns, passives, support verbs and coordinated arguments kept as lists."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.events.lexicon import IMPERFECT, NOUN, PARTICIPLE, PERFECT
from rasd.events.match import split_clitics
from rasd.events.nominal import DIRECTIONS, TIME_WORDS, closed, definite, entity_at, nominal
from rasd.events.participants import MOST, QUANTIFIERS, Group, Participants, group_at
from rasd.events.passive import passive_form, victim_verb
from rasd.events.periphrasis import agent_after, aimed_at, result_victims, support_subject, undergoer
from rasd.events.view import View
from rasd.text.normalize import normalize

# Prepositions written as words (and place or time words used as them: قرب، خلال); ب ل ك are
# proclitics and read from the segmentation.
PREP_WORDS = frozenset(normalize(w) for w in ("في", "على", "ضد", "مع", "إلى", "الى", "من", "عن", "بين", "لدى", "عبر", "بحق", "تجاه", "نحو")) | DIRECTIONS
# Words skipped when looking for the subject before a verb (أن الجيش قد قصف).
LEFT_SKIP = frozenset(normalize(w) for w in ("قد", "ان", "أن", "إن", "انه", "أنه", "كان", "كانت", "لقد", "الذي", "التي", "الذين", "قام", "قامت"))
# Verb endings that show the subject came before the verb (SVO) or is a pronoun.
PLURAL_ENDINGS = ("وا", "ون", "ان", "تا")
ARMED = frozenset({"MIL", "UAF", "REB", "COP", "SPY"})
# Words that open a parenthesis naming some of the members of the phrase before (بينهم طفلان).
PARENTHESIS = frozenset(normalize(w) for w in ("بينهم", "بينها", "منهم", "منها", "بينهما"))
ANNA = frozenset(normalize(w) for w in ("أن", "إن", "ان"))
AGE_WORDS = frozenset(normalize(w) for w in ("عاما", "عام", "سنة", "عاماً"))
OWNER_PRONOUNS = frozenset({"ه", "ها", "هم", "هما"})
AMONG = frozenset(normalize(w) for w in ("بينهم", "بينها", "بينهما"))
TWO_SIDED = frozenset({"اشتباكات", "اشتباك", "اشتبك", "معارك", "معركه", "قتال", "مواجهات", "تبادل"})


@dataclass(frozen=True, slots=True)
class Args:
    source: Group | None
    target: Group | None
    two_sided: bool = False


@dataclass
class Frame:
    """What the argument finder knows of one trigger occurrence."""

    first: int
    last: int
    kind: str
    source_frame: str
    target_frames: tuple[str, ...]
    enclitic: str
    definite: bool
    lo: int  # clause bounds
    hi: int
    skip: range = range(0)  # tokens of a phrase tail after the subject
    key: str = ""  # the trigger's normalised lemma, when the caller knows it (dual ending)


def prep_of(v: View, k: int) -> str | None:
    """The preposition that governs token ``k``: a proclitic (ب ل ك) or the word before it."""
    m = v.mention_at[k]
    if m is None or m.start > v.starts[k]:  # a name that starts at the token start has no clitic
        for c in split_clitics(v.procl[k]):
            if c in ("ب", "ل", "ك"):
                return c
    w = v.word(k - 1)
    if w in PREP_WORDS:
        return w
    if v.word(k - 2) in PREP_WORDS and v.stem(k - 1) in QUANTIFIERS:
        return v.word(k - 2)
    return None


def right_groups(v: View, start: int, hi: int, parts: Participants, stop: set[int], span: int = 10, skip=range(0)):
    """(preposition, group) for the arguments after a trigger, up to ``span`` words or a break."""
    out = []
    k = start
    while k < hi and k - start < span:
        if k in skip:
            k += 1
            continue
        if k in stop and v.words[k] not in DIRECTIONS and not _in_date(v, k):  # قبل، بعد، فجر أمس end no phrase
            break
        if not v.words[k] and v.kinds[k] != "NUM":
            p = v.punct(k)
            if p and p not in ("،", ",", "-", "(", ")", "«", "»", '"'):
                break
            k += 1
            continue
        g = group_at(v, k, parts, hi, loose=True)
        if g is not None:
            out.append((prep_of(v, k), g))
            k = g.last + 1
            continue
        k += 1
    return out


def _in_date(v: View, k: int) -> bool:
    return any(True for _ in v.date_index.overlapping(v.starts[k], v.ends[k]))


def left_group(v: View, end: int, lo: int, parts: Participants) -> Group | None:
    """The argument that ends right before token ``end`` (skipping أن، قد، الذي ...), unless that
    phrase is the object of a preposition or a time word stands between. A phrase that is itself a
    prepositional complement of a noun before it (``المتشددين من الموالين لحركة طالبان``) hands over
    to that noun."""
    k = _skip_left(v, end - 1, lo)
    tail = k
    for _hop in range(3):
        if k < lo or not v.words[k] or (closed(v, k) and v.mention_at[k] is None):
            return None
        s, g = _phrase_ending(v, k, lo, end, parts)
        if g is None or _inside_phrase(v, s):
            return None
        prep = prep_of(v, s)
        if prep is None and _object_of_imperfect(v, s, lo):
            k = s - 2  # انتحاريا يقود سيارة مفخخة فجر نفسه: the phrase is يقود's object; its subject acts
            continue
        if prep is None:
            g = _named_apposition(v, g, s, lo, end, parts)
            g = _before_members(v, g, lo, end, parts)
            # the head's phrase runs on to the verb (فرقة مظلية من قوات مكافحة الإرهاب قد قتلت)
            return g if tail <= g.last else Group(g.first, tail, g.actors, g.spans, g.sectors, g.agentive, g.common)
        if prep not in ("من", "ل", "في") or end - s > 12:
            return None
        k = s - 1 if prep == "ل" else s - 2
        while k >= lo and v.stem(k) in QUANTIFIERS:
            k -= 1
    return None


def _object_of_imperfect(v: View, s: int, lo: int) -> bool:
    """An imperfect verb (``يقود``، ``تحمل``) stands right before the phrase at ``s``, with a phrase
    before it: the phrase at ``s`` is that verb's object inside a description of the one before."""
    p = s - 1
    if p <= lo or v.kinds[p] != "WORD" or v.procl[p] or v.mention_at[p] is not None:
        return False
    w = v.stems[p] or v.words[p]
    return len(w) >= 4 and w[0] in "يت" and not nominal(v, p) and v.kinds[p - 1] == "WORD" and nominal(v, p - 1)


def _before_members(v: View, g: Group, lo: int, end: int, parts: Participants) -> Group:
    """``ثمانية أشخاص بينهم ثلاثة أجانب اثنان منهم أميركيان قتلوا``: members named without commas
    after ``بينهم`` belong to the phrase before it, which is the subject."""
    for j in range(g.first - 1, max(lo, g.first - 8) - 1, -1):
        if v.word(j) in AMONG:
            _, whole = _phrase_ending(v, j - 1, lo, j, parts) if j - 1 >= lo else (j, None)
            return whole if whole is not None and whole.last == j - 1 else g
        if v.punct(j) or not v.words[j]:
            return g
    return g


def _named_apposition(v: View, g: Group, s: int, lo: int, end: int, parts: Participants) -> Group:
    """``«كتائب القسام»، الجناح العسكري لحركة حماس، قد أطلقت``: a description set off after a name
    by a comma stands for it; the name is the subject."""
    if g.actors or v.punct(s - 1) not in ("،", ","):
        return g
    lo = v.sentence_range(s)[0]  # the comma may close the clause the verb is in
    k = s - 2
    while k >= lo and v.punct(k) in ("»", '"', ")"):
        k -= 1
    if k < lo:
        return g
    _, named = _phrase_ending(v, k, lo, s - 1, parts)
    if named is None or named.last < k or not (named.actors or entity_at(v)[named.first] is not None):
        return g
    return Group(named.first, g.last, named.actors, named.spans, named.sectors, named.agentive, named.common)


def _skip_left(v: View, k: int, lo: int) -> int:
    """Back over what stands between a subject and its verb: أن، قد، quotes, ``على الأقل`` and a
    parenthesis of members (``ثمانية أشخاص، بينهم طفلان، قتلوا``)."""
    while k >= lo:
        if v.word(k) in LEFT_SKIP or v.stem(k) in ("ان",) or v.punct(k) in ("«", '"'):
            k -= 1
        elif v.stem(k) == "اقل" and v.word(k - 1) in ("علي", "على"):
            k -= 2
        elif v.punct(k) in ("،", ","):
            c = next((j for j in range(k - 1, max(lo, k - 7) - 1, -1) if v.punct(j) in ("،", ",")), -1)
            if c < 0 or not (v.word(c + 1) in PARENTHESIS or _age(v, c + 1, k)):
                return k
            k = c - 1
        else:
            return k
    return k


def _age(v: View, a: int, b: int) -> bool:
    """``، عشرين عاما،``: an age set off by commas after a person's name."""
    return b - a <= 3 and any(v.stem(k) in AGE_WORDS or v.word(k) in AGE_WORDS for k in range(a, b))


def _phrase_ending(v: View, k: int, lo: int, end: int, parts: Participants) -> tuple[int, Group | None]:
    m = v.mention_at[k]
    a = m.first if m is not None else k
    for s in range(max(lo, a - 4), a + 1):
        g = group_at(v, s, parts, end, loose=True)
        if g is not None and g.last >= k - 1:
            return s, g
    return a, None


def _inside_phrase(v: View, s: int) -> bool:
    """Token ``s`` continues the phrase before it (a genitive or an adjective), so a phrase that
    starts there is no subject (``منزل ربيع``)."""
    p = s - 1
    if p < 0 or v.kinds[p] != "WORD" or closed(v, p) or v.procl[s].startswith(("و", "ف")):
        return False
    return v.mention_at[p] is not None and v.mention_at[s] is v.mention_at[p]


def _agent(v: View, f: Frame, groups, ctx_agents: set[int]) -> Group | None:
    """An agent after من قبل / على يد / برصاص."""
    for prep, g in groups:
        if (g.first - 1) in ctx_agents or (g.first - 2) in ctx_agents or prep == "برصاص":
            return g
    return None


def _matches_frame(prep: str | None, frames: tuple[str, ...]) -> bool:
    return prep is not None and prep in frames


def assign(v: View, f: Frame, parts: Participants, stop: set[int], agents: set[int], pronoun: Group | None) -> Args:
    groups = right_groups(v, f.last + 1, f.hi, parts, stop, skip=f.skip)
    two = v.stem(f.first) in TWO_SIDED or v.word(f.first) in TWO_SIDED or f.kind == NOUN
    if two and groups and groups[0][0] == "بين" and groups[0][1].first <= f.last + 3:
        return Args(groups[0][1], None, True)
    if f.kind in (PERFECT, IMPERFECT):
        args = _verb(v, f, groups, parts, agents)
    else:
        args = _noun(v, f, groups, parts, agents, pronoun)
    if args.target is None and f.last > f.first and v.words[f.last] in PREP_WORDS and groups and groups[0][1].first == f.last + 1:
        args = Args(args.source, groups[0][1], args.two_sided)  # a phrase ending in its preposition: احتجاجا على X
    if args.target is None and f.kind != PARTICIPLE:
        args = Args(args.source, result_victims(v, f, parts), args.two_sided)
    if f.kind != PARTICIPLE and args.target is None:  # انفجرت لدى مرور دورية، هجوم استهدف مقصفا
        args = Args(args.source, aimed_at(v, f, parts), args.two_sided)
    return Args(with_owner(v, args.source, parts), with_owner(v, args.target, parts), args.two_sided)


def with_owner(v: View, g: Group | None, parts: Participants) -> Group | None:
    """A participant noun with a possessive pronoun (``جنوده``، ``اثنين من جنوده``، ``قواتها``) names
    members of the body the pronoun stands for: that body, the nearest one named before it in the
    sentence, joins the argument."""
    if g is None or g.actors:
        return g
    owned = any(v.encl[k] in OWNER_PRONOUNS and v.stems[k] in parts.nouns for k in range(g.first, g.last + 1))
    owner = _owner(v, g.first) if owned else None
    if owner is None:
        return g
    return Group(g.first, g.last, owner.actors, g.spans + owner.spans, g.sectors + owner.sectors, g.agentive, False)


def _owner(v: View, k: int) -> Group | None:
    lo, _ = v.sentence_range(k)
    for j in range(k - 1, max(lo, k - 25) - 1, -1):
        m = v.mention_at[j]
        if m is not None and v.actor_kind.get(m.actor) != "person":
            return Group(m.first, m.last, (m.actor,), ((m.start, m.end),), (v.actor_sector.get(m.actor) or "",))
    return None


def _prep_target(f: Frame, groups, after: int = -1) -> Group | None:
    for prep, g in groups:
        if g.first > after and _matches_frame(prep, f.target_frames):
            return g
    return None


def _bare(groups, agents: set[int]) -> list[Group]:
    return [g for p, g in groups if p is None and (g.first - 1) not in agents and (g.first - 2) not in agents]


def _verb(v: View, f: Frame, groups, parts: Participants, agents: set[int]) -> Args:
    # members named after بينهم belong to the phrase before; they are no argument of their own
    bare = [g for g in _bare(groups, agents) if v.word(g.first - 1) not in AMONG and v.word(g.first) not in MOST]
    obj = "obj" in f.target_frames
    # A verb joined by و/ف starts a clause of its own; what stands before it belongs to the last one.
    left = None if v.procl[f.first][:1] in ("و", "ف") else (
        left_group(v, f.first, f.lo, parts) or _anna_subject(v, f, parts) or _speaker_pronoun(v, f))
    if f.source_frame == "empty":
        return Args(None, bare[0] if bare else _prep_target(f, groups))
    after_verb = bare[0] if bare and _adjacent(v, f.last, bare[0].first) else None
    if obj and passive_form(v.stems[f.first] or v.words[f.first]) and f.kind == PERFECT:
        return Args(_agent(v, f, groups, agents), after_verb or left)  # أصيب، واصيب 18 آخرون
    if obj and _passive(v, f, after_verb, bare, left, groups, agents):
        return Args(_agent(v, f, groups, agents), after_verb or left)
    plural = _plural(v, f)
    if f.enclitic and bare and after_verb is bare[0]:
        # the object is the pronoun on the verb, so what follows is the subject and the phrase
        # before is what the pronoun stands for: عسكريين ماليين خطفهم مقاتلو الطوارق
        target = left if left is not None and _adjacent(v, left.last, f.first) and obj else None
        return Args(bare[0], target or _prep_target(f, groups, bare[0].last))
    if left is not None and (plural or _adjacent(v, left.last, f.first) or not bare):
        source = left
        target = bare[0] if bare and obj else None
    elif bare and obj and (plural or not bare[0].agentive or _relative(v, f) or v.word(f.first - 1) in ("انها", "انهم", "انهما")):
        source, target = None, bare[0]  # the subject is in the verb: وصادرت أسلحة، اختطفوا مواطنا
    elif bare:
        source = bare[0]
        rest = [g for g in bare[1:] if g.first - source.last <= 8]
        target = rest[0] if rest and obj else None
    else:
        source = target = None
    if target is None:
        target = _prep_target(f, groups, source.last if source is not None and source.first > f.last else -1)
    if source is None and v.procl[f.first][:1] in ("و", "ف"):
        source = _shared_subject(v, f, parts)
    return Args(source, target)


def _shared_subject(v: View, f: Frame, parts: Participants) -> Group | None:
    """A verb joined by و/ف with no subject of its own shares that of an earlier verb in its sentence,
    trigger or not (``اقتحم مسلحو حماس منزل X، وقتلوا قائدا``، ``أطلقت القوات صاروخا ... فقتلت``): the
    nearest armed party before it that is no prepositional object."""
    lo, _ = v.sentence_range(f.first)
    for k in range(f.first - 1, max(lo, f.first - 25) - 1, -1):
        if v.punct(k) in (".", "!", "?", "؟", "؛", ":"):
            return None
        g = group_at(v, k, parts, f.first, loose=True)
        if g is None or g.first != k or not _armed(g):
            continue
        while k - 1 >= lo and not v.procl[k].startswith("و") and (h := group_at(v, k - 1, parts, f.first, loose=True)) is not None and h.last >= g.last:
            g, k = h, k - 1  # the head of the phrase, not its adjective (مسلحون مجهولون)
        if prep_of(v, k) is None and not _inside_phrase(v, k):
            return g
    return None


def _anna_subject(v: View, f: Frame, parts: Participants) -> Group | None:
    """The noun right after أن/إن is the subject of the verb that ends its clause even with a
    relative clause between (``أن أستاذا جامعيا يعمل في جامعة الموصل قتل``)."""
    lo, _ = v.sentence_range(f.first)
    for k in range(f.first - 2, max(lo, f.first - 10) - 1, -1):
        if not (v.word(k) in ANNA or v.stem(k) == "ان" and v.procl[k] in ("", "و")):
            if v.punct(k) in ("،", ",", ".", ":", "؛"):
                return None
            continue
        s = k + 1
        while s < f.first and v.punct(s) in ("«", '"'):
            s += 1
        g = group_at(v, s, parts, f.first, loose=True) if s < f.first else None
        return g if g is not None and g.last < f.first - 1 else None
    return None


def _speaker_pronoun(v: View, f: Frame) -> Group | None:
    """``قال حلف الأطلسي إنه قتل``، ``أعلنت الجماعة أنها قتلت``: the pronoun after أن that opens a
    statement's content stands for its speaker."""
    k = f.first - 1
    while k >= 0 and v.word(k) in ("قد", "لقد"):
        k -= 1
    if k < 0 or v.word(k) not in ("انه", "انها", "انهم", "انهما") and not (v.stem(k) == "ان" and v.encl[k] in OWNER_PRONOUNS):
        return None
    at = v.starts[f.first]
    for st in v.doc.layer("statements", ()):
        m = st.speaker_mention
        if st.content.start <= at < st.content.end and st.speaker and m is not None:
            return Group(k, k, (st.speaker,), ((m.start, m.end),), (v.actor_sector.get(st.speaker) or "",))
    return None


def _relative(v: View, f: Frame) -> bool:
    """A verb right after an indefinite noun describes it (``مظاهرات تطالب السلطة``, ``هجوم ...
    استهدف مقصفا``): the noun is the subject and what follows the object."""
    p = f.first - 1
    return not v.procl[f.first] and p >= 0 and nominal(v, p) and not definite(v, p) and v.mention_at[p] is None


def _adjacent(v: View, a: int, b: int) -> bool:
    """Only skippable words (قد، أن، times, quotes) stand between tokens ``a`` and ``b``."""
    for k in range(a + 1, b):
        w = v.words[k]
        if w and not (w in LEFT_SKIP or w in TIME_WORDS or v.stems[k] in TIME_WORDS):
            return False
        if not w and v.punct(k) not in ("«", "»", '"', "،", ","):
            return False
    return True


def _plural(v: View, f: Frame) -> bool:
    """A plural or dual verb: its subject stood before it or is a pronoun (قتلوا، فجرا)."""
    w = v.stems[f.first] or v.words[f.first]
    if f.enclitic:
        return False
    if w.endswith(PLURAL_ENDINGS):
        return True
    return f.kind == PERFECT and w.endswith("ا") and bool(f.key) and not f.key.endswith("ا") and w[:-1] == f.key


def _armed(g: Group | None) -> bool:
    return g is not None and any(s in ARMED for s in g.sectors)


def _counted(v: View, g: Group) -> bool:
    return v.kinds[g.first] == "NUM" or v.stem(g.first) in QUANTIFIERS or v.word(g.first) == "ما"


def _passive(v: View, f: Frame, after: Group | None, bare, left: Group | None, groups, agents) -> bool:
    """The patient, not the agent, is the argument of a transitive verb when the form can only be
    passive (أصيب، اغتيل), when a count or a victim follows a singular killing verb with nothing after
    it (قتل 28 متطوعا، جرح وزير الدفاع), or when a killing verb has its subject before it and no
    object (ستة أشخاص قتلوا في هجوم)."""
    if f.kind != PERFECT or v.word(f.first - 1) in ("انها", "انهم", "انهما"):
        return False  # أعلنت الجماعة أنها قتلت: the pronoun is the subject (انه may be the pronoun of the matter)
    word = v.stems[f.first] or v.words[f.first]
    if passive_form(word):
        return after is not None or left is not None
    victim = victim_verb(word)
    if after is not None and _reflexive(v, after.last + 1):
        return False  # فجر 3 انتحاريين أنفسهم
    by_agent = victim and _agent(v, f, groups, agents) is not None
    if after is not None and not _plural(v, f):
        if any(g.first > after.last for g in bare):
            return False  # verb, subject, object: رشق مئات المتظاهرين قوات الأمن
        if _counted(v, after) or by_agent:
            return True
        return victim and not _armed(after) and not _state(v, after)
    if victim and left is not None and not bare and not f.enclitic and _prep_target(f, groups) is None:
        return by_agent or not _state(v, left)  # a killing verb with no object: ستة أشخاص قتلوا
    return False


def _reflexive(v: View, k: int) -> bool:
    return v.stem(k).startswith(("نفس", "انفس")) or v.word(k).startswith(("نفس", "انفس"))


def _state(v: View, g: Group) -> bool:
    """An actor that acts as a body (a state, an organisation, a group) rather than a person."""
    return any(v.actor_kind.get(a) not in (None, "person") for a in g.actors)


def _noun(v: View, f: Frame, groups, parts: Participants, agents: set[int], pronoun: Group | None) -> Args:
    if f.kind == PARTICIPLE or (f.kind == NOUN and f.source_frame == "subj" and not groups and "obj" not in f.target_frames):
        g = group_at(v, f.first, parts, f.hi)
        return Args(g, _prep_target(f, groups))
    possessor = None
    if f.enclitic:
        possessor = pronoun
    elif not f.definite and groups and groups[0][0] is None and groups[0][1].first == f.last + 1:
        possessor = groups[0][1]
    objective = f.source_frame == "by" or (f.source_frame == "subj" and "obj" in f.target_frames)
    if possessor is not None and not objective and not possessor.agentive:
        possessor = None  # an indefinite genitive describes the act: صواريخ كاتيوشا، اشتباكات عنيفة
    # The genitive of the verbal noun of a transitive verb is its patient (قتل المدنيين).
    if objective:
        source = _agent(v, f, groups, agents) or support_subject(v, f, parts) or agent_after(v, f, parts)
        target = possessor or _prep_target(f, groups) or undergoer(v, f, parts)
        return Args(source, target)
    source = possessor
    after = possessor.last if possessor is not None and possessor.first > f.last else f.last
    target = _prep_target(f, groups, after)
    if target is None and f.enclitic:  # the object of a verbal noun: لقائه سفيرة هولندا
        nxt = [g for p, g in groups if p is None and g.first == f.last + 1]
        target = nxt[0] if nxt else None
    if target is None:
        target = undergoer(v, f, parts)
    if source is None:
        source = support_subject(v, f, parts) or agent_after(v, f, parts)
    return Args(source, target)
