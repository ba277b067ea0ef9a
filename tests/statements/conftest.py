import pytest

from rasd.document import Document, Meta


@pytest.fixture(scope="session")
def run():
    """Run the default pipeline (the stages that can run while packages land) on one text."""
    from rasd.evaluation.statements import default_pipeline

    pipe = default_pipeline()

    def _run(text: str, date: str | None = "2023-05-10") -> Document:
        return pipe(Document("t", text, Meta(date=date)))

    return _run


def said(doc: Document) -> list[tuple[str, str | None, str, bool]]:
    """(cue, speaker mention, content, direct) of every statement, as text."""
    t = doc.text
    out = []
    for s in doc.statements:
        m = s.speaker_mention
        out.append((t[s.cue.start : s.cue.end], None if m is None else t[m.start : m.end], t[s.content.start : s.content.end], s.direct))
    return out
