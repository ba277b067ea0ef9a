"""Building, caching and loading the gazetteer; the authored addition files."""

import os
import time

import pytest

from rasd.geo.additions import load_additions
from rasd.geo.gazetteer import build_gazetteer, load_gazetteer, version_hash
from rasd.geo.script import is_arabic_spelling, script_label
from rasd.resources_io import read_table, resource_path

ROOT = resource_path("geo")


@pytest.fixture(scope="module")
def built():
    t0 = time.perf_counter()
    gaz = build_gazetteer()
    return gaz, time.perf_counter() - t0


def test_build_within_a_minute_and_covers_the_region(built):
    gaz, seconds = built
    assert seconds < 60
    assert gaz.stats["countries"] > 240 and gaz.stats["cities"] > 20_000
    assert gaz.stats["names_fa_skipped"] > 0  # Persian/Urdu/Kurdish spellings were kept out


def test_cache_round_trip_is_atomic_and_fast(tmp_path, built):
    first = load_gazetteer(directory=tmp_path)
    assert first.path is not None and first.path.exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]
    t0 = time.perf_counter()
    again = load_gazetteer(directory=tmp_path)
    assert time.perf_counter() - t0 < 1.0
    assert again.source == "cache" and len(again.entries) == len(built[0].entries)
    assert again.lookup("بيروت")[0].geonameid == 276781
    assert version_hash(ROOT) in first.path.name


def test_unwritable_cache_falls_back_to_memory(tmp_path):
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x")
    gaz = load_gazetteer(directory=blocked / "sub")
    assert gaz.source == "built" and gaz.path is None


def test_script_separation():
    assert is_arabic_spelling("دير الزور") and is_arabic_spelling("حماة")
    for persian in ("دیرالزور", "کرمانشاه", "گرگان", "پاریس", "هەولێر"):
        assert script_label(persian) == "fa"
    assert script_label("Beirut") == "other"


def test_addition_files_are_well_formed():
    for name in ("countries.tsv", "admin1.tsv", "features.tsv", "names.tsv"):
        table = read_table(ROOT / name)
        for key in ("what", "version", "provenance", "licence", "columns"):
            assert key in table.header, (name, key)
        raw = (ROOT / name).read_text(encoding="utf-8")
        assert "\r" not in raw and not any(line != line.rstrip() for line in raw.split("\n"))
    adds = load_additions(ROOT)
    rows = adds.admin1 + adds.features
    assert len({r.key for r in rows}) == len(rows)
    for r in rows:
        assert all(is_arabic_spelling(n) for n in r.names), r.key
        assert r.country == "" or len(r.country) == 2


def test_every_referenced_package_id_exists(built):
    gaz, _ = built
    adds = load_additions(ROOT)
    for row in adds.names:
        entry = gaz.by_geonameid(row.geonameid)
        assert entry is not None and entry.country == row.country, row
    for row in adds.admin1 + adds.features:
        if row.seat:
            assert gaz.by_geonameid(row.seat) is not None, row.key


def test_cache_dir_respects_environment(monkeypatch, tmp_path):
    from rasd.geo.gazetteer import cache_dir

    monkeypatch.setenv("RASD_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path
    monkeypatch.delenv("RASD_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "rasd"
    assert os.environ.get("RASD_CACHE_DIR") is None
