"""Clitic segmentation on realistic news words."""

from __future__ import annotations

import pytest

from rasd.resourceset import Resources
from rasd.text.normalize import normalize


@pytest.fixture(scope="module")
def seg():
    return Resources().segmenter


def clitics(s):
    return [c for _, _, c in s.proclitics], (s.enclitic[2] if s.enclitic else None)


def test_conjunction_preposition_article(seg):
    s = seg.segment("وبالجيش")
    assert clitics(s) == (["و", "ب", "ال"], None)
    assert s.stem == "جيش"
    assert s.name_start == 2


def test_li_with_article_written_ll(seg):
    s = seg.segment("للعراق")
    assert clitics(s) == (["ل", "ال"], None)
    assert s.stem == "عراق"
    assert s.name_start == 1
    assert s.proclitics[0][:2] == (0, 1)


def test_li_before_a_name(seg):
    s = seg.segment("لروسيا")
    assert clitics(s) == (["ل"], None)
    assert s.stem == "روسيا"
    assert s.name_start == 1


def test_possessive_pronoun(seg):
    s = seg.segment("بلاده")
    assert clitics(s) == ([], "ه")
    assert s.stem == normalize("بلاد")


def test_ta_marbuta_restored_before_pronoun(seg):
    s = seg.segment("سيادتها")
    assert clitics(s) == ([], "ها")
    assert s.stem == normalize("سيادة")
    assert (s.stem_start, s.stem_end) == (0, 5)


def test_conjunction_and_future(seg):
    s = seg.segment("وسيزور")
    assert clitics(s) == (["و", "س"], None)
    assert s.stem == normalize("يزور")


@pytest.mark.parametrize("word", ["وزير", "بلد", "كتب", "لبنان", "فرنسا", "ليبيا", "والي"])
def test_lexical_words_stay_whole(seg, word):
    assert seg.segment(word).is_whole


def test_preposition_with_pronoun_only(seg):
    s = seg.segment("له")
    assert clitics(s) == (["ل"], "ه")
    assert s.stem == ""


def test_listed_word_with_pronoun_is_not_cut(seg):
    assert clitics(seg.segment("لأنها")) == ([], "ها")
    assert clitics(seg.segment("وكذلك")) == (["و"], None)


def test_diacritics_keep_original_offsets(seg):
    s = seg.segment("وَبِالجَيشِ")
    assert [c for _, _, c in s.proclitics] == ["و", "ب", "ال"]
    assert s.proclitics[0][:2] == (0, 2)
    assert s.stem == "جيش"


@pytest.mark.parametrize("token", ["Reuters", "2024", "abc", "-", "", "COVID-19"])
def test_non_arabic_input_returns_whole(seg, token):
    s = seg.segment(token)
    assert s.is_whole
    assert (s.stem_start, s.stem_end) == (0, len(token))


def test_segmentation_is_memoised_and_stable(seg):
    assert seg.segment("وبالجيش") is seg.segment("وبالجيش")
