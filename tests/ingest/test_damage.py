"""Damaged and odd inputs: each becomes items with a reason, after whatever could be read; nothing raises."""

import gzip
import json
import os
import random

import pytest

from rasd.ingest import Failed, Skipped

from .conftest import AR_1, AR_2, AR_3, EN_1, articles, ingest, only, reasons, write


def _jsonl(*texts) -> str:
    return "".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts)


def test_truncated_jsonl_gz_yields_the_lines_before_the_damage(tmp_path):
    lines = _jsonl(*[f"{AR_1} رقم {n}" for n in range(3000)])
    data = gzip.compress(lines.encode(), mtime=0)
    path = write(tmp_path / "part.jsonl.gz", data[: len(data) * 2 // 3])
    items = ingest(path)
    *good, failed = items
    assert isinstance(failed, Failed) and failed.reason == "truncated"
    # The line cut by the damage is part of the failure; every line before it is an article.
    assert 1000 < len(good) < 3000 and all(i.origin == f"{path}:{n}" for n, i in enumerate(good, 1))
    assert len(articles(good)) == len(good)
    assert failed.detail.endswith(f"after {path}:{len(good)}")


def test_gzip_damaged_from_the_start(tmp_path):
    path = write(tmp_path / "bad.jsonl.gz", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + b"\xff" * 40)
    assert reasons(ingest(path)) == ["corrupt"]


def test_gzip_with_garbage_inside(tmp_path):
    data = bytearray(gzip.compress(_jsonl(*[f"{AR_2} {n}" for n in range(2000)]).encode(), mtime=0))
    data[len(data) // 2 : len(data) // 2 + 200] = bytes(200)
    items = ingest(write(tmp_path / "x.jsonl.gz", bytes(data)))
    assert isinstance(items[-1], Failed) and items[-1].reason in ("corrupt", "truncated")
    assert len(articles(items)) > 100


def test_invalid_utf8(tmp_path):
    write(tmp_path / "a.txt", AR_1.encode() + b"\xc3\x28" + AR_2.encode())
    write(tmp_path / "b.jsonl", _jsonl(AR_1).encode() + b'{"text": "\xd9\x82\xff"}\n' + _jsonl(AR_2).encode())
    write(tmp_path / "c.csv", b"id,text\n1," + AR_3.encode() + b"\n2,\xe2\x28\xa1\n3," + AR_2.encode() + b"\n")
    items = ingest(tmp_path)
    assert reasons(items) == ["invalid utf-8", "ok", "invalid utf-8", "ok", "ok", "invalid utf-8", "ok"]
    assert [i.origin.rsplit("/", 1)[1] for i in items if isinstance(i, Failed)] == ["a.txt", "b.jsonl:2", "c.csv:3"]


def test_binary_files(tmp_path):
    rng = random.Random(3)
    write(tmp_path / "image.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + rng.randbytes(3000))
    write(tmp_path / "notes.txt", rng.randbytes(500))
    write(tmp_path / "archive.jsonl.gz", gzip.compress(rng.randbytes(3000)))
    assert reasons(ingest(tmp_path)) == ["binary", "binary", "binary"]


def test_empty_and_blank_inputs(tmp_path):
    write(tmp_path / "a.txt", b"")
    write(tmp_path / "b.html", b"  \n\n")
    write(tmp_path / "c.jsonl", b"\n\n")
    write(tmp_path / "d.txt", "---\ntitle: بلا نص\n---\n")
    write(tmp_path / "e.csv", "id,text,date\n")
    items = ingest(tmp_path)
    assert reasons(items) == ["empty file", "empty file", "empty file", "no text", "no text"]


def test_html_without_text(tmp_path):
    shell = '<html><head><title>تطبيق</title><script src="/app.js"></script></head><body><div id="app"></div></body></html>'
    menu = '<html><body><nav><a href="/">الرئيسية</a> <a href="/s">سياسة</a> <a href="/e">اقتصاد</a></nav></body></html>'
    write(tmp_path / "shell.html", shell)
    write(tmp_path / "menu.html", menu)
    assert reasons(ingest(tmp_path)) == ["no text", "no text"]


def test_oversized_text_is_skipped_without_being_read(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # 70 kB of text, then a sparse tail: nothing past the head is ever read
        fh.write((AR_1 + "\n").encode() * 400)
        fh.truncate(64 * 1024 * 1024)
    item = only(ingest(path, max_doc_bytes=1_000_000), Skipped)
    assert item.reason == "too large" and str(64 * 1024 * 1024) in item.detail


def test_oversized_jsonl_line_is_skipped_and_the_next_lines_read(tmp_path):
    path = write(tmp_path / "x.jsonl", _jsonl(AR_1, AR_2 * 2000, AR_3))
    items = ingest(path, max_doc_bytes=50_000)
    assert reasons(items) == ["ok", "too large", "ok"]
    assert items[1].origin == f"{path}:2"


def test_malformed_records(tmp_path):
    path = write(
        tmp_path / "x.jsonl",
        _jsonl(AR_1) + '{"text": "قال\n' + '["list"]\n' + '{"id": 5, "title": "بلا نص"}\n' + '{"text": 42}\n' + _jsonl(AR_2),
    )
    items = ingest(path)
    assert reasons(items) == ["ok", "malformed record", "malformed record", "malformed record", "malformed record", "ok"]
    write(tmp_path / "y.csv", "id,title\n1,عنوان\n")
    assert reasons(ingest(tmp_path / "y.csv")) == ["malformed record"]
    write(tmp_path / "z.json", '{"text": "قال الوزير",')
    assert reasons(ingest(tmp_path / "z.json")) == ["malformed record"]


def test_unreadable_and_empty_feeds(tmp_path):
    write(tmp_path / "a-cut.rss", "<rss><channel><title>x</title><item><title>عنوان</ti")
    write(tmp_path / "b-empty.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>')
    write(tmp_path / "c-junk.rss", "this is not a feed & never was")
    items = ingest(tmp_path)
    # feedparser recovers the cut entry (it has no text); a feed without entries is a file without documents
    assert reasons(items) == ["no text", "no text", "corrupt"]
    assert items[0].origin.endswith("a-cut.rss#1")


def test_missing_paths_and_unreadable_files(tmp_path):
    missing = tmp_path / "nope.jsonl"
    locked = write(tmp_path / "locked.txt", AR_1)
    os.chmod(locked, 0)
    try:
        items = ingest(missing, locked)
    finally:
        os.chmod(locked, 0o644)
    assert items[0] == Failed(str(missing), "unreadable", "no such file or directory")
    if os.geteuid() != 0:  # root reads everything
        assert reasons(items)[1] == "unreadable"


@pytest.mark.parametrize("name", ["x.txt", "x.html", "x.jsonl", "x.csv", "x.json", "x.rss", "x.warc.gz", "x.gz", "x"])
def test_random_bytes_never_raise(tmp_path, name):
    rng = random.Random(name)
    for n in range(20):
        data = rng.randbytes(rng.randint(0, 3000))
        if n % 3 == 0:
            data = gzip.compress(data)[: rng.randint(0, 200)]
        elif n % 3 == 1:
            data = (AR_1 + EN_1).encode()[: rng.randint(0, 150)] + data[:50]
        path = write(tmp_path / str(n) / name, data)
        items = ingest(path)
        assert items and all(i.origin.startswith(str(path)) for i in items)
