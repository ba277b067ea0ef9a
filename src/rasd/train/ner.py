"""Train the CRF NER model: ``rasd train ner --data ../shared/data/ner --out PATH --seed N``.

Training data: ANERcorp train (PERS->PER, LOC, ORG, MISC). ``--wojood`` adds the Wojood sample (train,
val and test splits, nested layers flattened to the outermost mapped span: PERS->PER, ORG->ORG,
GPE/LOC/FAC->LOC, EVENT/LAW/PRODUCT/LANGUAGE->MISC, everything else (NORP, OCC, DATE, numbers ...) -> O,
because ANERcorp leaves demonyms, titles and dates untagged); it lowered ANERcorp dev F1 slightly, so
the shipped model does not use it. NewsFANE is not used: it is the same ANERcorp text, and its dev
half is the ANERcorp dev text. Model selection uses ANERcorp dev only.

Writes ``PATH`` (CRFsuite model) and beside it ``<stem>.gazetteer.tsv`` (the frozen gazetteer).

Training is deterministic: fixed data order, contiguous jackknife folds and fixed L-BFGS settings
(nothing is random; ``--seed`` is recorded in the gazetteer header for the record).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from rasd.entities.features import Featurizer, Gazetteer, norm_word
from rasd.entities.lexicon import (
    builtin_entries,
    filter_entries,
    geonames_entries,
    resource_entries,
    write_snapshot,
)
from rasd.entities.tagger import load_tagger, sidecar
from rasd.evaluation.ner import read_conll, score_sequences
from rasd.resources_io import RESOURCE_ROOT

WOJOOD_MAP = {
    "PERS": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "EVENT": "MISC",
    "LAW": "MISC",
    "PRODUCT": "MISC",
    "LANGUAGE": "MISC",
}
DEFAULTS = {"c1": 0.05, "c2": 0.02, "max_iterations": 500, "window": 2}


def map_anercorp(tags: list[str]) -> list[str]:
    return [t.replace("PERS", "PER") for t in tags]


def read_wojood(path: Path) -> list[tuple[list[str], list[str]]]:
    """Wojood nested CoNLL -> flat 4-class BIO (outermost mapped span wins, no overlaps)."""
    out = []
    words: list[str] = []
    layers: list[list[str]] = []

    def flush():
        if not words:
            return
        spans = []
        by_type: dict[str, list[str]] = {}
        for i, tags in enumerate(layers):
            for t in tags:
                if len(t) > 2 and t[1] == "-":
                    by_type.setdefault(t[2:], ["O"] * len(words))[i] = t
        for typ, seq in by_type.items():
            mapped = WOJOOD_MAP.get(typ)
            if mapped is None:
                continue
            start = None
            for i, t in enumerate(seq + ["O"]):
                if t.startswith("I-") and start is not None:
                    continue
                if start is not None:
                    spans.append((start, i, mapped))
                    start = None
                if t[:2] in ("B-", "I-"):
                    start = i
        spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
        flat = ["O"] * len(words)
        for s, e, typ in spans:
            if all(flat[k] == "O" for k in range(s, e)):
                flat[s] = "B-" + typ
                for k in range(s + 1, e):
                    flat[k] = "I-" + typ
        out.append((list(words), flat))

    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                flush()
                words, layers = [], []
                continue
            parts = line.split(" ")
            if parts[0] == "$#$":
                continue
            words.append(parts[0])
            layers.append(parts[1:])
    flush()
    return out


def word_counts(sentences) -> dict[str, tuple[int, int]]:
    total: Counter = Counter()
    ent: Counter = Counter()
    for words, tags in sentences:
        for w, t in zip(words, tags):
            n = norm_word(w)
            total[n] += 1
            if t != "O":
                ent[n] += 1
    return {w: (c, ent[w]) for w, c in total.items()}


def base_entries(train_sentences, use_geonames: bool = True) -> list[tuple[str, str]]:
    entries = builtin_entries() + resource_entries(RESOURCE_ROOT)
    if use_geonames:
        entries += geonames_entries()
    return filter_entries(entries, word_counts(train_sentences))


def training_entries(sentences, min_ratio: float = 0.5) -> list[tuple[str, str]]:
    """Entity names seen in annotated sentences, labelled ``TR_<type>``.

    A single-word name is kept only when at least ``min_ratio`` of its occurrences are inside an
    entity, so ordinary words that were once part of a name do not become names.
    """
    counts = word_counts(sentences)
    seen: Counter = Counter()
    for words, tags in sentences:
        for typ, s, e in _spans(tags):
            seen[(" ".join(norm_word(w) for w in words[s:e]), typ)] += 1
    out = []
    for (phrase, typ), _ in sorted(seen.items()):
        if " " not in phrase:
            total, ent = counts.get(phrase, (0, 0))
            if total and ent < min_ratio * total:
                continue
        out.append((phrase, "TR_" + typ))
    return out


def _spans(tags):
    from rasd.evaluation.ner import entities_of

    return entities_of(tags)


def folds(items: list, k: int) -> list[list]:
    """``k`` contiguous folds of ``items`` (deterministic)."""
    n = len(items)
    return [items[i * n // k : (i + 1) * n // k] for i in range(k)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="rasd train ner", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data/ner"))
    ap.add_argument("--out", type=Path, default=RESOURCE_ROOT / "models" / "ner.crfsuite")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--c1", type=float, default=DEFAULTS["c1"])
    ap.add_argument("--c2", type=float, default=DEFAULTS["c2"])
    ap.add_argument("--max-iterations", type=int, default=DEFAULTS["max_iterations"])
    ap.add_argument("--window", type=int, default=DEFAULTS["window"])
    ap.add_argument("--wojood", action="store_true", help="also train on the Wojood sample (4-class mapping)")
    ap.add_argument("--no-geonames", action="store_true", help="leave GeoNames cities out of the gazetteer")
    ap.add_argument(
        "--folds", type=int, default=1, help="jackknife folds for names learned from the annotations (1: off)"
    )
    ap.add_argument("--with-dev", action="store_true", help="also train on ANERcorp dev (final model only)")
    args = ap.parse_args(argv)

    import pycrfsuite

    from rasd.resourceset import default_resources

    t0 = time.time()
    train = [(w, map_anercorp(t)) for w, t in read_conll(args.data / "anercorp" / "train.txt")]
    dev = [(w, map_anercorp(t)) for w, t in read_conll(args.data / "anercorp" / "dev.txt")]
    extra = []
    if args.wojood:
        for split in ("train", "val", "test"):
            p = args.data / "wojood_sample" / f"{split}.txt"
            if p.exists():
                extra += read_wojood(p)
    data = train + extra + (dev if args.with_dev else [])
    print(f"training sentences: {len(data)} (ANERcorp {len(train)}, Wojood {len(extra)})", file=sys.stderr)

    base = base_entries(train, use_geonames=not args.no_geonames)
    gaz = Gazetteer.from_entries(base + (training_entries(data) if args.folds > 1 else []))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    header = {"window": str(args.window), "seed": str(args.seed), "jackknife": str(args.folds)}
    write_snapshot(gaz, sidecar(args.out, "gazetteer"), header)
    clusters: dict[str, str] = {}
    clusters_path = sidecar(args.out, "clusters")
    if clusters_path.exists():
        clusters_path.unlink()

    res = default_resources()
    segment = res.segmenter.segment
    trainer = pycrfsuite.Trainer(verbose=False)
    # Names learned from the annotations are features too; each fold's sentences see only the names
    # of the other folds (jackknife), so the CRF learns how far to trust a name it has not seen tagged.
    parts = folds(data, args.folds) if args.folds > 1 else [data]
    for k, part in enumerate(parts):
        others = [s for j, p in enumerate(parts) if j != k for s in p] if len(parts) > 1 else []
        fold_gaz = (
            Gazetteer.from_entries(base + training_entries(others))
            if others
            else Gazetteer.from_entries(base)
        )
        fz = Featurizer(fold_gaz, segment, clusters, window=args.window)
        for words, tags in part:
            trainer.append(fz.sentence(words), tags)
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.max_iterations,
            "feature.possible_transitions": True,
        }
    )
    print(f"features extracted in {time.time() - t0:.0f}s; training", file=sys.stderr)
    trainer.train(str(args.out))
    print(f"trained in {time.time() - t0:.0f}s -> {args.out}", file=sys.stderr)

    tagger = load_tagger(args.out, res)
    t1 = time.time()
    preds = [tagger.tag(w) for w, _ in dev]
    dt = time.time() - t1
    scores = score_sequences([t for _, t in dev], preds)
    n_words = sum(len(w) for w, _ in dev)
    print(scores.table())
    print(f"dev tagging: {n_words / dt:.0f} words/s (featurizer cache warm from training: no)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
