"""Telling Arabic spellings of a place name from Persian, Urdu, Kurdish and other Arabic-script ones.

GeoNames alternate names mix every language written in Arabic script. Only Arabic spellings go into
the index: a name is Arabic when every letter is in the core Arabic block. Letters such as پ چ ژ گ ک ی
ۀ ە ے ھ ڵ ۆ ێ are signals of Persian, Urdu, Kurdish, Pashto or Uyghur and keep a name out.
"""

from __future__ import annotations

import re

# Core Arabic letters, harakat, superscript alef, space, hyphen and apostrophe-like marks.
_ARABIC_ONLY = re.compile(r"^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670 \-\u200c\u200d]+$")
_ANY_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# Letters that Arabic spelling never uses (Persian, Urdu, Kurdish, Pashto, Uyghur, Sindhi ...).
NON_ARABIC_SIGNALS = frozenset("پچژگکیۀەےھہڈٹڑںڵۆێڕۇېۋڭںڤ")


def is_arabic_script(name: str) -> bool:
    return bool(_ANY_ARABIC_SCRIPT.search(name))


def is_arabic_spelling(name: str) -> bool:
    """True for a name written the Arabic way (no Persian/Urdu/Kurdish-only letters, no Latin)."""
    return bool(_ARABIC_ONLY.match(name)) and any("\u0621" <= c <= "\u064a" for c in name)


def script_label(name: str) -> str:
    """``ar`` for an Arabic spelling, ``fa`` for another Arabic-script one, ``other`` otherwise."""
    if is_arabic_spelling(name):
        return "ar"
    return "fa" if is_arabic_script(name) else "other"
