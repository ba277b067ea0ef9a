"""The entities stage: CRF tags over the document's tokens -> ``Entity`` spans per the guidelines.

Span rules (annotation guidelines, section 1):

* a mention starts at the first token's ``name_start``: conjunction and preposition clitics
  (و ف ب ل ك) are cut, the article ال stays (``لروسيا`` -> ``روسيا``, ``والعراق`` -> ``العراق``,
  ``للعراق`` -> ``لعراق``);
* titles and roles before a person's name are not part of it (``الرئيس``, ``وزير``, ``الشيخ`` ...);
* spans never start or end with whitespace or punctuation tokens;
* ids are ``T1``, ``T2`` ... in text order.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from rasd.document import Document, Entity
from rasd.entities.features import TITLES, norm_word, strip_variants

_TITLES_N = frozenset(norm_word(t) for t in TITLES) | frozenset(
    norm_word(t) for t in ["آية", "الله", "حجة", "الإسلام", "السيد", "الشيخ", "الدكتور", "د.", "المهندس"]
)
_NAME_LABELS = frozenset({"COUNTRY", "CITY", "PERSON", "GIVEN", "FAMILY", "ORG", "CLUB", "COMPANY", "MEDIA"})
# Place-type words that stay in a LOC name (guidelines: ``قطاع غزة``, ``إقليم كردستان``); others such as
# محافظة or مدينة are left outside.
_KEPT_HEADS = frozenset(
    norm_word(w)
    for w in ["قطاع", "إقليم", "اقليم", "معبر", "مضيق", "جزيرة", "جزر", "بحر", "نهر", "جبل", "الضفة"]
)
_ORG_HEADS_N = frozenset(
    norm_word(w)
    for w in [
        "وزارة",
        "لجنة",
        "منظمة",
        "حركة",
        "كتلة",
        "حزب",
        "جبهة",
        "هيئة",
        "اتحاد",
        "جمعية",
        "مؤسسة",
        "محكمة",
        "وكالة",
        "جامعة",
        "تيار",
        "ائتلاف",
        "مفوضية",
    ]
)
_STOP_DEFINITES = frozenset(
    norm_word(w)
    for w in [
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الأحد",
        "الماضي",
        "الماضية",
        "المقبل",
        "المقبلة",
        "الحالي",
        "اليوم",
        "الرسمية",
        "الرسمي",
        "الذي",
        "التي",
        "الذين",
    ]
)
_EDGE_KINDS = frozenset({"PUNCT", "SYM"})


def strip_article(w: str) -> str:
    return w[2:] if w.startswith("ال") and len(w) >= 4 else w


def _offset_after_first_letter(word: str) -> int:
    """Offset just after the first letter and any marks on it."""
    i = 1
    while i < len(word) and unicodedata.category(word[i])[0] == "M":
        i += 1
    return i


def _junk(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PSZC"


def _is_title(norm: str) -> bool:
    if norm in _TITLES_N:
        return True
    return any(v in _TITLES_N for v in strip_variants(norm))


def bio_to_spans(tags) -> list[tuple[str, int, int]]:
    """(type, first token, last token + 1) runs of a BIO tag list."""
    spans = []
    cur = None
    start = 0
    for i, t in enumerate(list(tags) + ["O"]):
        if t.startswith("I-") and cur == t[2:]:
            continue
        if cur is not None:
            spans.append((cur, start, i))
            cur = None
        if t.startswith(("B-", "I-")):
            cur, start = t[2:], i
    return spans


@dataclass
class EntityStage:
    resources: object
    name: str = "entities"
    version: str = "1"
    requires: tuple[str, ...] = ("tokens", "sentences")
    produces: tuple[str, ...] = ("entities",)
    _tagger: object = field(default=None, repr=False)

    @property
    def tagger(self):
        if self._tagger is None:
            self._tagger = getattr(self.resources, "ner_tagger", None)
        return self._tagger

    def _is_name(self, norm: str) -> bool:
        gaz = getattr(getattr(self.tagger, "featurizer", None), "gaz", None)
        if gaz is None:
            return False
        return any(lab in _NAME_LABELS or lab.startswith("TR_") for lab in gaz.words.get(norm, ()))

    def _name_start(self, tok, text: str) -> int:
        """Where a name starts in its first token: conjunctions and prepositions cut, ال kept.

        The segmenter's cut is kept when the rest begins with the article or is a known name, or when
        the cut clitic is a conjunction and the whole token is not a known name; an unknown name that
        merely begins with ب ل ك (``باجور``, ``بيلمار``) stays whole. A doubled و (``ووارن``) is cut.
        """
        word = text[tok.start : tok.end]
        whole = norm_word(word)
        start = tok.name_start
        if start > tok.start:
            rest = norm_word(text[start : tok.end])
            if len(rest) < 3:
                return tok.start
            has_article = tok.seg is not None and any(c == "ال" for _, _, c in tok.seg.proclitics)
            if has_article or rest.startswith("ال") or self._is_name(rest):
                return start
            if self._is_name(whole):
                return tok.start
            first_clitic = tok.seg.proclitics[0][2] if tok.seg is not None and tok.seg.proclitics else ""
            return start if first_clitic in ("و", "ف") else tok.start
        if whole[:1] in ("و", "ف") and len(whole) >= 4 and not self._is_name(whole):
            rest = whole[1:]
            if whole[:2] == "وو" or self._is_name(rest) or self._is_name(strip_article(rest)):
                return tok.start + _offset_after_first_letter(word)
        return start

    def _place_head(self, tokens, lo: int, text: str) -> int | None:
        """Start of a place-type word before a LOC that guidelines keep in the name (``قطاع غزة``)."""
        prev = tokens[lo - 1]
        if prev.kind != "WORD" or text[prev.end : tokens[lo].start].strip():
            return None
        stem = prev.seg.stem if prev.seg is not None else prev.norm
        name = norm_word(text[prev.name_start : prev.end])
        if stem in _KEPT_HEADS or name in _KEPT_HEADS:
            return prev.name_start
        return None

    def spans(self, doc: Document) -> list[tuple[str, int, int]]:
        """(type, start, end) character spans of the entities of ``doc``, in text order."""
        tagger = self.tagger
        tokens = doc.layer("tokens")
        if tagger is None or not tokens:
            return []
        tags = tagger.tag_document(doc)
        text = doc.text
        out: list[tuple[str, int, int]] = []
        for typ, lo, hi in bio_to_spans(tags):
            # trim punctuation at both edges
            while lo < hi and tokens[lo].kind in _EDGE_KINDS:
                lo += 1
            while hi > lo and tokens[hi - 1].kind in _EDGE_KINDS:
                hi -= 1
            # titles before a person's name are not part of it
            if typ == "PER":
                while hi - lo > 1 and tokens[lo].kind == "WORD" and _is_title(tokens[lo].norm):
                    lo += 1
                if hi - lo == 1 and tokens[lo].kind == "WORD" and _is_title(tokens[lo].norm):
                    continue
            if lo >= hi:
                continue
            first = tokens[lo]
            start = first.name_start if first.kind == "WORD" else first.start
            if first.kind == "WORD":
                start = self._name_start(first, text)
            if typ == "LOC" and lo > 0:
                head = self._place_head(tokens, lo, text)
                if head is not None:
                    start = head
            if start >= first.end:  # the token is only a clitic
                lo += 1
                if lo >= hi:
                    continue
                start = tokens[lo].start
            end = tokens[hi - 1].end
            while start < end and (_junk(text[start]) or unicodedata.category(text[start])[0] == "M"):
                start += 1
            while end > start and _junk(text[end - 1]) and text[end - 1] != "%":
                end -= 1
            if end > start:
                out.append((typ, start, end))
        out.extend(self._headed_orgs(tokens, text, out))
        out.sort(key=lambda s: (s[1], s[2]))
        return out

    def _headed_orgs(self, tokens, text: str, found) -> list[tuple[str, int, int]]:
        """Named bodies the ANERcorp-trained model leaves untagged: an organisation head in construct
        state followed by definite words (``وزارة الداخلية``, ``لجنة التحقيق الدولية``,
        ``حركة العدل والمساواة``). Spans that would overlap a tagged entity are not added."""
        out = []
        taken = [(s, e) for _, s, e in found]
        n = len(tokens)
        i = 0
        while i < n:
            tok = tokens[i]
            if tok.kind != "WORD" or tok.stem not in _ORG_HEADS_N or tok.norm.startswith("ال"):
                i += 1
                continue
            j = i + 1
            while (
                j < n
                and j - i <= 4
                and tokens[j].kind == "WORD"
                and not text[tokens[j - 1].end : tokens[j].start].strip()
            ):
                nm = tokens[j].norm
                bare = nm[1:] if nm.startswith("و") and j > i + 1 else nm
                if not bare.startswith("ال") or bare in _STOP_DEFINITES or len(bare) < 4:
                    break
                j += 1
            if j > i + 1:
                start = tok.name_start
                end = tokens[j - 1].end
                if not any(s < end and start < e for s, e in taken):
                    out.append(("ORG", start, end))
                    taken.append((start, end))
                i = j
            else:
                i += 1
        return out

    def __call__(self, doc: Document) -> Document:
        entities = tuple(
            Entity(f"T{i}", start, end, typ) for i, (typ, start, end) in enumerate(self.spans(doc), 1)
        )
        return doc.with_layer("entities", entities)


def make_stage(resources) -> EntityStage | None:
    """The entities stage for ``resources``, or None when no NER model is shipped."""
    if getattr(resources, "ner_tagger", None) is None:
        return None
    return EntityStage(resources)
