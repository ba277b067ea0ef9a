"""The numpy CRF decoder: same weights and same best paths as CRFsuite itself."""

import itertools
from pathlib import Path

import numpy as np
import pytest

from rasd.document import Document
from rasd.entities.crf import read_crfsuite, viterbi
from rasd.entities.tagger import _repair, sentence_token_ranges
from rasd.errors import ResourceError
from rasd.resourceset import default_resources

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "articles"


def test_viterbi_is_the_best_path_by_brute_force():
    rng = np.random.default_rng(3)
    transition = rng.normal(size=(3, 3))
    emissions = [rng.normal(size=(n, 3)) for n in (1, 2, 5, 4, 5)]
    def total(scores, p):
        return scores[np.arange(len(p)), list(p)].sum() + sum(transition[a, b] for a, b in zip(p, p[1:]))

    for scores, path in zip(emissions, viterbi(emissions, transition)):
        best = max(itertools.product(range(3), repeat=len(scores)), key=lambda p, s=scores: total(s, p))
        assert path == list(best)


def test_ties_go_to_the_lower_label_as_in_crfsuite():
    transition = np.zeros((3, 3))
    assert viterbi([np.zeros((4, 3))], transition) == [[0, 0, 0, 0]]
    assert viterbi([np.array([[0.0, 1.0, 1.0]])], transition) == [[1]]


def test_weights_match_the_binding():
    import pycrfsuite

    tagger = default_resources().ner_tagger
    weights = read_crfsuite(tagger.path)
    binding = pycrfsuite.Tagger()
    binding.open(str(tagger.path))
    info = binding.info()
    assert weights.labels == tuple(binding.labels())
    label = {name: i for i, name in enumerate(weights.labels)}
    for (attr, name), w in itertools.islice(info.state_features.items(), 2000):
        assert weights.state[weights.attributes[attr], label[name]] == pytest.approx(w, abs=1e-6)
    for (a, b), w in info.transitions.items():
        assert weights.transition[label[a], label[b]] == pytest.approx(w, abs=1e-6)
    assert not weights.state[weights.zero_row].any()


def test_tags_equal_crfsuite_tags_on_the_bundled_articles():
    import pycrfsuite

    res = default_resources()
    tagger = res.ner_tagger
    binding = pycrfsuite.Tagger()
    binding.open(str(tagger.path))
    from rasd.text.stage import make_stage

    text_stage = make_stage(res)
    sentences = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        doc = text_stage(Document(path.stem, path.read_text(encoding="utf-8")))
        tokens = doc.layer("tokens")
        sentences += [[doc.text[t.start : t.end] for t in tokens[lo:hi]] for lo, hi in sentence_token_ranges(doc)]
    assert len(sentences) > 50
    ours = tagger._tag_many(sentences)
    theirs = [_repair(binding.tag(tagger.featurizer.sentence(words))) for words in sentences]
    assert ours == theirs
    assert any(t != "O" for tags in ours for t in tags)


def test_a_file_that_is_not_a_model_is_a_resource_error(tmp_path):
    bad = tmp_path / "ner.crfsuite"
    bad.write_bytes(b"not a model at all" * 10)
    with pytest.raises(ResourceError, match="ner.crfsuite"):
        read_crfsuite(bad)


def test_marginals_come_with_the_same_tags():
    tagger = default_resources().ner_tagger
    words = ["وقال", "وزير", "الخارجية", "الروسي", "سيرغي", "لافروف", "في", "موسكو", "إن", "المحادثات", "مع", "الأمم", "المتحدة", "مستمرة"]
    tags, probs = tagger.tag_marginals(words)
    assert tags == tagger.tag(words)
    assert "B-PER" in tags and "B-LOC" in tags
    assert len(probs) == len(words) and all(0.0 < p <= 1.0 for p in probs)
