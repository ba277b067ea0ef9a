"""Tokenisation of the original text into words, numbers, punctuation, Latin, URLs, e-mails, hashtags.

Tokens are found on the original text (so offsets need no mapping); marks, tatweel and zero-width
joiners inside an Arabic word belong to the word.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rasd.text.clitics import Segmentation

AR_LETTER = "\u0621-\u063a\u0641-\u064a\u066e\u066f\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff\u0750-\u077f\u08a0-\u08c9\ufb50-\ufdfb\ufe70-\ufefc"
AR_MARK = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed\u0640\u200c\u200d"
DIGIT = "0-9\u0660-\u0669\u06f0-\u06f9"

# Arabic words come first: they are most tokens, and no other alternative can start with an Arabic
# letter (e-mail local parts are ASCII here), so the common case costs one attempt.
_PATTERN = re.compile(
    rf"""
    \s*  # whitespace is skipped inside the match: one attempt per token, not one per space
    (?:(?P<WORD>[{AR_MARK}]*[{AR_LETTER}][{AR_LETTER}{AR_MARK}]*)
  | (?P<NUM>[{DIGIT}]+(?:[.,/:\-٫٬][{DIGIT}]+)*%?)
  | (?P<URL>(?:https?://|www\.)[^\s<>"«»]+[^\s<>"«».,;:!?)\]،؛؟])
  | (?P<EMAIL>[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)
  | (?P<HASHTAG>\#[{AR_LETTER}{AR_MARK}\w]+)
  | (?P<MENTION>@\w+)
  | (?P<LATIN>[A-Za-z\u00c0-\u024f][A-Za-z\u00c0-\u024f0-9'’\-]*)
  | (?P<PUNCT>\.\.\.|[.,،؛;:!?؟…\-–—"'«»“”‘’()\[\]{{}}<>/\\|*&^%$+=~`_])
  | (?P<SYM>[^\s]))
    """,
    re.VERBOSE,
)

WORD = "WORD"


class Token(NamedTuple):
    start: int
    end: int
    kind: str  # WORD LATIN NUM PUNCT URL EMAIL HASHTAG MENTION SYM
    norm: str  # full-normalised form (for words); the text itself otherwise
    seg: Segmentation | None  # clitic segmentation of Arabic words

    @property
    def stem_start(self) -> int:
        return self.start if self.seg is None else self.start + self.seg.stem_start

    @property
    def stem_end(self) -> int:
        return self.end if self.seg is None else self.start + self.seg.stem_end

    @property
    def name_start(self) -> int:
        """Start of the token once conjunction and preposition clitics are cut off (``ال`` stays)."""
        return self.start if self.seg is None else self.start + self.seg.name_start

    @property
    def stem(self) -> str:
        return self.norm if self.seg is None else self.seg.stem


def token_pattern() -> re.Pattern[str]:
    return _PATTERN


def iter_raw_tokens(text: str, start: int = 0, end: int | None = None):
    """(start, end, kind) of every token in ``text[start:end]``."""
    for m in _PATTERN.finditer(text, start, len(text) if end is None else end):
        kind = m.lastgroup
        if kind is not None:  # trailing whitespace alone matches with no group
            s, e = m.span(kind)
            yield s, e, kind
