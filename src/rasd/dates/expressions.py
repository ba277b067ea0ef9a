"""Temporal expressions in Arabic news text and their resolution against the publication date.

Matching runs on the full-normalised view (alef forms folded, ة -> ه, ى -> ي, digits in ASCII), so
every pattern here is written in normalised spelling; spans are mapped back to the original text.

Values are calendar days (YYYY-MM-DD). A period is given by its first day where that is what news
means by it (``الشهر الماضي`` -> the first of last month, ``العام الماضي`` -> 1 January of last year);
``الأسبوع الماضي`` is the publication date minus seven days. What cannot be resolved (no
publication date for a relative expression, an impossible date) keeps a null value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

AR = "\u0621-\u064a"
# Proclitics that may stick to the first word of an expression (و ف ب ل ك, ال is part of the words).
_CLITIC = r"(?:[وف]?(?:[بلك](?=ال))?)"
_B = rf"(?<![{AR}])"
_E = rf"(?![{AR}])"

MONTHS: dict[str, int] = {}
for _num, _names in {
    1: ("كانون الثاني", "يناير", "جانفي", "جانفييه"),
    2: ("شباط", "فبراير", "فيفري", "فبراير"),
    3: ("اذار", "مارس"),
    4: ("نيسان", "ابريل", "افريل"),
    5: ("ايار", "مايو", "ماي"),
    6: ("حزيران", "يونيو", "يونيه", "جوان"),
    7: ("تموز", "يوليو", "يوليه", "جويليه", "جويليا"),
    8: ("اب", "اغسطس", "اغسطوس", "اوت"),
    9: ("ايلول", "سبتمبر", "شتنبر"),
    10: ("تشرين الاول", "اكتوبر"),
    11: ("تشرين الثاني", "نوفمبر", "نونبر"),
    12: ("كانون الاول", "ديسمبر", "دجنبر"),
}.items():
    for _n in _names:
        MONTHS[_n] = _num

HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1,
    "صفر": 2,
    "ربيع الاول": 3,
    "ربيع الثاني": 4,
    "ربيع الاخر": 4,
    "جمادي الاولي": 5,
    "جمادي الاول": 5,
    "جمادي الاخره": 6,
    "جمادي الثانيه": 6,
    "جمادي الاخر": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعده": 11,
    "ذي القعده": 11,
    "ذو الحجه": 12,
    "ذي الحجه": 12,
}

WEEKDAYS = {"الاثنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5, "الاحد": 6}
TIME_OF_DAY = r"(?:يوم|مساء|صباح|ليله|ليل|فجر|ظهر|عصر|ظهيره|صبيحه|نهار|منتصف ليله)"
PAST = r"(?:الماضي|الماضيه|المنصرم|المنصرمه|الفائت|المنقضي|السابق)"
NEXT = r"(?:المقبل|المقبله|القادم|القادمه|التالي)"


_NUM_WORDS = {"يومين": 2, "اسبوعين": 2, "شهرين": 2, "سنتين": 2, "عامين": 2}
_COUNT_WORDS = {
    "ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4, "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6, "سبعه": 7,
    "سبع": 7, "ثمانيه": 8, "ثماني": 8, "تسعه": 9, "تسع": 9, "عشره": 10, "عشر": 10,
}


_UNITS = ["الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع"]
ORDINALS: dict[str, int] = {u: i for i, u in enumerate(_UNITS, 1)}
ORDINALS.update({"العاشر": 10, "الحادي عشر": 11, "الثاني عشر": 12, "العشرين": 20, "الثلاثين": 30})
ORDINALS.update({f"{u} عشر": 10 + i for i, u in enumerate(_UNITS, 1) if i > 2})
ORDINALS.update({f"{'الحادي' if i == 1 else u} والعشرين": 20 + i for i, u in enumerate(_UNITS, 1)})
ORDINALS.update({"الحادي والثلاثين": 31})


def _alt(names) -> str:
    return "|".join(sorted((re.escape(n).replace(r"\ ", r"\s+") for n in names), key=len, reverse=True))


_MONTH = _alt(MONTHS)
_HMONTH = _alt(HIJRI_MONTHS)
_DAY = r"(?<!\d)(?P<day>[0-3]?\d)"
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)"
_GLOSS = rf"(?:\s*[(\[/-]\s*(?:{_MONTH})\s*[)\]-]?)?"  # كانون الثاني (يناير), شباط/فبراير

_ORD = _alt(ORDINALS)
_PERIOD_WORD = rf"(?:{PAST}|{NEXT}|الجاري|الحالي)"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    (
        "ordinal",
        re.compile(
            rf"{_B}{_CLITIC}(?P<ord>(?:يوم\s+)?(?P<o>{_ORD})\s+(?:من\s+)?(?:(?P<omonth>{_MONTH})(?:\s+(?P<oyear>(?:1[89]|20)\d\d))?|الشهر\s+(?P<odir>{_PERIOD_WORD}))){_E}"
        ),
    ),
    (
        "month_rel",
        re.compile(rf"{_B}{_CLITIC}(?P<mr>(?:شهر\s+)?(?P<rmonth>{_MONTH})\s+(?P<rdir>{PAST}|{NEXT})){_E}"),
    ),
    (
        "year",
        re.compile(rf"{_B}{_CLITIC}(?P<yr>(?:عام|العام|سنه|السنه)\s+(?P<y>(?:1[89]|20)\d\d))(?!\d)"),
    ),
    (
        "hijri",
        re.compile(rf"{_B}{_DAY}?\s*(?:من\s+)?(?P<hmonth>{_HMONTH})\s+(?:(?:سنه|عام)\s+)?(?P<hyear>1[34]\d\d)\s*(?:ه{_E}|هجري(?:ه)?{_E})?"),
    ),
    (
        "gregorian",
        re.compile(
            rf"{_B}(?:{_DAY}\s*(?:من\s+)?)?(?P<month>{_MONTH}){_E}{_GLOSS}(?:\s*(?:من\s+)?(?:(?:سنه|عام)\s+)?(?:,|،)?\s*{_YEAR}(?!\d))?"
        ),
    ),
    ("numeric", re.compile(r"(?<![\d/.\-])(?P<a>\d{1,4})([/.\-])(?P<b>\d{1,2})\2(?P<c>\d{1,4})(?![\d/])")),
    (
        "relative",
        re.compile(
            rf"{_B}{_CLITIC}(?P<rel>"
            rf"(?:(?:{TIME_OF_DAY})\s+)?(?:اول\s+(?:من\s+)?امس|امس\s+الاول|البارحه|الامس|امس|اليوم(?!\s+(?:التالي|السابق|الاول|الثاني|نفسه|ذاته|الذي|الوطني|العالمي))|غدا|غد|بعد\s+غد)"
            rf"|(?:الاسبوع|الشهر|العام|السنه)\s+(?:{PAST}|{NEXT}|الجاري|الحالي)"
            rf"|(?:هذا\s+(?:الاسبوع|الشهر|العام)|هذه\s+السنه|الليله)"
            rf"|(?:منذ|قبل|بعد)\s+(?:(?P<n>\d+|{_alt(_COUNT_WORDS)})\s+)?(?P<unit>يوم|يومين|ايام|اسبوع|اسبوعين|اسابيع|شهر|شهرين|اشهر|سنه|سنتين|سنوات|عام|عامين|اعوام)"
            rf"){_E}"
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"{_B}{_CLITIC}(?P<wd>(?:(?P<tod>{TIME_OF_DAY})\s+)?(?P<name>{_alt(WEEKDAYS)})(?:\s+(?P<dir>{PAST}|{NEXT}))?){_E}"
        ),
    ),
]



@dataclass(frozen=True, slots=True)
class Found:
    start: int  # offsets in the normalised text
    end: int
    value: str | None
    kind: str = ""


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _nearest_year(pub: date | None, month: int, day: int) -> date | None:
    """A day and month without a year: the occurrence nearest to the publication date."""
    if pub is None:
        return None
    best = None
    for y in (pub.year - 1, pub.year, pub.year + 1):
        d = _safe_date(y, month, day)
        if d is not None and (best is None or abs((d - pub).days) < abs((best - pub).days)):
            best = d
    return best


def _hijri(y: int, m: int, d: int) -> date | None:
    try:
        from hijridate import Hijri

        g = Hijri(y, m, d).to_gregorian()
        return date(g.year, g.month, g.day)
    except (ValueError, OverflowError, ImportError):
        return None


def _shift_months(d: date, months: int) -> date:
    total = d.year * 12 + (d.month - 1) + months
    return date(total // 12, total % 12 + 1, 1)


def _relative(m: re.Match[str], pub: date | None, future: bool) -> date | None:
    if pub is None:
        return None
    rel = " ".join(m.group("rel").split())
    core = rel.split(" ", 1)[1] if re.match(TIME_OF_DAY + r"\s", rel) else rel
    if core in ("امس", "الامس", "البارحه"):
        return pub - timedelta(days=1)
    if re.fullmatch(r"اول (?:من )?امس|امس الاول", core):
        return pub - timedelta(days=2)
    if core in ("اليوم", "الليله", "هذا الاسبوع"):
        return pub
    if core == "هذا الشهر":
        return date(pub.year, pub.month, 1)
    if core in ("هذا العام", "هذه السنه"):
        return date(pub.year, 1, 1)
    if core in ("غدا", "غد"):
        return pub + timedelta(days=1)
    if core == "بعد غد":
        return pub + timedelta(days=2)
    period = re.fullmatch(r"(الاسبوع|الشهر|العام|السنه) (\S+)", core)
    if period:
        unit, when = period.groups()
        step = -1 if re.fullmatch(PAST, when) else (1 if re.fullmatch(NEXT, when) else 0)
        if unit == "الاسبوع":
            return pub + timedelta(days=7 * step)
        if unit == "الشهر":
            return _shift_months(pub, step)
        return date(pub.year + step, 1, 1)
    unit = m.group("unit")
    if unit:
        count = m.group("n")
        if count is None and unit in ("ايام", "اسابيع", "اشهر", "سنوات", "اعوام"):
            return None  # منذ أشهر, منذ سنوات: how many is not said
        n = (int(count) if count.isdigit() else _COUNT_WORDS[count]) if count else _NUM_WORDS.get(unit, 1)
        sign = 1 if core.startswith("بعد") else -1
        if unit.startswith(("يوم", "ايام")):
            return pub + timedelta(days=sign * n)
        if unit.startswith(("اسبوع", "اسابيع")):
            return pub + timedelta(days=sign * 7 * n)
        if unit.startswith(("شهر", "اشهر")):
            return _shift_months(pub, sign * n)
        y = pub.year + sign * n
        return _safe_date(y, pub.month, pub.day) or date(y, pub.month, 28)
    return None


def _weekday(m: re.Match[str], pub: date | None, future: bool) -> date | None:
    if pub is None:
        return None
    target = WEEKDAYS[m.group("name")]
    direction = m.group("dir")
    forward = future if direction is None else bool(re.fullmatch(NEXT, direction))
    if forward:
        delta = (target - pub.weekday()) % 7 or 7
        return pub + timedelta(days=delta)
    delta = (pub.weekday() - target) % 7
    if delta == 0 and direction is not None:
        delta = 7  # "Sunday last" said on a Sunday is a week ago
    return pub - timedelta(days=delta)


_TWO_BEFORE = re.compile(r"(?<!\S)(?:ال\S+(?:ين|ان)|بين|كلا|كلتا|هذين|هذان)\s+$")


def _valid_weekday_use(text: str, m: re.Match[str]) -> bool:
    """الاثنين is also "the two" (البلدين الاثنين, بين الاثنين): bare, it is a weekday unless a
    definite dual or plural, or بين/كلا, comes right before it."""
    if m.group("name") != "الاثنين" or m.group("tod") or m.group("dir"):
        return True
    return not _TWO_BEFORE.search(text, max(0, m.start("wd") - 30), m.start("wd"))


# Every expression starts with one of these words (after a proclitic) or with a digit: the patterns
# are tried only where such a word starts, not at every character of the text.
_TOD_WORDS = ("يوم", "مساء", "صباح", "ليله", "ليل", "فجر", "ظهر", "عصر", "ظهيره", "صبيحه", "نهار", "منتصف")
_MONTH_HEADS = frozenset(n.split()[0] for n in MONTHS)
_HMONTH_HEADS = frozenset(n.split()[0] for n in HIJRI_MONTHS)
TRIGGERS: dict[str, frozenset[str]] = {
    "ordinal": frozenset(n.split()[0] for n in ORDINALS) | {"يوم"},
    "month_rel": _MONTH_HEADS | {"شهر"},
    "year": frozenset({"عام", "العام", "سنه", "السنه"}),
    "hijri": _HMONTH_HEADS,
    "gregorian": _MONTH_HEADS,
    "numeric": frozenset(),
    "relative": frozenset({"اول", "امس", "الامس", "البارحه", "اليوم", "غدا", "غد", "بعد", "الاسبوع", "الشهر", "العام",
                           "السنه", "منذ", "قبل", "هذا", "هذه", "الليله", *_TOD_WORDS}),
    "weekday": frozenset(WEEKDAYS) | frozenset(_TOD_WORDS),
}
_DIGIT_KINDS = ("hijri", "gregorian", "numeric")
_KINDS_OF: dict[str, tuple[str, ...]] = {}
for _kind, _heads in TRIGGERS.items():
    for _h in _heads:
        _KINDS_OF[_h] = (*_KINDS_OF.get(_h, ()), _kind)
_WORD = re.compile(rf"[{AR}]+|[0-9]+")
_PROCLITICS = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


def _starts(norm: str) -> dict[str, list[int]]:
    """Word starts where each kind of expression may begin."""
    out: dict[str, list[int]] = {kind: [] for kind, _ in PATTERNS}
    for m in _WORD.finditer(norm):
        word = m.group()
        if word[0].isdigit():
            for kind in _DIGIT_KINDS:
                out[kind].append(m.start())
            continue
        kinds = set(_KINDS_OF.get(word, ()))
        if word[0] in "وفبلك":
            for p in _PROCLITICS:
                if word.startswith(p) and len(word) > len(p) + 1:
                    kinds.update(_KINDS_OF.get(word[len(p):], ()))
        for kind in kinds:
            out[kind].append(m.start())
    return out


def find_dates(norm: str, pub: date | None, future_at=lambda pos: False) -> list[Found]:
    """Temporal expressions in normalised text ``norm``; ``future_at(pos)`` says whether the clause
    around ``pos`` is in the future (weekdays then point forward)."""
    taken: list[tuple[int, int]] = []
    out: list[Found] = []
    starts = _starts(norm)
    for kind, pattern in PATTERNS:
        for m in filter(None, (pattern.match(norm, pos) for pos in starts[kind])):
            s, e = m.span(_START_GROUP.get(kind, 0))
            e = m.end()
            if e <= s or any(s < b and e > a for a, b in taken):
                continue
            value = _value(kind, m, norm, pub, kind == "weekday" and future_at(s))
            if value is False:
                continue
            taken.append((s, e))
            out.append(Found(s, e, value.isoformat() if isinstance(value, date) else None, kind))
    out.sort(key=lambda f: f.start)
    return _merge_adjacent(norm, out)


_START_GROUP = {"relative": "rel", "weekday": "wd", "ordinal": "ord", "month_rel": "mr", "year": "yr"}


def _value(kind: str, m: re.Match[str], norm: str, pub: date | None, future: bool):
    """The date of one match; None when it cannot be resolved, False when it is no date at all."""
    if kind == "hijri":
        if m.group("day") is None:
            return False  # a month name alone (رمضان) is not a date
        month = HIJRI_MONTHS[" ".join(m.group("hmonth").split())]
        return _hijri(int(m.group("hyear")), month, int(m.group("day")))
    if kind == "gregorian":
        return _gregorian(m, pub)
    if kind == "numeric":
        return _numeric(m)
    if kind == "relative":
        return _relative(m, pub, future)
    if kind == "ordinal":
        return _ordinal(m, pub)
    if kind == "month_rel":
        return _month_relative(m, pub)
    if kind == "year":
        return date(int(m.group("y")), 1, 1)
    if not _valid_weekday_use(norm, m):
        return False
    return _weekday(m, pub, future)


def _gregorian(m: re.Match[str], pub: date | None):
    month = MONTHS[" ".join(m.group("month").split())]
    day, year = m.group("day"), m.group("year")
    if day is None and year is None:
        return False  # a bare month name (مارس, اب "father") is not a date
    if day is None:
        return _safe_date(int(year), month, 1)
    if year is None:
        return _nearest_year(pub, month, int(day)) if 1 <= int(day) <= 31 else None
    return _safe_date(int(year), month, int(day))


def _ordinal(m: re.Match[str], pub: date | None) -> date | None:
    """``العاشر من الشهر الجاري``, ``الخامس عشر من آب``: a day given as an ordinal word."""
    day = ORDINALS[" ".join(m.group("o").split())]
    if m.group("omonth"):
        month = MONTHS[" ".join(m.group("omonth").split())]
        if m.group("oyear"):
            return _safe_date(int(m.group("oyear")), month, day)
        return _nearest_year(pub, month, day)
    if pub is None:
        return None
    when = m.group("odir")
    step = -1 if re.fullmatch(PAST, when) else (1 if re.fullmatch(NEXT, when) else 0)
    first = _shift_months(pub, step)
    return _safe_date(first.year, first.month, day)


def _month_relative(m: re.Match[str], pub: date | None) -> date | None:
    """``مارس الماضي`` -> 1 March of the last March before publication; ``المقبل`` the next one."""
    if pub is None:
        return None
    month = MONTHS[" ".join(m.group("rmonth").split())]
    if re.fullmatch(PAST, m.group("rdir")):
        return date(pub.year if month < pub.month else pub.year - 1, month, 1)
    return date(pub.year if month > pub.month else pub.year + 1, month, 1)


_JOIN = re.compile(r"[\s,،]*")


def _merge_adjacent(norm: str, found: list[Found]) -> list[Found]:
    """Two expressions naming one day are one mention: ``الخميس 23 يوليو`` takes the explicit date,
    ``أمس الأحد`` and ``مساء اليوم الجمعة`` the relative day."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        if prev is not None and _JOIN.fullmatch(norm, prev.end, f.start):
            if prev.kind == "weekday" and f.kind in ("gregorian", "numeric", "hijri", "ordinal"):
                out[-1] = Found(prev.start, f.end, f.value, f.kind)
                continue
            if prev.kind == "relative" and f.kind == "weekday" and _is_day_word(norm[prev.start : prev.end]):
                out[-1] = Found(prev.start, f.end, prev.value, prev.kind)
                continue
        out.append(f)
    return out


def _is_day_word(s: str) -> bool:
    return bool(re.search(r"(?:^|\s)(?:امس|الامس|اليوم|غدا|غد)$", s))


def _numeric(m: re.Match[str]):
    """D/M/YYYY (the Arab convention), YYYY/M/D or YYYY-MM-DD; None for an impossible date, False
    for something that is no date (a score, a ratio)."""
    a, b, c = m.group("a"), m.group("b"), m.group("c")
    if len(a) == 4 and len(c) <= 2:
        return _safe_date(int(a), int(b), int(c))
    if len(c) == 4 and len(a) <= 2:
        return _safe_date(int(c), int(b), int(a))
    if len(c) == 2 and len(a) <= 2:
        return False
    return False
