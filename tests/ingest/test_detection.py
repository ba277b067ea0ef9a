"""Format detection: content first (gzip, WARC, feed root, HTML, JSON lines, CSV header), then the extension."""

import json

import pytest

from rasd.ingest.sniff import BINARY, CSV, EMPTY, FEED, HTML, JSON, JSONL, TEXT, WARC, content_suffix, detect

from .conftest import AR_1, AR_2, articles, ingest, write


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("x.warc.gz", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", WARC),
        ("download", b"WARC/1.1\r\nWARC-Type: response\r\n", WARC),
        ("feed.xml", b'<?xml version="1.0"?>\n<!-- saved -->\n<rss version="2.0"><channel>', FEED),
        ("feed", b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">', FEED),
        ("page.xml", b'<?xml version="1.0"?><!DOCTYPE html><html xmlns="http://www.w3.org/1999/xhtml">', HTML),
        ("page", b"<!DOCTYPE html>\n<html lang='ar'><head>", HTML),
        ("page.txt", b"<html><body><p>\xd9\x82\xd8\xa7\xd9\x84</p></body></html>", HTML),
        ("fragment.htm", b"\xd9\x82\xd8\xa7\xd9\x84 <b>x</b>", HTML),
        ("records.txt", b'{"text": "x"}\n{"text": "y"}\n', JSONL),
        ("records", b'{"text": "x"}\n', JSONL),
        ("broken.jsonl", b'{"text": \n', JSONL),
        ("dump.json", b'[\n {"text": "x"}\n]\n', JSON),
        ("pretty.json", b'{\n  "text": "x"\n}\n', JSON),
        ("export", b'[\n  {"text": "x"}\n]', JSON),
        ("note.txt", b"[\xd8\xb9\xd8\xa7\xd8\xac\xd9\x84] \xd9\x82\xd8\xa7\xd9\x84", TEXT),
        ("note", b"[1] \xd9\x82\xd8\xa7\xd9\x84", TEXT),
        ("table.csv", b"\xd9\x82,\xd8\xa7\n", CSV),
        ("export", b"id,title,text,date\n1,a,b,c\n", CSV),
        ("export.dat", b"id\ttext\n1\tb\n", CSV),
        ("story.txt", b"id,text are words in a sentence\n", TEXT),
        ("story.md", b"\xd9\x82\xd8\xa7\xd9\x84 \xd8\xa7\xd9\x84\xd9\x88\xd8\xb2\xd9\x8a\xd8\xb1", TEXT),
        ("empty.txt", b" \n\t\n", EMPTY),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01", BINARY),
        ("noise.txt", bytes(range(1, 32)) * 20, BINARY),
    ],
)
def test_detect(name, head, expected):
    assert detect(name, head, whole=True) == expected


def test_blank_head_of_a_longer_file_is_not_called_empty():
    assert detect("x.txt", b" " * 100, whole=False) == TEXT


def test_content_suffix():
    assert content_suffix("a/b.JSONL.gz") == ".jsonl"
    assert content_suffix("dir.v2/README") == ""
    assert content_suffix("x.warc.gz") == ".warc"


def test_content_wins_over_a_misleading_extension(tmp_path):
    write(tmp_path / "a.txt", json.dumps({"id": "j", "text": AR_1}, ensure_ascii=False) + "\n")
    write(tmp_path / "b.dat", f"<html><body><article><p>{AR_1}</p><p>{AR_2}</p></article></body></html>")
    write(tmp_path / "c.jsonl.gz", json.dumps({"id": "z", "text": AR_2}, ensure_ascii=False) + "\n")
    ids = [a.doc.id for a in articles(ingest(tmp_path))]
    assert ids == ["j", "b", "z"]
