"""WARC and WARC.gz archives: HTML responses become documents, every other record is accounted for."""

import io

from warcio.statusandheaders import StatusAndHeaders

from rasd.ingest import Article, Failed, Skipped

from .conftest import AR_1, AR_2, AR_3, AR_4, ingest, reasons, write
from .warc_util import ARTICLE_PAGE, warc_bytes


def _page(title, body, body2, date="2022-03-04"):
    return ARTICLE_PAGE.format(title=title, body=body, body2=body2, date=date).encode()


def _redirect(writer):
    http = StatusAndHeaders("301 Moved Permanently", [("Content-Type", "text/html"), ("Location", "/b")], protocol="HTTP/1.1")
    return writer.create_warc_record("https://a.example/old", "response", payload=io.BytesIO(b""), http_headers=http)


def test_warc_gz_html_responses_and_other_records(tmp_path):
    data, offsets = warc_bytes(
        [
            ("https://www.alquds.co.uk/a1", "text/html; charset=UTF-8", _page("خبر أول", AR_1, AR_2)),
            ("https://www.alquds.co.uk/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00"),
            ("https://www.alquds.co.uk/a2", "application/xhtml+xml", _page("خبر ثان", AR_3, AR_4, date="")),
        ],
        extra_first=[_redirect],
    )
    path = write(tmp_path / "CC-NEWS-test.warc.gz", data)
    items = ingest(path)
    assert [i.origin for i in items] == [f"{path}@{o}" for o in offsets]
    assert reasons(items) == ["not html", "not html", "ok", "not html", "ok"]
    a, b = items[2], items[4]
    assert isinstance(a, Article) and isinstance(b, Article)
    assert AR_1 in a.doc.text and AR_2 in a.doc.text
    assert a.doc.meta.url == "https://www.alquds.co.uk/a1"
    assert a.doc.meta.date == "2022-03-04"  # the page's date, not the crawl date
    assert b.doc.meta.date == "2022-03-05"  # no date on the page: the WARC-Date
    assert a.doc.meta.source == "alquds.co.uk"
    assert len(a.doc.id) == 36 and a.doc.id != b.doc.id  # the WARC-Record-ID uuid
    assert "HTTP 301" in items[1].detail and "image/png" in items[3].detail


def test_uncompressed_warc(tmp_path):
    data, _ = warc_bytes([("https://sana.sy/?p=1", "text/html", _page("خبر", AR_2, AR_3))], gz=False)
    items = ingest(write(tmp_path / "crawl.warc", data))
    assert reasons(items) == ["not html", "ok"]


def test_warc_page_over_the_size_limit_is_skipped_and_reading_goes_on(tmp_path):
    big = _page("كبير", AR_1 * 400, AR_2)
    data, _ = warc_bytes([("https://a.example/big", "text/html", big), ("https://a.example/ok", "text/html", _page("صغير", AR_3, AR_4))])
    items = ingest(write(tmp_path / "x.warc.gz", data), max_doc_bytes=20_000)
    assert reasons(items) == ["not html", "too large", "ok"]


def test_truncated_warc_gz_keeps_the_records_before_the_damage(tmp_path):
    pages = [(f"https://a.example/{n}", "text/html", _page("خبر", body, AR_4)) for n, body in enumerate((AR_1, AR_2, AR_3))]
    data, offsets = warc_bytes(pages)
    cut = offsets[3] + (len(data) - offsets[3]) // 2
    path = write(tmp_path / "cut.warc.gz", data[:cut])
    items = ingest(path)
    assert reasons(items) == ["not html", "ok", "ok", "truncated"]
    assert isinstance(items[-1], Failed) and items[-1].origin == f"{path}@{offsets[3]}"


def test_warc_cut_inside_a_record_header(tmp_path):
    data, offsets = warc_bytes([("https://a.example/1", "text/html", _page("خبر", AR_1, AR_2))] * 2)
    items = ingest(write(tmp_path / "cut.warc.gz", data[: offsets[2] + 30]))
    assert reasons(items) == ["not html", "ok", "truncated"]


def test_garbage_between_records(tmp_path):
    data, offsets = warc_bytes([("https://a.example/1", "text/html", _page("خبر", AR_1, AR_2))] * 2)
    damaged = data[: offsets[2]] + b"this is not a warc record\r\n" * 3 + data[offsets[2] :]
    items = ingest(write(tmp_path / "bad.warc.gz", damaged))
    assert reasons(items) == ["not html", "ok", "corrupt"]
    assert all(isinstance(i, Skipped | Article | Failed) for i in items)
