"""The cue lexicon generates inflections from the lemmas of statements/cues.tsv."""

import pytest

from rasd.resourceset import default_resources
from rasd.statements.lexicon import IMPERFECT, PARTICIPLE, PERFECT, VNOUN, compiled
from rasd.text.normalize import normalize


@pytest.fixture(scope="module")
def lex():
    return compiled(default_resources())


@pytest.mark.parametrize(
    "word, lemma, kind",
    [
        ("قالت", "قال", PERFECT),
        ("وأكدوا", "اكد", PERFECT),
        ("تؤكد", "اكد", IMPERFECT),
        ("يطالبون", "طالب", IMPERFECT),
        ("مؤكدا", "اكد", PARTICIPLE),
        ("مشددين", "شدد", PARTICIPLE),
        ("معتبرة", "اعتبر", PARTICIPLE),
        ("قولها", "قول", VNOUN),
        ("تصريحاته", "تصريح", VNOUN),
        ("تأكيده", "اكد", VNOUN),
    ],
)
def test_inflections(lex, word, lemma, kind):
    forms, _ = lex.lookup(normalize(word))
    assert any(f.lemma == normalize(lemma) and f.kind == kind for f in forms), forms


def test_possessive_pronoun_gives_gender(lex):
    forms, _ = lex.lookup(normalize("قولها"))
    assert any(f.possessive and f.gender == "f" for f in forms)


def test_words_that_are_not_cues(lex):
    for word in ("بين", "فحسب", "عبر", "الخارجية"):
        forms, _ = lex.lookup(normalize(word))
        assert not forms, word


def test_relay_phrases_with_proclitic(lex):
    forms, procl = lex.lookup(normalize("وبحسب"))
    assert procl == "و" and any(f.strength == "relay" for f in forms)
