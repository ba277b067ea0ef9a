"""Temporal expressions resolved against the publication date."""

from datetime import date

import pytest

from rasd.dates.expressions import find_dates
from rasd.text.normalize import normalize

PUB = date(2020, 7, 24)  # a Friday


def values(text: str, pub: date | None = PUB) -> list[tuple[str, str | None]]:
    norm = normalize(text)
    return [(norm[f.start : f.end], f.value) for f in find_dates(norm, pub)]


@pytest.mark.parametrize(
    "text, value",
    [
        ("قال الوزير أمس", "2020-07-23"),
        ("وصل الوفد أول أمس", "2020-07-22"),
        ("الاجتماع غدا في القصر", "2020-07-25"),
        ("تظاهرات الأسبوع الماضي", "2020-07-17"),
        ("تبدأ المفاوضات الشهر المقبل", "2020-08-01"),
        ("قصفت الطائرات مساء الأحد", "2020-07-19"),
        ("وقعت الاتفاقية في 15 كانون الثاني 2019", "2019-01-15"),
        ("وقعت الاتفاقية في 15 يناير 2019", "2019-01-15"),
        ("صدر المرسوم في 12/3/2019", "2019-03-12"),
        ("صدر المرسوم في 5 رمضان 1441", "2020-04-28"),
        ("في العاشر من الشهر الجاري", "2020-07-10"),
        ("في الخامس عشر من آب", "2020-08-15"),
        ("منذ ثلاثة أيام", "2020-07-21"),
        ("أعلن ذلك في مارس الماضي", "2020-03-01"),
        ("وقع ذلك في 3 آذار/مارس 2019", "2019-03-03"),
    ],
)
def test_single_expression(text, value):
    found = values(text)
    assert len(found) == 1 and found[0][1] == value, found


def test_weekday_with_explicit_date_is_one_mention():
    assert values("الثلاثاء، 21 تموز 2020") == [("الثلاثاء، 21 تموز 2020", "2020-07-21")]
    assert values("قال أمس الخميس") == [("امس الخميس", "2020-07-23")]


@pytest.mark.parametrize("text", ["وقع في 32 أيلول", "التاريخ 2017/13/45", "في 31 شباط 2019"])
def test_malformed_dates_are_null(text):
    found = values(text)
    assert len(found) == 1 and found[0][1] is None


def test_relative_without_publication_date_is_null_but_explicit_is_kept():
    assert values("قال أمس إن الاتفاق وقع في 15 كانون الثاني 2019", pub=None) == [
        ("امس", None),
        ("15 كانون الثاني 2019", "2019-01-15"),
    ]


def test_bare_month_and_the_two_are_no_dates():
    assert values("زار مارس المدينة") == []
    assert values("اتفق البلدان الاثنين على التعاون") == []
    assert values("بين الاثنين خلاف") == []
    assert values("تبنى قرارا بنشر مراقبين الاثنين")[0][1] == "2020-07-20"


def test_odd_text_never_raises():
    for text in ["", "9" * 5000, "2020/02/30 و 99/99/9999", "ايلول" * 200, "Monday 3 March"]:
        values(text)
        values(text, pub=None)


def test_vague_counts_are_null():
    assert values("حفروا النفق منذ أشهر") == [("منذ اشهر", None)]
    assert values("منذ سنوات") == [("منذ سنوات", None)]
    assert values("منذ شهرين")[0][1] == "2020-05-01"
