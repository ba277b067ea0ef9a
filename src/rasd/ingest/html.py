"""HTML pages: the main text and metadata, as trafilatura extracts them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from rasd.ingest.gate import Candidate
from rasd.ingest.items import CORRUPT, NO_TEXT, TOO_LARGE, Failed, IngestOptions, Skipped
from rasd.ingest.meta import clean, host_of, normalise_date
from rasd.ingest.streams import Source, TooLarge, read_whole


@dataclass(frozen=True, slots=True)
class PageHints:
    """What the container knows about a page (a WARC record, a feed entry) before the page is read."""

    url: str | None = None
    date: str | None = None
    source: str | None = None


@dataclass(frozen=True, slots=True)
class PendingPage:
    """A page still to extract: extraction is the slow step, so the driver may run it in worker processes."""

    data: bytes
    origin: str
    doc_id: str
    hints: PageHints = PageHints()
    min_words: int = 0


def resolve_page(page: PendingPage) -> Candidate | Skipped | Failed:
    """The extracted page, Skipped when it has too few words for an article, Failed when the extractor breaks."""
    try:
        found = extract_page(page.data, page.origin, page.doc_id, page.hints)
    except Exception as exc:  # lxml and trafilatura raise assorted errors on pathological markup
        return Failed(page.origin, CORRUPT, f"HTML extraction failed: {type(exc).__name__}: {exc}")
    words = len(found.text.split())
    if 0 < words < page.min_words:
        return Skipped(page.origin, NO_TEXT, f"{words} words of page text < {page.min_words}: no article found")
    return found


def extract_page(data: bytes, origin: str, doc_id: str, hints: PageHints = PageHints()) -> Candidate:
    """The page's main text and metadata; the page's own metadata wins over the hints.

    Raw bytes go to trafilatura so it can honour the page's declared charset (many Arabic sites
    still serve windows-1256).
    """
    import trafilatura  # imported on first use: it takes a noticeable time to load

    result = trafilatura.bare_extraction(
        data,
        url=hints.url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        # Menus and link lists otherwise pass for text on pages without an article.
        favor_precision=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if result is None:
        return Candidate(origin, doc_id, "", date=hints.date, url=hints.url, source=hints.source)
    url = clean(result.url) or hints.url
    return Candidate(
        origin=origin,
        doc_id=doc_id,
        text=(result.text or "").strip(),
        date=normalise_date(result.date) or hints.date,
        title=clean(result.title),
        source=clean(result.sitename) or hints.source or host_of(url),
        url=url,
    )


def read_html(src: Source, opts: IngestOptions) -> Iterator[PendingPage | Skipped]:
    try:
        data = read_whole(src, opts.max_doc_bytes)
    except TooLarge as exc:
        yield Skipped(src.name, TOO_LARGE, str(exc))
        return
    yield PendingPage(data, src.name, src.id_base, min_words=opts.min_page_words)
