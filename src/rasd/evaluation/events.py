"""``rasd eval events``: event detection on the arabic_event_gsr development half (sentence level,
PROTEST and ASSAULT), source/target overlap on its span records, and event P/R and argument accuracy
on a document-level gold file of articles written for rasd.

GSR detection: a sentence is positive for a type when rasd codes at least one event of that type that
the text asserts as having happened (``event_info.factual``: not negated, future, hypothetical,
generic or only alleged) and that is neither a historical mention (a date long before publication),
nor a claim of responsibility, nor an event only referred to as the object of another (condemned,
denied). Events reported inside a statement count: wire copy reports most attacks through police or
officials (``قالت الشرطة إن ...``). Labels ``yes`` are positive, ``easy no`` and ``difficult no``
negative, ``ambiguous`` is left out and reported apart.

Argument overlap: for each span record, the gold source (target) is the set of whitespace tokens that
a majority of its annotators marked; a predicted role overlaps when its phrase shares a token with it.
The figure is the share of gold roles (non-empty) that the predicted event of the type overlaps.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rasd.document import Document, Meta

HISTORY_DAYS = 60
LABELS = {"yes": True, "easy no": False, "difficult no": False}
_AAW_DATE = re.compile(r"_(\d{4})(\d{2})(\d{2})\.")
_STRIP = "«»\"“”'(),.،؛:؟?!-"


def repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


def default_gsr() -> Path:
    data = Path(os.environ.get("RASD_DATA", repo_root().parent / "shared" / "data"))
    return data / "events" / "arabic_event_gsr"


def default_gold() -> Path:
    return repo_root() / "tests" / "data" / "events_gold.jsonl"


def pipeline():
    """The default pipeline; while NER has no ``make_stage`` the stages are composed here."""
    from rasd.pipeline import Pipeline, build_pipeline
    from rasd.resourceset import default_resources

    pipe = build_pipeline()
    if any(s.name == "events" for s in pipe.stages):
        return pipe
    res = default_resources()
    stages = []
    import importlib

    for name, module in (("text", "rasd.text.stage"), ("entities", "rasd.entities.stage"),
                         ("actors", "rasd.actors.stage"), ("places", "rasd.geo.stage"),
                         ("dates", "rasd.dates.stage"), ("statements", "rasd.statements.stage"),
                         ("events", "rasd.events.stage")):
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError:
            continue
        factory = getattr(mod, "make_stage", None)
        if factory is None and name == "entities":
            stages.append(mod.EntityStage(res))
        elif factory is not None:
            stages.append(factory(res))
    print(f"note: composing stages {', '.join(s.name for s in stages)}", file=sys.stderr)
    return Pipeline(stages, res)


def _pub_date(sid: str) -> str | None:
    m = _AAW_DATE.search(sid)
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


def counts_as_fact(info, event, pub: str | None) -> bool:
    """The rules' own reading of an event: asserted as happened, specific and recent."""
    if not info.factual or event.negated:
        return False
    if {"historical", "claimed", "referenced"} & set(info.flags):
        return False
    if pub and event.date and len(event.date) >= 10 and len(pub) >= 10:
        try:
            return (date.fromisoformat(pub) - date.fromisoformat(event.date[:10])).days <= HISTORY_DAYS
        except ValueError:
            return True
    return True


def sentence_positive(doc: Document, etype: str, model=None) -> bool:
    """Whether the sentence reports an event of ``etype``: an event whose report-model score reaches
    the type's threshold (rasd.events.report), or, without a model, one the rules count as fact. Acts
    of protesters (flag ``crowd``: رفع المتظاهرون لافتات) are PROTEST events but presuppose the protest
    rather than report it, which is what a GSR sentence is asked."""
    infos = doc.layer("event_info", ())
    if model is not None:
        return any(e.type == etype and not e.negated and "crowd" not in i.flags and e.score >= model.threshold(etype)
                   for e, i in zip(doc.events, infos))
    return any(e.type == etype and counts_as_fact(i, e, doc.meta.date) for e, i in zip(doc.events, infos))


@dataclass
class Detection:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    ambiguous_pos: int = 0
    ambiguous: int = 0
    errors: list[tuple[str, str, str]] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def detect(pipe, path: Path, etype: str, model=None) -> Detection:
    out = Detection()
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            label = row["label"].strip()
            doc = pipe(Document(row["id"], row["text"], Meta(date=_pub_date(row["id"]))))
            pred = sentence_positive(doc, etype, model)
            if label not in LABELS:
                out.ambiguous += 1
                out.ambiguous_pos += pred
                continue
            gold = LABELS[label]
            if pred and gold:
                out.tp += 1
            elif pred:
                out.fp += 1
                out.errors.append(("FP", label, row["text"]))
            elif gold:
                out.fn += 1
                out.errors.append(("FN", label, row["text"]))
            else:
                out.tn += 1
    return out


def _tokens(s: str) -> set[str]:
    from rasd.text.normalize import normalize

    out = set()
    for t in s.split():
        t = normalize(t.strip(_STRIP))
        if len(t) > 1 and t not in ("في", "من", "علي", "الي", "عن"):
            out.add(t)
    return out


def _majority(spans: list[dict], key: str) -> set[str]:
    votes: Counter[str] = Counter()
    n = 0
    for s in spans:
        if not isinstance(s, dict):
            continue
        n += 1
        votes.update(_tokens(" ".join(s.get(key) or [])))
    need = max(1, (n + 1) // 2)
    return {t for t, c in votes.items() if c >= need}


def overlap(pipe, path: Path) -> tuple[int, int]:
    """(overlapping roles, gold roles) over the span records of one file."""
    hits = total = 0
    for rec in json.loads(path.read_text(encoding="utf-8")):
        doc = pipe(Document("span", rec["text"], Meta(date=_pub_date(rec.get("source", "")))))
        etype = rec.get("event_type", "")
        verb = _majority(rec["spans"], "verb")
        cands = [(e, i) for e, i in zip(doc.events, doc.layer("event_info", ())) if e.type == etype]
        chosen = None
        for _e, i in cands:
            if _tokens(" ".join(doc.text[a:b] for a, b in i.triggers)) & verb:
                chosen = i
                break
        if chosen is None and cands:
            chosen = cands[0][1]
        for key, attr in (("source_actor", "source_spans"), ("target_actor", "target_spans")):
            gold = _majority(rec["spans"], key)
            if not gold:
                continue
            total += 1
            if chosen is not None:
                pred = _tokens(" ".join(doc.text[a:b] for a, b in getattr(chosen, attr)))
                hits += bool(pred & gold)
    return hits, total


@dataclass
class DocScores:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    args_right: int = 0
    args_total: int = 0
    negated_right: int = 0
    statement_right: int = 0
    per_type: Counter = field(default_factory=Counter)
    misses: list[str] = field(default_factory=list)

    def prf(self) -> tuple[float, float, float]:
        p = self.matched / self.pred if self.pred else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _names(doc: Document, ids: tuple[str, ...], spans) -> set[str]:
    from rasd.text.normalize import normalize

    out = set()
    by_id = {a.id: a for a in doc.actors}
    for i in ids:
        a = by_id.get(i)
        if a is not None:
            out.add(normalize(a.name))
            out.update(normalize(doc.text[m.start : m.end]) for m in a.mentions)
    out.update(normalize(doc.text[s:e]) for s, e in spans)
    return {n for n in out if n}


def _arg_ok(gold: list[str], pred: set[str]) -> bool:
    from rasd.text.normalize import normalize

    if not gold:
        return not pred
    want = [normalize(g) for g in gold]
    return any(w in p or p in w for w in want for p in pred if len(p) > 1)


def _overlaps(spans, a: int, b: int) -> bool:
    return any(s < b and a < e for s, e in spans)


def score_gold(pipe, path: Path) -> DocScores:
    sc = DocScores()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        art = json.loads(line)
        doc = pipe(Document(art["id"], art["text"], Meta(date=art.get("date"))))
        preds = list(zip(doc.events, doc.layer("event_info", ())))
        sc.pred += len(preds)
        used: set[int] = set()
        for g in art["events"]:
            sc.gold += 1
            spans = [(t["start"], t["end"]) for t in g["triggers"]]
            hit = None
            for n, (e, info) in enumerate(preds):
                if n not in used and e.type == g["type"] and any(_overlaps(spans, s, t) for s, t in info.triggers):
                    hit = n
                    break
            if hit is None:
                sc.misses.append(f"{art['id']}: {g['type']} {g['triggers'][0]['text']}")
                continue
            used.add(hit)
            sc.matched += 1
            sc.per_type[g["type"]] += 1
            e, info = preds[hit]
            for role, ids, sp in (("source", e.source, info.source_spans), ("target", e.target, info.target_spans)):
                sc.args_total += 1
                sc.args_right += _arg_ok(g.get(role, []), _names(doc, ids, sp))
            sc.negated_right += e.negated == bool(g.get("negated"))
            sc.statement_right += (e.statement is not None) == bool(g.get("statement"))
        for n, (e, _) in enumerate(preds):
            if n not in used:
                sc.misses.append(f"{art['id']}: extra {e.type} {doc.text[e.trigger.start:e.trigger.end]}")
    return sc


def report(det: dict[str, Detection], over: tuple[int, int] | None, gold: DocScores | None) -> str:
    lines = []
    for etype, d in det.items():
        p, r, f = d.prf()
        lines.append(f"GSR {etype:8s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (tp {d.tp} fp {d.fp} fn {d.fn} tn {d.tn}; "
                     f"ambiguous {d.ambiguous}, {d.ambiguous_pos} predicted positive)")
    if over is not None:
        hits, total = over
        lines.append(f"GSR source/target token overlap {hits / total if total else 0.0:.3f}  ({hits}/{total} gold roles)")
    if gold is not None:
        p, r, f = gold.prf()
        lines.append(f"document gold: events gold {gold.gold}, predicted {gold.pred}, matched {gold.matched}")
        lines.append(f"document gold event P {p:.3f}  R {r:.3f}  F1 {f:.3f}  (type + trigger)")
        m = gold.matched or 1
        lines.append(f"argument accuracy {gold.args_right / (gold.args_total or 1):.3f}  (source and target, matched events)")
        lines.append(f"negation accuracy {gold.negated_right / m:.3f}  statement-link accuracy {gold.statement_right / m:.3f}")
        lines.append("types matched: " + ", ".join(f"{k} {v}" for k, v in sorted(gold.per_type.items())))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="rasd eval events", description=__doc__.split("\n\n")[0])
    ap.add_argument("--gsr", type=Path, default=None, help="arabic_event_gsr folder (default ../shared/data/events/arabic_event_gsr)")
    ap.add_argument("--gold", type=Path, default=None, help="document-level gold JSONL (default tests/data/events_gold.jsonl)")
    ap.add_argument("--no-gsr", action="store_true", help="score the document gold only")
    ap.add_argument("--rules", action="store_true", help="GSR detection by the rules alone (no report model)")
    ap.add_argument("--cv", action="store_true",
                    help="also cross-validate the report model on the GSR folder (retrained per fold: the honest figure on the development half)")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N detection errors per type")
    args = ap.parse_args(argv)
    pipe = pipeline()
    det: dict[str, Detection] = {}
    over = None
    gsr = args.gsr or default_gsr()
    if not args.no_gsr:
        if not gsr.is_dir():
            print(f"rasd eval events: no GSR folder at {gsr}", file=sys.stderr)
            return 2
        model = None if args.rules else report_model(pipe)
        for etype, name in (("ASSAULT", "assault"), ("PROTEST", "protest")):
            det[etype] = detect(pipe, gsr / f"{name}_gsr.csv", etype, model)
        h1, t1 = overlap(pipe, gsr / "assault_spans.json")
        h2, t2 = overlap(pipe, gsr / "protest_spans.json")
        over = (h1 + h2, t1 + t2)
    gold_path = args.gold or default_gold()
    gold = score_gold(pipe, gold_path) if gold_path.exists() else None
    print(report(det, over, gold))
    if det and not args.rules:
        print("note: GSR lines use the shipped report model, which was trained on the development half: on it they are "
              "optimistic; --cv prints the cross-validated figures")
    if args.cv and not args.no_gsr:
        from rasd.train.events import collect, cross_validate

        print(cross_validate(collect(pipe, gsr)).summary())
    for etype, d in det.items():
        for kind, label, text in d.errors[: args.errors]:
            print(f"{etype} {kind} [{label}] {text}")
    if gold is not None and args.errors:
        print("\n".join(gold.misses[: args.errors]))
    return 0


def report_model(pipe):
    """The report model the pipeline's events stage scores with."""
    from rasd.events.report import compiled

    return compiled(pipe.resources)


if __name__ == "__main__":
    sys.exit(main())
