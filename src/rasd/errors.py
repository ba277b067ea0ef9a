"""Typed errors raised by the library; the CLI and API convert them at the edge."""

from __future__ import annotations


class RasdError(Exception):
    """Base class of every error rasd raises on purpose."""


class InputError(RasdError):
    """An input (file, record, request body) that cannot be read or is not what it must be."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def __reduce__(self):  # picklable across worker processes
        return (type(self), (self.source, self.reason))


class ResourceError(RasdError):
    """A lexicon, gazetteer or model that is missing or malformed."""

    def __init__(self, resource: str, reason: str) -> None:
        super().__init__(f"resource {resource}: {reason}")
        self.resource = resource
        self.reason = reason

    def __reduce__(self):
        return (type(self), (self.resource, self.reason))


class StageError(RasdError):
    """A pipeline stage failed on one document; the runner records it and goes on."""

    def __init__(self, stage: str, doc_id: str, reason: str) -> None:
        super().__init__(f"{doc_id}: stage {stage} failed: {reason}")
        self.stage = stage
        self.doc_id = doc_id
        self.reason = reason

    def __reduce__(self):
        return (type(self), (self.stage, self.doc_id, self.reason))


class PipelineError(RasdError):
    """A pipeline that cannot be assembled (a stage needs a layer nothing produces)."""
