"""Date resolution floor on tests/data/dates_gold.jsonl (issue: >= 95% exact value)."""

from pathlib import Path

from rasd.evaluation import dates

GOLD = Path(__file__).resolve().parents[1] / "data" / "dates_gold.jsonl"
EXACT_FLOOR = 0.95


def test_gold_file_is_consistent():
    items = dates.read_gold(GOLD)
    assert sum(len(i["dates"]) for i in items) >= 150
    for item in items:
        for d in item["dates"]:
            assert item["text"][d["start"] : d["end"]] == d["text"]


def test_exact_value_floor():
    items = dates.read_gold(GOLD)
    s = dates.score(items, dates.predict(items))
    assert s.accuracy >= EXACT_FLOOR, s.errors


def test_cli_entry_point(capsys):
    assert dates.main(["--gold", str(GOLD)]) == 0
    assert "exact value accuracy" in capsys.readouterr().out
