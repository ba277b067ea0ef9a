"""Short news items invented for these tests, one topic each, with their statements marked by hand.

The hospital item is the one the cross-lingual queries must find; the others are distractors on
other topics (economy, football, weather, elections) and two near ones: a military strike on a
depot (violence, no hospital) and the opening of a new hospital (a hospital, no attack).
"""

from __future__ import annotations

from ..store.docs import make_doc

HOSPITAL = make_doc(
    "sem-hospital",
    "صنعاء - أدان وزير الصحة اليمني قاسم بحيبح اليوم الأحد قصف مستشفى الثورة في مدينة تعز.\n"
    "وقال بحيبح إن استهداف المستشفى بالقذائف جريمة حرب تستوجب محاسبة مرتكبيها.\n"
    "وأشار إلى أن القصف أدى إلى مقتل ممرضتين وإصابة عدد من المرضى.",
    "2023-04-09",
    actors=[("قاسم بحيبح", "Qasem Buhaibeh", "person", "YEM", "GOV", None, ["قاسم بحيبح", ("بحيبح", 2)])],
    statements=[("وقال", "A1", "استهداف المستشفى بالقذائف جريمة حرب تستوجب محاسبة مرتكبيها", False, None)],
)

ECONOMY = make_doc(
    "sem-economy",
    "القاهرة - قال محافظ البنك المركزي المصري حسن عبد الله إن معدل التضخم سيتراجع خلال العام المقبل.\n"
    "وأضاف أن البنك قرر تثبيت أسعار الفائدة للمرة الثالثة على التوالي.",
    "2023-02-02",
    actors=[("حسن عبد الله", "Hassan Abdalla", "person", "EGY", "GOV", None, ["حسن عبد الله"])],
    statements=[("قال", "A1", "معدل التضخم سيتراجع خلال العام المقبل", False, None),
                ("وأضاف", "A1", "البنك قرر تثبيت أسعار الفائدة للمرة الثالثة على التوالي", False, None)],
)

FOOTBALL = make_doc(
    "sem-football",
    "الرباط - قال مدرب المنتخب المغربي وليد الركراكي إن لاعبيه قدموا مباراة كبيرة أمام البرتغال.\n"
    "وفاز المنتخب المغربي بهدف نظيف ليبلغ الدور نصف النهائي من كأس العالم.",
    "2022-12-10",
    actors=[("وليد الركراكي", "Walid Regragui", "person", "MAR", None, None, ["وليد الركراكي"])],
    statements=[("قال", "A1", "لاعبيه قدموا مباراة كبيرة أمام البرتغال", False, None)],
)

WEATHER = make_doc(
    "sem-weather",
    "عمان - توقعت دائرة الأرصاد الجوية الأردنية هطول أمطار غزيرة وتساقط الثلوج على المرتفعات الجبلية.\n"
    "وحذرت الدائرة من تشكل السيول في الأودية والمناطق المنخفضة خلال عطلة نهاية الأسبوع.",
    "2023-01-18",
    actors=[("دائرة الأرصاد الجوية الأردنية", "Jordan Meteorological Department", "organization", "JOR", "GOV", None,
             ["دائرة الأرصاد الجوية الأردنية"])],
    statements=[("توقعت", "A1", "هطول أمطار غزيرة وتساقط الثلوج على المرتفعات الجبلية", False, None)],
)

ELECTIONS = make_doc(
    "sem-elections",
    "تونس - أعلن رئيس الهيئة العليا المستقلة للانتخابات فاروق بوعسكر أن نسبة المشاركة في الاقتراع بلغت 11 بالمئة.\n"
    "وأوضح بوعسكر أن النتائج الأولية للدورة الأولى ستعلن بعد يومين.",
    "2022-12-18",
    actors=[("فاروق بوعسكر", "Farouk Bouasker", "person", "TUN", "GOV", None, ["فاروق بوعسكر", ("بوعسكر", 2)])],
    statements=[("أعلن", "A1", "نسبة المشاركة في الاقتراع بلغت 11 بالمئة", False, None),
                ("وأوضح", "A1", "النتائج الأولية للدورة الأولى ستعلن بعد يومين", False, None)],
)

DEPOT = make_doc(
    "sem-depot",
    "بغداد - قال المتحدث باسم الجيش العراقي يحيى رسول إن الطائرات دمرت مخزنا للأسلحة تابعا لتنظيم داعش في صحراء الأنبار.",
    "2023-03-14",
    actors=[("يحيى رسول", "Yehia Rasool", "person", "IRQ", "MIL", None, ["يحيى رسول"])],
    statements=[("قال", "A1", "الطائرات دمرت مخزنا للأسلحة تابعا لتنظيم داعش في صحراء الأنبار", False, None)],
)

NEW_HOSPITAL = make_doc(
    "sem-new-hospital",
    "الرياض - افتتح وزير الصحة السعودي فهد الجلاجل مستشفى جديدا للأطفال يضم ثلاثمئة سرير.\n"
    "وقال الجلاجل إن المستشفى الجديد سيخفف الضغط على مستشفيات العاصمة.",
    "2023-05-21",
    actors=[("فهد الجلاجل", "Fahad AlJalajel", "person", "SAU", "GOV", None, ["فهد الجلاجل", ("الجلاجل", 2)])],
    statements=[("وقال", "A1", "المستشفى الجديد سيخفف الضغط على مستشفيات العاصمة", False, None)],
)

ALL = (HOSPITAL, ECONOMY, FOOTBALL, WEATHER, ELECTIONS, DEPOT, NEW_HOSPITAL)
