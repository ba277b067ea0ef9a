"""The Arabic filter and the duplicate check."""

import json

from rasd.ingest import Skipped
from rasd.ingest.gate import arabic_share

from .conftest import AR_1, AR_2, AR_3, EN_1, articles, ingest, only, reasons, write


def test_arabic_share_counts_letters_only():
    assert arabic_share(AR_1) == (1.0, sum(c.isalpha() for c in AR_1))
    assert arabic_share(EN_1)[0] == 0.0
    assert arabic_share("123 456 !!") == (0.0, 0)
    share, _ = arabic_share("قال رئيس الوزراء Boris Johnson")
    assert 0.5 < share < 0.7


def test_english_and_mixed_documents(tmp_path):
    quote_heavy = f"{AR_2} وقال في بيان بالإنجليزية: We will not accept this."
    write(tmp_path / "x.jsonl", "".join(json.dumps({"text": t}) + "\n" for t in (EN_1, quote_heavy, f"{EN_1} {EN_1} قال")))
    items = ingest(tmp_path)
    assert reasons(items) == ["non-arabic", "ok", "non-arabic"]
    assert "Arabic share 0.00" in items[0].detail


def test_threshold_is_an_option(tmp_path):
    path = write(tmp_path / "m.txt", f"{AR_3} {EN_1} {EN_1}")
    assert reasons(ingest(path)) == ["non-arabic"]
    assert reasons(ingest(path, min_arabic_share=0.2)) == ["ok"]


def test_digits_only_text_has_no_text(tmp_path):
    item = only(ingest(write(tmp_path / "n.txt", "2020 - 14 : 30\n")), Skipped)
    assert item.reason == "no text"


def test_duplicates_within_a_file_not_across_files(tmp_path):
    rec = lambda i, t: json.dumps({"id": i, "text": t}, ensure_ascii=False) + "\n"  # noqa: E731
    write(tmp_path / "a.jsonl", rec("1", AR_1) + rec("1", AR_2) + rec("2", AR_1 + "  ") + rec("3", AR_3))
    write(tmp_path / "b.jsonl", rec("1", AR_1))
    items = ingest(tmp_path)
    assert reasons(items) == ["ok", "duplicate", "duplicate", "ok", "ok"]
    assert "id '1'" in items[1].detail and "same text" in items[2].detail
    assert [a.doc.id for a in articles(items)] == ["1", "3", "1"]


def test_letter_tables_agree_with_the_patterns_on_every_bmp_character():
    import re

    from rasd.ingest.gate import _letter_tables

    # the definitions the share had as regular expressions: letters, and letters in the Arabic blocks
    non_letter = re.compile(r"[\W\d_]+")
    arabic_block = re.compile("[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]+")
    letter, arabic = _letter_tables()
    for code in range(0x10000):
        ch = chr(code)
        is_letter = non_letter.fullmatch(ch) is None
        assert letter[code] == is_letter, hex(code)
        assert arabic[code] == (is_letter and arabic_block.fullmatch(ch) is not None), hex(code)


def test_arabic_share_on_a_long_mixed_text_uses_the_first_part():
    share, letters = arabic_share("a" * 30_000 + "عربي")
    assert share == 0.0 and letters == 20_000
    share, letters = arabic_share("قال " * 10 + "said " * 10)
    assert letters == 70 and abs(share - 30 / 70) < 1e-9
