"""The trained NER tagger: a linear-chain CRF (CRFsuite) over :mod:`rasd.entities.features`.

The model directory holds ``ner.crfsuite`` and, beside it, ``ner.gazetteer.tsv`` (the frozen
gazetteer, whose header also records the feature window) and optionally ``ner.clusters.tsv``
(distributional word classes). ``load_tagger`` reads all three.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from rasd.entities.features import Featurizer, Gazetteer
from rasd.errors import ResourceError

TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
MAX_SENTENCE = 400  # longer token runs are tagged in pieces


def sidecar(model_path: Path, name: str) -> Path:
    """``ner.crfsuite`` -> ``ner.<name>.tsv`` in the same folder."""
    model_path = Path(model_path)
    return model_path.with_name(f"{model_path.stem}.{name}.tsv")


def read_clusters(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    from rasd.resources_io import read_table

    table = read_table(path)
    return {row["word"]: row["cluster"] for row in table.rows}


class NerTagger:
    """Tags lists of words (``tag``) or the tokens of a document (``tag_document``) with BIO tags."""

    def __init__(self, model_path: Path, featurizer: Featurizer) -> None:
        import pycrfsuite

        self.path = Path(model_path)
        self.featurizer = featurizer
        self._tagger = pycrfsuite.Tagger()
        try:
            self._tagger.open(str(self.path))
        except Exception as exc:  # pragma: no cover - broken model file
            raise ResourceError(str(self.path), f"cannot open CRF model: {exc}") from exc

    def tag(self, words: Sequence[str]) -> list[str]:
        """BIO tags (``B-PER I-PER B-LOC ... O``) for one sentence of raw word strings."""
        if not words:
            return []
        out: list[str] = []
        for k in range(0, len(words), MAX_SENTENCE):
            chunk = words[k : k + MAX_SENTENCE]
            out.extend(self._tagger.tag(self.featurizer.sentence(chunk)))
        return _repair(out)

    def tag_marginals(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
        """Tags and, for each, the CRF marginal probability of the chosen tag."""
        tags = self.tag(words)
        probs: list[float] = []
        for k in range(0, len(words), MAX_SENTENCE):
            self._tagger.set(self.featurizer.sentence(words[k : k + MAX_SENTENCE]))
            chunk_tags = tags[k : k + MAX_SENTENCE]
            for i, t in enumerate(chunk_tags):
                try:
                    probs.append(self._tagger.marginal(t, i))
                except Exception:
                    probs.append(0.0)
        return tags, probs

    def tag_document(self, doc) -> list[str]:
        """One BIO tag per token of ``doc`` (layer ``tokens``), tagging sentence by sentence."""
        text = doc.text
        tokens = doc.layer("tokens")
        tags = ["O"] * len(tokens)
        for lo, hi in sentence_token_ranges(doc):
            words = [text[t.start : t.end] for t in tokens[lo:hi]]
            tags[lo:hi] = self.tag(words)
        return tags


def sentence_token_ranges(doc) -> list[tuple[int, int]]:
    """Token index ranges ``[lo, hi)`` of each sentence of ``doc`` (tokens outside sentences join none)."""
    tokens = doc.layer("tokens")
    sentences = doc.layer("sentences")
    ranges: list[tuple[int, int]] = []
    i = 0
    n = len(tokens)
    for s in sentences:
        while i < n and tokens[i].start < s.start:
            i += 1
        lo = i
        while i < n and tokens[i].end <= s.end:
            i += 1
        if i > lo:
            ranges.append((lo, i))
    if not sentences and n:
        ranges.append((0, n))
    return ranges


def _repair(tags: list[str]) -> list[str]:
    """An I-X that does not continue an X becomes B-X."""
    prev = "O"
    out = []
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


def make_featurizer(model_path: Path, resources=None) -> Featurizer:
    from rasd.entities.lexicon import read_snapshot

    gaz_path = sidecar(model_path, "gazetteer")
    if gaz_path.exists():
        gaz, header = read_snapshot(gaz_path)
    else:
        gaz, header = Gazetteer(), {}
    window = int(header.get("window", "2") or 2)
    segment = None
    if resources is not None:
        try:
            segment = resources.segmenter.segment
        except Exception:
            segment = None
    return Featurizer(gaz, segment, read_clusters(sidecar(model_path, "clusters")), window=window)


def load_tagger(path: Path, resources=None) -> NerTagger:
    """The tagger for the model at ``path`` with its frozen gazetteer and word classes."""
    path = Path(path)
    if not path.exists():
        raise ResourceError(str(path), "NER model file not found")
    tagger = NerTagger(path, make_featurizer(path, resources))
    tagger.featurizer.restrict(attr for attr, _ in tagger._tagger.info().state_features)
    return tagger
