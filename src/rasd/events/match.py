"""Finding trigger words in the token stream: the longest lexicon phrase at each word, with clitics
checked against the part of speech of the form."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.events.lexicon import IMPERFECT, NOUN, PARTICIPLE, PERFECT, Form, TriggerLexicon
from rasd.events.participants import QUANTIFIERS
from rasd.events.view import View

# Proclitics each kind of form may carry (joined as the segmenter writes them).
_ALLOWED = {
    PERFECT: frozenset({"و", "ف", "ل", "ق"}),  # لقد is a word; ل here is the emphatic la-
    IMPERFECT: frozenset({"و", "ف", "ل", "س"}),
    NOUN: frozenset({"و", "ف", "ب", "ل", "ك", "ال"}),
    PARTICIPLE: frozenset({"و", "ف", "ب", "ل", "ك", "ال"}),
}


@dataclass(frozen=True, slots=True)
class Match:
    first: int  # token index of the trigger word
    last: int  # last token of the phrase (== first for single words)
    form: Form
    clitics: str  # proclitics stripped to find it
    enclitic: str
    tail_at: int = -1  # where a phrase's tail starts when a subject stands between (نشرت روسيا قوات)


def _fits(form: Form, clitics: str, enclitic: str) -> bool:
    allowed = _ALLOWED[form.kind]
    parts = split_clitics(clitics)
    if any(p not in allowed for p in parts):
        return False
    if "ال" in parts and enclitic:
        return False
    if enclitic and form.kind in (PERFECT, IMPERFECT) and not form.tail and form.trigger.target_frames == ():
        return False  # a pronoun object on a verb that takes none: تجمعه "brings him together", not تجمّع
    return not (form.kind == PERFECT and "ل" in parts)


def split_clitics(clitics: str) -> list[str]:
    out, i = [], 0
    while i < len(clitics):
        if clitics.startswith("ال", i):
            out.append("ال")
            i += 2
        else:
            out.append(clitics[i])
            i += 1
    return out


def word_forms(v: View, i: int, lex: TriggerLexicon, cache: dict) -> list[tuple[Form, str, str]]:
    """(form, proclitics, enclitic) readings of token ``i``; the whole word first."""
    word = v.words[i]
    if not word:
        return []
    key = (word, v.stems[i], v.procl[i], v.encl[i])
    hit = cache.get(key)
    if hit is not None:
        return hit
    out = [(f, "", "") for f in lex.get(word)]
    stem, procl, encl = v.stems[i], v.procl[i], v.encl[i]
    if (procl or encl) and len(stem) >= 3 and stem != word:
        out.extend((f, procl, encl) for f in lex.get(stem) if _fits(f, procl, encl))
    if not out and len(word) > 4 and word[0] in "وف":
        # the segmenter keeps some rare و-forms whole (واستدعت): the conjunction is still a clitic
        out.extend((f, word[0], "") for f in lex.get(word[1:]) if _fits(f, word[0], ""))
    if len(cache) < 100_000:
        cache[key] = out
    return out


def _gapped_tail(v: View, i: int, form: Form) -> int:
    """Where the tail of a verb-led phrase starts after the verb's subject (an actor mention of up to
    five words), or -1: ``سحبت تركيا قواتها``, ``أطلقت فصائل فلسطينية صواريخ``."""
    if i + 1 >= v.n or v.words[i].startswith("ال") or "ال" in v.procl[i]:
        return -1  # phrases are stored as nouns; a verb-led one (استدعت الخارجية القائم بالأعمال) gaps too
    m = v.mention_at[i + 1]
    if m is None or m.last - i > 5:
        return -1
    return _tail_start(v, m.last, form.tail)


def _tail_start(v: View, i: int, tail: tuple[str, ...]) -> int:
    """The token where the phrase tail after token ``i`` starts, or -1. A count may stand before an
    indefinite tail word, which may then carry the article (أطلقت عشرات الصواريخ for أطلق صواريخ)."""
    j = i + 1
    counted = bool(tail) and not tail[0].startswith("ال") and j < v.n and (v.kinds[j] == "NUM" or v.words[j] in QUANTIFIERS)
    if counted and _tail_words_ok(v, j, tail, counted=True):
        return j + 1
    return i + 1 if _tail_words_ok(v, i, tail) else -1


def _tail_words_ok(v: View, i: int, tail: tuple[str, ...], counted: bool = False) -> bool:
    for k, w in enumerate(tail, 1):
        j = i + k
        if j >= v.n or v.kinds[j] != "WORD":
            return False
        word = v.words[j]
        if w != word and w != v.stems[j] and w != word[1:] and not (counted and k == 1 and word == "ال" + w):
            return False
    return True


# Words after which a verb-looking form is its verbal noun: على قتل، قصد قتل، عملية خطف.
GOVERNORS = frozenset({
    "في", "علي", "من", "عن", "الي", "بين", "قصد", "بهدف", "عمليه", "عمليات", "محاوله", "قضيه", "جريمه",
    "جرائم", "تهمه", "بتهمه", "حادث", "حادثه", "اعمال", "بعد", "قبل", "اثر", "جراء", "اعقاب", "خلال",
})


def _masdar_position(v: View, i: int) -> bool:
    """Whether a bare word at ``i`` stands where a noun stands: after a preposition or a governing noun,
    or with a noun clitic (ب ل ال)."""
    if any(c in ("ب", "ل", "ال", "ك") for c in split_clitics(v.procl[i])):
        return True
    prev = v.word(i - 1)
    return prev in GOVERNORS or v.stem(i - 1) in GOVERNORS


def find_matches(v: View, lex: TriggerLexicon, cache: dict) -> list[Match]:
    """The trigger at each word: the longest phrase that starts there, phrases shadowing their words."""
    out: list[Match] = []
    covered_to = -1
    for i in range(v.n):
        if v.kinds[i] != "WORD" or i <= covered_to:
            continue
        readings = word_forms(v, i, lex, cache)
        if not readings:
            continue
        best: tuple[tuple, Form, str, str, int, int] | None = None
        nominal = _masdar_position(v, i)
        for form, procl, encl in readings:
            gap, start = -1, i + 1
            if form.tail:
                start = -1 if encl else _tail_start(v, i, form.tail)
                if start < 0:
                    gap = -1 if encl else _gapped_tail(v, i, form)
                    if gap < 0:
                        continue
            verbal = form.kind in (PERFECT, IMPERFECT)
            # a perfect beats an imperfect of the same letters (تجمع gathered, not "she gathers")
            rank = (len(form.tail), int(verbal != nominal), int(form.kind != IMPERFECT), -form.trigger.row)
            if best is None or rank > best[0]:
                best = (rank, form, procl, encl, gap, start)
        if best is None:
            continue
        _, form, procl, encl, gap, start = best
        if gap >= 0:
            out.append(Match(i, i, form, procl, encl, gap))
            continue
        last = start - 1 + len(form.tail)
        out.append(Match(i, last, form, procl, encl))
        if form.tail:
            covered_to = last
    return out


def alternatives(v: View, m: Match, lex: TriggerLexicon, cache: dict) -> list[Form]:
    """Other single-word readings of a match's word (another type for the same letters)."""
    if m.form.tail:
        return [m.form]
    seen, out = set(), []
    for form, _, _ in word_forms(v, m.first, lex, cache):
        if not form.tail and form.trigger.row not in seen:
            seen.add(form.trigger.row)
            out.append(form)
    return out
