"""``rasd train events``: fit the event report model (rasd.events.report) on the arabic_event_gsr
development half, estimate it by cross-validation, and write resources/models/event_report.tsv.

Every labelled sentence is run through the pipeline with a scorer that records the features of each
coded event of the sentence's type. Each such event is one training example carrying the sentence's
label; a sentence is predicted positive when its best event reaches the threshold. Sentences where
the rules code no event of the type stay negative, so the model can only add precision, never invent
events. ``ambiguous`` rows are left out. Folds are fixed by a hash of the sentence id, training is
deterministic (seeded order), so the file is reproducible byte for byte.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import math
import random
import sys
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from rasd.document import Document, Meta
from rasd.events.report import ReportModel, features, logistic
from rasd.resources_io import resource_path

TYPES = {"ASSAULT": "assault_gsr.csv", "PROTEST": "protest_gsr.csv"}
LABELS = {"yes": 1, "easy no": 0, "difficult no": 0}
FOLDS = 5


@dataclass(frozen=True)
class Sentence:
    id: str
    type: str
    label: int
    events: tuple[tuple[str, ...], ...]  # feature names of each coded event of the type
    agreement: float = 0.0  # share of annotators who accepted it as an event


class _Recorder:
    """A scorer that keeps the features of every event it is asked about."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, tuple[str, ...]]] = []

    def __call__(self, v, d) -> float:
        if not d.modality.crowd:  # acts of protesters are coded, but a GSR sentence asks for the protest itself
            self.seen.append((d.type, tuple(features(v, d))))
        return 0.5


def recording_pipeline(pipe):
    """A copy of ``pipe`` whose events stage records features instead of scoring."""
    from rasd.pipeline import Pipeline

    rec = _Recorder()
    stages = [replace(s, scorer=rec) if s.name == "events" else s for s in pipe.stages]
    return Pipeline(stages, pipe.resources), rec


def collect(pipe, gsr: Path) -> list[Sentence]:
    from rasd.evaluation.events import _pub_date

    rpipe, rec = recording_pipeline(pipe)
    out: list[Sentence] = []
    for etype, name in TYPES.items():
        with (gsr / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                label = LABELS.get(row["label"].strip())
                if label is None:
                    continue
                rec.seen.clear()
                rpipe(Document(row["id"], row["text"], Meta(date=_pub_date(row["id"]))))
                events = tuple(f for t, f in rec.seen if t == etype)
                votes = int(row["accept"] or 0) + int(row["reject"] or 0)
                out.append(Sentence(row["id"], etype, label, events, int(row["accept"] or 0) / votes if votes else 0.0))
    return out


def fold_of(sid: str) -> int:
    return int(hashlib.sha1(sid.encode("utf-8")).hexdigest(), 16) % FOLDS


SEEDS = (13, 14, 15, 16, 17)


def fit(sentences: Iterable[Sentence], epochs: int = 15, l2: float = 1e-2, rate: float = 0.1,
        min_count: int = 2, seeds: tuple[int, ...] = SEEDS, average_from: int = 5) -> dict[str, float]:
    """L2-regularised logistic regression by AdaGrad over event examples. The target is the share of
    annotators who accepted the sentence, not the yes/no label: 'yes' means every annotator accepted,
    so a sentence two of three accepted is evidence too, and the threshold then asks for agreement.
    With some 200 positive sentences one run's weights depend on the order of the examples, so the
    weights are averaged over the later epochs of runs in several fixed orders."""
    examples = [(f, s.agreement) for s in sentences for f in s.events]
    counts: dict[str, int] = {}
    for f, _ in examples:
        for name in set(f):
            counts[name] = counts.get(name, 0) + 1
    keep = {k for k, c in counts.items() if c >= min_count}
    data = [(sorted(set(f) & keep), y) for f, y in examples]
    total: dict[str, float] = {}
    snapshots = 0
    for seed in seeds:
        _run(data, epochs, l2, rate, seed, average_from, total)
        snapshots += max(0, epochs - average_from)
    return {k: round(v / snapshots, 4) for k, v in total.items() if abs(v / snapshots) >= 1e-4}


def _run(data, epochs: int, l2: float, rate: float, seed: int, average_from: int, total: dict[str, float]) -> None:
    """One AdaGrad run in the order given by ``seed``; adds its weights after each epoch from
    ``average_from`` on into ``total``."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    order = list(range(len(data)))
    rng = random.Random(seed)
    for epoch in range(epochs):
        rng.shuffle(order)
        for i in order:
            feats, y = data[i]
            grad = logistic(sum(w.get(k, 0.0) for k in feats)) - y
            for k in feats:
                g = grad + l2 * w.get(k, 0.0)
                acc = g2.get(k, 0.0) + g * g
                g2[k] = acc
                w[k] = w.get(k, 0.0) - rate * g / math.sqrt(acc + 1e-8)
        if epoch >= average_from:
            for k, v in w.items():
                total[k] = total.get(k, 0.0) + v


def sentence_probability(weights: dict[str, float], s: Sentence) -> float:
    model = ReportModel(weights)
    return max((model.probability(list(f)) for f in s.events), default=0.0)


def out_of_fold(sentences: list[Sentence], **kw) -> list[float]:
    """Each sentence scored by a model trained without its fold."""
    probs = [0.0] * len(sentences)
    for k in range(FOLDS):
        model = fit([s for s in sentences if fold_of(s.id) != k], **kw)
        for n, s in enumerate(sentences):
            if fold_of(s.id) == k:
                probs[n] = sentence_probability(model, s)
    return probs


def prf(sentences: list[Sentence], probs: list[float], etype: str, threshold: float) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for s, p in zip(sentences, probs):
        if s.type != etype:
            continue
        pred = p >= threshold
        tp += pred and s.label == 1
        fp += pred and s.label == 0
        fn += (not pred) and s.label == 1
    pr = tp / (tp + fp) if tp + fp else 0.0
    rc = tp / (tp + fn) if tp + fn else 0.0
    return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)


def best_thresholds(sentences: list[Sentence], probs: list[float]) -> dict[str, float]:
    """Per type, the threshold with the best F1 over the out-of-fold probabilities."""
    grid = [t / 100 for t in range(10, 91, 2)]
    return {e: max(grid, key=lambda t, e=e: (prf(sentences, probs, e, t)[2], -abs(t - 0.5))) for e in TYPES}


@dataclass(frozen=True)
class CrossValidation:
    thresholds: dict[str, float]
    scores: dict[str, tuple[float, float, float]]

    def summary(self) -> str:
        parts = [f"{e} P {p:.3f} R {r:.3f} F1 {f:.3f} at {self.thresholds[e]}" for e, (p, r, f) in self.scores.items()]
        return f"{FOLDS}-fold cross-validation: " + "; ".join(parts)


def cross_validate(sentences: list[Sentence]) -> CrossValidation:
    probs = out_of_fold(sentences)
    th = best_thresholds(sentences, probs)
    return CrossValidation(th, {e: prf(sentences, probs, e, th[e]) for e in TYPES})


def write_model(path: Path, weights: dict[str, float], thresholds: dict[str, float], summary: str) -> None:
    lines = [
        "# what: weights of the rasd event report model (logistic; rasd.events.report) and its threshold",
        "# version: 1",
        "# provenance: trained by `rasd train events` on the arabic_event_gsr development half "
        "(Open Event Data Alliance, commit d8ff100b; PROTEST and ASSAULT sentence labels)",
        "# licence: Apache-2.0 for the weights; annotations MIT; no text of the corpus is stored here",
        f"# metrics: {summary}",
        "# columns: feature = feature name (rasd.events.report.features), or @threshold:TYPE for the score at "
        "which an event of TYPE counts as reported; weight = logistic weight or threshold",
        "feature\tweight",
    ]
    lines += [f"@threshold:{e}\t{t}" for e, t in sorted(thresholds.items())]
    lines += [f"{k}\t{v}" for k, v in sorted(weights.items(), key=lambda kv: (-abs(kv[1]), kv[0]))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    from rasd.evaluation.events import default_gsr, pipeline

    ap = argparse.ArgumentParser(prog="rasd train events", description=__doc__.split("\n\n")[0])
    ap.add_argument("--gsr", type=Path, default=None, help="arabic_event_gsr folder (default ../shared/data/events/arabic_event_gsr)")
    ap.add_argument("--out", type=Path, default=None, help="model file (default the packaged resources/models/event_report.tsv)")
    args = ap.parse_args(argv)
    gsr = args.gsr or default_gsr()
    if not gsr.is_dir():
        print(f"rasd train events: no GSR folder at {gsr}", file=sys.stderr)
        return 2
    sentences = collect(pipeline(), gsr)
    cv = cross_validate(sentences)
    summary = cv.summary()
    print(summary, file=sys.stderr)
    out = args.out or resource_path("models", "event_report.tsv")
    write_model(out, fit(sentences), cv.thresholds, summary)
    print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
