"""Token features for the CRF named-entity tagger.

Everything here is a pure function of the words of one sentence and two read-only knowledge sources:
a clitic segmenter (``rasd.text.clitics.Segmenter``) and a :class:`Gazetteer` of phrases with labels
(countries, cities, given and family names, full person names, organisations, titles, heads of
organisation and place names, name particles, reporting verbs). Word-level features are computed once
per distinct word form and cached, so tagging running text costs a few dictionary look-ups per token.

Feature families (per token, strings used as binary CRF attributes):

* ``w`` full-normalised word with glued punctuation stripped, ``st`` its clitic-free stem, ``nm`` the
  name form (conjunction/preposition cut, article kept), ``pc`` the proclitic pattern, ``en`` enclitic;
* ``p1..p3`` / ``s1..s3`` prefixes and suffixes of the stem, ``sh`` shape, ``ln`` length bucket;
* ``g=LABEL`` gazetteer labels of the word alone (exact), ``gs=LABEL`` after cutting clitics;
* ``P=LABEL:B|I`` positions inside multi-word gazetteer phrases matched in the sentence;
* ``c4``/``c8`` word classes from an optional ``ner.clusters.tsv`` sidecar (the shipped model has none);
* the same word-level subset for the neighbours at -3..+3 and word bigrams at -1/0 and 0/+1.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rasd.text.normalize import get_normalizer

_FULL = get_normalizer("full")
_AR = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LAT = re.compile("[A-Za-z\u00c0-\u024f]")
_DIG = re.compile("[0-9\u0660-\u0669\u06f0-\u06f9]")
_EDGE_PUNCT = "()[]{}«»\"'“”‘’.,،؛;:!?؟…-–—/\\*<>|"
MAX_WORD = 60  # longer tokens are truncated before featurisation

# -- built-in word classes (bare forms; the article and clitics are cut before look-up) -----------------
# Written for rasd; the lexicon files in resources/lexicons extend them when present.
TITLES = [
    "وزير",
    "وزيرة",
    "رئيس",
    "رئيسة",
    "سفير",
    "سفيرة",
    "نائب",
    "نائبة",
    "ناطق",
    "متحدث",
    "متحدثة",
    "نظير",
    "نظيره",
    "نظيرته",
    "قائد",
    "أمين",
    "مستشار",
    "مستشارة",
    "مدير",
    "مديرة",
    "زعيم",
    "زعيمة",
    "ملك",
    "ملكة",
    "أمير",
    "أميرة",
    "شيخ",
    "شيخة",
    "سيد",
    "سيدة",
    "دكتور",
    "دكتورة",
    "مهندس",
    "عقيد",
    "لواء",
    "عميد",
    "جنرال",
    "مشير",
    "نقيب",
    "رائد",
    "مقدم",
    "سماحة",
    "فخامة",
    "سمو",
    "معالي",
    "إمام",
    "البابا",
    "كاردينال",
    "مطران",
    "حاخام",
    "قاضي",
    "محامي",
    "سناتور",
    "سيناتور",
    "صحفي",
    "صحافي",
    "كاتب",
    "كاتبة",
    "مخرج",
    "فنان",
    "فنانة",
    "ممثل",
    "ممثلة",
    "مطرب",
    "مطربة",
    "لاعب",
    "لاعبة",
    "مدرب",
    "حارس",
    "مهاجم",
    "نجم",
    "روائي",
    "شاعر",
    "باحث",
    "بروفيسور",
    "أستاذ",
    "مساعد",
    "مبعوث",
    "مندوب",
    "مفوض",
    "سكرتير",
    "حاكم",
    "محافظ",
    "عمدة",
    "مرشد",
    "المرشد",
    "رئيسا",
    "وزيرا",
    "قائدا",
    "مراسل",
    "مراسلة",
    "المواطن",
    "الشاب",
    "الطفل",
    "الضابط",
    "الجندي",
    "الأسير",
    "المعتقل",
    "النائب",
    "الجنرال",
    "الداعية",
    "القيادي",
    "الناشط",
    "الناشطة",
    "المحلل",
    "الخبير",
    "العاهل",
    "الراحل",
    "الفقيد",
    "الشهيد",
    "المغني",
    "المغنية",
    "الموسيقار",
    "الملحن",
    "الرسام",
    "المؤرخ",
    "الفيلسوف",
    "السلطان",
    "الخليفة",
    "الوزير",
    "الرئيس",
    "رئاسة",
    "زعامة",
    "وكيل",
    "نقيب",
]
ORG_HEADS = [
    "حزب",
    "حركة",
    "وزارة",
    "مجلس",
    "جيش",
    "قوات",
    "تنظيم",
    "وكالة",
    "قناة",
    "بنك",
    "مصرف",
    "نادي",
    "فريق",
    "صحيفة",
    "جريدة",
    "مجلة",
    "شركة",
    "جامعة",
    "منظمة",
    "اتحاد",
    "جمعية",
    "هيئة",
    "لجنة",
    "جبهة",
    "كتائب",
    "سرايا",
    "ألوية",
    "محكمة",
    "مؤسسة",
    "مركز",
    "معهد",
    "إذاعة",
    "تلفزيون",
    "تلفزيونة",
    "برلمان",
    "مكتب",
    "صندوق",
    "رابطة",
    "نقابة",
    "دار",
    "مستشفى",
    "مدرسة",
    "أكاديمية",
    "منتدى",
    "تحالف",
    "ائتلاف",
    "كتلة",
    "تيار",
    "جماعة",
    "مفوضية",
    "سلطة",
    "إدارة",
    "مديرية",
    "مصلحة",
    "غرفة",
    "بورصة",
    "سوق",
    "مجموعة",
    "منتخب",
    "الأمم",
    "دائرة",
    "جهاز",
    "حكومة",
    "مؤتمر",
    "البيت",
    "الكرملين",
]
GENERIC_HEADS = [
    "الجيش",
    "الحكومة",
    "الشرطة",
    "القوات",
    "السلطات",
    "الأجهزة",
    "الحركة",
    "الحزب",
    "المجلس",
    "الوزارة",
    "الأمن",
    "الاستخبارات",
    "المخابرات",
    "الجماعة",
    "التنظيم",
    "البرلمان",
    "المعارضة",
    "الميليشيات",
    "المسلحين",
    "المتمردين",
]
PLACE_HEADS = [
    "مدينة",
    "محافظة",
    "ولاية",
    "إقليم",
    "منطقة",
    "قرية",
    "بلدة",
    "مخيم",
    "حي",
    "شارع",
    "ميدان",
    "ساحة",
    "جزيرة",
    "جزر",
    "نهر",
    "بحر",
    "خليج",
    "جبل",
    "جبال",
    "صحراء",
    "وادي",
    "قطاع",
    "الضفة",
    "عاصمة",
    "مقاطعة",
    "قضاء",
    "ناحية",
    "بلدية",
    "مطار",
    "ميناء",
    "معبر",
    "سجن",
    "جسر",
    "بحيرة",
    "محيط",
    "عاصمتها",
    "ضاحية",
    "شمال",
    "جنوب",
    "شرق",
    "غرب",
    "شمالي",
    "جنوبي",
    "شرقي",
    "غربي",
    "وسط",
]
PARTICLES = [
    "بن",
    "ابن",
    "بنت",
    "آل",
    "أبو",
    "أبي",
    "أبا",
    "عبد",
    "أم",
    "ولد",
    "دي",
    "دا",
    "فان",
    "فون",
    "لا",
    "دو",
    "ديل",
]
SPEECH = [
    "قال",
    "قالت",
    "أكد",
    "أكدت",
    "أعلن",
    "أعلنت",
    "أوضح",
    "أوضحت",
    "أشار",
    "أشارت",
    "أضاف",
    "أضافت",
    "صرح",
    "صرحت",
    "ذكر",
    "ذكرت",
    "اعتبر",
    "اعتبرت",
    "رأى",
    "رأت",
    "نفى",
    "نفت",
    "حذر",
    "حذرت",
    "شدد",
    "شددت",
    "دعا",
    "دعت",
    "طالب",
    "طالبت",
    "أعرب",
    "أعربت",
    "كشف",
    "كشفت",
    "التقى",
    "التقت",
    "استقبل",
    "استقبلت",
    "بحث",
    "بحثت",
    "زار",
    "زارت",
    "يقول",
    "تقول",
    "بحسب",
    "حسب",
    "وفق",
    "وفقا",
    "قاله",
    "أبلغ",
    "أبلغت",
]
AGENCY_HINTS = ["وكالة", "الأنباء", "أنباء", "رويترز", "فرانس", "برس", "بي", "سي"]
GIVEN_FALLBACK = [
    "محمد",
    "أحمد",
    "علي",
    "حسن",
    "حسين",
    "محمود",
    "مصطفى",
    "خالد",
    "عمر",
    "عمرو",
    "يوسف",
    "إبراهيم",
    "إسماعيل",
    "سعيد",
    "سعد",
    "صالح",
    "سالم",
    "سلمان",
    "سليمان",
    "فهد",
    "فيصل",
    "طارق",
    "زياد",
    "نبيل",
    "وليد",
    "رفيق",
    "سمير",
    "جمال",
    "كمال",
    "هاني",
    "فؤاد",
    "جورج",
    "ميشال",
    "ميشيل",
    "نجيب",
    "بشار",
    "حافظ",
    "معمر",
    "صدام",
    "ياسر",
    "مروان",
    "رياض",
    "رشيد",
    "جواد",
    "حميد",
    "عادل",
    "أيمن",
    "أسامة",
    "حمد",
    "تميم",
    "زايد",
    "نوري",
    "إياد",
    "جلال",
    "مسعود",
    "ناصر",
    "منصور",
    "عثمان",
    "عصام",
    "هشام",
    "مازن",
    "ماهر",
    "شريف",
    "كريم",
    "سامي",
    "عماد",
    "غسان",
    "جبران",
    "فاطمة",
    "عائشة",
    "مريم",
    "زينب",
    "سوزان",
    "ليلى",
    "سلمى",
    "سارة",
    "رانيا",
    "هدى",
    "منى",
    "نادية",
    "أنطوان",
    "بيار",
    "بيير",
    "جان",
    "ديفيد",
    "جون",
    "جيمس",
    "مايكل",
    "توني",
    "بيل",
    "باراك",
    "هيلاري",
    "فلاديمير",
    "نيكولا",
    "جاك",
    "غوردون",
    "أنجيلا",
    "أرييل",
    "إيهود",
    "شمعون",
    "بنيامين",
    "ديك",
    "دونالد",
    "كولن",
    "روبرت",
    "ريتشارد",
    "بول",
    "بيتر",
    "توماس",
    "هوغو",
    "خوسيه",
    "كوفي",
]

# Names that news uses as organisations: football clubs, companies and car makers, media outlets.
# Multi-word names are written with a space; entries are separated by "،".
CLUBS = """ريال مدريد،برشلونة،أتلتيكو مدريد،فالنسيا،إشبيلية،فياريال،ديبورتيفو لاكورونيا،ريال سوسييداد،ريال بيتيس،
مانشستر يونايتد،مانشستر سيتي،ليفربول،أرسنال،آرسنال،تشيلسي،توتنهام،نيوكاسل،أستون فيلا،إيفرتون،ميلان،إيه سي ميلان،
إنتر ميلان،الإنتر،يوفنتوس،روما،لاتسيو،نابولي،فيورنتينا،بارما،بايرن ميونيخ،بوروسيا دورتموند،دورتموند،شالكه،فيردر بريمن،
هامبورغ،باير ليفركوزن،شتوتغارت،باريس سان جرمان،باريس سان جيرمان،أولمبيك ليون،أولمبيك مرسيليا،موناكو،بوردو،أياكس،
أياكس أمستردام،أيندهوفن،بي إس في أيندهوفن،فينورد،بورتو،بنفيكا،سبورتنغ لشبونة،سلتيك،رينجرز،غلاسكو رينجرز،أندرلخت،
كلوب بروج،دينامو كييف،شاختار دونيتسك،سبارتاك موسكو،سسكا موسكو،سيسكا موسكو،لوكوموتيف موسكو،غلطة سراي،غلطه سراي،
فنربخشة،بشكتاش،طرابزون سبور،أولمبياكوس،باناثينايكوس،إيك أثينا،ستيوا بوخارست،دينامو بوخارست،ريد ستار،بارتيزان،
بوكا جونيورز،ريفر بليت،سانتوس،فلامنغو،الأهلي،الزمالك،الإسماعيلي،المصري البورسعيدي،الترسانة،الترجي،الترجي التونسي،
النجم الساحلي،الصفاقسي،النادي الصفاقسي،الرجاء البيضاوي،الوداد البيضاوي،الرجاء،الوداد،الهلال،النصر،الاتحاد،الشباب،
الاتفاق،السد،الريان،الغرافة،الوكرة،الخور،السيلية،الفيصلي،الوحدات،العين،الوصل،الشارقة،القادسية،المحرق،الأنصار،النجمة،
الحكمة،الزوراء،الطلبة،أسيك ميموزا،أسيك أبيدجان،مازيمبي،القطن الكاميروني،كانون ياوندي،إنييمبا،شبيبة القبائل،
وفاق سطيف،مولودية الجزائر""".replace("\n", "").split("،")
COMPANIES = """تويوتا،نيسان،هوندا،ميتسوبيشي،مازدا،سوزوكي،سوبارو،هيونداي،هيونداي موتور،كيا،كيا موتورز،فولكسفاغن،فولكس فاغن،
فولكسفاجن،أودي،بي إم دبليو،بي ام دبليو،مرسيدس،مرسيدس بنز،دايملر،دايملر كرايسلر،بورشه،أوبل،فورد،جنرال موتورز،شيفروليه،
كرايسلر،رينو،بيجو،بيجو سيتروين،سيتروين،فيات،فيراري،لامبورغيني،مازيراتي،فولفو،ساب،جاغوار،لاند روفر،روفر،سكودا،سيات،
بروتون،تاتا،تاتا موتورز،شيري،جيلي،بريليانس،مايكروسوفت،أبل،آبل،غوغل،جوجل،ياهو،إنتل،آي بي إم،سامسونغ،سامسونج،سوني،نوكيا،
موتورولا،إريكسون،سيمنز،فيليبس،توشيبا،باناسونيك،بوينغ،بوينغ،إيرباص،إيرباص،لوكهيد مارتن،شل،رويال داتش شل،بريتش بتروليوم،
بي بي،إكسون موبيل،إكسون،شيفرون،توتال،أرامكو،أرامكو السعودية،غازبروم،لوك أويل،سابك،إعمار،فودافون،كوكاكولا،كوكا كولا،
بيبسي،ماكدونالدز،نستله،سيتي غروب،غولدمان ساكس،مورغان ستانلي،إتش إس بي سي،باركليز،دويتشه بنك،يو بي إس،
طيران الإمارات،القطرية،الخطوط الجوية القطرية،مصر للطيران،الخطوط السعودية،لوفتهانزا،إير فرانس،بريتش إيرويز""".replace(
    "\n", ""
).split("،")
MEDIA = """الجزيرة،قناة الجزيرة،العربية،قناة العربية،بي بي سي،سي إن إن،سي ان ان،رويترز،فرانس برس،وكالة فرانس برس،أسوشيتد برس،
أسوشيتدبرس،يونايتد برس،الأهرام،الأخبار،الشرق الأوسط،الحياة،القدس العربي،السفير،النهار،المستقبل،المنار،هآرتس،
يديعوت أحرونوت،يديعوت أحرنوت،معاريف،جيروزاليم بوست،نيويورك تايمز،واشنطن بوست،وول ستريت جورنال،الغارديان،الجارديان،
التايمز،الإندبندنت،الديلي تلغراف،فايننشال تايمز،لوموند،لوفيغارو،دير شبيغل،إيتار تاس،نوفوستي،إنترفاكس،شينخوا،
كيودو،يونهاب،كونا،واس،سانا،وفا،قنا،وام،بترا،إرنا،فارس،تسنيم،الأناضول،د ب أ،أ ف ب،أ ش أ،إيه إف بي،يو بي آي،
الوطن،الرياض،عكاظ،الخليج،البيان،الراية،الشرق،الوطن العربي،روسيا اليوم،فوكس نيوز،سكاي نيوز""".replace(
    "\n", ""
).split("،")

# Prefix combinations cut for the stripped look-up (full-normalised forms).
_PREFIXES = (
    "وبال",
    "فبال",
    "وال",
    "فال",
    "بال",
    "كال",
    "ولل",
    "فلل",
    "لل",
    "وب",
    "ول",
    "فب",
    "فل",
    "وك",
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
    "ال",
)


def norm_word(word: str) -> str:
    """Full-normalised word with punctuation glued to its edges removed (``(د`` -> ``د``)."""
    w = _FULL(word[:MAX_WORD]).strip(_EDGE_PUNCT)
    return w or _FULL(word[:MAX_WORD])


# The prefixes by their first letter, in the order above: a word is tried against its letter's only.
_PREFIXES_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _p in _PREFIXES:
    _PREFIXES_BY_FIRST[_p[0]] = (*_PREFIXES_BY_FIRST.get(_p[0], ()), _p)


def strip_variants(w: str) -> list[str]:
    """Forms of a normalised word once clitic prefixes are cut (longest first; ``لل`` -> ``ال``)."""
    out: list[str] = []
    for p in _PREFIXES_BY_FIRST.get(w[:1], ()):
        if w.startswith(p) and len(w) - len(p) >= 2:
            rest = w[len(p) :]
            if p.endswith("لل"):
                rest = "ال" + rest
            elif p.endswith("ال") and p != "ال":
                out.append("ال" + rest)
            out.append(rest)
    if w.startswith("ال") and len(w) >= 4:
        out.append(w[2:])
    seen: set[str] = {w}
    uniq = []
    for v in out:
        if v not in seen:
            seen.add(v)
            uniq.append(v)
    return uniq


def shape(word: str) -> str:
    a = bool(_AR.search(word))
    lat = bool(_LAT.search(word))
    d = bool(_DIG.search(word))
    if a and not lat and not d:
        return "A"
    if lat and not a and not d:
        return "L"
    if d and not a and not lat:
        return "D"
    if not (a or lat or d):
        return "P"
    return "M"


@dataclass
class Gazetteer:
    """Normalised phrases (tuples of words) with labels; single words form a separate fast index."""

    words: dict[str, tuple[str, ...]] = field(default_factory=dict)  # labels sorted
    phrases: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = field(default_factory=dict)

    @classmethod
    def from_entries(cls, entries: Iterable[tuple[str, str]]) -> Gazetteer:
        words: dict[str, set[str]] = {}
        phrases: dict[tuple[str, ...], set[str]] = {}
        for text, label in entries:
            toks = tuple(norm_word(t) for t in text.split())
            toks = tuple(t for t in toks if t)
            if not toks or len(toks) > 6:
                continue
            if len(toks) == 1:
                words.setdefault(toks[0], set()).add(label)
            else:
                phrases.setdefault(toks, set()).add(label)
        index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        for toks, labels in phrases.items():
            index.setdefault(toks[0], []).append((toks[1:], tuple(sorted(labels))))
        for lst in index.values():
            lst.sort(key=lambda x: (-len(x[0]), x[0]))
        return cls({k: tuple(sorted(v)) for k, v in words.items()}, index)

    def entries(self) -> list[tuple[str, str]]:
        """(phrase, label) pairs, sorted, for writing a snapshot."""
        out = [(w, lab) for w, labels in self.words.items() for lab in labels]
        for first, lst in self.phrases.items():
            for rest, labels in lst:
                out.extend((" ".join((first, *rest)), lab) for lab in labels)
        return sorted(set(out))


def phrase_marks(norms: Sequence[str], i: int, candidate_lists) -> list[tuple[int, str]]:
    """(position, feature) of the gazetteer phrases starting at word ``i`` of ``norms``: for each list
    of (rest, labels) candidates (one list per head form of the word, longest phrase first), the first
    phrase that continues in the sentence marks its words B and I, and the words before and after."""
    n = len(norms)
    out: list[tuple[int, str]] = []
    for candidates in candidate_lists:
        for rest, labels in candidates:
            m = len(rest)
            if i + m >= n or tuple(norms[i + 1 : i + 1 + m]) != rest:
                continue
            for lab in labels:
                out.append((i, f"P={lab}:B"))
                out.extend((i + j, f"P={lab}:I") for j in range(1, m + 1))
                if i + m + 1 < n:
                    out.append((i + m + 1, f"P={lab}:after"))
                if i > 0:
                    out.append((i - 1, f"P={lab}:before"))
            break
    return out


class Featurizer:
    """Sentence -> CRF feature lists; word-level features are cached per word form."""

    def __init__(
        self,
        gazetteer: Gazetteer,
        segment=None,
        clusters: Mapping[str, str] | None = None,
        window: int = 2,
        cache_size: int = 100_000,  # ~2 KB a word: caps a worker's cache near 200 MB on endless vocabulary
    ) -> None:
        self.gaz = gazetteer
        self.segment = segment  # str -> Segmentation, or None
        self.clusters = clusters or {}
        self.window = window
        self.cache_size = cache_size
        self._cache: dict[str, tuple[list[str], dict[int, list[str]], str, tuple[str, ...]]] = {}
        self._offsets = [o for o in range(-window, window + 1) if o != 0]
        self._prefixes = [(o, f"{o}|") for o in self._offsets]
        self.known: frozenset[str] | None = None  # attributes the model knows; others are dropped

    def restrict(self, known: Iterable[str]) -> None:
        """Emit only attributes in ``known`` (the model's), which makes tagging faster, same output."""
        self.known = frozenset(known)
        self._cache.clear()

    # -- word level ------------------------------------------------------------------------------
    def _word(self, word: str):
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        hit = self._compute(word)
        if len(self._cache) < self.cache_size:
            self._cache[word] = hit
        return hit

    def word_features(self, word: str) -> tuple[list[str], list[str], str, tuple[str, ...]]:
        """Features of ``word`` alone, unrestricted: (its own, the ones a neighbour sees without the
        offset prefix, the normalised word, the forms that may start a gazetteer phrase)."""
        w = norm_word(word)
        sh = shape(w)
        feats = ["w=" + w, "sh=" + sh]
        ctx = ["w=" + w, "sh=" + sh]
        stem = w
        name = w
        variants: list[str] = []
        if sh == "A":
            raw = word[:MAX_WORD].strip(_EDGE_PUNCT) or word[:MAX_WORD]
            seg = self.segment(raw) if self.segment else None
            if seg is not None:
                stem = seg.stem or w
                name = _FULL(raw[seg.name_start :]) or w
                pc = "".join(c for _, _, c in seg.proclitics)
                feats.append("pc=" + pc)
                if seg.enclitic is not None:
                    feats.append("en=" + seg.enclitic[2])
                if pc:
                    ctx.append("pc=" + pc)
            feats.append("st=" + stem)
            ctx.append("st=" + stem)
            if name != w:
                feats.append("nm=" + name)
            for k in (1, 2, 3):
                if len(stem) > k:
                    feats.append(f"p{k}=" + stem[:k])
                    feats.append(f"s{k}=" + stem[-k:])
            if w.startswith("ال"):
                feats.append("def")
            if len(stem) >= 4:
                for k in range(1, min(len(stem) - 2, 10)):
                    feats.append("t3=" + stem[k : k + 3])
        ln = len(w)
        feats.append(
            "ln="
            + (
                "1"
                if ln <= 1
                else "2"
                if ln <= 2
                else "3"
                if ln <= 3
                else "5"
                if ln <= 5
                else "8"
                if ln <= 8
                else "9"
            )
        )
        if word != w and any(c in _EDGE_PUNCT for c in word[:1] + word[-1:]):
            feats.append("glued")
        # gazetteer: exact, then clitic-stripped forms
        words = self.gaz.words
        exact = words.get(w, ())
        for lab in exact:
            feats.append("g=" + lab)
            ctx.append("g=" + lab)
        stripped: set[str] = set()
        if sh == "A":
            variants = strip_variants(w)
        candidates = [v for v in (name, stem) if v != w] + variants
        for v in candidates:
            for lab in words.get(v, ()):
                if lab not in exact:
                    stripped.add(lab)
        for lab in sorted(stripped):
            feats.append("gs=" + lab)
            ctx.append("gs=" + lab)
        cl = self.clusters.get(stem) or self.clusters.get(w)
        if cl is not None:
            for k in (4, 8, len(cl)):
                feats.append(f"c{k}=" + cl[:k])
            ctx.append("c=" + cl)
        heads = (w, name) if name != w else (w,)
        return feats, ctx, w, tuple(dict.fromkeys(heads + tuple(variants)) if sh == "A" else heads)

    def _compute(self, word: str):
        """(own features, features lent to each neighbour offset, norm, head forms) of ``word``."""
        feats, ctx, w, heads = self.word_features(word)
        known = self.known
        if known is None:
            prefixed = {o: [p + f for f in ctx] for o, p in self._prefixes}
        else:
            feats = [f for f in feats if f in known]
            prefixed = {o: [pf for f in ctx if (pf := p + f) in known] for o, p in self._prefixes}
        return feats, prefixed, w, heads

    # -- sentence level --------------------------------------------------------------------------
    def _phrase_feats(self, infos) -> list[list[str]]:
        n = len(infos)
        out: list[list[str]] = [[] for _ in range(n)]
        phrases = self.gaz.phrases
        if not phrases:
            return out
        norms = [info[2] for info in infos]
        for i in range(n):
            for at, feature in phrase_marks(norms, i, (phrases.get(first) or () for first in infos[i][3])):
                out[at].append(feature)
        return out

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """Feature lists for every word of one sentence."""
        infos = [self._word(w) for w in words]
        n = len(infos)
        phrase = self._phrase_feats(infos)
        out: list[list[str]] = []
        offsets = self._offsets
        known = self.known
        for i in range(n):
            feats = list(infos[i][0])
            for o in offsets:
                j = i + o
                if 0 <= j < n:
                    feats.extend(infos[j][1][o])
                elif j == -1 or j == n:
                    feats.append(f"{o}|BOUND")
            w = infos[i][2]
            if i > 0:
                b = "b-=" + infos[i - 1][2] + "|" + w
                if known is None or b in known:
                    feats.append(b)
            else:
                feats.append("first")
            if i + 1 < n:
                b = "b+=" + w + "|" + infos[i + 1][2]
                if known is None or b in known:
                    feats.append(b)
            if phrase[i]:
                feats.extend(phrase[i])
            out.append(feats)
        return out
