"""Whether an undiacritised word can head a noun phrase that names a participant, without a tagger.

Unnamed agents and victims (``الحركة``, ``مهندسين``, ``دورية للشرطة``) are not in any dictionary, so
an argument slot accepts any word that looks nominal: it carries the article, follows a number or a
quantifier, or has a noun's shape, and is none of the words that only look like nouns there (times,
places-as-directions, particles, pronouns, reflexives, the dead and wounded as results).
"""

from __future__ import annotations

from bisect import bisect_right

from rasd.events.passive import passive_form, victim_verb
from rasd.events.view import View
from rasd.text.normalize import word_set

# Time words: an accusative of time stands where an object could (``قتل امس``, ``خطف فجرا``).
TIME_WORDS = word_set(
    "أمس امس اليوم غدا صباح صباحا مساء مساءا ليل ليلا ليلة الليلة فجر فجرا ظهر ظهرا عصر عصرا "
    "يوم يومي أيام ايام أسبوع الأسبوع شهر الشهر عام العام سنة السنة ساعة ساعات الساعة دقائق وقت "
    "الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الماضي الماضية الحالي الجاري المقبل "
    "مطلع منتصف أواخر أوائل نهاية بداية مدى لاحق لاحقا سابق سابقا حين حينه بعيد مؤخرا الأخيرة الأول أول "
    "عاما أعوام سنوات سنتين يومين ساعتين أشهر شهرين أسابيع دقيقة كلم كيلومتر كيلومترات متر مترا "
    "يناير فبراير مارس أبريل ابريل مايو يونيو يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر "
    "كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين"
)
# Words that introduce a place or a time and so never stand as a bare argument themselves.
DIRECTIONS = word_set(
    "شمال جنوب شرق غرب شمالي جنوبي شرقي غربي وسط قرب بالقرب أمام امام خارج داخل حول عند لدى "
    "خلال قبل بعد منذ أثناء اثناء عقب إثر اثر جراء باتجاه اتجاه نحو ضمن فوق تحت قبالة مقابل محيط "
    "ضواحي أنحاء انحاء طريق"
)
# Particles, pronouns, demonstratives, relatives and other closed-class words.
FUNCTION_WORDS = word_set(
    "في على الى إلى من عن مع ضد بين عبر لدى تجاه حتى أن ان إن أنه انه انها أنها إنه لأن كان كانت "
    "قد لقد لم لن لا ما ماذا هل ثم أو او أم بل لكن لكنه غير سوى إلا الا كل جميع بعض كلا ذلك تلك "
    "هذا هذه هؤلاء هذين هاتين الذي التي الذين اللذين اللتين اللواتي هو هي هم هما نحن انا أنا انت "
    "كما أيضا ايضا حيث بينما فيما عندما بعدما كذلك إذ اذ إذا اذا لو لولا وقال قال قالت وقالت "
    "منهم منهما "
    "نفسه نفسها نفسيهما أنفسهم انفسهم نفسهم ذاته ذاتها فيه فيها منه منها عليه عليها له لها لهم "
    "وذلك وهو وهي وهم مما بما كي لكي أي اي أكثر اكثر أقل اقل نحو حوالي حوالى زهاء قرابة يقل آخر آخرين "
    "اخرين أخرى آخرون"
)
# Common verbs that look like nouns without vowels: being, happening, resulting, saying.
VERBS = word_set(
    "تم تمت يتم جرى جرت يجري وقع وقعت يقع أسفر أسفرت يسفر أدى أدت يؤدي أوقع أوقعت أودى خلف خلفت "
    "شهد شهدت بدأ بدأت أصبح أصبحت صار ظل بات يوجد توجد أكد أكدت أعلن أعلنت أفاد أفادت ذكر ذكرت "
    "أضاف أضافت أشار أشارت قام قامت قاموا نفذ نفذت نفذوا شن شنت سقط سقطت دارت دار عاد عادت تعرض "
    "تعرضت نجا نجت تبنى تبنت وصف وصفت يعتقد تعمل يعمل كانوا يكون تكون"
)
# Results of an attack, not its victims (``قتلى``, ``بجروح``): they describe, they do not name.
RESULT_NOUNS = word_set("قتيل قتيلا قتلى جريح جريحا جرحى جروح إصابات اصابات مصرع حتف حتفه مصرعه ضحايا")
NOT_HEAD = TIME_WORDS | DIRECTIONS | FUNCTION_WORDS | RESULT_NOUNS | VERBS

# Imperfect-verb prefixes; with a plural or dual ending such a word is read as a verb (يطالبون).
_VERB_PREFIX = ("ي", "ت", "ن")
_VERB_SUFFIX = ("ون", "وا", "ان")
_Y_NOUNS = word_set("يهود يهودي يمنيون يمنيين يابانيون يابانيين يونانيين يونانيون يافعين")


def closed(v: View, k: int) -> bool:
    """A word that cannot head an argument."""
    w, s = v.words[k], v.stems[k]
    return not w or w in NOT_HEAD or s in NOT_HEAD or (w.startswith("و") and w[1:] in FUNCTION_WORDS)


def definite(v: View, k: int) -> bool:
    return "ال" in v.procl[k] or v.words[k].startswith("ال") and len(v.words[k]) > 4


def nominal(v: View, k: int) -> bool:
    """``k`` can head a noun phrase: it has the article, or a noun's shape and no verb's shape."""
    if not (0 <= k < v.n) or v.kinds[k] != "WORD" or closed(v, k):
        return False
    if definite(v, k):
        return True
    s = v.stems[k]
    if len(s) < 3 or s.startswith(_VERB_PREFIX) and s.endswith(_VERB_SUFFIX):
        return False
    if s.startswith("ي") and len(s) >= 4 and s not in _Y_NOUNS:
        return False  # an imperfect verb: يقود، يعمل
    if passive_form(s) or victim_verb(s) or len(s) == 4 and s.endswith("ت") and not s.endswith("ات"):
        return False  # a verb: اصيب، قتلت، دارت
    return not (v.procl[k] and v.procl[k][-1] in "سف")


def entity_at(v: View) -> list[tuple[int, str] | None]:
    """(last token, type) of the named-entity mention starting at each token, computed once per view
    (entities that resolved to no actor still name a participant: ``كرامي``, ``طالبان``)."""
    cached = v.__dict__.get("_rasd_entity_at")
    if cached is not None:
        return cached
    out: list[tuple[int, str] | None] = [None] * v.n
    for e in v.doc.layer("entities", ()):
        if e.type not in ("PER", "ORG", "LOC", "GPE", "NORP", "FAC"):
            continue
        i = max(0, bisect_right(v.starts, e.start) - 1)
        if i < v.n and v.ends[i] <= e.start:
            i += 1
        if i >= v.n:
            continue
        j = i
        while j + 1 < v.n and v.starts[j + 1] < e.end:
            j += 1
        if out[i] is None or out[i][0] < j:
            out[i] = (j, e.type)
    v.__dict__["_rasd_entity_at"] = out
    return out
