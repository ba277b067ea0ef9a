"""How likely a coded event is a report of one specific event that happened: a logistic model over
what the rules already know (modality flags, trigger form, arguments, time, statement) and the words
of its sentence, trained on the arabic_event_gsr development half (``rasd train events``).

The rules find candidate events and mark negation, futurity and condition reliably; what they cannot
weigh is the rest of what separates a news report from a mention: a generic or historical sentence,
an attack referred to by a reaction to it, a commentary that borrows the vocabulary (``شن هجوما على
الحكومة``). The model turns that evidence into the event's ``score``. Its weights are a versioned TSV
(resources/models/event_report.tsv) with the threshold the evaluation uses."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rasd.events.draft import Draft
from rasd.events.lexicon import IMPERFECT, NOUN, PARTICIPLE, PERFECT
from rasd.events.view import View
from rasd.resources_io import read_table, resource_path

FLAG_NAMES = ("negated", "future", "hypothetical", "generic", "historical", "claimed", "referenced", "alleged", "habitual")
KIND_NAMES = {PERFECT: "perfect", IMPERFECT: "imperfect", NOUN: "noun", PARTICIPLE: "participle"}
WINDOW = 3  # words either side of the trigger that count as its immediate context
# Words too common to tell anything; the article is already stripped from stems.
STOP = frozenset({"في", "من", "علي", "الي", "عن", "ان", "الذي", "التي", "و", "هذا", "هذه", "ما", "مع", "او", "كما", "قد"})


def _flags(d: Draft) -> list[str]:
    m = d.modality
    on = [n for n in FLAG_NAMES if getattr(m, n)]
    return [f"flag={n}" for n in on] or ["flag=none"]


def _structure(v: View, d: Draft) -> list[str]:
    m = d.match
    kind = KIND_NAMES.get(m.form.kind, m.form.kind)
    feats = [f"kind={kind}", f"lemma={m.form.trigger.key}", f"mode={d.mode or '-'}"]
    feats.append("phrase" if m.form.tail else "word")
    definite = "ال" in v.procl[m.first] or v.words[m.first].startswith("ال")
    if m.form.kind == NOUN:
        feats.append("noun_definite" if definite else "noun_indefinite")
    feats.append("source=actor" if d.sources else ("source=span" if d.source is not None else "source=none"))
    feats.append("target=actor" if d.targets else ("target=span" if d.target is not None else "target=none"))
    feats.append("statement" if d.statement else "narrated")
    feats.append("date=explicit" if d.date_explicit else ("date=doc" if d.date else "date=none"))
    feats.append("place" if d.place else "noplace")
    feats.append("anchored" if d.anchored else "unanchored")
    feats.append(f"mentions={min(len(d.triggers), 3)}")
    return feats


def _sentence(v: View, d: Draft) -> list[str]:
    lo, hi = v.sentence_range(d.match.first)
    feats = []
    first = next((k for k in range(lo, hi) if v.kinds[k] != "PUNCT" or v.punct(k) not in "«\"("), lo)
    if first < hi and v.kinds[first] in ("PUNCT", "SYM", "NUM"):
        feats.append("starts_with_mark")  # timeline entries: * 5 فبراير 2004: ...
    if any(v.kinds[k] == "NUM" for k in range(lo, hi)):
        feats.append("has_number")
    if hi - lo > 45:
        feats.append("long_sentence")
    a, b = d.match.first, d.match.last
    for k in range(lo, hi):
        s = v.stems[k]
        if not s or s in STOP or len(s) < 2:
            continue
        feats.append(f"w={s}")
        if a - WINDOW <= k < a:
            feats.append(f"before={s}")
        elif b < k <= b + WINDOW:
            feats.append(f"after={s}")
    return feats


def features(v: View, d: Draft) -> list[str]:
    """Feature names of one merged event; each is also conjoined with the event type, so the shared
    part generalises across types and the conjoined part learns what is particular to one."""
    base = ["bias", *_flags(d), *_structure(v, d), *d.context, *_sentence(v, d)]
    return base + [f"{d.type}|{f}" for f in base]


def logistic(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


@dataclass(frozen=True)
class ReportModel:
    weights: dict[str, float] = field(default_factory=dict)
    thresholds: dict[str, float] = field(default_factory=dict)
    version: str = "0"

    def threshold(self, etype: str) -> float:
        """The score from which an event of ``etype`` counts as a report (0.5 for untrained types)."""
        return self.thresholds.get(etype, 0.5)

    def probability(self, feats: list[str]) -> float:
        w = self.weights
        return logistic(sum(w.get(f, 0.0) for f in set(feats)))

    def __call__(self, v: View, d: Draft) -> float:
        return round(self.probability(features(v, d)), 3)


Scorer = Callable[[View, Draft], float]


def load(path: Path | None = None) -> ReportModel:
    path = path or resource_path("models", "event_report.tsv")
    table = read_table(path)
    weights: dict[str, float] = {}
    thresholds: dict[str, float] = {}
    for row in table.rows:
        name = row["feature"]
        if name.startswith("@threshold:"):
            thresholds[name.split(":", 1)[1]] = float(row["weight"])
        else:
            weights[name] = float(row["weight"])
    return ReportModel(weights, thresholds, table.version)


def _load_for(resources) -> ReportModel:
    root = getattr(resources, "root", None)
    path = root / "models" / "event_report.tsv" if root is not None else None
    return load(path if path is not None and path.exists() else None)


def compiled(resources) -> ReportModel:
    return resources.cached("events.report", _load_for)
