"""Sentence splitting on . ؟ ? ! ؛ … and line breaks.

A full stop does not end a sentence after an abbreviation (a single letter as in ``أ. ف. ب`` or
``د.``, or a listed abbreviation), inside a number (``3.5``, ``12.9.2017``), or when no space follows it
(``U.S.``). Closing quotes and brackets right after the mark stay with the sentence. Sentences never
start or end with whitespace; together they cover every non-space character of the text, in order.
"""

from __future__ import annotations

import re

from rasd.document import Sentence

ABBREVIATIONS = frozenset(
    {
        "د", "م", "ص", "ق", "ج", "ه", "هـ", "أ", "ا", "ف", "ب", "ش", "ت", "ك", "ع", "س", "ط", "ن", "ل", "ي", "و", "ر",
        "ق.م", "ش.م.م", "ج.م.ع", "إلخ", "الخ", "أ.د", "م.م", "ح", "ر.س",
        "Dr", "Mr", "Mrs", "Ms", "St", "Prof", "Inc", "Ltd", "Co", "vs", "etc", "No", "Jr", "Sr",
    }
)
_END = re.compile(r"""(?:\.{2,}|…|[.؟?!؛;])+[»"”’'\)\]]*|\n""")
_WS = re.compile(r"\s+")
_PREV_WORD = re.compile(r"([^\s.]+(?:\.[^\s.]+)*)$")
_TAIL_WORD = 24  # how far back to look for the word before a full stop


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation rather than a sentence."""
    m = _PREV_WORD.search(text, max(0, dot - _TAIL_WORD), dot)
    if not m:
        return False
    word = m.group(1).lstrip("(«\"'[")
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())


def split_sentences(text: str) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    n = len(text)
    start = 0
    for m in _END.finditer(text):
        mark_start, end = m.span()
        if m.group() != "\n":
            # A mark must be followed by whitespace or the end of the text to end a sentence.
            if end < n and not text[end].isspace():
                continue
            if text[mark_start] == "." and m.group().rstrip("»\"”’')]") == "." and _is_abbreviation(text, mark_start):
                continue
        _emit(text, start, end, out)
        start = end
    _emit(text, start, n, out)
    return tuple(out)


def _emit(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end))
