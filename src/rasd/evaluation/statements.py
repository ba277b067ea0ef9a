"""Statement evaluation against a gold file in the format of ``gold/statements_dev.jsonl``.

Each gold line is run through the full default pipeline as its own document (a line may carry a
publication ``date`` and several sentences). Scoring follows ``gold/README.md``:

* cues match when their spans overlap, one-to-one, largest overlap first (P/R/F1);
* speaker accuracy over matched pairs: a gold span is hit when the predicted speaker mention
  overlaps it; a null gold speaker is hit when the predicted speaker's name (its mention, the
  mention an implicit subject was resolved to, or its actor's name) equals the gold
  ``speaker_name`` after normalisation, or when both are null;
* content: SQuAD-style token F1 after removing punctuation and normalising; the mean over matched
  pairs, and over all gold statements (0 for a missed one);
* ``direct`` accuracy over matched pairs;
* end-to-end F1: a true positive is a matched cue with a correct speaker and content F1 >= 0.5.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from rasd.document import Document, Meta
from rasd.evaluation import read_jsonl as read_gold

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ى": "ي", "ة": "ه"})
_PUNCT = re.compile(r"[^\w\s%]|_")
E2E_CONTENT_F1 = 0.5


def norm_name(s: str | None) -> str | None:
    if s is None:
        return None
    return " ".join(_MARKS.sub("", s).translate(_FOLD).split())


def content_tokens(s: str) -> list[str]:
    return (norm_name(_PUNCT.sub(" ", s)) or "").split()


def token_f1(pred: str, gold: str) -> float:
    p, g = content_tokens(pred), content_tokens(gold)
    common = sum((Counter(p) & Counter(g)).values())
    if not common:
        return 0.0
    prec, rec = common / len(p), common / len(g)
    return 2 * prec * rec / (prec + rec)


@dataclass
class Scores:
    gold: int = 0
    pred: int = 0
    matched: int = 0
    speaker_ok: int = 0
    direct_ok: int = 0
    content_sum: float = 0.0
    e2e_tp: int = 0
    errors: list[str] = field(default_factory=list)

    @staticmethod
    def prf(tp: int, pred: int, gold: int) -> tuple[float, float, float]:
        p = tp / pred if pred else 0.0
        r = tp / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    @property
    def cue(self) -> tuple[float, float, float]:
        return self.prf(self.matched, self.pred, self.gold)

    @property
    def end_to_end(self) -> tuple[float, float, float]:
        return self.prf(self.e2e_tp, self.pred, self.gold)

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.matched if self.matched else 0.0

    @property
    def content_f1(self) -> float:
        return self.content_sum / self.matched if self.matched else 0.0

    @property
    def content_f1_all(self) -> float:
        return self.content_sum / self.gold if self.gold else 0.0

    @property
    def direct_accuracy(self) -> float:
        return self.direct_ok / self.matched if self.matched else 0.0

    def as_dict(self) -> dict[str, float]:
        p, r, f = self.cue
        ep, er, ef = self.end_to_end
        return {
            "gold": self.gold, "pred": self.pred, "matched": self.matched,
            "cue_p": p, "cue_r": r, "cue_f1": f,
            "speaker_accuracy": self.speaker_accuracy,
            "content_f1": self.content_f1, "content_f1_all": self.content_f1_all,
            "direct_accuracy": self.direct_accuracy,
            "e2e_p": ep, "e2e_r": er, "e2e_f1": ef,
        }


def _overlap(a: dict, b: dict) -> int:
    return min(a["end"], b["end"]) - max(a["start"], b["start"])


def _pred_names(doc: Document, k: int, st) -> set[str]:
    names = set()
    text = doc.text
    if st.speaker_mention is not None:
        names.add(text[st.speaker_mention.start : st.speaker_mention.end])
    spans = doc.layer("statement_speakers", ())
    if k < len(spans) and spans[k] is not None:
        names.add(text[spans[k].start : spans[k].end])
    for actor in doc.layer("actors", ()):
        if actor.id == st.speaker:
            names.add(actor.name)
    return {n for n in (norm_name(x) for x in names) if n}


def speaker_correct(doc: Document, k: int, st, gold: dict) -> bool:
    g = gold.get("speaker")
    if g is not None:
        m = st.speaker_mention
        return m is not None and m.start < g["end"] and g["start"] < m.end
    names = _pred_names(doc, k, st)
    want = norm_name(gold.get("speaker_name"))
    if want is None:
        return not names
    return want in names


def score_document(doc: Document, gold_statements: list[dict], scores: Scores) -> None:
    preds = list(doc.statements)
    scores.gold += len(gold_statements)
    scores.pred += len(preds)
    pairs = []
    for gi, g in enumerate(gold_statements):
        for pi, p in enumerate(preds):
            ov = _overlap({"start": p.cue.start, "end": p.cue.end}, g["cue"])
            if ov > 0:
                pairs.append((ov, gi, pi))
    used_g, used_p = set(), set()
    for _ov, gi, pi in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        _score_pair(doc, pi, preds[pi], gold_statements[gi], scores)
    for gi, g in enumerate(gold_statements):
        if gi not in used_g:
            scores.errors.append(f"{doc.id}\tMISS\t{g['cue']['text']}\t{g['content']['text'][:60]}")
    for pi, p in enumerate(preds):
        if pi not in used_p:
            scores.errors.append(f"{doc.id}\tFALSE\t{doc.text[p.cue.start:p.cue.end]}\t{doc.text[p.content.start:p.content.end][:60]}")


def _score_pair(doc: Document, k: int, st, g: dict, scores: Scores) -> None:
    scores.matched += 1
    ok = speaker_correct(doc, k, st, g)
    f1 = token_f1(doc.text[st.content.start : st.content.end], g["content"]["text"])
    scores.speaker_ok += ok
    scores.content_sum += f1
    scores.direct_ok += st.direct == bool(g["direct"])
    scores.e2e_tp += ok and f1 >= E2E_CONTENT_F1
    if not ok:
        mention = st.speaker_mention
        said = doc.text[mention.start : mention.end] if mention else sorted(_pred_names(doc, k, st))
        want = (g.get("speaker") or {}).get("text") or g.get("speaker_name")
        scores.errors.append(f"{doc.id}\tSPEAKER\t{g['cue']['text']}\tpred={said}\tgold={want}")
    if f1 < 0.9:
        scores.errors.append(
            f"{doc.id}\tCONTENT {f1:.2f}\t{g['cue']['text']}\tpred={doc.text[st.content.start:st.content.end]}\tgold={g['content']['text']}"
        )
    if st.direct != bool(g["direct"]):
        scores.errors.append(f"{doc.id}\tDIRECT\t{g['cue']['text']}\tpred={st.direct}")


def evaluate(path: Path, pipeline=None) -> Scores:
    """Run the default pipeline on every gold text and score the statements."""
    if pipeline is None:
        pipeline = default_pipeline()
    scores = Scores()
    for item in read_gold(path):
        doc = Document(str(item["id"]), item["text"], Meta(date=item.get("date")))
        score_document(pipeline(doc), list(item.get("statements", ())), scores)
    return scores


def default_pipeline():
    """The full default pipeline; while a stage's inputs are missing (packages land one at a time),
    the stages that can run, with a note on stderr."""
    from rasd.errors import PipelineError
    from rasd.pipeline import Pipeline, available_stages, build_pipeline
    from rasd.resourceset import default_resources

    try:
        return build_pipeline()
    except PipelineError as exc:
        stages, have = [], set()
        for stage in available_stages(default_resources()):
            if all(r in have for r in stage.requires):
                stages.append(stage)
                have.update(stage.produces)
        print(f"note: {exc}; running {', '.join(s.name for s in stages)}", file=sys.stderr)
        return Pipeline(stages)


def default_data() -> Path:
    repo = Path(__file__).resolve().parents[3]
    return Path(os.environ.get("RASD_DATA", repo.parent / "shared" / "data"))


def report(scores: Scores, name: str) -> str:
    p, r, f = scores.cue
    ep, er, ef = scores.end_to_end
    return "\n".join(
        [
            f"gold file: {name}",
            f"statements: gold {scores.gold}, predicted {scores.pred}, matched {scores.matched}",
            f"cue detection      P {p:.3f}  R {r:.3f}  F1 {f:.3f}",
            f"speaker accuracy   {scores.speaker_accuracy:.3f}  (matched pairs)",
            f"content token F1   {scores.content_f1:.3f}  (matched pairs)   {scores.content_f1_all:.3f}  (all gold)",
            f"direct accuracy    {scores.direct_accuracy:.3f}  (matched pairs)",
            f"end-to-end         P {ep:.3f}  R {er:.3f}  F1 {ef:.3f}  "
            f"(TP = matched cue, correct speaker, content F1 >= {E2E_CONTENT_F1})",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="rasd eval statements", description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=None, help="shared data folder (default $RASD_DATA or ../shared/data)")
    ap.add_argument("--gold", type=Path, default=None, help="gold JSONL (default DATA/gold/statements_dev.jsonl)")
    ap.add_argument("--errors", action="store_true", help="list misses, false alarms and wrong fields")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args(argv)
    gold = args.gold or (args.data or default_data()) / "gold" / "statements_dev.jsonl"
    if not gold.exists():
        print(f"gold file not found: {gold}", file=sys.stderr)
        return 2
    scores = evaluate(gold)
    if args.errors:
        print("\n".join(scores.errors))
    print(json.dumps(scores.as_dict(), indent=2) if args.json else report(scores, str(gold)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
