"""NER evaluation: conlleval-style exact-match P/R/F1 over BIO tag sequences, and span F1 on gold text.

``score_sequences`` compares predicted and gold BIO sequences the way conlleval does: an entity is a
maximal B-X I-X ... run (an I-X that does not continue an X run starts a new entity), and a predicted
entity counts as correct only when type, start and end all match. ``PERS`` is read as ``PER``.

``main`` tags a CoNLL file (``token<TAB>tag`` or ``token tag``, blank line between sentences) with the
shipped model and prints the table; ``--spans FILE.jsonl`` instead runs the pipeline's entity stage on
each gold text of a statements/entities gold file and scores exact character spans.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

TYPES = ("PER", "LOC", "ORG", "MISC")
_ALIASES = {"PERS": "PER"}


def _split_tag(tag: str) -> tuple[str, str]:
    if tag == "O" or len(tag) < 3 or tag[1] != "-":
        return "O", ""
    typ = tag[2:]
    return tag[0], _ALIASES.get(typ, typ)


def entities_of(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """Entities ``(type, start, end)`` (token indices, end exclusive) of one BIO sequence."""
    out: list[tuple[str, int, int]] = []
    cur_type = ""
    cur_start = -1
    for i, tag in enumerate(tags):
        prefix, typ = _split_tag(tag)
        if prefix == "I" and typ == cur_type:
            continue
        if cur_type:
            out.append((cur_type, cur_start, i))
        if prefix in ("B", "I"):
            cur_type, cur_start = typ, i
        else:
            cur_type, cur_start = "", -1
    if cur_type:
        out.append((cur_type, cur_start, len(tags)))
    return out


@dataclass
class Scores:
    """Counts per type; ``table()`` renders them like conlleval."""

    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    tokens: int = 0
    token_correct: int = 0

    def add(self, gold: set, pred: set) -> None:
        for item in pred & gold:
            self.tp[item[0]] += 1
        for item in pred - gold:
            self.fp[item[0]] += 1
        for item in gold - pred:
            self.fn[item[0]] += 1

    def prf(self, typ: str | None = None) -> tuple[float, float, float]:
        if typ is None:
            tp, fp, fn = sum(self.tp.values()), sum(self.fp.values()), sum(self.fn.values())
        else:
            tp, fp, fn = self.tp[typ], self.fp[typ], self.fn[typ]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    @property
    def micro_f1(self) -> float:
        return self.prf()[2]

    def types(self) -> list[str]:
        seen = set(self.tp) | set(self.fp) | set(self.fn)
        return [t for t in TYPES if t in seen] + sorted(seen - set(TYPES))

    def table(self) -> str:
        lines = []
        if self.tokens:
            lines.append(
                f"tokens: {self.tokens}; token accuracy: {100 * self.token_correct / self.tokens:.2f}%"
            )
        lines.append(f"{'type':<6} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6} {'pred':>6}")
        for typ in self.types():
            p, r, f = self.prf(typ)
            gold = self.tp[typ] + self.fn[typ]
            pred = self.tp[typ] + self.fp[typ]
            lines.append(f"{typ:<6} {100 * p:7.2f} {100 * r:7.2f} {100 * f:7.2f} {gold:6d} {pred:6d}")
        p, r, f = self.prf()
        gold = sum(self.tp.values()) + sum(self.fn.values())
        pred = sum(self.tp.values()) + sum(self.fp.values())
        lines.append(f"{'micro':<6} {100 * p:7.2f} {100 * r:7.2f} {100 * f:7.2f} {gold:6d} {pred:6d}")
        return "\n".join(lines)


def score_sequences(gold: Iterable[Sequence[str]], pred: Iterable[Sequence[str]]) -> Scores:
    """Exact-match entity scores of predicted vs gold BIO sequences (one pair per sentence)."""
    scores = Scores()
    for g, p in zip(gold, pred, strict=True):
        if len(g) != len(p):
            raise ValueError(f"sequence lengths differ: gold {len(g)}, predicted {len(p)}")
        scores.tokens += len(g)
        scores.token_correct += sum(1 for a, b in zip(g, p) if _split_tag(a) == _split_tag(b))
        scores.add(set(entities_of(g)), set(entities_of(p)))
    return scores


def score_spans(gold: Iterable[Iterable[tuple]], pred: Iterable[Iterable[tuple]]) -> Scores:
    """Exact-match scores of ``(type, start, end)`` spans, one collection per document."""
    scores = Scores()
    for g, p in zip(gold, pred, strict=True):
        scores.add(
            {(_ALIASES.get(t, t), s, e) for t, s, e in g}, {(_ALIASES.get(t, t), s, e) for t, s, e in p}
        )
    return scores


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of a CoNLL file as (words, tags); the first tag of a line is used, ``$#$`` dropped."""
    sentences: list[tuple[list[str], list[str]]] = []
    words: list[str] = []
    tags: list[str] = []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if words:
                    sentences.append((words, tags))
                    words, tags = [], []
                continue
            parts = line.split("\t") if "\t" in line else line.split(" ")
            if len(parts) < 2 or parts[0] == "$#$":
                continue
            words.append(parts[0])
            tags.append(parts[1])
    if words:
        sentences.append((words, tags))
    return sentences


def evaluate_conll(path: Path, tagger) -> Scores:
    """Tag every sentence of a CoNLL file with ``tagger`` and score it against the file's tags."""
    sentences = read_conll(path)
    preds = [tagger.tag(words) for words, _ in sentences]
    return score_sequences([tags for _, tags in sentences], preds)


def evaluate_spans(path: Path, resources=None) -> Scores:
    """Run text + entity stages on each gold text of a JSONL gold file; exact character-span scores."""
    from rasd.document import Document
    from rasd.entities.stage import EntityStage
    from rasd.resourceset import default_resources
    from rasd.text.stage import TextStage

    res = resources or default_resources()
    text_stage = TextStage(res.segmenter)
    entity_stage = EntityStage(res)
    golds, preds = [], []
    with Path(path).open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            item = json.loads(line)
            doc = entity_stage(text_stage(Document(str(item["id"]), item["text"])))
            golds.append([(e["type"], e["start"], e["end"]) for e in item.get("entities", ())])
            preds.append([(e.type, e.start, e.end) for e in doc.entities])
    return score_spans(golds, preds)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="rasd eval ner", description=__doc__.split("\n\n")[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--gold", type=Path, help="CoNLL file with gold BIO tags (token<TAB>tag)")
    group.add_argument("--spans", type=Path, help="JSONL gold file with texts and entity spans")
    ap.add_argument("--model", type=Path, default=None, help="model file (default: the shipped model)")
    args = ap.parse_args(argv)
    from rasd.resourceset import default_resources

    res = default_resources()
    if args.gold is not None:
        if args.model is not None:
            from rasd.entities.tagger import load_tagger

            tagger = load_tagger(args.model, res)
        else:
            tagger = res.ner_tagger
        if tagger is None:
            print("no NER model found", file=sys.stderr)
            return 2
        scores = evaluate_conll(args.gold, tagger)
    else:
        scores = evaluate_spans(args.spans, res)
    print(scores.table())
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
