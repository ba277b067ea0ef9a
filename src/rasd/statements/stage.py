"""The statements stage: a ``statements`` layer of who said what.

Reads tokens, sentences and dates (and entities and actors when those stages ran). Besides the
public layer it writes ``statement_speakers``: for each statement, in order, the character span of
the mention its speaker was resolved to (the explicit mention, or the antecedent of an implicit
subject), so evaluation and later stages can name a speaker even when no actor layer exists.
"""

from __future__ import annotations

from dataclasses import dataclass

from rasd.document import Document, Span, Statement
from rasd.statements.context import View, build_view
from rasd.statements.lexicon import CueLexicon
from rasd.statements.lexicon import compiled as compiled_cues
from rasd.statements.names import NameLexicon
from rasd.statements.names import compiled as compiled_names
from rasd.statements.parse import Parser
from rasd.statements.resolve import ActorIndex, Resolved, Resolver


@dataclass
class StatementStage:
    cues: CueLexicon
    names: NameLexicon
    name: str = "statements"
    version: str = "1"
    requires: tuple[str, ...] = ("tokens", "sentences", "dates")
    produces: tuple[str, ...] = ("statements", "statement_speakers")

    def __call__(self, doc: Document) -> Document:
        if not doc.layer("tokens", ()):
            return doc.with_layer("statements", ()).with_layer("statement_speakers", ())
        view = build_view(doc)
        every = Parser(view, self.cues, self.names).run()
        resolved = Resolver(view, self.names, ActorIndex(doc.layer("actors", ()))).run(every)
        statements, speakers = [], []
        for r in resolved:
            st = _statement(view, r, len(statements) + 1)
            if st is not None:
                statements.append(st)
                speakers.append(None if r.speaker is None else Span(*r.speaker.span))
        return doc.with_layer("statements", tuple(statements)).with_layer("statement_speakers", tuple(speakers))


def _statement(v: View, r: Resolved, n: int) -> Statement | None:
    f = r.found
    if f.content is None:
        return None
    cue = (v.starts[f.cue], f.cue_end)
    content = f.content
    if content[0] < cue[1] and cue[0] < content[1]:
        return None  # content never holds its own cue
    mention = r.mention
    if mention is not None and mention[0] < content[1] and content[0] < mention[1]:
        mention = None
    actor = r.speaker.actor if r.speaker is not None else None
    return Statement(
        id=f"S{n}",
        cue=Span(*cue),
        content=Span(*content),
        direct=f.direct,
        speaker=actor,
        speaker_mention=None if mention is None else Span(*mention),
        date=_date(v, f, content),
    )


def _date(v: View, f, content: tuple[int, int]) -> str | None:
    """The date its own clause gives (outside the content, on the cue's side), else publication date."""
    a, b = v.sent_bounds[f.sentence] if f.sentence < len(v.sent_bounds) else (0, 0)
    if b <= a:
        return v.doc.meta.date
    s_start, s_end = v.starts[a], v.ends[b - 1]
    cue = v.starts[f.cue]
    lo, hi = (s_start, content[0]) if content[0] >= cue else (content[1], s_end)
    best, dist = None, None
    for _, _, d in v.date_index.within(lo, hi):
        if d.value:
            gap = abs(d.start - cue)
            if dist is None or gap < dist:
                best, dist = d.value, gap
    return best or v.doc.meta.date


def make_stage(resources) -> StatementStage:
    return StatementStage(compiled_cues(resources), compiled_names(resources))
