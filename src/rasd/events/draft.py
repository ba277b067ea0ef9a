"""One coded trigger occurrence before merging, and what the evaluation needs to know about it."""

from __future__ import annotations

from dataclasses import dataclass, field

from rasd.events.match import Match
from rasd.events.modality import Modality
from rasd.events.participants import Group


@dataclass
class Draft:
    match: Match
    type: str
    mode: str | None
    source: Group | None
    target: Group | None
    modality: Modality
    sentence: int
    statement: str | None = None
    date: str | None = None
    date_explicit: bool = False
    place: str | None = None
    two_sided: bool = False
    anchored: bool = False
    score: float = 0.5
    triggers: list[tuple[int, int]] = field(default_factory=list)  # char spans of merged mentions
    context: tuple[str, ...] = ()  # context roles in its clause and sentence, for the report model

    @property
    def sources(self) -> tuple[str, ...]:
        return self.source.actors if self.source is not None else ()

    @property
    def targets(self) -> tuple[str, ...]:
        return self.target.actors if self.target is not None else ()

    @property
    def factual(self) -> bool:
        """Asserted as having happened: not negated, future, hypothetical, generic or only alleged."""
        m = self.modality
        return not (m.negated or m.future or m.hypothetical or m.generic or m.alleged or m.habitual)


@dataclass(frozen=True)
class EventInfo:
    """Per event, in the order of the ``events`` layer: what the public record does not carry."""

    event: str
    factual: bool
    flags: tuple[str, ...]  # negated future hypothetical generic historical claimed referenced alleged habitual
    triggers: tuple[tuple[int, int], ...]
    source_spans: tuple[tuple[int, int], ...]
    target_spans: tuple[tuple[int, int], ...]
