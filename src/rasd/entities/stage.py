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
    norm_word(t) for t in "آية الله حجة الإسلام السيد الشيخ الدكتور د. المهندس".split()
)
_NAME_LABELS = frozenset({"COUNTRY", "CITY", "PERSON", "GIVEN", "FAMILY", "ORG", "CLUB", "COMPANY", "MEDIA"})
_EDGE_KINDS = frozenset({"PUNCT", "SYM"})


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

    def _keep_whole(self, word: str, rest: str) -> bool:
        """Keep a first token uncut when it is a known name and its clitic-less rest is not (``بان``)."""
        rest_n = norm_word(rest)
        if len(rest_n) < 3:
            return True
        gaz = getattr(getattr(self.tagger, "featurizer", None), "gaz", None)
        if gaz is None:
            return False
        names = _NAME_LABELS
        whole = gaz.words.get(norm_word(word), ())
        return any(lab in names for lab in whole) and not any(lab in names for lab in gaz.words.get(rest_n, ()))

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
            if start > first.start and self._keep_whole(text[first.start : first.end], text[start : first.end]):
                start = first.start
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
        out.sort(key=lambda s: (s[1], s[2]))
        return out

    def __call__(self, doc: Document) -> Document:
        entities = tuple(
            Entity(f"T{i}", start, end, typ) for i, (typ, start, end) in enumerate(self.spans(doc), 1)
        )
        return doc.with_layer("entities", entities)
