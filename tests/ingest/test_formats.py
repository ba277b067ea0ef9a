"""Each input format read into documents with their metadata."""

import json

from .conftest import AR_1, AR_2, AR_3, AR_4, articles, ingest, write


def test_text_file_with_front_matter(tmp_path):
    path = write(
        tmp_path / "beirut.txt",
        f"---\nid: nna-2021-77\ntitle: بو حبيب يرفض الاعتداء\ndate: 2021-10-04\nsource: الوكالة الوطنية للإعلام\n"
        f"url: https://nna-leb.gov.lb/ar/77\n---\n{AR_1}\n{AR_2}\n",
    )
    [a] = articles(ingest(path))
    assert a.origin == str(path)
    assert a.doc.id == "nna-2021-77"
    assert a.doc.text == f"{AR_1}\n{AR_2}\n"
    m = a.doc.meta
    assert (m.date, m.title, m.source, m.url) == (
        "2021-10-04", "بو حبيب يرفض الاعتداء", "الوكالة الوطنية للإعلام", "https://nna-leb.gov.lb/ar/77",
    )


def test_text_file_without_front_matter_takes_its_id_from_the_path(tmp_path):
    write(tmp_path / "2021" / "oct" / "story.txt", AR_3)
    [a] = articles(ingest(tmp_path))
    assert a.doc.id == "2021__oct__story"
    assert a.doc.meta.date is None


def test_jsonl_records(tmp_path):
    recs = [
        {"id": "r1", "text": AR_1, "date": "2021-10-04T09:30:00+03:00", "title": "عنوان", "source": "نداء", "url": "https://x.lb/1"},
        {"text": AR_2},
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in recs) + "\n\n")
    a, b = articles(ingest(path))
    assert (a.doc.id, a.doc.meta.date, a.doc.meta.title, a.doc.meta.source, a.doc.meta.url) == (
        "r1", "2021-10-04", "عنوان", "نداء", "https://x.lb/1",
    )
    assert (a.origin, b.origin) == (f"{path}:1", f"{path}:2")
    assert b.doc.id == "batch-2" and b.doc.text == AR_2


def test_gzipped_jsonl(tmp_path):
    path = write(tmp_path / "batch.jsonl.gz", json.dumps({"id": "g1", "text": AR_3}, ensure_ascii=False) + "\n")
    [a] = articles(ingest(path))
    assert a.doc.id == "g1" and a.doc.text == AR_3


def test_csv_rows_with_line_breaks_inside_fields(tmp_path):
    path = write(
        tmp_path / "export.csv",
        f'id,title,text,date\nc1,الأول,"{AR_1}\n{AR_2}",2020-03-01\nc2,الثاني,"{AR_3}",01/02/2020\n',
    )
    a, b = articles(ingest(path))
    assert a.doc.text == f"{AR_1}\n{AR_2}" and a.origin == f"{path}:2"
    assert b.origin == f"{path}:4" and b.doc.id == "c2"
    assert a.doc.meta.date == "2020-03-01"
    assert b.doc.meta.date is None  # an ambiguous day/month order is not guessed


def test_tsv_with_bom(tmp_path):
    path = write(tmp_path / "export.tsv", f"\ufeffid\ttext\tsource\nt1\t{AR_4}\tبترا\n")
    [a] = articles(ingest(path))
    assert (a.doc.id, a.doc.text, a.doc.meta.source) == ("t1", AR_4, "بترا")


def test_json_array_file(tmp_path):
    path = write(tmp_path / "dump.json", json.dumps([{"id": "j1", "text": AR_1}, {"id": "j2", "text": AR_2}], indent=2))
    items = ingest(path)
    assert [a.doc.id for a in articles(items)] == ["j1", "j2"]
    assert [i.origin for i in items] == [f"{path}#1", f"{path}#2"]


HTML_PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="{charset}">
<title>الصفدي يبحث مع نظيره المصري الأوضاع في غزة - بترا</title>
<meta property="og:site_name" content="وكالة الأنباء الأردنية">
<meta property="article:published_time" content="2023-11-02T22:15:00+02:00">
<link rel="canonical" href="https://petra.gov.jo/Include/InnerPage.jsp?ID=1">
</head><body><nav><ul><li><a href="/">الرئيسية</a></li><li><a href="/pol">محليات</a></li></ul></nav>
<article><h1>الصفدي يبحث مع نظيره المصري الأوضاع في غزة</h1>
<p>{p1}</p><p>{p2}</p><p>{p3}</p></article>
<footer>جميع الحقوق محفوظة لوكالة الأنباء الأردنية</footer></body></html>"""


def test_html_page_main_text_and_metadata(tmp_path):
    page = HTML_PAGE.format(charset="utf-8", p1=AR_1, p2=AR_2, p3=AR_4)
    write(tmp_path / "petra" / "1.html", page)
    [a] = articles(ingest(tmp_path))
    assert AR_1 in a.doc.text and AR_4 in a.doc.text
    assert "الرئيسية" not in a.doc.text and "جميع الحقوق" not in a.doc.text
    m = a.doc.meta
    assert m.date == "2023-11-02"
    assert m.source == "وكالة الأنباء الأردنية"
    assert m.url == "https://petra.gov.jo/Include/InnerPage.jsp?ID=1"
    assert m.title.startswith("الصفدي يبحث")
    assert a.doc.id == "petra__1"


def test_html_page_in_windows_1256(tmp_path):
    page = HTML_PAGE.format(charset="windows-1256", p1=AR_1, p2=AR_2, p3=AR_3)
    [a] = articles(ingest(write(tmp_path / "page.htm", page.encode("cp1256"))))
    assert AR_3 in a.doc.text


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>وكالة الأنباء العراقية</title><link>https://ina.iq/</link>
<item><title>الانتخابات في موعدها</title><link>https://ina.iq/1</link><guid>ina-1</guid>
<pubDate>Mon, 04 Oct 2021 23:30:00 +0300</pubDate><description>ملخص قصير</description>
<content:encoded><![CDATA[<p>{p1}</p><p>{p2} &amp; <b>المزيد</b></p>]]></content:encoded></item>
<item><title>خبر بلا محتوى كامل</title><link>https://ina.iq/2</link>
<description>&lt;p&gt;{p3}&lt;/p&gt;</description></item>
</channel></rss>"""


def test_rss_feed_entries(tmp_path):
    path = write(tmp_path / "ina.rss", RSS.format(p1=AR_1, p2=AR_2, p3=AR_3))
    a, b = articles(ingest(path))
    assert a.doc.text == f"{AR_1}\n{AR_2} & المزيد"
    assert (a.doc.id, a.doc.meta.title, a.doc.meta.url) == ("ina-1", "الانتخابات في موعدها", "https://ina.iq/1")
    assert a.doc.meta.date == "2021-10-04"  # the publisher's day, not the UTC one
    assert a.doc.meta.source == "وكالة الأنباء العراقية"
    assert (a.origin, b.origin) == (f"{path}#1", f"{path}#2")
    assert b.doc.text == AR_3 and b.doc.id == "https://ina.iq/2"


def test_atom_feed_saved_as_xml(tmp_path):
    atom = f"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>الجزيرة نت</title><id>urn:x</id><updated>2022-05-01T00:00:00Z</updated>
<entry><title>خبر</title><id>urn:entry:1</id><link href="https://example.net/a1"/>
<updated>2022-05-01T08:00:00Z</updated><content type="html">&lt;p&gt;{AR_4}&lt;/p&gt;</content></entry></feed>"""
    [a] = articles(ingest(write(tmp_path / "feed.xml", atom)))
    assert (a.doc.id, a.doc.text, a.doc.meta.date, a.doc.meta.url) == ("urn:entry:1", AR_4, "2022-05-01", "https://example.net/a1")
