"""Metadata normalisation: dates in the spellings formats use, ids, sources, option defaults."""

import time
from datetime import date, datetime
from pathlib import PurePath

import pytest

from rasd.ingest.meta import clean, host_of, id_base, normalise_date

from .conftest import AR_1, AR_2, articles, ingest, write


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2020-07-24", "2020-07-24"),
        (" 2020-07-24 ", "2020-07-24"),
        ("2020-7-4", "2020-07-04"),
        ("2020/07/24", "2020-07-24"),
        ("2020-07-24T23:30:00-05:00", "2020-07-24"),
        ("2020-07-24 10:00", "2020-07-24"),
        ("20200724120000", "2020-07-24"),
        ("Fri, 24 Jul 2020 23:59:00 +0300", "2020-07-24"),
        ("24 Jul 2020 10:00:00 GMT", "2020-07-24"),
        (datetime(2021, 1, 2, 3, 4), "2021-01-02"),
        (date(2021, 1, 2), "2021-01-02"),
        (time.strptime("2019-12-31", "%Y-%m-%d"), "2019-12-31"),
        ("2020-02-30", None),
        ("24/07/2020", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        (20200724, None),
    ],
)
def test_normalise_date(value, expected):
    assert normalise_date(value) == expected


def test_id_base():
    root = PurePath("/data/corpus")
    assert id_base(PurePath("/data/corpus/2021/a b.jsonl.gz"), root) == "2021__a_b"
    assert id_base(PurePath("/data/corpus/x.warc.gz"), root) == "x"
    assert id_base(PurePath("/elsewhere/story.txt"), root) == "story"
    assert id_base(PurePath("/data/corpus/.txt"), None) == "txt"
    assert id_base(PurePath("/data/corpus/ـ/"), PurePath("/data/corpus/ـ")) == "doc"


def test_clean_and_host():
    assert clean("  بيان \n وزارة  الخارجية ") == "بيان وزارة الخارجية"
    assert clean("   ") is None and clean(None) is None
    assert host_of("https://www.aljazeera.net/news/1") == "aljazeera.net"
    assert host_of("not a url") is None and host_of(None) is None


def test_default_date_and_source_fill_gaps_only(tmp_path):
    path = write(
        tmp_path / "x.jsonl",
        f'{{"text": "{AR_1}", "date": "2022-02-02", "source": "سانا"}}\n{{"text": "{AR_2}", "date": "soon"}}\n',
    )
    a, b = articles(ingest(path, default_date="2022-01-01", source="أرشيف"))
    assert (a.doc.meta.date, a.doc.meta.source) == ("2022-02-02", "سانا")
    assert (b.doc.meta.date, b.doc.meta.source) == ("2022-01-01", "أرشيف")


def test_ids_are_stable_across_working_directories(tmp_path, monkeypatch):
    write(tmp_path / "c" / "sub" / "n.txt", AR_1)
    monkeypatch.chdir(tmp_path)
    [rel] = articles(ingest("c"))
    [absolute] = articles(ingest(tmp_path / "c"))
    assert rel.doc.id == absolute.doc.id == "sub__n"
    assert rel.origin == "c/sub/n.txt"
