"""What was said: where the content starts (complementizer, colon, quote, preposition, object) and
where it ends (closing quote, a following report or narrator clause, the end of the sentence)."""

from __future__ import annotations

from dataclasses import dataclass

from rasd.statements import words as W
from rasd.statements.context import SENTENCE_END, View
from rasd.statements.lexicon import IMPERFECT, PARTICIPLE, PERFECT, CueForm, CueLexicon
from rasd.statements.speaker import has_clitic

QUOTE_OPENERS = frozenset("«“\"‘(")
PREP_MARKERS = {"الي": "الي", "علي": "علي", "عن": "عن", "من": "من"}


@dataclass(frozen=True)
class Marker:
    kind: str  # that colon quote prep ba obj
    at: int  # token index of the marker
    start_char: int | None = None  # content start when it is inside a token (a ب clitic)
    first: int = 0  # first content token


def marker_at(v: View, k: int, comps: frozenset[str], lenient: bool = False, paren: bool = False) -> Marker | None:
    """The complement that starts at token ``k``, if the cue's complements allow it; ``paren``: a
    parenthesis right after the cue is a quote mark (``قوله (لو كانت ...)``)."""
    if not 0 <= k < v.n:
        return None
    w = v.word(k)
    if w in W.COMPLEMENTIZERS:
        if w.startswith("ب") and "ب" not in comps and "بان" not in comps and not lenient:
            return Marker("that", k, first=k + 1) if comps & {"ان", "الي_ان", "علي_ان"} else None
        return Marker("that", k, first=k + 1)
    if v.is_punct(k, ":"):
        return Marker("colon", k, first=k + 1)
    if v.kinds[k] == "PUNCT" and v.text[v.starts[k]] in QUOTE_OPENERS and k in v.close_of:
        if v.text[v.starts[k]] != "(" or paren:
            return Marker("quote", k, first=k)
        return None
    if v.kinds[k] == "PUNCT" and (v.text[v.starts[k]] in "«“" or paren and v.text[v.starts[k]] == '"'):
        return Marker("quote", k, first=k)  # a quote that never closes
    prep = PREP_MARKERS.get(w)
    if prep and (prep in comps or prep + "_ان" in comps):
        if v.word(k + 1) in W.COMPLEMENTIZERS:
            return Marker("that", k + 1, first=k + 2)
        if prep == "من" and not (v.kinds[k + 1 : k + 2] == ["PUNCT"] and (k + 1) in v.close_of):
            return Marker("prep", k, first=k + 1) if "من" in comps and lenient else None
        return Marker("prep", k, first=k + 1)
    if "ب" in comps and v.kinds[k] == "WORD" and len(w) > 3 and w[0] == "ب" and has_clitic(v, k, "ب") and w != "باسم":
        return Marker("ba", k, start_char=v.starts[k] + 1, first=k)
    return None


def is_cue_start(v: View, lex: CueLexicon, i: int) -> bool:
    """A token that starts another report (a finite verb or participle cue)."""
    w = v.word(i)
    if not w:
        return False
    forms, _ = lex.lookup(w)
    return any(f.kind in (PERFECT, IMPERFECT, PARTICIPLE) for f in forms)


def clause_end(v: View, lex: CueLexicon, a: int, b: int, colon_stops: bool = True) -> int:
    """End (exclusive token index) of reported material starting at ``a`` in a sentence ending at ``b``;
    a colon ends it unless the content itself opened with one."""
    k = a
    while k < b:
        if k in v.close_of:
            close = v.close_of[k]
            if close < v.para_end[k]:
                k = close + 1
                continue
        if v.kinds[k] == "PUNCT":
            ch = v.norms[k]
            if k > a and ch and ch[0] in SENTENCE_END and ch != "…" and ch != "...":
                return k
            if ch in "،," and k > a and _ends_report(v, lex, k + 1):
                return k
            if ch == ":" and k > a and colon_stops:
                return k
        elif k > a and (v.word(k) == "حسبما" or colon_stops and _starts_new_report(v, lex, k)) or k > a and v.word(k) in ("علي", "وعلي") and v.word(k + 1) == "ما" and is_cue_start(v, lex, k + 2):
            return k
        k += 1
    return b


def _starts_new_report(v: View, lex: CueLexicon, k: int) -> bool:
    """Without a comma: a participle with its complement (``وظالم مشيراً إلى``) or a coordinated verb
    with a subject of its own (``وقال برهوم``)."""
    w = v.word(k)
    forms, procl = lex.lookup(w)
    if not forms:
        return False
    nxt = k + 1
    while v.word(nxt) in ("فيه", "فيها", "به", "بها"):
        nxt += 1
    kinds = {f.kind for f in forms}
    if PARTICIPLE in kinds:
        comps = frozenset().union(*(f.complements for f in forms if f.kind == PARTICIPLE))
        m = marker_at(v, nxt, comps)
        return m is not None and m.kind in ("that", "colon", "quote", "prep")
    if kinds & {PERFECT, IMPERFECT} and procl in ("و", "ف"):
        nw = v.word(nxt)
        pronoun_pp = ("عنه", "عنها", "عنهم", "له", "لها", "لهم", "لي", "لنا")
        return bool(nw) and nw not in W.COMPLEMENTIZERS and nw not in W.PREPOSITIONS and nw not in pronoun_pp
    return False


def _ends_report(v: View, lex: CueLexicon, i: int) -> bool:
    w = v.word(i)
    if not w:
        return False
    if w in W.NARRATOR_OPENERS or w in W.RELAY_WORDS:
        return True
    if any(w == m or (w.startswith("و") and w[1:] == m) for m, _ in W.DISCOURSE_MARKERS):
        return True
    if w in ("من", "ومن") and v.word(i + 1) in ("جهته", "جهتها", "جانبه", "جانبها"):
        return True
    if w in ("في", "وفي") and v.word(i + 1) in ("الوقت", "حين"):
        return True
    if w in ("فيما", "بينما", "وفيما") and is_cue_start(v, lex, i + 1):
        return True
    return is_cue_start(v, lex, i)


def quoted_content(v: View, lex: CueLexicon, q: int, b: int) -> tuple[int, int, bool]:
    """Content opening with the quote token ``q``: (first token, end token, direct)."""
    close = v.close_of.get(q)
    first = _skip_complementizer(v, q + 1)
    if close is None:
        end = v.para_end[q] if q < v.n else v.n
        return first, end, True
    end = close
    nxt = close + 1
    while v.word(nxt) == "و" and nxt + 1 in v.close_of:
        end = v.close_of[nxt + 1]
        nxt = end + 1
    if nxt < b and v.kinds[nxt] != "PUNCT" and v.sent_of[nxt] == v.sent_of[q]:
        return first, clause_end(v, lex, nxt, b), False
    return first, end, True


def _skip_complementizer(v: View, i: int) -> int:
    if v.word(i) == "من" and v.word(i + 1) in W.COMPLEMENTIZERS:
        return i + 2
    if v.word(i) in W.COMPLEMENTIZERS:
        return i + 1
    return i


def content_from(v: View, lex: CueLexicon, m: Marker, b: int) -> tuple[tuple[int, int] | None, bool]:
    """Character span of the content opened by marker ``m`` and whether it is a direct quote."""
    first = m.first
    if m.kind == "quote":
        a, end, direct = quoted_content(v, lex, m.at, b)
        return _span(v, a, end, None), direct
    if m.kind == "colon" and first < v.n and v.kinds[first] == "PUNCT" and (
        first in v.close_of and v.text[v.starts[first]] in QUOTE_OPENERS or v.text[v.starts[first]] in "«“"
    ):
        a, end, direct = quoted_content(v, lex, first, b)
        return _span(v, a, end, None), direct
    if m.kind == "that" and first in v.close_of and v.text[v.starts[first]] in "«“\"":
        a, end, direct = quoted_content(v, lex, first, b)
        return _span(v, a, end, None), direct
    if m.kind == "prep" and first < v.n and v.text[v.starts[first]] in "«“\"" and first in v.close_of:
        a, end, direct = quoted_content(v, lex, first, b)
        return _span(v, a, end, None), direct
    end = clause_end(v, lex, first, b, colon_stops=m.kind != "colon")
    return _span(v, first, end, m.start_char), m.kind == "colon"


def _span(v: View, a: int, b: int, start_char: int | None) -> tuple[int, int] | None:
    span = v.char_span(a, b)
    if span is None:
        return None
    if start_char is not None and start_char < span[1]:
        span = (max(span[0], start_char), span[1])
    return span


def cue_form_kinds(forms: tuple[CueForm, ...]) -> set[str]:
    return {f.kind for f in forms}
