"""The trained NER tagger: a linear-chain CRF (trained with CRFsuite) over :mod:`rasd.entities.features`.

The model directory holds ``ner.crfsuite`` and, beside it, ``ner.gazetteer.tsv`` (the frozen
gazetteer, whose header also records the feature window) and optionally ``ner.clusters.tsv``
(distributional word classes). ``load_tagger`` reads all three.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from rasd.entities.crf import read_crfsuite, viterbi
from rasd.entities.features import Featurizer, Gazetteer, phrase_marks
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
    """Tags lists of words (``tag``) or the tokens of a document (``tag_document``) with BIO tags.

    Decoding is :mod:`rasd.entities.crf` over the model's weights: a word's own features and the
    features it lends its neighbours are summed once per word form and cached (``cache_size``
    forms, as the featurizer's strings were), so a sentence costs a few array additions and one
    Viterbi pass shared by the whole document. The CRFsuite binding is kept for marginals.
    """

    def __init__(self, model_path: Path, featurizer: Featurizer, cache_size: int | None = None) -> None:
        self.path = Path(model_path)
        if not self.path.exists():
            raise ResourceError(str(self.path), "NER model file not found")
        self.featurizer = featurizer
        self.weights = read_crfsuite(self.path)
        featurizer.restrict(self.weights.attributes)
        self.cache_size = featurizer.cache_size if cache_size is None else cache_size
        self._cache: dict[str, tuple] = {}
        self._binding = None
        attrs = self.weights.attributes
        zero = self.weights.zero_row
        self._offsets = featurizer._offsets
        self._bound = {o: attrs.get(f"{o}|BOUND", zero) for o in self._offsets}
        self._first = attrs.get("first", zero)
        self._bigrams = _bigram_rows(attrs)
        self._phrases = _phrases_by_second(featurizer.gaz.phrases)
        self._lent = _lent_rows(attrs, self._offsets)
        self._window = max((abs(o) for o in self._offsets), default=0)
        self._pad = np.zeros((len(self._offsets) + 1, len(self.weights.labels)))

    # -- per word ---------------------------------------------------------------------------------
    def _info(self, word: str) -> tuple:
        """(summed weights: own row then one row per neighbour offset; the gazetteer phrases that may
        start at the word, one list per head form that starts any; norm) for ``word``, computed and
        cached (the caller has looked in the cache)."""
        feats, lent, norm, heads = self.featurizer.word_features(word)
        attrs = self.weights.attributes
        zero = self.weights.zero_row
        groups: list[list[int]] = [[] for _ in range(len(self._offsets) + 1)]
        own = groups[0]
        for f in feats:
            row = attrs.get(f)
            if row is not None:
                own.append(row)
        for f in lent:
            for k, row in self._lent.get(f, ()):
                groups[k].append(row)
        # a zero row closes every group, so that no group is empty for reduceat
        ids: list[int] = []
        starts: list[int] = []
        for group in groups:
            starts.append(len(ids))
            ids.extend(group)
            ids.append(zero)
        rows = np.add.reduceat(self.weights.state[ids], starts, axis=0)
        phrases = self._phrases
        hit = (rows, tuple(c for c in (phrases.get(h) for h in heads) if c), norm)
        if len(self._cache) < self.cache_size:
            self._cache[word] = hit
        return hit

    # -- per document -----------------------------------------------------------------------------
    def _emissions(self, chunks: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """State scores (tokens x labels) of each chunk, as CRFsuite sums them.

        The chunks' words are laid end to end with ``window`` zero rows after each, so one shifted
        addition per offset gives every token what its neighbours lend, and nothing crosses a chunk.
        """
        cache = self._cache
        compute = self._info
        pad, window = self._pad, self._window
        table_rows: list[np.ndarray] = []
        extra: list[tuple[int, int]] = []  # (token position in the table, attribute row)
        spans: list[tuple[int, int]] = []
        for words in chunks:
            infos = [cache.get(w) or compute(w) for w in words]
            at = len(table_rows)
            n = len(infos)
            spans.append((at, n))
            table_rows.extend([info[0] for info in infos])
            table_rows.extend([pad] * window)
            self._sentence_rows(infos, at, extra)
        if not table_rows:
            return []
        table = np.stack(table_rows)  # [position, own/offset row, label]
        scores = table[:, 0].copy()
        size = len(table_rows)
        for k, o in enumerate(self._offsets, 1):
            if o < 0:
                scores[-o:] += table[: size + o, k]
            else:
                scores[: size - o] += table[o:, k]
        if extra:
            at, rows = zip(*extra)
            np.add.at(scores, list(at), self.weights.state[list(rows)])
        return [scores[at : at + n] for at, n in spans]

    def _sentence_rows(self, infos, at: int, extra: list[tuple[int, int]]) -> None:
        """Features of a chunk that depend on more than one word: the chunk's edges, word pairs and
        gazetteer phrases, as (position, attribute row)."""
        n = len(infos)
        for o in self._offsets:
            i = -1 - o if o < 0 else n - o  # the token whose neighbour at ``o`` is just outside
            if 0 <= i < n:
                extra.append((at + i, self._bound[o]))
        extra.append((at, self._first))
        norms = [info[2] for info in infos]
        bigrams = self._bigrams
        for i in range(1, n):
            following = bigrams.get(norms[i - 1])
            if following is not None:
                pair = following.get(norms[i])
                if pair is not None:
                    before, after = pair  # b-= on the second word, b+= on the first
                    if before is not None:
                        extra.append((at + i, before))
                    if after is not None:
                        extra.append((at + i - 1, after))
        starts = [i for i, info in enumerate(infos) if info[1]]
        if starts:
            self._phrase_rows(infos, starts, norms, at, extra)

    def _phrase_rows(self, infos, starts: list[int], norms: list[str], at: int, extra: list[tuple[int, int]]) -> None:
        """Gazetteer phrase features (:func:`phrase_marks`), looking only at the phrases whose second
        word is the next word."""
        attrs = self.weights.attributes
        n = len(norms)
        for i in starts:
            if i + 1 >= n:
                continue
            second = norms[i + 1]
            marks = phrase_marks(norms, i, (by_second.get(second, ()) for by_second in infos[i][1]))
            extra.extend((at + j, attrs[f]) for j, f in marks if f in attrs)

    def _tag_many(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        chunks: list[Sequence[str]] = []
        owner: list[int] = []
        for k, words in enumerate(sentences):
            for lo in range(0, len(words), MAX_SENTENCE):
                chunks.append(words[lo : lo + MAX_SENTENCE])
                owner.append(k)
        paths = viterbi(self._emissions(chunks), self.weights.transition)
        labels = self.weights.labels
        out: list[list[str]] = [[] for _ in sentences]
        for k, path in zip(owner, paths):
            out[k].extend(labels[i] for i in path)
        return [_repair(tags) for tags in out]

    def tag(self, words: Sequence[str]) -> list[str]:
        """BIO tags (``B-PER I-PER B-LOC ... O``) for one sentence of raw word strings."""
        if not words:
            return []
        return self._tag_many([words])[0]

    def tag_marginals(self, words: Sequence[str]) -> tuple[list[str], list[float]]:
        """Tags and, for each, the CRF marginal probability of the chosen tag (through CRFsuite)."""
        if self._binding is None:
            import pycrfsuite

            self._binding = pycrfsuite.Tagger()
            self._binding.open(str(self.path))
        tags = self.tag(words)
        probs: list[float] = []
        for k in range(0, len(words), MAX_SENTENCE):
            self._binding.set(self.featurizer.sentence(words[k : k + MAX_SENTENCE]))
            chunk_tags = tags[k : k + MAX_SENTENCE]
            for i, t in enumerate(chunk_tags):
                try:
                    probs.append(self._binding.marginal(t, i))
                except Exception:
                    probs.append(0.0)
        return tags, probs

    def tag_document(self, doc) -> list[str]:
        """One BIO tag per token of ``doc`` (layer ``tokens``), all sentences decoded together."""
        text = doc.text
        tokens = doc.layer("tokens")
        tags = ["O"] * len(tokens)
        ranges = sentence_token_ranges(doc)
        sentences = [[text[t.start : t.end] for t in tokens[lo:hi]] for lo, hi in ranges]
        for (lo, hi), sentence_tags in zip(ranges, self._tag_many(sentences)):
            tags[lo:hi] = sentence_tags
        return tags


def _bigram_rows(attributes: dict[str, int]) -> dict[str, dict[str, tuple[int | None, int | None]]]:
    """first word -> second word -> (row of ``b-=first|second``, row of ``b+=first|second``).

    A word holding ``|`` makes the split ambiguous, so every split is indexed: a lookup still only
    hits when the two words rebuild the attribute exactly."""
    out: dict[str, dict[str, list[int | None]]] = {}
    for attr, row in attributes.items():
        side = 0 if attr.startswith("b-=") else 1 if attr.startswith("b+=") else None
        if side is None:
            continue
        body = attr[3:]
        at = body.find("|")
        while at >= 0:
            pair = out.setdefault(body[:at], {}).setdefault(body[at + 1 :], [None, None])
            pair[side] = row
            at = body.find("|", at + 1)
    return {a: {b: (p[0], p[1]) for b, p in following.items()} for a, following in out.items()}


def _phrases_by_second(phrases: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]) -> dict:
    """first word -> second word -> the gazetteer's (rest, labels) entries, longest first as in the
    gazetteer: the first entry that matches is the same as in the gazetteer's own list."""
    out: dict[str, dict[str, list]] = {}
    for first, entries in phrases.items():
        for rest, labels in entries:
            out.setdefault(first, {}).setdefault(rest[0], []).append((rest, labels))
    return out


def _lent_rows(attributes: dict[str, int], offsets: Sequence[int]) -> dict[str, list[tuple[int, int]]]:
    """feature -> [(1 + index of the offset, row of ``{offset}|feature``)] for every offset whose
    prefixed attribute the model knows."""
    out: dict[str, list[tuple[int, int]]] = {}
    for k, o in enumerate(offsets, 1):
        prefix = f"{o}|"
        for attr, row in attributes.items():
            if attr.startswith(prefix):
                out.setdefault(attr[len(prefix) :], []).append((k, row))
    return out


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
    return NerTagger(path, make_featurizer(path, resources))
