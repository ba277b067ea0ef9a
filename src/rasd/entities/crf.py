"""A first-order CRFsuite model read straight from its file and decoded with numpy.

Tagging through the CRFsuite binding means handing it every token's feature strings, which it turns
back into ids one string at a time; most of a token's features depend on the word alone, so here a
word's summed weights are computed once and reused (:class:`rasd.entities.tagger.NerTagger`), and
Viterbi runs over all sentences of a document together. The decoding is CRFsuite's own: state scores
are sums of attribute weights, transitions are label-to-label weights with no start or end weight,
and ties go to the lower label id (its ``max < score`` loops), as ``numpy.argmax`` does.

The file layout is CRFsuite's ``crf1dm``: a 48-byte header of little-endian uint32 fields, a feature
chunk of (type, source, destination, float64 weight) records, and two CQDB string tables (labels and
attributes) whose backward arrays give each id's record.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rasd.errors import ResourceError

_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")
_FEATURE = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
_STATE, _TRANSITION = 0, 1


@dataclass(frozen=True)
class CrfWeights:
    """Labels in id order, attribute -> row of ``state`` (only attributes with a weight), and the
    label-to-label ``transition`` matrix. ``state`` has one extra all-zero row at the end."""

    labels: tuple[str, ...]
    attributes: dict[str, int]
    state: np.ndarray  # (attributes + 1, labels)
    transition: np.ndarray  # (labels, labels): from row to column

    @property
    def zero_row(self) -> int:
        return self.state.shape[0] - 1


def _cqdb_strings(data: bytes, offset: int, path: Path) -> list[str]:
    """The strings of the CQDB table at ``offset``, indexed by id."""
    magic, _size, _flag, _order, bwd_size, bwd_offset = struct.unpack_from("<4sIIIII", data, offset)
    if magic != b"CQDB":
        raise ResourceError(str(path), "not a CRFsuite model: string table missing")
    refs = struct.unpack_from(f"<{bwd_size}I", data, offset + bwd_offset)
    out = []
    for ref in refs:
        _id, ksize = struct.unpack_from("<iI", data, offset + ref)
        start = offset + ref + 8
        out.append(data[start : start + ksize].rstrip(b"\0").decode("utf-8"))
    return out


def read_crfsuite(path: Path) -> CrfWeights:
    """The weights of the CRFsuite model file at ``path``."""
    path = Path(path)
    try:
        data = path.read_bytes()
        # the header's feature count is left at 0 by CRFsuite; the feature chunk carries the count
        magic, _size, kind, _version, _n, n_labels, n_attrs, off_feat, off_labels, off_attrs, _lr, _ar = (
            _HEADER.unpack_from(data, 0)
        )
        if magic != b"lCRF" or kind != b"FOMC":
            raise ResourceError(str(path), "not a first-order CRFsuite model")
        chunk, _csize, n_feat = _CHUNK.unpack_from(data, off_feat)
        if chunk != b"FEAT":
            raise ResourceError(str(path), "CRFsuite model: feature table damaged")
        feats = np.frombuffer(data, dtype=_FEATURE, count=n_feat, offset=off_feat + _CHUNK.size)
        labels = _cqdb_strings(data, off_labels, path)
        attrs = _cqdb_strings(data, off_attrs, path)
    except (OSError, struct.error, ValueError, UnicodeDecodeError) as exc:
        raise ResourceError(str(path), f"cannot read CRF model: {exc}") from exc
    if len(labels) != n_labels or len(attrs) != n_attrs:
        raise ResourceError(str(path), "CRFsuite model: string tables do not match the header")
    state_f = feats[feats["type"] == _STATE]
    trans_f = feats[feats["type"] == _TRANSITION]
    used = np.unique(state_f["src"])
    row_of = np.full(n_attrs, -1, dtype=np.int64)
    row_of[used] = np.arange(len(used))
    state = np.zeros((len(used) + 1, n_labels))
    np.add.at(state, (row_of[state_f["src"]], state_f["dst"].astype(np.int64)), state_f["weight"])
    transition = np.zeros((n_labels, n_labels))
    np.add.at(transition, (trans_f["src"].astype(np.int64), trans_f["dst"].astype(np.int64)), trans_f["weight"])
    attributes = {attrs[a]: int(r) for a, r in zip(used.tolist(), range(len(used)))}
    return CrfWeights(tuple(labels), attributes, state, transition)


def viterbi(emissions: list[np.ndarray], transition: np.ndarray) -> list[list[int]]:
    """Best label-id path of each sentence (``emissions[k]``: tokens x labels state scores).

    The sentences are decoded together, longest first, so that at each step the ones still running
    are a prefix of the batch."""
    if not emissions:
        return []
    order = sorted(range(len(emissions)), key=lambda k: -len(emissions[k]))
    lengths = [len(emissions[k]) for k in order]
    longest = lengths[0]
    n_labels = transition.shape[0]
    scores = np.zeros((len(order), longest, n_labels))
    for row, k in enumerate(order):
        scores[row, : lengths[row]] = emissions[k]
    delta = scores[:, 0].copy()
    running = len(order)
    back: list[list[list[int]]] = [[]]
    for t in range(1, longest):
        while lengths[running - 1] <= t:
            running -= 1
        step = delta[:running, :, None] + transition  # [sentence, from, to]
        best = step.argmax(axis=1)
        delta[:running] = step.max(axis=1) + scores[:running, t]
        back.append(best.tolist())
    last = delta.argmax(axis=1).tolist()
    paths: list[list[int]] = [[]] * len(order)
    for row, k in enumerate(order):
        n = lengths[row]
        path = [0] * n
        label = last[row]
        path[n - 1] = label
        for t in range(n - 1, 0, -1):
            label = back[t][row][label]
            path[t - 1] = label
        paths[k] = path
    return paths
