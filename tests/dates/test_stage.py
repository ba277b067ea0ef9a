"""The dates stage: future clauses send weekdays forward; spans are in the original text."""

from rasd.document import Document, Meta
from rasd.resourceset import Resources


def run(text: str, date: str | None = "2021-05-10"):  # a Monday
    from rasd.dates.stage import make_stage as make_dates
    from rasd.text.stage import make_stage as make_text

    res = Resources()
    return make_dates(res)(make_text(res)(Document("d", text, Meta(date=date))))


def test_weekday_direction_follows_the_clause():
    past = run("اندلعت المواجهات الأربعاء في القدس.")
    future = run("سيعقد مجلس الأمن جلسة الأربعاء.")
    planned = run("ومن المقرر أن يجتمع الوزراء الأربعاء.")
    assert past.dates[0].value == "2021-05-05"
    assert future.dates[0].value == "2021-05-12"
    assert planned.dates[0].value == "2021-05-12"


def test_seized_is_not_a_future_verb():
    doc = run("سيطرت الفصائل على المدينة الخميس.")
    assert doc.dates[0].value == "2021-05-06"


def test_spans_are_original_text_with_marks():
    text = "قال الوزيرُ أمسِ إنّ الوفدَ وصلَ يومَ الأحدِ."
    doc = run(text)
    assert [text[d.start : d.end] for d in doc.dates] == ["أمسِ", "يومَ الأحدِ"]
    assert [d.value for d in doc.dates] == ["2021-05-09", "2021-05-09"]


def test_bad_publication_date_gives_null_relatives():
    doc = run("قال أمس", date="not a date")
    assert doc.dates[0].value is None
