"""The text stage: normalised view, sentences and tokens (with clitics) as layers of a document."""

from __future__ import annotations

import gc
from dataclasses import dataclass, field

from rasd.document import Document
from rasd.text.clitics import Segmentation, Segmenter
from rasd.text.normalize import get_normalizer
from rasd.text.sentences import split_sentences
from rasd.text.tokens import WORD, Token, token_pattern


@dataclass
class TextStage:
    segmenter: Segmenter
    name: str = "text"
    version: str = "1"
    requires: tuple[str, ...] = ()
    produces: tuple[str, ...] = ("normalized", "sentences", "tokens")
    _words: dict[str, tuple[str, str, Segmentation | None]] = field(default_factory=dict, repr=False)

    def tokens(self, text: str) -> tuple[Token, ...]:
        # Tokens are acyclic tuples: pausing the cycle collector while thousands are made saves it
        # from walking them (and everything else alive) again and again.
        if not gc.isenabled():
            return self._tokens(text)
        gc.disable()
        try:
            return self._tokens(text)
        finally:
            gc.enable()

    def _tokens(self, text: str) -> tuple[Token, ...]:
        # The hot loop of the text core: locals only, and tuples built without the NamedTuple
        # constructor's Python-level __new__.
        words = self._words
        table = get_normalizer("full").table
        segment = self.segmenter.segment
        new = tuple.__new__
        out = []
        append = out.append
        for m in token_pattern().finditer(text):
            kind = m.lastgroup
            if kind is None:
                continue  # trailing whitespace
            s, e = m.span(kind)
            w = text[s:e]
            hit = words.get(w)
            if hit is not None:  # a token text seen before: most of running text
                append(new(Token, (s, e, hit[0], hit[1], hit[2])))
                continue
            hit = (kind, w.translate(table), segment(w)) if kind == WORD else (kind, w, None)
            if len(words) < 1_000_000:
                words[w] = hit
            append(new(Token, (s, e, kind, hit[1], hit[2])))
        return tuple(out)

    def __call__(self, doc: Document) -> Document:
        text = doc.text
        doc = doc.with_layer("normalized", get_normalizer("full").with_map(text))
        doc = doc.with_layer("sentences", split_sentences(text))
        return doc.with_layer("tokens", self.tokens(text))


def make_stage(resources) -> TextStage:
    return TextStage(resources.segmenter)
