"""Passive readings of undiacritised perfect verbs.

Unvowelled ``قتل`` is both قَتَلَ (killed) and قُتِلَ (was killed), and news prose prefers the passive
for casualties. Some forms are passive by their letters alone (أُصيب، اُغتيل); verbs that harm or seize
someone (the "victim" verbs) are read as passive when only a count or a victim follows them, or when
their subject stands before them and nothing follows (``ستة أشخاص قتلوا في هجوم``).
"""

from __future__ import annotations

from rasd.text.normalize import normalize

# Perfect suffixes of the third person (and the bare form).
_SUFFIXES = ("تا", "وا", "ت", "ا", "")

# Letters that only the passive makes: the ي of the passive of hollow Form IV and VIII verbs.
_PASSIVE_ONLY = frozenset(normalize(w) for w in ("أصيب", "اغتيل", "أقيل", "أبيد"))
# Verbs whose object suffers: killed, wounded, abducted, arrested, executed, tortured, destroyed.
_VICTIM = frozenset(normalize(w) for w in (
    "قتل", "اغتال", "اغتيل", "خطف", "اختطف", "جرح", "أصاب", "أصيب", "اعتقل", "احتجز", "أسر", "أعدم", "ذبح",
    "طعن", "عذب", "استهدف", "دمر", "شنق", "أوقف", "اعتدى", "ضرب", "أحرق", "هدم", "قصف",
))


def _base(word: str, pool: frozenset[str]) -> str | None:
    for suffix in _SUFFIXES:
        if suffix and not word.endswith(suffix):
            continue
        base = word[: len(word) - len(suffix)] if suffix else word
        if base in pool:
            return base
    return None


def passive_form(word: str) -> bool:
    """Spelled as a passive only (أصيبت، اغتيل)."""
    return _base(word, _PASSIVE_ONLY) is not None


def victim_verb(word: str) -> bool:
    return _base(word, _VICTIM) is not None
