"""Run the pipeline up to events on one text (the stages are composed while NER lands)."""

from __future__ import annotations

import pytest

from rasd.document import Document, Meta


@pytest.fixture(scope="session")
def run():
    from rasd.evaluation.events import pipeline

    pipe = pipeline()

    def _run(text: str, date: str | None = "2023-05-10") -> Document:
        return pipe(Document("t", text, Meta(date=date)))

    return _run


def coded(doc: Document, etype: str | None = None) -> list[tuple]:
    """(type, trigger text, info) for the events of ``doc``, optionally of one type."""
    infos = doc.layer("event_info", ())
    return [(e.type, doc.text[e.trigger.start : e.trigger.end], e, i) for e, i in zip(doc.events, infos)
            if etype is None or e.type == etype]


def spans_text(doc: Document, spans) -> str:
    return " ".join(doc.text[a:b] for a, b in spans)
