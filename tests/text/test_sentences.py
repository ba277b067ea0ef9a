from rasd.text.sentences import split_sentences


def texts(raw):
    return [raw[s.start : s.end] for s in split_sentences(raw)]


def test_splits_on_arabic_and_latin_marks():
    raw = "قال الوزير إن المحادثات جيدة. هل ستستمر؟ نعم! وأضاف؛ ثم غادر… انتهى"
    assert texts(raw) == ["قال الوزير إن المحادثات جيدة.", "هل ستستمر؟", "نعم!", "وأضاف؛", "ثم غادر…", "انتهى"]


def test_line_breaks_end_sentences():
    assert texts("عنوان الخبر\nنص الخبر هنا") == ["عنوان الخبر", "نص الخبر هنا"]


def test_abbreviations_and_datelines_do_not_split():
    raw = "دمشق (أ. ف. ب) - قال د. أحمد إن الوضع هادئ. وانتهى الاجتماع."
    assert texts(raw) == ["دمشق (أ. ف. ب) - قال د. أحمد إن الوضع هادئ.", "وانتهى الاجتماع."]


def test_decimals_and_numeric_dates_do_not_split():
    raw = "بلغت الخسائر 3.5 مليار دولار في 12/9/2017 و12.9.2017 وفق التقرير. ثم تابع."
    assert len(texts(raw)) == 2


def test_closing_quote_after_full_stop_stays_with_sentence():
    raw = "وقال: «لن نقبل بذلك.» ثم غادر القاعة."
    assert texts(raw) == ["وقال: «لن نقبل بذلك.»", "ثم غادر القاعة."]


def test_empty_and_blank_text():
    assert split_sentences("") == ()
    assert split_sentences("  \n\t ") == ()
