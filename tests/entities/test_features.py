"""Feature extraction: pure, cached, never raises on odd tokens."""

import pytest

from rasd.entities.features import Featurizer, Gazetteer, norm_word, shape, strip_variants
from rasd.resourceset import default_resources


@pytest.fixture(scope="module")
def featurizer():
    gaz = Gazetteer.from_entries(
        [
            ("روسيا", "COUNTRY"),
            ("العراق", "COUNTRY"),
            ("محمد", "GIVEN"),
            ("مجلس الأمن", "ORG"),
            ("وزير", "TITLE"),
        ]
    )
    return Featurizer(gaz, default_resources().segmenter.segment)


def test_norm_word_strips_glued_punctuation():
    assert norm_word("(د") == "د"
    assert norm_word("أ)") == "ا"
    assert norm_word("الاجتماع.") == "الاجتماع"
    assert norm_word("...") == "..."


def test_strip_variants_cut_clitics():
    assert "روسيا" in strip_variants("لروسيا")
    assert "العراق" in strip_variants("والعراق")
    assert "العراق" in strip_variants("للعراق")


def test_shape():
    assert shape("روسيا") == "A"
    assert shape("Reuters") == "L"
    assert shape("2007") == "D"
    assert shape("،") == "P"
    assert shape("F16ف") == "M"


def test_gazetteer_after_clitics(featurizer):
    feats = featurizer.sentence(["زار", "الوفد", "لروسيا", "والعراق"])
    assert "gs=COUNTRY" in feats[2]
    assert "gs=COUNTRY" in feats[3]
    assert "1|gs=COUNTRY" in feats[1]


def test_phrase_match_marks_every_word(featurizer):
    feats = featurizer.sentence(["اجتمع", "مجلس", "الأمن", "أمس"])
    assert "P=ORG:B" in feats[1]
    assert "P=ORG:I" in feats[2]
    assert "P=ORG:I" not in feats[3]


def test_features_are_deterministic_and_cached(featurizer):
    words = ["قال", "وزير", "الخارجية", "محمد", "جواد", "ظريف"]
    assert featurizer.sentence(words) == featurizer.sentence(list(words))


@pytest.mark.parametrize(
    "words",
    [
        ["ب" * 5000],
        ["x" * 10000, "abc"],
        ["Reuters", "AFP", "U.S."],
        ["123", "4.5", "١٢٣"],
        ["F16", "اف16", "ميغ-29", "COVID-19"],
        ["«", "»", "(", ")", "،", "؟"],
        ["", " ", "\u200f", "\u0640\u0640"],
        ["مُحَمَّد", "ﻻ", "ک", "گ"],
        [],
    ],
)
def test_odd_tokens_never_raise(featurizer, words):
    feats = featurizer.sentence(words)
    assert len(feats) == len(words)
    assert all(isinstance(f, str) for fs in feats for f in fs)
