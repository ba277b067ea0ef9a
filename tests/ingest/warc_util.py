"""Writing small WARC files with warcio for the tests (make_corpus writes its own, independently)."""

import io

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ARTICLE_PAGE = """<html lang="ar"><head><meta charset="utf-8"><title>{title}</title>
<meta name="date" content="{date}"></head><body><article><h1>{title}</h1><p>{body}</p><p>{body2}</p></article></body></html>"""


def warc_bytes(pages, gz=True, extra_first=()) -> tuple[bytes, list[int]]:
    """A WARC with a warcinfo record, ``extra_first`` records, then one response per (url, content type, body).

    Returns the bytes and the offset of every record.
    """
    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    offsets = [0]
    writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "rasd tests"}))
    for record in extra_first:
        offsets.append(buf.tell())
        writer.write_record(record(writer))
    for url, ctype, body in pages:
        offsets.append(buf.tell())
        http = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
        rec = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=http,
            warc_headers_dict={"WARC-Date": "2022-03-05T04:00:00Z"},
        )
        writer.write_record(rec)
    return buf.getvalue(), offsets
