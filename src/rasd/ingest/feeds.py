"""RSS and Atom feeds saved to disk: one document per entry, text from its content or summary."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from rasd.ingest.gate import Candidate
from rasd.ingest.items import CORRUPT, TOO_LARGE, Failed, IngestOptions, Skipped
from rasd.ingest.meta import clean, host_of, normalise_date
from rasd.ingest.streams import Source, TooLarge, read_whole

# Elements after which a fragment's text breaks into a new line.
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article")


def fragment_text(fragment: str) -> str:
    """Readable text of an HTML fragment (a feed entry's content): one line per block, entities resolved."""
    from lxml import etree, html

    if "<" not in fragment and "&" not in fragment:
        return "\n".join(" ".join(line.split()) for line in fragment.splitlines() if line.strip())
    try:
        root = html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for el in list(root.iter("script", "style")):
        el.drop_tree()
    for el in root.iter(*_BLOCKS):
        el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def read_feed(src: Source, opts: IngestOptions) -> Iterator[Candidate | Skipped | Failed]:
    import feedparser

    try:
        data = read_whole(src, opts.max_file_bytes)
    except TooLarge as exc:
        yield Skipped(src.name, TOO_LARGE, f"a feed is parsed whole: {exc}")
        return
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    if not parsed.entries:
        if parsed.bozo:
            yield Failed(src.name, CORRUPT, f"not a readable feed: {parsed.get('bozo_exception')}")
        return
    feed_name = clean(parsed.feed.get("title")) or host_of(parsed.feed.get("link"))
    for n, entry in enumerate(parsed.entries, 1):
        yield _entry(entry, f"{src.name}#{n}", f"{src.id_base}-{n}", feed_name)


def _entry(entry: Any, origin: str, fallback_id: str, feed_name: str | None) -> Candidate:
    contents = entry.get("content") or []
    body = max((c.get("value", "") for c in contents), key=len, default="") or entry.get("summary", "")
    link = clean(entry.get("link"))
    date = None
    for key in ("published", "updated", "created"):
        date = normalise_date(entry.get(key)) or normalise_date(entry.get(f"{key}_parsed"))
        if date:
            break
    return Candidate(
        origin=origin,
        doc_id=clean(entry.get("id")) or link or fallback_id,
        text=fragment_text(body or ""),
        date=date,
        title=clean(entry.get("title")),
        source=feed_name or host_of(link),
        url=link,
    )
