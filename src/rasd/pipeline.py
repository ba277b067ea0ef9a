"""The pipeline runner: ordered stages, each a pure function of a document that adds layers.

One runner serves the CLI, the API, batch and Spark. A failing document is reported with its id and
the reason and the rest go on; the caller decides the exit code.
"""

from __future__ import annotations

import gc
import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Protocol

from rasd import __version__
from rasd.document import Document
from rasd.errors import InputError, PipelineError, RasdError, StageError
from rasd.resourceset import Resources, default_resources, settle_gc

log = logging.getLogger("rasd.pipeline")


@contextmanager
def gc_paused():
    """Pause the cycle collector while one document goes through the stages.

    A document makes hundreds of thousands of short-lived objects (tokens, feature lists) and almost
    no reference cycles; collections triggered in the middle walk them all for nothing. Whatever
    cycles a document leaves are collected at the next collection after it.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


# Documents between two settlings of the stages' word caches (see settle_caches).
SETTLE_EVERY = 32


def settle_caches() -> None:
    """Settle the stages' word caches (:func:`rasd.resourceset.settle_gc`) unless the caller turned
    the collector off."""
    if gc.isenabled():
        settle_gc()


class Stage(Protocol):
    name: str
    version: str
    requires: tuple[str, ...]
    produces: tuple[str, ...]

    def __call__(self, doc: Document) -> Document: ...


@dataclass(frozen=True)
class Outcome:
    """What became of one input: a document, or the input's name and why it failed."""

    source: str
    document: Document | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.document is not None


ErrorHandler = Callable[[str, Exception], None]


class Pipeline:
    def __init__(self, stages: Sequence[Stage], resources: Resources | None = None) -> None:
        available: set[str] = set()
        for stage in stages:
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise PipelineError(f"stage {stage.name} needs {', '.join(missing)}, which no earlier stage produces")
            available.update(stage.produces)
        self.stages = tuple(stages)
        self.resources = resources or default_resources()
        self.description = [f"{s.name}@{s.version}" for s in self.stages]
        self._calls = 0

    def __call__(self, doc: Document) -> Document:
        """Run every stage on ``doc``; a failure raises :class:`StageError` naming the stage."""
        self._calls += 1
        if self._calls % SETTLE_EVERY == 0:
            settle_caches()
        with gc_paused():
            return self._run(doc)

    def _run(self, doc: Document) -> Document:
        for stage in self.stages:
            try:
                doc = stage(doc)
            except RasdError:
                raise
            except Exception as exc:  # a bug in a stage must not stop a batch
                raise StageError(stage.name, doc.id, f"{type(exc).__name__}: {exc}") from exc
        return doc.with_meta(
            rasd={"version": __version__, "pipeline": self.description, "resources": self.resources.digest}
        )

    def run(self, items: Iterable[Document | InputError]) -> Iterator[Outcome]:
        """Process a stream; bad inputs and failing documents become failed outcomes, in order."""
        for item in items:
            if isinstance(item, InputError):
                yield Outcome(item.source, error=item.reason)
                continue
            try:
                yield Outcome(item.id, document=self(item))
            except RasdError as exc:
                yield Outcome(item.id, error=str(exc))


# The stages in pipeline order: (stage name, module with ``make_stage(resources)``).
STAGE_ORDER: tuple[tuple[str, str], ...] = (
    ("text", "rasd.text.stage"),
    ("entities", "rasd.entities.stage"),
    ("actors", "rasd.actors.stage"),
    ("places", "rasd.geo.stage"),
    ("dates", "rasd.dates.stage"),
    ("statements", "rasd.statements.stage"),
    ("events", "rasd.events.stage"),
)


def available_stages(resources: Resources) -> list[Stage]:
    """Every stage whose package is present, in order (packages land one issue at a time)."""
    import importlib

    stages: list[Stage] = []
    produced: set[str] = set()
    for _name, module in STAGE_ORDER:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name and module.startswith(exc.name):
                continue  # this stage's package does not exist yet
            raise
        factory = getattr(mod, "make_stage", None)
        stage = factory(resources) if factory is not None else None
        if stage is None:
            continue
        if any(r not in produced for r in stage.requires):
            # A stage whose inputs no present stage makes (its upstream has not landed) is left out.
            log.info("stage %s left out: it needs %s", stage.name, ", ".join(r for r in stage.requires if r not in produced))
            continue
        stages.append(stage)
        produced.update(stage.produces)
    return stages


def build_pipeline(resources: Resources | None = None, upto: str | None = None) -> Pipeline:
    """The default pipeline; ``upto`` stops after the named stage."""
    res = resources or default_resources()
    stages = available_stages(res)
    if upto is not None:
        names = [s.name for s in stages]
        if upto not in names:
            raise PipelineError(f"unknown stage {upto!r}; stages are {', '.join(names)}")
        stages = stages[: names.index(upto) + 1]
    return Pipeline(stages, res)
