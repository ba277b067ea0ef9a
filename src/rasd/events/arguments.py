"""Source and target of a trigger without a parser: word order, the trigger's frames, possessors of
verbal nouns, passives, support verbs and coordinated arguments kept as lists."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.events.lexicon import IMPERFECT, NOUN, PARTICIPLE, PERFECT
from rasd.events.match import split_clitics
from rasd.events.participants import QUANTIFIERS, Group, Participants, group_at
from rasd.events.view import View
from rasd.text.normalize import normalize

# Prepositions written as words; ب ل ك are proclitics and read from the segmentation.
PREP_WORDS = frozenset(normalize(w) for w in ("في", "على", "ضد", "مع", "إلى", "الى", "من", "عن", "بين", "لدى", "عبر", "بحق", "تجاه", "نحو"))
# Words skipped when looking for the subject before a verb (أن الجيش قد قصف).
LEFT_SKIP = frozenset(normalize(w) for w in ("قد", "ان", "أن", "إن", "انه", "أنه", "كان", "كانت", "لقد", "الذي", "التي", "الذين", "قام", "قامت"))
# Verb endings that show the subject came before the verb (SVO) or is a pronoun.
PLURAL_ENDINGS = ("وا", "ون", "ان", "تا")
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
        if k in stop:
            break
        if not v.words[k] and v.kinds[k] != "NUM":
            p = v.punct(k)
            if p and p not in ("،", ",", "-", "(", ")"):
                break
            k += 1
            continue
        g = group_at(v, k, parts, hi)
        if g is not None:
            out.append((prep_of(v, k), g))
            k = g.last + 1
            continue
        k += 1
    return out


def left_group(v: View, end: int, lo: int, parts: Participants) -> Group | None:
    """The argument that ends right before token ``end`` (skipping أن، قد، الذي ...)."""
    k = end - 1
    while k >= lo and (v.word(k) in LEFT_SKIP or v.stem(k) in ("ان",)):
        k -= 1
    if k < lo or not v.words[k]:
        return None
    # walk back to the start of the phrase ending at k
    m = v.mention_at[k]
    a = m.first if m is not None else k
    for s in range(max(lo, a - 3), a + 1):
        g = group_at(v, s, parts, end)
        if g is not None and g.last >= k - 1 and prep_of(v, s) is None:
            return g
    return None


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
        return _verb(v, f, groups, parts, agents)
    return _noun(v, f, groups, parts, agents, pronoun)


def _prep_target(f: Frame, groups, after: int = -1) -> Group | None:
    for prep, g in groups:
        if g.first > after and _matches_frame(prep, f.target_frames):
            return g
    return None


def _verb(v: View, f: Frame, groups, parts: Participants, agents: set[int]) -> Args:
    bare = [g for p, g in groups if p is None and (g.first - 1) not in agents and (g.first - 2) not in agents]
    plural = v.words[f.first].endswith(PLURAL_ENDINGS) and f.kind in (PERFECT, IMPERFECT) and not f.enclitic
    left = left_group(v, f.first, f.lo, parts)
    if f.source_frame == "empty":
        return Args(None, bare[0] if bare else _prep_target(f, groups))
    if _passive(v, f, bare):
        return Args(_agent(v, f, groups, agents), bare[0])
    if plural or (left is not None and left.last >= f.first - 2 and not bare):
        source = left
        target = bare[0] if bare and "obj" in f.target_frames else None
    elif bare:
        source = bare[0]
        target = bare[1] if len(bare) > 1 and "obj" in f.target_frames and bare[1].first - source.last <= 4 else None
    else:
        source, target = left, None
    if target is None:
        target = _prep_target(f, groups)
    return Args(source, target)


def _passive(v: View, f: Frame, bare) -> bool:
    """``قتل 10 أشخاص``: a singular verb whose first argument starts with a number is read as passive."""
    if f.kind != PERFECT or not bare or "obj" not in f.target_frames:
        return False
    g = bare[0]
    if g.first != f.last + 1:
        return False
    return v.kinds[g.first] == "NUM" or v.stem(g.first) in QUANTIFIERS or v.word(g.first) == "ما"


def _noun(v: View, f: Frame, groups, parts: Participants, agents: set[int], pronoun: Group | None) -> Args:
    if f.kind == PARTICIPLE or (f.kind == NOUN and f.source_frame == "subj" and not groups):
        g = group_at(v, f.first, parts, f.hi)
        return Args(g, _prep_target(f, groups))
    possessor = None
    if f.enclitic:
        possessor = pronoun
    elif not f.definite and groups and groups[0][0] is None and groups[0][1].first == f.last + 1:
        possessor = groups[0][1]
    if f.source_frame == "by":
        return Args(_agent(v, f, groups, agents), possessor or _prep_target(f, groups))
    source = possessor
    after = possessor.last if possessor is not None and possessor.first > f.last else f.last
    target = _prep_target(f, groups, after)
    if target is None and f.enclitic:  # the object of a verbal noun: لقائه سفيرة هولندا
        nxt = [g for p, g in groups if p is None and g.first == f.last + 1]
        target = nxt[0] if nxt else None
    if source is None:
        source = _support_subject(v, f, parts)
    return Args(source, target)


def _support_subject(v: View, f: Frame, parts: Participants) -> Group | None:
    """``نفذ مسلحون هجوما``: the subject of a support verb before the noun."""
    return None
