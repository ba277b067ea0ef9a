"""The files named on the command line, directories walked recursively in a stable (sorted) order."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from rasd.ingest.items import UNREADABLE, Failed


def walk(paths: list[str]) -> Iterator[tuple[Path, Path | None] | Failed]:
    """(file, the directory it was found under) for each file, or the Failed item of a bad path.

    Hidden files and directories (``.git``, ``.DS_Store``) inside a given directory are not inputs;
    a hidden file named on its own is.
    """
    for name in paths:
        path = Path(name)
        if path.is_dir():
            yield from _walk_dir(path)
        elif path.is_file():
            yield path, None
        elif path.exists():
            yield Failed(name, UNREADABLE, "not a regular file")
        else:
            yield Failed(name, UNREADABLE, "no such file or directory")


def _walk_dir(root: Path) -> Iterator[tuple[Path, Path | None] | Failed]:
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fname in sorted(filenames):
            if fname.startswith("."):
                continue
            path = Path(dirpath, fname)
            if path.is_file():
                yield path, root
        while errors:
            exc = errors.pop(0)
            yield Failed(str(exc.filename or dirpath), UNREADABLE, exc.strerror or str(exc))
