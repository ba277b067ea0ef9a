"""The generated corpus: ingesting it gives exactly the accounting its expected.json states."""

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from rasd.ingest import Article, IngestOptions, Skipped, Tally, iter_inputs

from ..conftest import REPO


def _outcomes(root: Path, options: IngestOptions | None = None) -> tuple[Tally, dict[str, str], list]:
    tally, others, items = Tally(), {}, []
    for item in iter_inputs([str(root)], options):
        tally.add(item)
        items.append(item)
        if not isinstance(item, Article):
            kind = "skipped" if isinstance(item, Skipped) else "failed"
            others[Path(item.origin).relative_to(root).as_posix()] = f"{kind}:{item.reason}"
    return tally, others, items


def test_summary_accounts_for_every_input_as_expected(small_corpus):
    expected = json.loads((small_corpus / "expected.json").read_text(encoding="utf-8"))
    tally, others, items = _outcomes(small_corpus / "corpus")
    summary = tally.to_json()
    assert summary == {k: expected[k] for k in ("read", "ok", "skipped", "failed")}
    assert others == expected["items"]
    assert expected["ok"] == 80
    assert expected["options"]["max_doc_bytes"] == IngestOptions().max_doc_bytes
    # the good articles carry their metadata whatever format they came in
    good = [i.doc for i in items if isinstance(i, Article)]
    assert all(d.meta.date and d.meta.title and d.meta.source for d in good)
    assert len({d.id for d in good}) == len(good)


def test_every_damaged_input_is_in_the_generated_corpus(small_corpus):
    expected = json.loads((small_corpus / "expected.json").read_text(encoding="utf-8"))
    assert set(expected["skipped"]) == {"duplicate", "empty file", "no text", "non-arabic", "not html", "too large"}
    assert set(expected["failed"]) == {"binary", "corrupt", "invalid utf-8", "malformed record", "truncated"}
    assert (small_corpus / "corpus" / "big" / "huge.txt").stat().st_size >= 9 * 1024 * 1024


def test_workers_give_the_same_items_in_the_same_order(small_corpus):
    root = small_corpus / "corpus"
    _, _, one = _outcomes(root / "warc")
    _, _, two = _outcomes(root / "warc", IngestOptions(workers=2))
    assert one == two and len(one) > 20


def _generate(out: Path, seed: int) -> dict[str, str]:
    cmd = [sys.executable, str(REPO / "benchmarks" / "make_corpus.py"), "--out", str(out), "--docs", "30", "--seed", str(seed), "--big-mb", "9"]
    subprocess.run(cmd, check=True, capture_output=True)
    return {
        p.relative_to(out).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.rglob("*"))
        if p.is_file()
    }


def test_generator_is_deterministic_for_a_seed(tmp_path):
    a, b, c = _generate(tmp_path / "a", 11), _generate(tmp_path / "b", 11), _generate(tmp_path / "c", 12)
    assert a == b
    assert a != c
