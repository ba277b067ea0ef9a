"""Context words (``events/context.tsv``) found once per document: negation, future, condition,
irrealis, purpose, genericity, history, claims, support verbs, clause breaks, agent and place markers."""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.events.view import View
from rasd.resources_io import read_table, resource_path
from rasd.text.normalize import normalize

ROLES = frozenset(
    {"negation", "future", "condition", "irrealis", "purpose", "generic", "history", "claim", "support",
     "break", "agent", "locative", "casualty", "occur", "result", "relative", "weapon", "motion", "crowdact"}
)
# Punctuation that closes a clause for the purposes of scope.
CLAUSE_PUNCT = frozenset(".!?؟؛;:…")
SOFT_PUNCT = frozenset("،,")
QUOTES = frozenset("«»\"“”")


@dataclass(frozen=True, slots=True)
class Cue:
    words: tuple[str, ...]
    role: str
    reach: int


@dataclass(frozen=True)
class ContextLexicon:
    by_first: dict[str, tuple[Cue, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Hit:
    first: int
    last: int
    role: str
    reach: int
    word: str  # the normalised first word


def load(resources=None) -> ContextLexicon:
    root = getattr(resources, "root", None)
    path = root / "events" / "context.tsv" if root is not None else resource_path("events", "context.tsv")
    by_first: dict[str, list[Cue]] = {}
    for row in read_table(path).rows:
        role = row["role"].strip()
        if role not in ROLES:
            continue
        words = tuple(normalize(row["phrase"]).split())
        if not words:
            continue
        reach = int(row.get("reach") or 0)
        by_first.setdefault(words[0], []).append(Cue(words, role, reach))
    for cues in by_first.values():
        cues.sort(key=lambda c: -len(c.words))
    return ContextLexicon({k: tuple(v) for k, v in by_first.items()})


def compiled(resources) -> ContextLexicon:
    return resources.cached("events.context", load)


def _candidates(v: View, i: int) -> tuple[str, ...]:
    w = v.words[i]
    if len(w) > 2 and w[0] in "وف":
        return (w, w[1:])
    return (w,)


def find_context(v: View, lex: ContextLexicon) -> list[Hit]:
    """Every context phrase in the document, in token order."""
    out: list[Hit] = []
    by_first = lex.by_first
    for i in range(v.n):
        if not v.words[i]:
            continue
        for w in _candidates(v, i):
            cues = by_first.get(w)
            if not cues:
                continue
            for cue in cues:
                tail = cue.words[1:]
                if all(i + k < v.n and v.words[i + k] == t for k, t in enumerate(tail, 1)):
                    out.append(Hit(i, i + len(tail), cue.role, cue.reach, cue.words[0]))
                    break
            break
    return out


def clause_bounds(v: View, i: int, breaks: set[int]) -> tuple[int, int]:
    """[a, b) token range of the clause around token ``i``: strong punctuation, quote marks and
    break words (فيما، بينما ...) close it; commas do not."""
    lo, hi = v.sentence_range(i)
    a = i
    while a > lo:
        p = v.punct(a - 1)
        if (p and (p in CLAUSE_PUNCT or p in QUOTES)) or (a - 1) in breaks:
            break
        a -= 1
    b = i + 1
    while b < hi:
        p = v.punct(b)
        if (p and (p in CLAUSE_PUNCT or p in QUOTES)) or b in breaks:
            break
        b += 1
    return a, b
