from rasd.pipeline import build_pipeline
from rasd.text.tokens import iter_raw_tokens


def kinds(raw):
    return [(raw[s:e], k) for s, e, k in iter_raw_tokens(raw)]


def test_numbers_in_all_forms():
    raw = "دفع 1,000 دولار و٣٫٥ مليون في 12/9/2017 بنسبة 50%"
    got = [t for t, k in kinds(raw) if k == "NUM"]
    assert got == ["1,000", "٣٫٥", "12/9/2017", "50%"]


def test_urls_emails_hashtags_latin_and_punctuation():
    raw = "راجع https://example.org/a?b=1، واكتب إلى info@example.org #سوريا_الآن عن UN-Habitat."
    got = kinds(raw)
    assert ("https://example.org/a?b=1", "URL") in got
    assert ("info@example.org", "EMAIL") in got
    assert ("#سوريا_الآن", "HASHTAG") in got
    assert ("UN-Habitat", "LATIN") in got
    assert ("،", "PUNCT") in got and (".", "PUNCT") in got


def test_diacritics_and_tatweel_stay_inside_the_word():
    raw = "أَعْلَنَ الســــلام"
    assert kinds(raw) == [("أَعْلَنَ", "WORD"), ("الســــلام", "WORD")]


def test_tokens_carry_normal_forms_and_clitics():
    text = "وبالجيش للعراق"
    doc = build_pipeline()(__import__("rasd.document", fromlist=["Document"]).Document("t", text))
    first, second = doc.layer("tokens")
    assert first.norm == "وبالجيش" and first.stem == "جيش"
    assert text[first.name_start : first.end] == "الجيش"
    assert text[second.name_start : second.end] == "لعراق"
