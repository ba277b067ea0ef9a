"""Date resolution accuracy against a dates gold file (``tests/data/dates_gold.jsonl``).

Each gold line is a short document: ``text``, publication ``date`` (may be null) and ``dates``,
each a temporal expression span with its resolved ``value`` (YYYY-MM-DD, or null when it cannot be
resolved: a malformed date, a relative expression without a publication date). The text and dates
stages run on each line. A gold expression is found when a predicted mention overlaps it; it is
exact when that mention's value equals the gold value (null included). Reported: exact-value
accuracy over all gold expressions (a missed one counts as wrong), recall, exact span matches and
predicted mentions that overlap no gold expression.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from rasd.document import Document, Meta
from rasd.evaluation import read_jsonl as read_gold


@dataclass
class DateScore:
    total: int = 0
    found: int = 0
    exact: int = 0
    exact_span: int = 0
    extra: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.exact / self.total if self.total else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.total if self.total else 0.0


def predict(items: list[dict], resources=None) -> list[Document]:
    from rasd.dates.stage import make_stage as make_dates
    from rasd.resourceset import default_resources
    from rasd.text.stage import make_stage as make_text

    res = resources or default_resources()
    text_stage, dates_stage = make_text(res), make_dates(res)
    return [dates_stage(text_stage(Document(it.get("id", f"d{n}"), it["text"], Meta(date=it.get("date")))))
            for n, it in enumerate(items)]


def score(items: list[dict], docs: list[Document]) -> DateScore:
    s = DateScore()
    for item, doc in zip(items, docs):
        used: set[int] = set()
        for gold in item["dates"]:
            s.total += 1
            hits = [i for i, d in enumerate(doc.dates) if d.start < gold["end"] and gold["start"] < d.end]
            if not hits:
                s.errors.append(f"{item['id']}: missed {gold['text']!r} ({gold['value']})")
                continue
            used.update(hits)
            s.found += 1
            got = doc.dates[hits[0]]
            s.exact_span += (got.start, got.end) == (gold["start"], gold["end"])
            if got.value == gold["value"]:
                s.exact += 1
            else:
                s.errors.append(f"{item['id']}: {gold['text']!r} gold {gold['value']} got {got.value}")
        s.extra += sum(1 for i in range(len(doc.dates)) if i not in used)
    return s


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="rasd eval dates", description=__doc__.split("\n")[0])
    ap.add_argument("--gold", required=True, type=Path, help="dates gold file (JSON lines)")
    ap.add_argument("--errors", action="store_true", help="list every miss and wrong value")
    args = ap.parse_args(argv)
    try:
        items = read_gold(args.gold)
    except (OSError, ValueError) as exc:
        print(f"rasd eval dates: cannot read {args.gold}: {exc}", file=sys.stderr)
        return 2
    s = score(items, predict(items))
    print(f"documents: {len(items)}, gold expressions: {s.total}")
    print(f"exact value accuracy: {s.accuracy:.4f} ({s.exact}/{s.total})")
    print(f"found (overlap):      {s.recall:.4f} ({s.found}/{s.total}); exact spans {s.exact_span}")
    print(f"predicted mentions outside the gold: {s.extra}")
    if args.errors:
        for line in s.errors:
            print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
