"""Geocoding quality floors on tests/data/geo_gold.jsonl (issue: >= 92% ids, >= 98% countries)."""

from pathlib import Path

from rasd.evaluation import geo

GOLD = Path(__file__).resolve().parents[1] / "data" / "geo_gold.jsonl"
ID_FLOOR = 0.92
COUNTRY_FLOOR = 0.98
NULL_FLOOR = 0.95


def test_gold_file_is_consistent():
    items = geo.read_gold(GOLD)
    assert sum(len(i["places"]) for i in items) >= 250
    for item in items:
        for p in item["places"]:
            assert item["text"][p["start"] : p["end"]] == p["text"]


def test_geocoding_floors(resources):
    s = geo.score(geo.predict(geo.read_gold(GOLD), resources))
    assert s.id_accuracy >= ID_FLOOR, s.errors
    assert s.country_accuracy >= COUNTRY_FLOOR, s.errors
    assert s.null_precision >= NULL_FLOOR, s.errors


def test_cli_entry_point(capsys):
    assert geo.main(["--gold", str(GOLD)]) == 0
    assert "GeoNames id accuracy" in capsys.readouterr().out
