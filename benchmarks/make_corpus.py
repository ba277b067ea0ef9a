"""Generate a mixed test corpus for ``rasd ingest``: N Arabic wire-style articles plus damaged inputs.

    python benchmarks/make_corpus.py --out DIR --docs 20000 [--seed 7] [--big-mb 50]

writes DIR/corpus/ (JSONL, CSV, HTML pages, WARC.gz archives, RSS feeds, text files and the damaged
inputs) and DIR/expected.json: the exact accounting that ingesting DIR/corpus with the default
options must report. ``ok`` equals ``--docs``; every other item is listed with its origin (relative
to DIR/corpus) and reason. The articles are synthesised from templates and word lists written for
this script; the people and places are real, the events are not. The same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import random
import sys
import time
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

# ---------------------------------------------------------------------------------------------------
# Word lists. (name, title) pairs are people who held the title at some point in 2019-2023.

PEOPLE = [
    ("أنطونيو غوتيريش", "الأمين العام للأمم المتحدة"),
    ("عبد الفتاح السيسي", "الرئيس المصري"),
    ("رجب طيب أردوغان", "الرئيس التركي"),
    ("إيمانويل ماكرون", "الرئيس الفرنسي"),
    ("جو بايدن", "الرئيس الأمريكي"),
    ("فلاديمير بوتين", "الرئيس الروسي"),
    ("أيمن الصفدي", "وزير الخارجية الأردني"),
    ("سامح شكري", "وزير الخارجية المصري"),
    ("فيصل بن فرحان", "وزير الخارجية السعودي"),
    ("أنتوني بلينكن", "وزير الخارجية الأمريكي"),
    ("سيرغي لافروف", "وزير الخارجية الروسي"),
    ("أحمد أبو الغيط", "الأمين العام لجامعة الدول العربية"),
    ("ميشال عون", "الرئيس اللبناني"),
    ("نجيب ميقاتي", "رئيس الوزراء اللبناني"),
    ("مصطفى الكاظمي", "رئيس الوزراء العراقي"),
    ("قيس سعيد", "الرئيس التونسي"),
    ("عبد المجيد تبون", "الرئيس الجزائري"),
    ("تميم بن حمد آل ثاني", "أمير قطر"),
    ("محمود عباس", "الرئيس الفلسطيني"),
    ("إبراهيم رئيسي", "الرئيس الإيراني"),
    ("جوزيب بوريل", "مسؤول السياسة الخارجية في الاتحاد الأوروبي"),
    ("تيدروس أدهانوم غيبريسوس", "المدير العام لمنظمة الصحة العالمية"),
    ("عبد الله الثاني", "العاهل الأردني"),
    ("ناصر بوريطة", "وزير الخارجية المغربي"),
    ("عبد الحميد الدبيبة", "رئيس حكومة الوحدة الوطنية الليبية"),
    ("هانس غروندبرغ", "المبعوث الأممي إلى اليمن"),
    ("غير بيدرسن", "المبعوث الأممي إلى سوريا"),
    ("نبيه بري", "رئيس مجلس النواب اللبناني"),
    ("محمد الحلبوسي", "رئيس مجلس النواب العراقي"),
    ("أولاف شولتس", "المستشار الألماني"),
]
FIRST_NAMES = [
    "محمد", "أحمد", "علي", "خالد", "يوسف", "سمير", "كريم", "طارق", "وليد", "هشام", "نادر", "ماجد",
    "فاطمة", "ليلى", "سلمى", "رنا", "هدى", "منى", "عمر", "حسن", "إبراهيم", "عادل", "جمال", "رامي",
    "زياد", "باسل", "مريم", "نور", "سعاد", "عبد الرحمن", "عبد الله", "مصطفى", "حسين", "فارس",
]
FAMILY_NAMES = [
    "الخطيب", "العلي", "المصري", "الحسيني", "الزعبي", "الشامي", "الحداد", "النجار", "السعدي", "الكبيسي",
    "العمري", "البدوي", "القاسم", "الهاشمي", "الربيعي", "المهيري", "الدوسري", "الشمري", "بن علي",
    "التميمي", "الجبوري", "الأنصاري", "السويدي", "الفاسي", "بوزيد", "الطرابلسي", "حداد", "سلامة",
]
MINOR_TITLES = [
    "المتحدث باسم وزارة الداخلية", "مدير الدفاع المدني", "محافظ البنك المركزي", "وزير المالية",
    "وزير الصحة", "المتحدث باسم الحكومة", "رئيس بلدية المدينة", "قائد شرطة المحافظة",
    "المتحدث باسم الجيش", "وزير الطاقة", "رئيس هيئة الأركان", "وزير الاقتصاد", "نقيب المحامين",
    "رئيس اتحاد العمال", "المدير الإقليمي للمنظمة", "وزير التربية والتعليم", "محافظ المدينة",
]
# (city, country adjective, country)
PLACES = [
    ("بيروت", "اللبناني", "لبنان"), ("دمشق", "السوري", "سوريا"), ("بغداد", "العراقي", "العراق"),
    ("القاهرة", "المصري", "مصر"), ("عمان", "الأردني", "الأردن"), ("الرياض", "السعودي", "السعودية"),
    ("الدوحة", "القطري", "قطر"), ("أبوظبي", "الإماراتي", "الإمارات"), ("الكويت", "الكويتي", "الكويت"),
    ("المنامة", "البحريني", "البحرين"), ("مسقط", "العماني", "سلطنة عمان"), ("صنعاء", "اليمني", "اليمن"),
    ("عدن", "اليمني", "اليمن"), ("طرابلس", "الليبي", "ليبيا"), ("بنغازي", "الليبي", "ليبيا"),
    ("تونس", "التونسي", "تونس"), ("الجزائر", "الجزائري", "الجزائر"), ("الرباط", "المغربي", "المغرب"),
    ("الخرطوم", "السوداني", "السودان"), ("غزة", "الفلسطيني", "فلسطين"), ("رام الله", "الفلسطيني", "فلسطين"),
    ("حلب", "السوري", "سوريا"), ("إدلب", "السوري", "سوريا"), ("الموصل", "العراقي", "العراق"),
    ("البصرة", "العراقي", "العراق"), ("أربيل", "العراقي", "العراق"), ("مأرب", "اليمني", "اليمن"),
    ("الحديدة", "اليمني", "اليمن"), ("نواكشوط", "الموريتاني", "موريتانيا"), ("جدة", "السعودي", "السعودية"),
    ("الإسكندرية", "المصري", "مصر"), ("صيدا", "اللبناني", "لبنان"), ("طرطوس", "السوري", "سوريا"),
]
FOREIGN_CITIES = ["جنيف", "نيويورك", "موسكو", "باريس", "واشنطن", "أنقرة", "طهران", "برلين", "لندن", "روما", "بروكسل"]
ORGS = [
    "الأمم المتحدة", "جامعة الدول العربية", "مجلس الأمن الدولي", "الاتحاد الأوروبي", "منظمة الصحة العالمية",
    "صندوق النقد الدولي", "البنك الدولي", "اللجنة الدولية للصليب الأحمر", "حلف شمال الأطلسي",
    "مجلس التعاون الخليجي", "الاتحاد الأفريقي", "منظمة التعاون الإسلامي", "برنامج الأغذية العالمي",
    "المفوضية السامية للأمم المتحدة لشؤون اللاجئين", "منظمة العفو الدولية", "منظمة أوبك",
]
AGENCIES = [
    ("وكالة الأنباء السعودية", "spa.gov.sa"), ("وكالة الأنباء القطرية", "qna.org.qa"),
    ("الوكالة الوطنية للإعلام", "nna-leb.gov.lb"), ("وكالة المغرب العربي للأنباء", "mapnews.ma"),
    ("وكالة الأنباء الأردنية", "petra.gov.jo"), ("وكالة أنباء الإمارات", "wam.ae"),
    ("وكالة الأنباء الكويتية", "kuna.net.kw"), ("وكالة تونس أفريقيا للأنباء", "tap.info.tn"),
    ("وكالة الأنباء العراقية", "ina.iq"), ("وكالة أنباء الشرق الأوسط", "mena.org.eg"),
]
SAY_PAST = ["قال", "أكد", "أعلن", "صرح", "أوضح", "شدد", "اعتبر", "رأى"]
SAY_MORE = ["وأضاف", "وتابع", "وأكد", "وأوضح", "ولفت", "وأشار", "وشدد", "واعتبر"]
WEEKDAYS = ["الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"]
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
TOPICS = [
    "سبل تعزيز العلاقات الثنائية", "تطورات الأوضاع في المنطقة", "ملف اللاجئين والنازحين",
    "جهود إعادة الإعمار", "الأزمة الاقتصادية وارتفاع الأسعار", "أمن الحدود ومكافحة التهريب",
    "التعاون في مجال الطاقة والربط الكهربائي", "مستجدات العملية السياسية", "الأمن الغذائي",
    "ملف المياه وسد النهضة", "مكافحة الإرهاب والتطرف", "الاستثمار المشترك وتسهيل التجارة",
    "التحضير للقمة العربية المقبلة", "الوضع الإنساني في القطاع", "تبادل الأسرى والمحتجزين",
]
CLAUSES = [
    "بلاده ترفض أي تدخل في شؤونها الداخلية", "الحل السياسي هو السبيل الوحيد لإنهاء الأزمة",
    "المفاوضات ستستأنف الأسبوع المقبل", "الحكومة ماضية في تنفيذ خطة الإصلاح الاقتصادي",
    "الأوضاع الأمنية تحت السيطرة بالكامل", "المساعدات الإنسانية ستصل إلى المناطق المتضررة خلال أيام",
    "الانتخابات ستجرى في موعدها المحدد", "التحقيقات جارية لكشف ملابسات الحادث",
    "بلاده مستعدة للحوار دون شروط مسبقة", "العقوبات لن تثني الشعب عن مواصلة طريقه",
    "الاتفاق يمثل خطوة مهمة نحو الاستقرار", "الوقت قد حان لوقف إطلاق النار بشكل دائم",
    "الحكومة ستعمل على توفير فرص عمل للشباب", "الأسعار ستعود إلى مستوياتها الطبيعية قريبا",
    "هذه الهجمات لن تمر دون عقاب", "المجتمع الدولي مطالب بتحمل مسؤولياته",
]
QUOTES = [
    "لن نقبل بأن تبقى حدودنا ساحة مفتوحة", "نحن ملتزمون بكل ما تم الاتفاق عليه",
    "الشعب هو صاحب الكلمة الأخيرة", "الأولوية اليوم لحماية المدنيين", "لا بديل عن الحوار الوطني",
    "سنواصل العمل حتى تتحقق مطالب المواطنين", "الأيام المقبلة ستشهد انفراجا في الأزمة",
    "ما جرى انتهاك واضح للقانون الدولي", "أبوابنا مفتوحة أمام جميع الأطراف",
]
ATTACKS = ["انفجار سيارة مفخخة", "قصف مدفعي", "هجوم مسلح", "غارة جوية", "انفجار عبوة ناسفة", "هجوم بطائرة مسيرة"]
TARGETS = ["سوقا شعبية", "حاجزا أمنيا", "حيا سكنيا", "قافلة عسكرية", "مبنى حكوميا", "محطة للوقود"]
SOURCES_KIND = ["أمنية", "طبية", "محلية", "رسمية", "في الدفاع المدني"]
FIELDS = ["الطاقة", "الصحة", "التعليم", "النقل", "الزراعة", "السياحة", "الاتصالات", "الصناعة", "المياه", "الثقافة"]
DEMANDS = ["تحسين الأوضاع المعيشية", "محاسبة الفاسدين", "إجراء انتخابات مبكرة", "توفير الكهرباء والمياه", "الإفراج عن المعتقلين"]
CALLS = [
    "وقف فوري لإطلاق النار", "فتح ممرات إنسانية آمنة", "ضبط النفس وتجنب التصعيد",
    "استئناف المفاوضات في أقرب وقت", "زيادة الدعم المقدم للاجئين", "إجراء تحقيق مستقل وشفاف",
]
INDICATORS = ["سعر صرف الدولار", "مؤشر البورصة الرئيسي", "معدل التضخم السنوي", "سعر برميل النفط", "أسعار المواد الغذائية"]
FUTURES = [
    "يعقد المجلس جلسة طارئة مساء الغد", "يزور الوفد العاصمة مطلع الشهر المقبل",
    "تصدر اللجنة تقريرها النهائي قبل نهاية العام", "تنطلق جولة جديدة من المحادثات الأسبوع المقبل",
    "يصوت البرلمان على مشروع القانون خلال أيام",
]
CONTEXTS = [
    "تشهد فيه المنطقة توترا متصاعدا", "تعاني فيه البلاد من أزمة اقتصادية حادة",
    "تتزايد فيه الضغوط الدولية لإنهاء النزاع", "تتواصل فيه الجهود الإقليمية للتهدئة",
]
ENGLISH = [
    "The minister said on Monday that talks would resume next week.",
    "Officials confirmed that the border crossing had reopened to trucks carrying aid.",
    "Prices of basic goods rose sharply after the currency fell to a record low.",
    "The ceasefire largely held overnight, according to residents contacted by phone.",
    "Lawmakers are expected to vote on the budget before the end of the month.",
]

# ---------------------------------------------------------------------------------------------------
# Articles.


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    paragraphs: tuple[str, ...]
    date: date
    source: str
    site: str

    @property
    def text(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def url(self) -> str:
        return f"https://www.{self.site}/news/{self.date:%Y/%m}/{self.id}"


class Writer:
    """Synthesises articles: a lead sentence with dateline, then quotes, events and background."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: set[str] = set()
        self.count = 0

    def person(self) -> tuple[str, str]:
        if self.rng.random() < 0.55:
            return self.rng.choice(PEOPLE)
        name = f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(FAMILY_NAMES)}"
        return name, self.rng.choice(MINOR_TITLES)

    def when(self) -> str:
        r = self.rng.random()
        if r < 0.4:
            return f"اليوم {self.rng.choice(WEEKDAYS)}"
        if r < 0.6:
            return "أمس"
        if r < 0.8:
            return f"{self.rng.choice(['مساء', 'صباح', 'ظهر'])} {self.rng.choice(WEEKDAYS)}"
        return f"في {self.rng.randint(1, 28)} {self.rng.choice(MONTHS)}"

    def sentence(self) -> str:
        rng = self.rng
        kind = rng.randrange(9)
        per, title = self.person()
        city, adj, country = rng.choice(PLACES)
        if kind == 0:
            return f"{rng.choice(SAY_MORE)} {per.split()[-1]} أن {rng.choice(CLAUSES)}."
        if kind == 1:
            return f"وقال {title} {per}: «{rng.choice(QUOTES)}»."
        if kind == 2:
            per2, title2 = self.person()
            return f"والتقى {title} {per} {self.when()} في {city} {title2} {per2}، وبحث الجانبان {rng.choice(TOPICS)}."
        if kind == 3:
            dead, hurt = rng.randint(2, 40), rng.randint(3, 90)
            return (
                f"وقتل {dead} أشخاص وأصيب {hurt} آخرون في {rng.choice(ATTACKS)} استهدف {rng.choice(TARGETS)} "
                f"في {city}، وفق ما أفادت مصادر {rng.choice(SOURCES_KIND)}."
            )
        if kind == 4:
            a, b, c = rng.sample(FIELDS, 3)
            return f"ووقع الجانبان {rng.randint(2, 15)} اتفاقيات للتعاون في مجالات {a} و{b} و{c}."
        if kind == 5:
            return f"وتظاهر آلاف المحتجين في {city} {self.when()} للمطالبة بـ{rng.choice(DEMANDS)}."
        if kind == 6:
            return f"ودعت {rng.choice(ORGS)} إلى {rng.choice(CALLS)} في {country}."
        if kind == 7:
            move = rng.choice(["ارتفع", "تراجع"])
            return f"و{move} {rng.choice(INDICATORS)} في {country} بنسبة {rng.randint(1, 30)}.{rng.randint(0, 9)} في المئة خلال الشهر الماضي."
        return f"ومن المقرر أن {rng.choice(FUTURES)}، في وقت {rng.choice(CONTEXTS)}."

    def lead(self) -> tuple[str, str]:
        per, title = self.person()
        city, adj, country = self.rng.choice(PLACES + [(c, "", "") for c in FOREIGN_CITIES])
        topic = self.rng.choice(TOPICS)
        say = self.rng.choice(SAY_PAST)
        lead = f"{city} - {say} {title} {per} {self.when()} إن {self.rng.choice(CLAUSES)}، وذلك خلال بحثه {topic}."
        headline = f"{per.split()[-1]}: {self.rng.choice(CLAUSES)}"
        return lead, headline

    def article(self, day0: date) -> Article:
        while True:
            lead, headline = self.lead()
            sentences = [self.sentence() for _ in range(self.rng.randint(3, 13))]
            paragraphs = [lead]
            while sentences:
                k = self.rng.randint(1, 3)
                paragraphs.append(" ".join(sentences[:k]))
                sentences = sentences[k:]
            key = hashlib.blake2b(" ".join(" ".join(paragraphs).split()).encode(), digest_size=16).hexdigest()
            if key not in self.seen:  # the reader drops repeated texts: generated ones must differ
                self.seen.add(key)
                break
        self.count += 1
        source, site = self.rng.choice(AGENCIES)
        when = day0 + timedelta(days=self.rng.randrange(5 * 365))
        return Article(f"gen-{self.count:06d}", headline, tuple(paragraphs), when, source, site)


# ---------------------------------------------------------------------------------------------------
# Formats. Each writer returns the number of good articles it wrote and records every other item.

SHARES = (("jsonl", 0.30), ("warc", 0.25), ("html", 0.20), ("rss", 0.12), ("txt", 0.08), ("csv", 0.05))
PER_FILE = {"jsonl": 1000, "warc": 400, "rss": 40, "csv": 500}
EXPECTED_OPTIONS = {"min_arabic_share": 0.5, "max_doc_bytes": 8 * 1024 * 1024}


@dataclass
class Corpus:
    root: Path
    rng: random.Random
    writer: Writer
    items: dict[str, str] = field(default_factory=dict)  # origin -> "skipped:reason" / "failed:reason"
    ok: int = 0
    files: int = 0

    def note(self, origin: str, outcome: str) -> None:
        assert origin not in self.items, origin
        self.items[origin] = outcome

    def write(self, rel: str, data: bytes) -> Path:
        path = self.root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        self.files += 1
        return path

    def articles(self, n: int) -> list[Article]:
        return [self.writer.article(date(2019, 1, 1)) for _ in range(n)]


def record_json(a: Article) -> dict[str, str]:
    return {"id": a.id, "text": a.text, "date": a.date.isoformat(), "title": a.title, "source": a.source, "url": a.url}


def write_jsonl(c: Corpus, n: int) -> None:
    for part, start in enumerate(range(0, n, PER_FILE["jsonl"])):
        rel = f"jsonl/part-{part:04d}.jsonl"
        lines = [json.dumps(record_json(a), ensure_ascii=False).encode() for a in c.articles(min(PER_FILE["jsonl"], n - start))]
        c.ok += len(lines)
        if part == 0:
            lines = _plant_bad_lines(c, rel, lines)
        c.write(rel, b"\n".join(lines) + b"\n")


def _plant_bad_lines(c: Corpus, rel: str, lines: list[bytes]) -> list[bytes]:
    """Problems inside a good JSONL file, each on its own line, after the first good records."""
    english = {"id": "en-1", "text": " ".join(ENGLISH), "date": "2021-05-01", "title": "Talks to resume"}
    bad = [
        (json.dumps(english).encode(), "skipped:non-arabic"),
        (b'{"id": "blank-1", "text": "   ", "date": "2021-05-02"}', "skipped:no text"),
        (lines[0], "skipped:duplicate"),
        (b'{"id": "cut-1", "text": "\xd9\x82\xd8\xa7\xd9\x84 \xd8\xa7\xd9\x84\xd9\x88', "failed:malformed record"),
        ('{"id": "bytes-1", "text": "قال الوزير '.encode() + b"\xff\xfe" + b'"}', "failed:invalid utf-8"),
        (b'["a list", "not a record"]', "failed:malformed record"),
    ]
    out = lines[:1]
    for raw, outcome in bad:
        out.append(raw)
        c.note(f"{rel}:{len(out)}", outcome)
    return out + lines[1:]


def write_csv(c: Corpus, n: int) -> None:
    import csv

    for part, start in enumerate(range(0, n, PER_FILE["csv"])):
        buf = io.StringIO()
        out = csv.writer(buf, lineterminator="\n")
        out.writerow(["id", "text", "date", "title", "source", "url"])
        for a in c.articles(min(PER_FILE["csv"], n - start)):
            out.writerow([a.id, a.text, a.date.isoformat(), a.title, a.source, a.url])
            c.ok += 1
        c.write(f"csv/part-{part:04d}.csv", buf.getvalue().encode())


def write_txt(c: Corpus, n: int) -> None:
    for a in c.articles(n):
        front = f"---\nid: {a.id}\ntitle: {a.title}\ndate: {a.date}\nsource: {a.source}\nurl: {a.url}\n---\n"
        c.write(f"txt/{a.date:%Y}/{a.id}.txt", (front + a.text + "\n").encode())
        c.ok += 1
    c.write("txt/english.txt", ("\n".join(ENGLISH) + "\n").encode())
    c.note("txt/english.txt", "skipped:non-arabic")
    c.write("txt/empty.txt", b"")
    c.note("txt/empty.txt", "skipped:empty file")
    c.write("txt/invalid-utf8.txt", "قال المتحدث باسم الحكومة ".encode() + b"\xc3\x28\xa0\xa1" + " إن الاجتماع تأجل.".encode())
    c.note("txt/invalid-utf8.txt", "failed:invalid utf-8")


NAV = ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "ثقافة", "منوعات", "اتصل بنا"]


def page_html(c: Corpus, a: Article, charset: str = "utf-8") -> bytes:
    hour, minute = c.rng.randint(6, 23), c.rng.randint(0, 59)
    nav = "".join(f'<li><a href="/{i}">{t}</a></li>' for i, t in enumerate(NAV))
    paras = "\n".join(f"<p>{escape(p)}</p>" for p in a.paragraphs)
    related = "".join(f'<li><a href="/r/{i}">{escape(c.rng.choice(CLAUSES))}</a></li>' for i in range(4))
    page = f"""<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="{charset}"><title>{escape(a.title)} | {escape(a.source)}</title>
<meta property="og:title" content="{escape(a.title)}"><meta property="og:site_name" content="{escape(a.source)}">
<meta property="article:published_time" content="{a.date}T{hour:02d}:{minute:02d}:00+03:00">
<link rel="canonical" href="{a.url}"><script>window.dataLayer = window.dataLayer || [];</script></head>
<body><header><nav><ul>{nav}</ul></nav></header>
<main><article><h1>{escape(a.title)}</h1>
{paras}
</article><aside><h3>الأكثر قراءة</h3><ul>{related}</ul></aside></main>
<footer><p>جميع الحقوق محفوظة © {escape(a.source)}</p></footer></body></html>
"""
    return page.encode(charset)


ENGLISH_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Regional news {n}</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Talks to resume next week</h1>
{paras}</article><footer>All rights reserved</footer></body></html>
"""
SHELL_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>تطبيق الأخبار</title>
<script src="/static/app.js"></script><style>#root{min-height:100vh}</style></head>
<body><div id="root"></div><noscript></noscript></body></html>
"""


def write_html(c: Corpus, n: int) -> None:
    for a in c.articles(n):
        charset = "windows-1256" if c.rng.random() < 0.05 else "utf-8"
        try:
            data = page_html(c, a, charset)
        except UnicodeEncodeError:
            data = page_html(c, a)
        c.write(f"html/{a.site}/{a.date:%Y-%m}/{a.id}.html", data)
        c.ok += 1
    for k in range(3):
        rel = f"html/english/page-{k}.html"
        paras = "\n".join(f"<p>{p}</p>" for p in c.rng.sample(ENGLISH, 4))
        c.write(rel, ENGLISH_PAGE.format(n=k, paras=paras).encode())
        c.note(rel, "skipped:non-arabic")
    c.write("html/app-shell.html", SHELL_PAGE.encode())
    c.note("html/app-shell.html", "skipped:no text")
    c.write("html/blank.html", b"\n   \n")
    c.note("html/blank.html", "skipped:empty file")


def rss_feed(c: Corpus, name: str, site: str, entries: list[tuple[str, Article | None]]) -> bytes:
    items = []
    for guid, a in entries:
        if a is None:  # an English entry
            body, title, when = " ".join(ENGLISH), "Talks to resume", datetime(2021, 5, 1, tzinfo=UTC)
        else:
            body = "".join(f"<p>{escape(p)}</p>" for p in a.paragraphs)
            title = a.title
            when = datetime(a.date.year, a.date.month, a.date.day, c.rng.randint(6, 20), 0, tzinfo=timezone(timedelta(hours=3)))
        items.append(
            f"<item><title>{escape(title)}</title><link>https://www.{site}/news/{guid}</link>"
            f'<guid isPermaLink="false">{guid}</guid><pubDate>{format_datetime(when)}</pubDate>'
            f"<description>{escape(title)}</description><content:encoded><![CDATA[{body}]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{escape(name)}</title><link>https://www.{site}/</link><language>ar</language>\n"
        + "\n".join(items)
        + "\n</channel></rss>\n"
    ).encode()


def write_rss(c: Corpus, n: int) -> None:
    for part, start in enumerate(range(0, n, PER_FILE["rss"])):
        name, site = AGENCIES[part % len(AGENCIES)]
        arts = c.articles(min(PER_FILE["rss"], n - start))
        entries: list[tuple[str, Article | None]] = [(a.id, a) for a in arts]
        c.ok += len(arts)
        rel = f"rss/{site}-{part:03d}.xml"
        if part == 0:  # a feed saved twice over lists an entry twice; and an English entry
            entries.insert(1, entries[0])
            c.note(f"{rel}#2", "skipped:duplicate")
            entries.append(("en-feed-1", None))
            c.note(f"{rel}#{len(entries)}", "skipped:non-arabic")
        c.write(rel, rss_feed(c, name, site, entries))


def gzip_member(data: bytes) -> bytes:
    # zlib's gzip wrapper writes mtime 0: the same input gives the same bytes.
    z = zlib.compressobj(6, zlib.DEFLATED, 31)
    return z.compress(data) + z.flush()


def warc_record(c: Corpus, wtype: str, uri: str | None, block: bytes, ctype: str, when: date) -> bytes:
    rid = f"{c.rng.getrandbits(128):032x}"
    rid = f"{rid[:8]}-{rid[8:12]}-{rid[12:16]}-{rid[16:20]}-{rid[20:]}"
    fields = [("WARC-Type", wtype), ("WARC-Record-ID", f"<urn:uuid:{rid}>"), ("WARC-Date", f"{when}T12:00:00Z")]
    if uri:
        fields.append(("WARC-Target-URI", uri))
    fields += [("Content-Type", ctype), ("Content-Length", str(len(block)))]
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields) + "\r\n"
    return gzip_member(head.encode() + block + b"\r\n\r\n")


def http_response(body: bytes, ctype: str) -> bytes:
    return f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body


class WarcFile:
    """Gzip members in order; ``offset`` is where the next record starts (what the reader reports)."""

    def __init__(self, c: Corpus, rel: str) -> None:
        self.c, self.rel, self.parts, self.offset = c, rel, [], 0

    def add(self, member: bytes, outcome: str | None) -> None:
        if outcome:
            self.c.note(f"{self.rel}@{self.offset}", outcome)
        self.parts.append(member)
        self.offset += len(member)

    def info(self) -> None:
        fields = b"software: rasd make_corpus\r\nformat: WARC File Format 1.0\r\n"
        self.add(warc_record(self.c, "warcinfo", None, fields, "application/warc-fields", date(2021, 1, 1)), "skipped:not html")

    def page(self, a: Article) -> None:
        block = http_response(page_html(self.c, a), "text/html; charset=utf-8")
        self.add(warc_record(self.c, "response", a.url, block, "application/http; msgtype=response", a.date), None)
        self.c.ok += 1


def write_warc(c: Corpus, n: int) -> None:
    keep = min(3, n)  # articles of the truncated archive that come out before the damage
    for part, start in enumerate(range(0, n - keep, PER_FILE["warc"])):
        w = WarcFile(c, f"warc/CC-NEWS-2021-{part:05d}.warc.gz")
        w.info()
        arts = c.articles(min(PER_FILE["warc"], n - keep - start))
        request = f"GET /news HTTP/1.1\r\nHost: www.{arts[0].site}\r\n\r\n".encode()
        w.add(warc_record(c, "request", arts[0].url, request, "application/http; msgtype=request", arts[0].date), "skipped:not html")
        for k, a in enumerate(arts):
            w.page(a)
            if k == 0:
                pdf = http_response(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "application/pdf")
                uri = f"https://www.{a.site}/files/report.pdf"
                w.add(warc_record(c, "response", uri, pdf, "application/http; msgtype=response", a.date), "skipped:not html")
        c.write(w.rel, b"".join(w.parts))
    w = WarcFile(c, "warc/CC-NEWS-2021-truncated.warc.gz")
    w.info()
    for a in c.articles(keep):
        w.page(a)
    cut = c.articles(1)[0]
    member = warc_record(c, "response", cut.url, http_response(page_html(c, cut), "text/html"), "application/http; msgtype=response", cut.date)
    c.note(f"{w.rel}@{w.offset}", "failed:truncated")
    c.write(w.rel, b"".join(w.parts) + member[: len(member) // 2])


def write_damaged(c: Corpus, big_mb: int) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(c.rng.getrandbits(8) for _ in range(4096))
    c.write("misc/photo.png", png)
    c.note("misc/photo.png", "failed:binary")
    c.write("misc/random.txt", bytes(c.rng.getrandbits(8) for _ in range(2048)))
    c.note("misc/random.txt", "failed:binary")
    c.write("misc/damaged.jsonl.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\xff" * 64)
    c.note("misc/damaged.jsonl.gz", "failed:corrupt")
    # One plain text file far above the size limit, written in chunks.
    chunk = ("\n".join(c.articles(1)[0].paragraphs) + "\n").encode() * 50
    path = c.root / "big" / "huge.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as fh:
        written = 0
        while written < big_mb * 1024 * 1024:
            written += fh.write(chunk)
    c.files += 1
    c.note("big/huge.txt", "skipped:too large")


def allocate(n: int) -> dict[str, int]:
    counts = {fmt: int(n * share) for fmt, share in SHARES}
    counts["jsonl"] += n - sum(counts.values())
    return counts


def expected(c: Corpus, n: int, seed: int) -> dict:
    skipped: dict[str, int] = {}
    failed: dict[str, int] = {}
    for outcome in c.items.values():
        kind, _, reason = outcome.partition(":")
        bucket = skipped if kind == "skipped" else failed
        bucket[reason] = bucket.get(reason, 0) + 1
    return {
        "docs": n,
        "seed": seed,
        "files": c.files,
        "options": EXPECTED_OPTIONS,
        "read": c.ok + len(c.items),
        "ok": c.ok,
        "skipped": dict(sorted(skipped.items())),
        "failed": dict(sorted(failed.items())),
        "items": dict(sorted(c.items.items())),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, type=Path, help="output folder (corpus/ and expected.json are written in it)")
    ap.add_argument("--docs", type=int, default=20000, help="number of good Arabic articles (default 20000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--big-mb", type=int, default=50, help="size of the oversized text file in MB (default 50; keep > 8)")
    args = ap.parse_args(argv)
    if args.docs < 10:
        ap.error("--docs must be at least 10 (every format gets articles)")
    started = time.perf_counter()
    rng = random.Random(args.seed)
    root = args.out / "corpus"
    if root.exists() and any(root.iterdir()):
        ap.error(f"{root} is not empty")
    c = Corpus(root, rng, Writer(rng))
    counts = allocate(args.docs)
    write_jsonl(c, counts["jsonl"])
    write_csv(c, counts["csv"])
    write_txt(c, counts["txt"])
    write_html(c, counts["html"])
    write_rss(c, counts["rss"])
    write_warc(c, counts["warc"])
    write_damaged(c, args.big_mb)
    assert c.ok == args.docs, (c.ok, args.docs)
    report = expected(c, args.docs, args.seed)
    (args.out / "expected.json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    took = time.perf_counter() - started
    print(f"{c.files} files, {report['read']} items ({c.ok} good articles) in {root} [{took:.1f} s]", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
