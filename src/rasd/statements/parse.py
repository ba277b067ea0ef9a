"""Finding reports in a document: each cue token with its speaker phrase and its content.

The parser walks the sentences once. A finite reporting verb takes the subject after it (or, for
agreeing plural verbs and ``كان ... قد``, the one before it), then its complement; a participle
(``مؤكدا``) and a possessive verbal noun (``إعلانه``) take the speaker of the verb that governs them;
``نقل ... عن X قوله`` gives X; ``بحسب X`` and ``حسبما أكد X`` attribute the text around them. Who an
implicit subject is gets decided later (``resolve``), with the whole document in view.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.statements import words as W
from rasd.statements.content import Marker, content_from, is_cue_start, marker_at
from rasd.statements.context import View
from rasd.statements.lexicon import IMPERFECT, PARTICIPLE, PERFECT, PHRASE, VNOUN, CueForm, CueLexicon
from rasd.statements.names import NameLexicon
from rasd.statements.speaker import (
    PRONOUN_PPS,
    has_clitic,
    is_nameish,
    name_in_np,
    np_extent,
    preverbal_subject,
    skip_adverbials,
)

WINDOW = 16
# Bare forms that are far more often something else (بين "between", أمر "matter", عد "count"):
# they only count with a complementizer, a colon or a quote.
AMBIGUOUS = frozenset({"بين", "امر", "عد", "قدر", "امل", "كتب", "رد", "وعد", "ذكر", "طلب", "شرح", "وصف", "حث", "عدت", "ردت"})
NUMBER_WORDS = frozenset(
    ["واحد", "اثنان", "اثنين", "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثمان", "ثماني", "ثمانيه", "تسع", "تسعه", "عشر", "عشره", "عشرات", "مئات", "الاف", "الف", "مئه", "عشرين", "ثلاثين", "اربعين", "خمسين"]
)
# Verbs that report only with a complementizer, a colon or a quote right after the subject.
STRICT_LEMMAS = frozenset({"تحدث", "تابع", "كتب", "رد", "خاطب", "حكي"})
# ``تشير إلى ...`` and ``يلفت إلى ...`` mostly say what a thing indicates; only ``أن`` makes a report.
POINTING = frozenset({"اشار", "لفت", "نوه", "المح"})
# ``ويدعى علي جابر`` names someone; it is not ``يدعي`` "claims".
NAMING = frozenset({"يدعي", "ويدعي", "تدعي", "وتدعي", "يسمي", "ويسمي"})
QAWL = frozenset({"قول", "قال"})
# Lemmas whose noun-phrase object is an act, not something said (``رفض المصدر الكشف عن``).
# Objects that are political acts, not something said (``أعلن الاستقلال``).
ACTS = frozenset({"الاستقلال", "الحداد", "الطوارئ", "الحرب", "النفير", "الاضراب", "العصيان"})
NO_OBJECT = frozenset({"رفض", "ابدي", "جدد", "ثمن", "خاطب", "سرد", "كرر", "استغرب"})


@dataclass
class Found:
    cue: int
    form: CueForm
    content: tuple[int, int] | None = None
    direct: bool = False
    mention: tuple[int, int] | None = None  # token range of the speaker mention
    implicit: bool = True
    emit: bool = True  # False: a verb kept only as the governor of later participles
    inherit: Found | None = None  # the report whose speaker this one shares
    discourse: tuple[int, int] | None = None  # token range of من جهته / بدوره before the cue
    sentence: int = 0
    cue_end: int = 0  # char end of the cue (a phrase may cover several tokens)


@dataclass
class Parser:
    v: View
    lex: CueLexicon
    names: NameLexicon
    found: list[Found] = field(default_factory=list)
    every: list[Found] = field(default_factory=list)  # reports and governing verbs, in text order
    consumed: set[int] = field(default_factory=set)

    def run(self) -> list[Found]:
        for si, (a, b) in enumerate(self.v.sent_bounds):
            self._sentence(si, a, b)
        return self.found

    def _sentence(self, si: int, a: int, b: int) -> None:
        v = self.v
        anchors: list[Found] = []
        self._relay_y = None
        headline = self._headline(a, b)
        if headline is not None:
            headline.sentence = si
            headline.cue_end = v.ends[headline.cue]
            anchors.append(headline)
            self.every.append(headline)
            self.found.append(headline)
        for i in range(a, b):
            w = v.word(i)
            if not w or i in self.consumed:
                continue
            forms, _procl = self.lex.lookup(w)
            if not forms:
                continue
            f = self._try(i, forms, a, b, anchors)
            if f is None:
                continue
            f.sentence = si
            if not f.cue_end:
                f.cue_end = v.ends[f.cue]
            anchors.append(f)
            self.every.append(f)
            if f.emit:
                self.found.append(f)

    def _try(self, i: int, forms: tuple[CueForm, ...], a: int, b: int, anchors: list[Found]) -> Found | None:
        kinds = {f.kind for f in forms}
        if self._negated(i, a):
            return None
        relay_phrase = [f for f in forms if f.kind == PHRASE and f.strength == "relay" and self._tail_ok(i, f)]
        if relay_phrase:
            got = self._attributive(i, relay_phrase, a, b)
            if got is not None:
                return got
        verbs = [f for f in forms if f.kind in (PERFECT, IMPERFECT)]
        got = None
        if verbs:
            if any(f.strength == "relay" for f in verbs):
                got = self._relay_verb(i, verbs, a, b)
            else:
                got = self._verb(i, verbs, a, b)
            if got is not None and (got.emit or VNOUN not in kinds):
                return got
        if PARTICIPLE in kinds:
            return self._participle(i, [f for f in forms if f.kind == PARTICIPLE], a, b, anchors)
        if VNOUN in kinds:
            return self._vnoun(i, [f for f in forms if f.kind == VNOUN], a, b, anchors) or got
        return got

    def _headline(self, a: int, b: int) -> Found | None:
        """``ظريف: «لن نتفاوض تحت الضغط»``: a short named phrase, a colon and a quote open a line;
        the colon is the cue."""
        v = self.v
        if a > 0 and "\n" not in v.text[v.ends[a - 1] : v.starts[a]]:
            return None
        colon = next((k for k in range(a, min(b, a + 5)) if v.is_punct(k, ":")), None)
        if colon is None or colon == a or not any(is_nameish(v, self.names, k) for k in range(a, colon)):
            return None
        if any(v.kinds[k] != "WORD" for k in range(a, colon)) or self.lex.lookup(v.word(a))[0]:
            return None
        q = colon + 1
        if not (q < v.n and v.kinds[q] == "PUNCT" and v.text[v.starts[q]] in "«“\""):
            return None
        form = CueForm("قال", PERFECT, None, None, frozenset({":"}), "say")
        found = Found(colon, form, mention=name_in_np(v, self.names, a, colon), implicit=False)
        found.content, found.direct = content_from(v, self.lex, Marker("quote", q, first=q), b)
        return found if found.content else None

    def _tail_ok(self, i: int, f: CueForm) -> bool:
        """The rest of a multiword cue follows (``على لسان``, ``نقلا عن``, ``وفقا لـ``)."""
        v = self.v
        for n, word in enumerate(f.tail, 1):
            w = v.word(i + n)
            if not (w == word or (len(word) == 1 and w.startswith(word))):
                return False
        return not self._inside_quote(i)

    def _inside_quote(self, i: int) -> bool:
        return any(o < i < c for o, c in self.v.close_of.items() if c - o < 400 and self.v.text[self.v.starts[o]] != "(")

    # -- filters -------------------------------------------------------------------------------
    def _negated(self, i: int, a: int) -> bool:
        v = self.v
        prev = [k for k in range(max(a, i - 4), i) if v.word(k)]
        near = [v.word(k) for k in prev[-2:] if v.word(k) != "قد"]
        if near and near[-1] in W.NEGATORS:
            return not (near[-1] == "ما" and len(prev) >= 2 and v.word(prev[-2]) in ("علي", "حسب", "بحسب", "وفق", "كما", "مثل", "وعلي"))
        if near and near[-1] in W.FUTURE:
            return True
        if near and near[-1] in W.SUBJUNCTIVE and any(f.kind == IMPERFECT for f in self.lex.lookup(v.word(i))[0]):
            return True  # ``من المقرر أن يعلن``: planned, not reported
        w = v.word(i)
        if len(w) > 3 and (w[0] == "س" or w[:2] in ("وس", "فس")) and "س" in v.procl[i]:
            return True
        return any(v.word(k) in W.CONDITIONAL for k in prev[-3:])

    # -- finite verbs --------------------------------------------------------------------------
    def _verb(self, i: int, forms: list[CueForm], a: int, b: int) -> Found | None:
        v = self.v
        form = forms[0]
        comps = frozenset().union(*(f.complements for f in forms))
        if form.lemma in NO_OBJECT:
            comps = comps - {"obj"}
        strict = v.word(i) in AMBIGUOUS or form.lemma in STRICT_LEMMAS
        limit = min(b, i + 1 + WINDOW)
        found = Found(i, form, discourse=self._discourse_before(i, a))
        attributive = self._attributed_before(i, a)
        j = skip_adverbials(v, i + 1, limit, lambda k: is_cue_start(v, self.lex, k))
        m = self._marker(j, comps, i)
        # A verb that agrees in plural or dual has its subject before it or in a pronoun (Arabic
        # VSO puts a following subject after a singular verb): what follows is not the speaker.
        agreeing = form.number in ("pl", "du")
        if v.word(j) in ACTS:
            return None
        if m is None and found.implicit and not agreeing and v.word(j) not in W.PREPOSITIONS:
            stop = self._np_stop(comps)
            if not self._object_start(j, comps):
                e = np_extent(v, self.names, j, limit, stop)
                if e > j:
                    np = self._trim_np(j, e, form)
                    found.mention, found.implicit = name_in_np(v, self.names, *np), False
                    j = skip_adverbials(v, e, limit, lambda k: is_cue_start(v, self.lex, k))
                    m = marker_at(v, j, comps, lenient=v.word(j) == "من") if j < v.n else None
        if m is None:
            m = self._late_marker(found, j, b, comps, strict)
        if found.implicit and v.word(i - 1) in W.RELATIVES:
            found.mention = self._antecedent(i - 1, a)
            found.implicit = found.mention is None
        if found.implicit:
            pre = preverbal_subject(v, self.names, i, a)
            if pre is not None and (form.number in ("pl", "du") or v.word(i - 1) == "قد" or self._after_but(pre[0], a)):
                found.mention, found.implicit = name_in_np(v, self.names, *pre), False
        if attributive is not None:
            found.content, found.direct = attributive
            self.consumed.update(range(i, j))
            return found if found.content else None
        if m is None:
            return self._cue_after_content(found, i, j, a, b)
        if strict and m.kind not in ("that", "colon", "quote"):
            return None
        if form.kind == IMPERFECT and form.lemma in POINTING and m.kind == "prep":
            return None
        found.content, found.direct = content_from(v, self.lex, m, b)
        self.consumed.update(range(i, m.at))
        return found if found.content else None

    def _late_marker(self, found: Found, j: int, b: int, comps: frozenset[str], strict: bool) -> Marker | None:
        """No complement right after the subject: an object, a call's complement past the addressee,
        or a quote a few adverbials further on."""
        if "obj" in comps and self._object_start(j, comps):
            return Marker("obj", j, first=j)
        if found.form.strength == "call":
            m = self._call_marker(j, b, comps)
            if m is not None:
                return m
        if not strict and comps & {"ان", ":"}:
            m = self._strong_marker_ahead(j, b)
            if m is not None:
                return m
        if "obj" in comps and self._object_start(j, comps, loose=True):
            k = self._skip_addressee(j, b) if found.form.strength == "call" else j
            return Marker("obj", k, first=k)
        return None

    def _call_marker(self, j: int, b: int, comps: frozenset[str]) -> Marker | None:
        """``دعت الحكومة، السلطة الفلسطينية، بمحاربة ...``: the addressee sits before what is called for."""
        v = self.v
        wanted = comps | {"ب", "الي"}
        for k in range(j, min(b, j + 7)):
            if v.kinds[k] == "PUNCT" and v.norms[k][:1] in ".!?؟;؛:":
                return None
            m = marker_at(v, k, wanted)
            if m is not None and m.kind in ("that", "ba", "prep"):
                return m
        return None

    def _skip_addressee(self, j: int, b: int) -> int:
        """Past a relative clause and a named addressee (``الذي ...، مصر وأميركا فتح صفحة``)."""
        v = self.v
        k = j
        if v.word(k) in W.RELATIVES:
            for x in range(k, min(b, k + 20)):
                if v.is_punct(x, "،,"):
                    k = x + 1
                    break
        while k < b and (is_nameish(v, self.names, k) or (v.word(k)[:1] == "و" and is_nameish(v, self.names, k))):
            k += 1
        return k if k < b else j

    def _strong_marker_ahead(self, j: int, b: int) -> Marker | None:
        """A complementizer, colon or quote a few adverbial phrases further on (``وقال X ... لعشرات
        آلاف المتظاهرين في مهرجان ... «سنسحق ...»``); never past another report or a clause end."""
        v = self.v
        for k in range(j, min(b, j + 2 * WINDOW)):
            w = v.word(k)
            if v.kinds[k] == "PUNCT" and v.norms[k][:1] in ".!?؟;؛":
                return None
            if w in W.CONNECTIVES or w in ("وهو", "وهي", "وهم") or self._new_report(k):
                return None
            m = marker_at(v, k, frozenset({"ان", ":"}))
            if m is not None and m.kind in ("that", "colon", "quote"):
                return m
        return None

    def _new_report(self, k: int) -> bool:
        """A coordinated verb report (``وقال``) or a participle after a comma starts another report."""
        v = self.v
        forms, procl = self.lex.lookup(v.word(k)) if v.word(k) else ((), "")
        kinds = {f.kind for f in forms}
        if kinds & {PERFECT, IMPERFECT} and procl in ("و", "ف"):
            return v.word(k) not in NAMING
        return PARTICIPLE in kinds

    def _marker(self, j: int, comps: frozenset[str], cue: int | None) -> Marker | None:
        return marker_at(self.v, j, comps, paren=cue is not None and j == cue + 1) if j < self.v.n else None

    def _np_stop(self, comps: frozenset[str]):
        v, lex = self.v, self.lex

        def stop(k: int) -> bool:
            if marker_at(v, k, comps) is not None:
                return True
            if "من" in comps and v.word(k) == "من" and v.word(k - 1) not in W.SPEAKER_HEADS:
                return True  # ``حذر ... أحمد سليم من محاولات``
            if is_cue_start(v, lex, k):
                return True
            return "obj" in comps and self._object_start(k, comps)

        return stop

    def _object_start(self, k: int, comps: frozenset[str], loose: bool = False) -> bool:
        v = self.v
        w = v.word(k)
        if "obj" not in comps or k >= v.n:
            return False
        if v.kinds[k] == "NUM" or w in NUMBER_WORDS or w in W.OBJECT_OPENERS or w in W.DEMONSTRATIVES:
            return True
        if w.startswith("ال") and w[2:] in W.OBJECT_OPENERS:
            return True
        if not loose or not w or w in W.PREPOSITIONS or w in ACTS or is_cue_start(v, self.lex, k):
            return False
        return w not in W.COMPLEMENTIZERS and not v.is_punct(k)

    def _trim_np(self, j: int, e: int, form: CueForm) -> tuple[int, int]:
        """Drop words of a multiword cue left in the phrase (``كشف ... النقاب``) and trailing commas."""
        v = self.v
        while e > j + 1 and (v.word(e - 1) in ("النقاب", "الانتباه", "النظر", "التاكيد") or v.is_punct(e - 1)):
            e -= 1
        return j, e

    def _after_but(self, start: int, a: int) -> bool:
        w = self.v.word(start - 1)
        return w in ("لكن", "ولكن", "ان", "إن", "غير") or start == a

    def _discourse_before(self, i: int, a: int) -> tuple[int, int] | None:
        v = self.v
        k = i - 1
        while k >= a and v.is_punct(k, "،,"):
            k -= 1
        if k < a:
            return None
        w = v.word(k)
        for marker, _g in W.DISCOURSE_MARKERS:
            parts = marker.split()
            if len(parts) == 1 and (w == parts[0] or (w[:1] == "و" and w[1:] == parts[0])):
                return (k, k + 1)
            if len(parts) == 2 and w == parts[1] and v.word(k - 1) in (parts[0], "و" + parts[0]):
                return (k - 1, k + 1)
        return None

    def _antecedent(self, rel: int, a: int) -> tuple[int, int] | None:
        """The noun phrase a relative pronoun refers to (``النائب أنور الخليل الذي قال``)."""
        v = self.v
        end = rel
        while end > a and v.is_punct(end - 1, "،,"):
            end -= 1
        start = end
        while start > a and end - start < 4 and v.kinds[start - 1] == "WORD" and v.word(start - 1) not in W.PREPOSITIONS:
            start -= 1
            if v.word(start) in W.TITLE_WORDS or v.word(start) in W.SPEAKER_HEADS:
                break
        if start >= end:
            return None
        return name_in_np(v, self.names, start, end)

    def _cue_after_content(self, found: Found, i: int, j: int, a: int, b: int) -> Found | None:
        """``«...»، قال X.``: the report comes first; otherwise the verb only governs participles."""
        v = self.v
        k = i - 1
        if v.is_punct(k, "،,"):
            k -= 1
        ends_here = j >= b or b - j <= 8 or (v.kinds[j] == "PUNCT" and v.norms[j][:1] in ".!?؟")
        if k >= a and k in v.open_of and ends_here and found.form.strength in ("say", "assert"):
            found.content, found.direct = self._before_content(i, a)
            if found.content:
                return found
        found.emit = False
        return found if not found.implicit else None

    def _before_content(self, k: int, a: int) -> tuple[tuple[int, int] | None, bool]:
        """The attributed text before token ``k``: the quote right before, else the clause from the start."""
        v = self.v
        end = k
        while end > a and v.is_punct(end - 1, "،,"):
            end -= 1
        if end - 1 >= a and (end - 1) in v.open_of:
            q = v.open_of[end - 1]
            first = q + 1
            if v.word(first) in W.COMPLEMENTIZERS:
                first += 1
            return v.char_span(first, end - 1), True
        start = a
        while start < end and (v.word(start) in W.CONNECTIVES or v.is_punct(start)):
            start += 1
        return v.char_span(start, end), False

    def _attributed_before(self, i: int, a: int) -> tuple[tuple[int, int] | None, bool] | None:
        """``حسبما أكد X`` / ``على ما أفادت به X``: the content is the text before."""
        v = self.v
        w1, w2 = v.word(i - 1), v.word(i - 2)
        if w1 in ("حسبما", "وفقما", "بحسبما", "كما") and w1 != "كما":
            return self._before_content(i - 1, a)
        if w1 == "ما" and w2 in ("حسب", "بحسب", "وفق", "وفقا", "طبقا"):
            return self._before_content(i - 2, a)
        if w1 == "ما" and w2 in ("علي", "وعلي") and v.word(i - 3) not in W.RESPONSE_WORDS:
            return self._before_content(i - 2, a)
        return None

    # -- relays --------------------------------------------------------------------------------
    def _relay_verb(self, i: int, forms: list[CueForm], a: int, b: int) -> Found | None:
        """``نقلت الوكالة عن X قوله`` (the statement is X's, cued by قوله) or ``نقل عن X أن ...``."""
        v = self.v
        limit = min(b, i + 1 + WINDOW)
        via = ("عن", "الي", "عنه", "عنها", "عنهم", "اليه", "اليها", "اليهم")
        anchor = Found(i, forms[0], emit=False)
        j = i + 1 if v.word(i + 1) in via else skip_adverbials(v, i + 1, limit)
        e = np_extent(v, self.names, j, limit, lambda k: v.word(k) in via)
        if e > j and v.word(j) not in via:
            anchor.mention, anchor.implicit = name_in_np(v, self.names, j, e), False
        k = skip_adverbials(v, e, limit)
        if v.word(k) not in via:
            return None
        found = Found(i, forms[0])
        if v.word(k) in ("عن", "الي"):
            ye = np_extent(v, self.names, k + 1, limit, lambda x: self._is_qawl(x) or marker_at(v, x, frozenset({"ان", ":"})) is not None)
            if ye > k + 1:
                found.mention, found.implicit = name_in_np(v, self.names, k + 1, ye), False
            k = ye
        else:
            k += 1
        k2 = skip_adverbials(v, k, limit)
        if v.word(k2) in W.RELATIVES:  # ``عن الروائية X التي كانت بين المتظاهرين قولها``
            k2 = next((x for x in range(k2, min(b, k2 + 12)) if self._is_qawl(x)), k2)
        if self._is_qawl(k2):
            self._relay_y = found.mention
            self.consumed.update(range(i, k2))
            return anchor
        for x in range(k2, min(limit, k2 + 8)):
            m = marker_at(v, x, frozenset({"ان", ":"}))
            if m is not None:
                found.content, found.direct = content_from(v, self.lex, m, b)
                self.consumed.update(range(i, m.at))
                return found if found.content else None
        return None

    def _is_qawl(self, k: int) -> bool:
        forms, _ = self.lex.lookup(self.v.word(k)) if self.v.word(k) else ((), "")
        return any(f.lemma in QAWL and f.kind == VNOUN and f.possessive for f in forms)

    def _attributive(self, i: int, forms: list[CueForm], a: int, b: int) -> Found | None:
        """``بحسب X``: X said the clause it opens (at the start) or the text before it."""
        v = self.v
        if v.word(i + 1) == "ما" or v.word(i) in ("حسبما", "وفقما", "بحسبما"):
            return None
        x0 = i + 1 + len(forms[0].tail)
        cue = i
        vn, _ = self.lex.lookup(v.word(x0)) if v.word(x0) else ((), "")
        initial = all(v.word(k) in W.CONNECTIVES or v.is_punct(k) for k in range(a, i))
        if any(f.kind == VNOUN and not f.possessive for f in vn):
            if not initial:
                return None
            cue, x0 = x0, x0 + 1
        limit = min(b, x0 + WINDOW)
        e = np_extent(v, self.names, x0, limit, lambda k: v.word(k) in W.COMPLEMENTIZERS or v.is_punct(k, ":"))
        if e <= x0 or not self._source_like(x0, forms[0]):
            return None
        if initial and is_cue_start(v, self.lex, e + 1 if v.is_punct(e, "،,") else e):
            return None  # ``على لسان X، قالت الحكومة``: the verb reports, X only relays
        found = Found(cue, forms[0], implicit=False, mention=name_in_np(v, self.names, x0, e))
        if cue != i:
            vforms, _ = self.lex.lookup(v.word(cue))
            found.form = vforms[0]
        if initial:
            k = e + 1 if v.is_punct(e, "،,") else e
            m = marker_at(v, k, frozenset({"ان", ":"})) or Marker("obj", k, first=k)
            found.content, found.direct = content_from(v, self.lex, m, b)
        else:
            found.content, found.direct = self._before_content(i, a)
        self.consumed.update(range(i, e))
        return found if found.content else None

    def _source_like(self, k: int, form: CueForm) -> bool:
        """``وفق`` and ``طبقا ل`` more often cite rules (``وفق المذهب``): only a named or human source."""
        v = self.v
        w = v.word(k)
        if is_nameish(v, self.names, k) or w in W.SPEAKER_HEADS or w in W.TITLE_WORDS:
            return True
        if form.lemma in ("وفق", "وفقا ل", "طبقا ل", "نقلا عن", "علي لسان"):
            return False
        return bool(w) and not w.startswith("ال") and w not in W.OBJECT_OPENERS

    # -- participles and verbal nouns ------------------------------------------------------------
    def _participle(self, i: int, forms: list[CueForm], a: int, b: int, anchors: list[Found]) -> Found | None:
        v = self.v
        form = forms[0]
        comps = frozenset().union(*(f.complements for f in forms))
        found = Found(i, form)
        governor = next((f for f in reversed(anchors) if f.form.kind in (PERFECT, IMPERFECT)), None)
        if governor is not None:
            found.inherit = governor
        else:
            found.mention = self._subject_before(i, a)
            found.implicit = found.mention is None
        k = i + 1
        while k < b and (v.word(k) in PRONOUN_PPS or v.is_punct(k, "،,")):
            k += 1
        m = marker_at(v, k, comps, lenient=True, paren=True)
        if form.strength == "call" and (m is None or m.kind == "obj"):
            m = self._call_marker(k, b, comps) or m
        # An adverbial participle follows a comma or a clause; after a noun it is an adjective
        # (``حراسة مشددة``, ``متهمين عاديين``) unless a complement clearly follows.
        adverbial = i - 1 < a or v.kinds[i - 1] != "WORD" or form.lemma == "قال"
        if m is not None and not adverbial and m.kind not in ("that", "colon", "quote", "prep"):
            return None
        if m is None and "ب" in comps and adverbial:
            m = next((marker_at(v, x, frozenset({"ب"})) for x in range(k + 1, min(b, k + 5))
                      if marker_at(v, x, frozenset({"ب"})) is not None), None)
        after_comma = v.is_punct(i - 1, "،,")
        if m is None and after_comma and "obj" in comps and v.word(k) and v.word(k) not in W.PREPOSITIONS:
            m = Marker("obj", k, first=k)
        if m is None and after_comma and v.word(k) and v.word(k) not in W.PREPOSITIONS:
            m = Marker("obj", k, first=k)  # ``، موضحاً فيه تعرض ابنه ...``
        if m is None:
            return None
        found.content, found.direct = content_from(v, self.lex, m, b)
        return found if found.content else None

    def _subject_before(self, i: int, a: int) -> tuple[int, int] | None:
        """The nearest name or speaker head before a participle with no governing report."""
        v = self.v
        for k in range(i - 1, a - 1, -1):
            w = v.word(k)
            if not w or v.word(k - 1) in W.PREPOSITIONS or has_clitic(v, k, "ب") or has_clitic(v, k, "ل"):
                continue
            if is_nameish(v, self.names, k) or w in W.SPEAKER_HEADS:
                e = k + 1
                while e < i and e - k < 4 and v.kinds[e] == "WORD" and v.word(e) not in W.PREPOSITIONS:
                    e += 1
                return name_in_np(v, self.names, k, e)
        return None

    def _vnoun(self, i: int, forms: list[CueForm], a: int, b: int, anchors: list[Found]) -> Found | None:
        v = self.v
        if "ل" in v.procl[i] or v.word(i)[:1] == "ل":
            return None  # purpose: لدعوة
        comps = frozenset().union(*(f.complements for f in forms)) | {"ان", ":"}
        poss = [f for f in forms if f.possessive]
        if poss:
            return self._possessive(i, poss[0], comps, a, b, anchors)
        k = i + 1
        if not is_nameish(v, self.names, k):
            return None
        e = k + 1
        while e < b and e - k < 3 and is_nameish(v, self.names, e):
            e += 1
        found = Found(i, forms[0], mention=name_in_np(v, self.names, k, e), implicit=False)
        x = e
        while x < b and x - e < 2 and v.word(x).startswith("ال") and marker_at(v, x, comps) is None:
            x += 1
        m = marker_at(v, x, comps)
        if m is None or m.kind not in ("that", "ba", "colon", "quote"):
            return None
        found.content, found.direct = content_from(v, self.lex, m, b)
        return found if found.content else None

    def _possessive(self, i, form: CueForm, comps, a: int, b: int, anchors: list[Found]) -> Found | None:
        """``قوله`` / ``إعلانه``: the pronoun's referent speaks."""
        v = self.v
        found = Found(i, form)
        if form.lemma in QAWL:
            if self._relay_y is not None:
                found.mention, found.implicit = self._relay_y, False
            elif v.word(i - 1) and (is_nameish(v, self.names, i - 1) or v.word(i - 1).startswith("ال")):
                found.mention, found.implicit = name_in_np(v, self.names, i - 1, i), False
        else:
            governor = next((f for f in reversed(anchors) if f.form.kind in (PERFECT, IMPERFECT)), None)
            if governor is None:
                return None
            found.inherit = governor
        k = i + 1
        while k < b and v.is_punct(k, "،,"):
            k += 1
        m = marker_at(v, k, comps, paren=True)
        if m is None and form.lemma not in QAWL and "obj" in comps and v.word(k) and v.word(k) not in W.PREPOSITIONS:
            m = Marker("obj", k, first=k)
        if m is None:
            return None
        found.content, found.direct = content_from(v, self.lex, m, b)
        return found if found.content else None
