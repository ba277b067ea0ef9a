"""Normalisation of Arabic text for matching, with an offset map back to the original text.

Two strengths are compiled once per process:

* ``light``: removes tashkeel, tatweel, bidi and zero-width marks; maps presentation forms to their
  base letters, Arabic-Indic and Persian digits to ASCII, typographic quotes and dashes to plain ones.
  Letters keep their identity, so clitic segmentation can still tell ``أ`` from ``ا``.
* ``full``: light, plus alef forms (أ إ آ ٱ) -> ا, ى -> ي and, when configured, ة -> ه.

The normalised string differs in length from the original wherever marks are removed or a ligature
expands, so :class:`NormalizedText` keeps sorted breakpoints and maps any normalised offset back.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

TASHKEEL = "\u0610\u0611\u0612\u0613\u0614\u0615\u0616\u0617\u0618\u0619\u061a" + "".join(
    chr(c) for c in range(0x064B, 0x0660)
) + "\u0670\u06d6\u06d7\u06d8\u06d9\u06da\u06db\u06dc\u06df\u06e0\u06e1\u06e2\u06e3\u06e4\u06e7\u06e8\u06ea\u06eb\u06ec\u06ed"
TATWEEL = "\u0640"
# Bidi controls, zero-width characters, BOM, soft hyphen.
INVISIBLE = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff\u00ad"
)

_DIGITS = {**{0x0660 + i: str(i) for i in range(10)}, **{0x06F0 + i: str(i) for i in range(10)}}
_PUNCT = {
    "«": '"',
    "»": '"',
    "“": '"',
    "”": '"',
    "„": '"',
    "‟": '"',
    "″": '"',
    "‘": "'",
    "’": "'",
    "‚": "'",
    "‛": "'",
    "′": "'",
    "‹": "'",
    "›": "'",
    "–": "-",
    "—": "-",
    "―": "-",
    "‐": "-",
    "‑": "-",
    "−": "-",
    "٫": ".",  # Arabic decimal separator
    "٬": ",",  # Arabic thousands separator
    "٪": "%",
}
# Letters outside the core block that are Persian/Urdu shapes of Arabic letters.
_LETTER_VARIANTS = {"ک": "ك", "ی": "ي", "ۀ": "ه", "ە": "ه", "ھ": "ه", "ہ": "ه", "ۃ": "ة"}
_FULL_FOLDS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا", "ى": "ي"}


def _presentation_forms() -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
        ch = chr(cp)
        if unicodedata.category(ch) == "Cn":
            continue
        base = unicodedata.normalize("NFKC", ch).strip()
        if base and base != ch:
            table[cp] = base
    return table


@dataclass(frozen=True, slots=True)
class NormalizerConfig:
    """What ``full`` normalisation folds; ``light`` never folds letters."""

    fold_alef: bool = True
    fold_alef_maksura: bool = True
    fold_teh_marbuta: bool = True


@dataclass(frozen=True, slots=True)
class Normalizer:
    """A compiled normaliser: translate tables and the pattern of non one-to-one characters."""

    table: dict[int, str]
    irregular: re.Pattern[str]  # characters that are deleted or expand to several characters

    def __call__(self, s: str) -> str:
        return s.translate(self.table)

    def with_map(self, text: str) -> NormalizedText:
        if not self.irregular.search(text):
            return NormalizedText(text.translate(self.table), (0,), (0,), text)
        norm_parts: list[str] = []
        n_points = [0]
        o_points = [0]
        n_pos = 0
        o_pos = 0
        table = self.table
        for m in self.irregular.finditer(text):
            s, e = m.span()
            if s > o_pos:
                chunk = text[o_pos:s].translate(table)
                norm_parts.append(chunk)
                n_pos += len(chunk)
            n_points.append(n_pos)
            o_points.append(s)
            repl = m.group().translate(table)
            norm_parts.append(repl)
            n_pos += len(repl)
            o_pos = e
            n_points.append(n_pos)
            o_points.append(o_pos)
        if o_pos < len(text):
            norm_parts.append(text[o_pos:].translate(table))
        return NormalizedText("".join(norm_parts), tuple(n_points), tuple(o_points), text)


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised view of a text and the map of its offsets back to the original."""

    text: str
    n_points: tuple[int, ...]
    o_points: tuple[int, ...]
    original: str

    @property
    def original_length(self) -> int:
        return len(self.original)

    def to_original(self, pos: int) -> int:
        """Original offset of normalised offset ``pos`` (a start or an end)."""
        if len(self.n_points) == 1:
            return min(pos, self.original_length)
        i = bisect_right(self.n_points, pos) - 1
        o = self.o_points[i] + (pos - self.n_points[i])
        if i + 1 < len(self.o_points) and o > self.o_points[i + 1]:
            o = self.o_points[i + 1]  # inside an expansion (a ligature): stay on the character
        return min(o, self.original_length)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original span of a normalised span; marks on its last letter stay in, invisible ones out."""
        o_start = self.to_original(start)
        if end <= start:
            return o_start, o_start
        o_end = self.to_original(end)
        original = self.original
        while o_end > o_start and original[o_end - 1] in _TRAILING_JUNK:
            o_end -= 1
        return o_start, max(o_start, o_end)


_TRAILING_JUNK = frozenset(INVISIBLE + " \t\n\r")


def _build(light: bool, config: NormalizerConfig) -> Normalizer:
    table: dict[int, str] = {}
    for ch in TASHKEEL + TATWEEL + INVISIBLE:
        table[ord(ch)] = ""
    table.update(_DIGITS)
    table.update({ord(k): v for k, v in _PUNCT.items()})
    table.update({ord(k): v for k, v in _LETTER_VARIANTS.items()})
    forms = _presentation_forms()
    # Presentation forms fold to base letters; in light mode their alefs keep their hamza.
    table.update(forms)
    if not light:
        folds = {}
        if config.fold_alef:
            folds.update({k: v for k, v in _FULL_FOLDS.items() if k != "ى"})
        if config.fold_alef_maksura:
            folds["ى"] = "ي"
        if config.fold_teh_marbuta:
            folds["ة"] = "ه"
            folds["ۃ"] = "ه"
        table.update({ord(k): v for k, v in folds.items()})
        # Apply the folds to the outputs of earlier entries too (a presentation alef-hamza, say).
        trans = str.maketrans(folds)
        table = {k: v.translate(trans) for k, v in table.items()}
    irregular = "".join(sorted({re.escape(chr(k)) for k, v in table.items() if len(v) != 1}))
    return Normalizer(table, re.compile(f"[{irregular}]+"))


@lru_cache(maxsize=8)
def get_normalizer(strength: str = "full", config: NormalizerConfig = NormalizerConfig()) -> Normalizer:
    """The compiled normaliser for ``strength`` ('light' or 'full'); built once per process."""
    if strength not in ("light", "full"):
        raise ValueError(f"unknown normalisation strength: {strength!r}")
    return _build(strength == "light", config)


def normalize(text: str, strength: str = "full") -> str:
    """Normalised form of ``text`` (no offset map)."""
    return get_normalizer(strength)(text)


def word_set(words: str) -> frozenset[str]:
    """The full-normalised forms of whitespace-separated ``words``: closed word classes as data."""
    return frozenset(normalize(w) for w in words.split())


def normalize_with_map(text: str, strength: str = "full") -> NormalizedText:
    """Normalised form of ``text`` with the map of offsets back to ``text``."""
    return get_normalizer(strength).with_map(text)
