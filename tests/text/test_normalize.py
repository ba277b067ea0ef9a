import pytest

from rasd.text.normalize import normalize, normalize_with_map


@pytest.mark.parametrize(
    ("raw", "full"),
    [
        ("أَعْلَنَ", "اعلن"),  # tashkeel
        ("الســــلام", "السلام"),  # tatweel
        ("إيران آسيا أحمد ٱلله", "ايران اسيا احمد الله"),  # alef forms
        ("مصطفى", "مصطفي"),  # alef maksura
        ("سورية", "سوريه"),  # teh marbuta
        ("١٢٣ ۴۵۶", "123 456"),  # Arabic-Indic and Persian digits
        ("ﻻ ﺑﻴﺮﻭﺕ", "لا بيروت"),  # presentation forms
        ("\u200fقال\u200e\u200c\ufeff", "قال"),  # bidi and zero-width marks, BOM
        ("«قال» – “نعم”", '"قال" - "نعم"'),  # typographic quotes and dashes
        ("ی ک", "ي ك"),  # Persian letter shapes
    ],
)
def test_full_normalisation(raw, full):
    assert normalize(raw) == full


def test_light_keeps_letter_identity():
    assert normalize("أَحمدُ مصطفى سورية", "light") == "أحمد مصطفى سورية"


def test_teh_marbuta_folding_is_configurable():
    from rasd.text.normalize import NormalizerConfig, get_normalizer

    keep = get_normalizer("full", NormalizerConfig(fold_teh_marbuta=False))
    assert keep("سورية") == "سورية"


def test_offset_map_points_back_to_original_words():
    raw = "قالَ وزيرُ الخارجيّة ﻻ ١٥\u200f «نعم»"
    view = normalize_with_map(raw)
    for word, original in [("قال", "قالَ"), ("وزير", "وزيرُ"), ("الخارجيه", "الخارجيّة"), ("لا", "ﻻ"), ("15", "١٥")]:
        i = view.text.index(word)
        s, e = view.span_to_original(i, i + len(word))
        assert raw[s:e] == original


def test_identity_map_when_nothing_changes_length():
    raw = "أعلن وزير"
    view = normalize_with_map(raw)
    assert view.text == "اعلن وزير"
    assert view.span_to_original(5, 9) == (5, 9)
