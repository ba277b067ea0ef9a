"""Odd input never raises, and every span stays inside the text and trimmed."""

from hypothesis import given, settings
from hypothesis import strategies as st

SAMPLES = [
    "",
    "قال",
    "وقال",
    "«",
    "»»» «« قال «",
    "وقال الوزير «إن الحكومة لن تتراجع",  # a quote that never closes
    "وقال الوزير: «الأمر محسوم». وأضاف «سنواصل",  # unbalanced
    "«لا تعليق»»، قال، «",
    "وأكد المتحدث أن",  # complementizer at the very end
    "بيروت - أعلن الجيش\nوأضاف",  # cue at the very end
    "Hello world: \"quoted\" said nobody 2020-01-01",
    "١٢٣٤ ٥٦٧ قال: ٨٩",
    "ـــــ قال ـــ «» «» ()",
    "وقال" + "ي" * 5000,
    "(" * 300 + "قال إن" + ")" * 300,
]


def _check(doc):
    text = doc.text
    for s in doc.statements:
        for span in (s.cue, s.content, s.speaker_mention):
            if span is None:
                continue
            assert 0 <= span.start < span.end <= len(text)
            piece = text[span.start : span.end]
            assert piece == piece.strip()
        assert not (s.cue.start < s.content.end and s.content.start < s.cue.end)
    assert len(doc.layer("statement_speakers")) == len(doc.statements)


def test_odd_texts(run):
    for text in SAMPLES:
        _check(run(text))


def test_five_hundred_cues_in_one_paragraph(run):
    parts = [f"وقال مصدر رقم {i} إن «الوضع {i} مستقر»، وأضاف أن" for i in range(250)]
    doc = run(" ".join(parts))
    _check(doc)
    assert len(doc.statements) >= 400


def test_long_unclosed_quotes_across_lines(run):
    text = "\n".join(f"وقال الوزير «جملة رقم {i} لا تنتهي" for i in range(200))
    doc = run(text)
    _check(doc)
    assert len(doc.statements) == 200


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["قال", "وأضاف", "إن", "«", "»", ":", "،", ".", "\n", "الوزير", "محمد", "لم", "بحسب", "قوله", "عن", "(", ")", '"', "x", "12"]), max_size=40))
def test_random_token_soup(run, words):
    _check(run(" ".join(words)))
