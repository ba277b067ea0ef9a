"""Build the word-form count table used by clitic segmentation from the corpora in ../shared/data.

The table holds full-normalised Arabic word forms and their counts. It is derived from ANERcorp
(research use only), the Wojood sample (MIT) and the development half of the Arabic event GSR (MIT
annotations; newswire text, internal use); only counts of forms are kept, never text.
"""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

from rasd.text.normalize import normalize

_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u064b-\u065f\u0670\u0640]+")

HEADER = """# what: Arabic word-form counts for clitic segmentation (full-normalised forms)
# version: {version}
# provenance: counted by `rasd train lexicon` from ANERcorp train, the Wojood sample train split and the arabic_event_gsr development half (sentence texts); only form counts are kept
# licence: counts derived from research-use corpora (ANERcorp: research use only; Wojood sample: MIT; GSR annotations: MIT); see docs/models.md
# columns: form = full-normalised word form; count = occurrences in the corpora
form\tcount
"""


def _conll_words(path: Path):
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            tok = line.split("\t")[0].split(" ")[0].strip()
            if tok:
                yield tok


def count_forms(data_dir: Path) -> Counter[str]:
    counts: Counter[str] = Counter()

    def add(text: str) -> None:
        for w in _WORD.findall(text):
            counts[normalize(w)] += 1

    for rel in ("ner/anercorp/train.txt", "ner/wojood_sample/train.txt"):
        p = data_dir / rel
        if p.exists():
            for tok in _conll_words(p):
                add(tok)
    for rel in ("events/arabic_event_gsr/assault_gsr.csv", "events/arabic_event_gsr/protest_gsr.csv"):
        p = data_dir / rel
        if p.exists():
            with p.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    add(row.get("text", ""))
    p = data_dir / "gold/statements_dev.jsonl"
    if p.exists():
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                add(json.loads(line)["text"])
    return counts


def write_counts(counts: Counter[str], out: Path, min_count: int = 2, version: str = "1") -> int:
    rows = sorted(((f, c) for f, c in counts.items() if c >= min_count and len(f) > 1), key=lambda x: (-x[1], x[0]))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(HEADER.format(version=version))
        for f, c in rows:
            fh.write(f"{f}\t{c}\n")
    return len(rows)
