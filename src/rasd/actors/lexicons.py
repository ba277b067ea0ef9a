"""Word lists the actor stage reads: titles, generic heads, organisation heads, name lexicons, verbs.

The tables in resources/lexicons are used when present; a small built-in core (below) keeps the
stage working while they are written and covers the words resolution depends on. File rows win over
built-in ones with the same key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rasd.actors.forms import PhraseIndex, key_variants, phrase_key
from rasd.resources_io import read_table, split_multi
from rasd.text.normalize import normalize

# title:SECTOR entries ("-" no sector, "@" counterpart, "~" honorific); a first word in ة is feminine.
BUILTIN_TITLES = """الرئيس:GOV رئيس:GOV الرئيسة:GOV رئيس الجمهورية:GOV رئيسة الجمهورية:GOV رئيس الوزراء:GOV
رئيسة الوزراء:GOV رئيس الحكومة:GOV رئيسة الحكومة:GOV رئيس مجلس الوزراء:GOV نائب الرئيس:GOV نائب رئيس الوزراء:GOV
الملك:GOV الملكة:GOV العاهل:GOV الأمير:GOV ولي العهد:GOV السلطان:GOV الشيخ:~ السيد:~ الدكتور:~ وزير:GOV وزيرة:GOV الوزير:GOV
الوزيرة:GOV وزير الخارجية:GOV وزيرة الخارجية:GOV وزير الدفاع:GOV وزيرة الدفاع:GOV وزير الداخلية:GOV
وزيرة الداخلية:GOV وزير المالية:GOV وزير العدل:GOV وزير الإعلام:GOV وزير الخزانة:GOV وزير النفط:GOV
وزير الاقتصاد:GOV وزير الصحة:GOV وزيرة الصحة:GOV وزير الطاقة:GOV وزير التجارة:GOV وزير الزراعة:GOV
وزير الخارجية والمغتربين:GOV وزير الشؤون الخارجية:GOV نائب وزير الخارجية:GOV وزير الدولة:GOV
سفير:GOV سفيرة:GOV السفير:GOV السفيرة:GOV القائم بالأعمال:GOV المبعوث:GOV المبعوثة:GOV المبعوث الخاص:GOV
الموفد:GOV المندوب:GOV المندوبة:GOV المندوب الدائم:GOV الناطق باسم:- المتحدث باسم:- المتحدثة باسم:-
الناطقة باسم:- المتحدث الرسمي باسم:- رئيس البرلمان:LEG رئيس مجلس النواب:LEG رئيس مجلس الشعب:LEG
رئيس مجلس الشورى:LEG رئيس الكنيست:LEG النائب:LEG النائبة:LEG عضو الكنيست:LEG عضو مجلس النواب:LEG
السيناتور:LEG السناتور:LEG قائد:MIL القائد:MIL القائد العام:MIL رئيس الأركان:MIL رئيس هيئة الأركان:MIL
اللواء:MIL العميد:MIL العقيد:MIL المقدم:MIL الرائد:MIL النقيب:MIL الفريق:MIL الفريق أول:MIL المشير:MIL
الجنرال:MIL الأدميرال:MIL قائد الجيش:MIL قائد القوات:MIL محافظ:GOV المحافظ:GOV رئيس بلدية:GOV عمدة:GOV
الأمين العام:- أمين عام:- أمين:- الأمينة العامة:- المدير العام:- مدير:- مديرة:- رئيس جهاز:SPY
رئيس المخابرات:SPY رئيس الاستخبارات:SPY قائد الشرطة:COP مدير الأمن العام:COP المدعي العام:JUD النائب العام:JUD
القاضي:JUD القاضية:JUD رئيس المحكمة:JUD المفتي:REL مفتي:REL آية الله:REL الإمام:REL المرشد الأعلى:GOV
المرشد:REL البطريرك:REL المطران:REL البابا:REL الحاخام:REL الكاردينال:REL الصحفي:MED الصحفية:MED الصحافي:MED
المراسل:MED المراسلة:MED الكاتب:MED الكاتبة:MED الناشط:CVL الناشطة:CVL المحامي:CVL المحامية:CVL
المحلل:- الخبير:- الباحث:- رئيس الحزب:PTY زعيم:- زعيمة:- الزعيم:- القيادي:- المسؤول:- المسؤولة:-
مستشار:GOV مستشارة:GOV المستشار:GOV المستشارة:GOV مستشار الأمن القومي:GOV نظيره:@ نظيرته:@ نظيرها:@
رئيس المكتب السياسي:PTY رئيس الدبلوماسية:GOV وزير الأمن:GOV"""

# (head, sector, canonical head or ""): followed by a nisba or a country these are a country's
# actors without being entities (الحكومة اللبنانية، قوات كوريا الجنوبية، طائرات إسرائيلية).
BUILTIN_GENERIC = (
    ("الحكومة", "GOV", ""), ("حكومة", "GOV", "الحكومة"), ("الجيش", "MIL", ""), ("جيش", "MIL", "الجيش"),
    ("القوات", "MIL", ""), ("قوات", "MIL", "القوات"), ("القوات المسلحة", "MIL", ""),
    ("القوات الجوية", "MIL", ""), ("سلاح الجو", "MIL", "القوات الجوية"), ("الطيران", "MIL", "القوات الجوية"),
    ("طائرات", "MIL", "القوات الجوية"), ("الطائرات", "MIL", "القوات الجوية"), ("مقاتلات", "MIL", "القوات الجوية"),
    ("المقاتلات", "MIL", "القوات الجوية"), ("الطائرات الحربية", "MIL", "القوات الجوية"),
    ("طائرات حربية", "MIL", "القوات الجوية"), ("البحرية", "MIL", "القوات البحرية"),
    ("القوات البحرية", "MIL", ""), ("السلطات", "GOV", ""), ("سلطات", "GOV", "السلطات"), ("الشرطة", "COP", ""),
    ("شرطة", "COP", "الشرطة"), ("قوات الأمن", "COP", ""), ("الأجهزة الأمنية", "COP", ""),
    ("المخابرات", "SPY", ""), ("الاستخبارات", "SPY", "المخابرات"), ("الرئاسة", "GOV", ""),
    ("الخارجية", "GOV", "وزارة الخارجية"), ("الدفاع", "GOV", "وزارة الدفاع"), ("الداخلية", "GOV", "وزارة الداخلية"),
    ("البرلمان", "LEG", ""), ("المعارضة", "OPP", ""), ("الإدارة", "GOV", ""), ("القيادة", "GOV", ""),
    ("الدبلوماسية", "GOV", ""), ("الوفد", "GOV", ""), ("المسؤولون", "GOV", ""), ("مسؤولون", "GOV", "المسؤولون"),
    ("المتظاهرون", "CVL", ""), ("المحتجون", "CVL", ""), ("المسلحون", "UAF", ""), ("المستوطنون", "CVL", ""),
    ("اللاجئون", "CVL", ""), ("النظام", "GOV", ""), ("الحرس", "MIL", ""), ("الميليشيات", "UAF", ""),
    ("ميليشيات", "UAF", "الميليشيات"),
)

# head:SECTOR:kind — words that start an organisation name.
BUILTIN_ORG_HEADS = """وزارة:GOV:organization مجلس:GOV:organization حزب:PTY:organization حركة:PTY:group
جبهة:REB:group منظمة:NGO:organization جمعية:NGO:organization هيئة:GOV:organization لجنة:GOV:organization
اتحاد:-:organization رابطة:NGO:organization مؤسسة:BUS:organization شركة:BUS:organization بنك:BUS:organization
مصرف:BUS:organization صندوق:-:organization جامعة:-:organization صحيفة:MED:organization جريدة:MED:organization
مجلة:MED:organization وكالة:MED:organization قناة:MED:organization إذاعة:MED:organization تلفزيون:MED:organization
جيش:MIL:organization لواء:MIL:group كتائب:REB:group كتيبة:REB:group سرايا:REB:group فيلق:MIL:organization
تنظيم:REB:group جماعة:REB:group تيار:PTY:organization تحالف:PTY:organization ائتلاف:PTY:organization
قوات:MIL:organization محكمة:JUD:organization نقابة:CVL:organization برلمان:LEG:organization ميليشيا:UAF:group
الحرس:MIL:organization شرطة:COP:organization"""

BUILTIN_PARTICLES = "بن ابن بنت آل أبو أبي أبا أم عبد ولد دي دا فان فون لا دو ديل إل"
# Words after which a country name is a place, not an actor (جنوب لبنان، في سورية).
PLACE_CONTEXT = ["جنوب", "شمال", "شرق", "غرب", "وسط", "جنوبي", "شمالي", "شرقي", "غربي", "أنحاء", "مدن", "حدود", "أراضي", "داخل", "خارج", "في", "إلى", "نحو", "عبر", "أرض", "أرجاء", "مناطق", "محافظات", "ولايات", "عاصمة", "سواحل", "قبالة"]
# Words that never continue a person's name.
STOPWORDS = ["في", "من", "على", "إلى", "عن", "مع", "أن", "إن", "أنه", "أنها", "الذي", "التي", "الذين", "هذا", "هذه", "ذلك", "تلك", "قد", "لقد", "لم", "لن", "لا", "ما", "كان", "كانت", "أمس", "اليوم", "غدا", "خلال", "بعد", "قبل", "عند", "حيث", "كما", "أيضا", "وقال", "قال", "قالت", "بين", "حول", "ضد", "منذ", "حتى", "حتي", "ثم", "أو", "أي", "كل", "بعض", "عبر", "لدى", "لكن", "غير", "يوم", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "صباح", "مساء", "الذي", "إنه", "إنها", "وأن", "بأن", "وفق"]
BUILTIN_VERBS = ["قال", "أكد", "أعلن", "أوضح", "أشار", "أضاف", "صرح", "ذكر", "اعتبر", "رأى", "نفى", "حذر", "شدد", "دعا", "طالب", "أعرب", "كشف", "التقى", "استقبل", "بحث", "زار", "هدد", "رفض", "أدان", "اتهم", "هاجم", "قصف", "أرسل", "وافق", "وقع", "فرض", "طرد", "سحب", "دعم", "عرض", "قرر", "أبلغ", "طلب", "أمر", "نشر", "ردت", "ترد", "ترفض", "تتهم", "تدعو", "تطالب", "تعلن", "تؤكد", "تنفي", "تهدد", "تحذر", "تدين", "تريد", "تسعى"]
MARKERS = {("من", "جهته"): "m", ("من", "جهتها"): "f", ("من", "جانبه"): "m", ("من", "جانبها"): "f",
           ("من", "ناحيته"): "m", ("من", "ناحيتها"): "f", ("بدوره",): "m", ("بدورها",): "f"}


@dataclass(frozen=True, slots=True)
class Title:
    text: str
    sector: str | None
    feminine: bool
    relation: bool  # نظيره: the title of the person it is the counterpart of
    honorific: bool = False  # السيد، الدكتور، معالي: marks a name, is not the person's title


@dataclass(frozen=True, slots=True)
class Head:
    text: str
    sector: str | None
    canonical: str  # definite head used in the actor's canonical name


@dataclass
class Lexicons:
    titles: PhraseIndex[Title] = field(default_factory=PhraseIndex)
    generic: PhraseIndex[Head] = field(default_factory=PhraseIndex)
    org_heads: dict[str, tuple[str | None, str]] = field(default_factory=dict)
    given: dict[str, str] = field(default_factory=dict)  # normalised given name -> m/f/u
    given_phrases: PhraseIndex[str] = field(default_factory=PhraseIndex)
    family: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    place_context: frozenset[str] = frozenset()
    stopwords: frozenset[str] = frozenset()
    verbs: frozenset[str] = frozenset()
    markers: PhraseIndex[str] = field(default_factory=PhraseIndex)


def _table(path: Path):
    return read_table(path) if path.exists() else None


def _sector(value: str) -> str | None:
    return value if value and value not in ("-", "@", "~") else None


def _titles(root: Path) -> PhraseIndex[Title]:
    index: PhraseIndex[Title] = PhraseIndex()
    rows: dict[str, Title] = {}
    for m in re.finditer(r"\s*(.+?):(\S+)", BUILTIN_TITLES):
        text, sector = m.group(1).strip(), m.group(2)
        rows[text] = Title(text, _sector(sector), text.split()[0].endswith("ة"), sector == "@", sector == "~")
    table = _table(root / "titles.tsv")
    for row in table.rows if table else ():
        text, kind = row.get("title", ""), row.get("kind", "")
        if not text or (kind == "relation" and not text.startswith("نظير")):
            continue  # kinship words (زوجته، صهره) say nothing of a person's office
        fem = row.get("gender") == "f" or (row.get("gender") != "m" and text.split()[0].endswith("ة"))
        rows[text] = Title(text, _sector(row.get("sector", "")), fem, kind == "relation", kind == "honorific")
    for text, title in rows.items():
        key = phrase_key(text)
        if key:
            index.add(key, title)
            index.add(_toggled(key), title)
    return index.freeze()


def _toggled(key: tuple[str, ...]) -> tuple[str, ...]:
    first = key[0]
    return (first[2:], *key[1:]) if first.startswith("ال") and len(first) > 3 else ("ال" + first, *key[1:])


def _generic(root: Path) -> PhraseIndex[Head]:
    rows: dict[str, Head] = {}
    for head, sector, canonical in BUILTIN_GENERIC:
        rows[head] = Head(head, _sector(sector), canonical or _definite(head))
    table = _table(root / "generic_heads.tsv")
    for row in table.rows if table else ():
        head = row.get("head", "")
        if head and head not in rows:
            rows[head] = Head(head, _sector(row.get("sector", "")), _definite(head))
    index: PhraseIndex[Head] = PhraseIndex()
    for head, info in rows.items():
        index.add(phrase_key(head), info)
    return index.freeze()


def _definite(head: str) -> str:
    return head if head.startswith("ال") else "ال" + head


def load(resources) -> Lexicons:
    root: Path = resources.root / "lexicons"
    lex = Lexicons(titles=_titles(root), generic=_generic(root))
    lex.org_heads = _org_heads(root)
    lex.given, lex.given_phrases = _given(root)
    family = _table(root / "family_names.tsv")
    lex.family = frozenset(normalize(r["name"]) for r in family.rows if r.get("name")) if family else frozenset()
    particles = _table(root / "name_particles.tsv")
    words = BUILTIN_PARTICLES.split() + ([r.get("particle", "") for r in particles.rows] if particles else [])
    lex.particles = frozenset(normalize(w) for w in words if w and " " not in w)
    lex.place_context = frozenset(normalize(w) for w in PLACE_CONTEXT)
    lex.stopwords = frozenset(normalize(w) for w in STOPWORDS)
    lex.verbs = _verbs(resources.root)
    markers: PhraseIndex[str] = PhraseIndex()
    for key, gender in MARKERS.items():
        markers.add(key, gender)
    lex.markers = markers.freeze()
    return lex


def _org_heads(root: Path) -> dict[str, tuple[str | None, str]]:
    heads: dict[str, tuple[str | None, str]] = {}
    for item in BUILTIN_ORG_HEADS.split():
        head, sector, kind = item.split(":")
        heads[normalize(head)] = (_sector(sector), kind)
    table = _table(root / "org_heads.tsv")
    for row in table.rows if table else ():
        head = normalize(row.get("head", ""))
        if head and " " not in head:
            heads[head] = (_sector(row.get("sector", "")), row.get("kind") or "organization")
    return heads


def _given(root: Path) -> tuple[dict[str, str], PhraseIndex[str]]:
    single: dict[str, str] = {}
    phrases: PhraseIndex[str] = PhraseIndex()
    table = _table(root / "given_names.tsv")
    for row in table.rows if table else ():
        name, gender = row.get("name", ""), row.get("gender") or "u"
        for key in key_variants(name):
            if len(key) == 1:
                single.setdefault(key[0], gender)
            else:
                phrases.add(key, gender)
    return single, phrases.freeze()


def _verbs(root: Path) -> frozenset[str]:
    """Verb forms from the statement cues and event triggers (read only), with 3rd person forms."""
    forms = set(BUILTIN_VERBS)
    for rel in (("statements", "cues.tsv"), ("events", "triggers.tsv")):
        table = _table(root.joinpath(*rel))
        for row in table.rows if table else ():
            if row.get("pos") != "verb":
                continue
            lemma, imperfect = row.get("lemma", ""), row.get("imperfect", "")
            forms.update(w for w in split_multi(row.get("extra_forms", "")) if " " not in w)
            if lemma and " " not in lemma:
                forms.update((lemma, lemma + "ت", lemma + "وا"))
            if imperfect.startswith("ي") and " " not in imperfect:
                forms.update((imperfect, "ت" + imperfect[1:]))
    return frozenset(normalize(f) for f in forms)
