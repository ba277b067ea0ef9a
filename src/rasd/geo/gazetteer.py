"""The compiled gazetteer: entries plus an index from name keys to entries, cached on disk.

The index is built once from the packages and the authored additions and written as one JSON file
named by a version hash (package versions, additions digest, format version) under
``$RASD_CACHE_DIR``, else ``$XDG_CACHE_HOME/rasd``, else ``~/.cache/rasd``. The write goes to a
temporary file renamed into place, so parallel workers never read a half-written index; when the
directory is not writable the index is built in memory.
"""

from __future__ import annotations

import gc
import hashlib
import json
import logging
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from rasd.geo.additions import additions_digest, load_additions
from rasd.geo.entries import GeoEntry
from rasd.geo.sources import CITIES_FILE, package_versions
from rasd.resources_io import resource_path

FORMAT = 3
log = logging.getLogger("rasd.geo")


@dataclass
class Gazetteer:
    entries: tuple[GeoEntry, ...]
    names: dict[str, tuple[int, ...]]
    stats: dict[str, int] = field(default_factory=dict)
    source: str = "memory"  # "cache" when read from disk, "built" when compiled in this process
    path: Path | None = None
    _by_id: dict[int, GeoEntry] | None = field(default=None, repr=False)

    def lookup(self, key: str) -> tuple[GeoEntry, ...]:
        return tuple(self.entries[i] for i in self.names.get(key, ()))

    def by_geonameid(self, geonameid: int) -> GeoEntry | None:
        if self._by_id is None:
            self._by_id = {e.geonameid: e for e in self.entries if e.geonameid is not None}
        return self._by_id.get(geonameid)


def cache_dir() -> Path:
    if os.environ.get("RASD_CACHE_DIR"):
        return Path(os.environ["RASD_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "rasd"


def version_hash(root: Path) -> str:
    parts = {"format": FORMAT, "cities": CITIES_FILE, "packages": package_versions(),
             "additions": additions_digest(root)}
    return hashlib.sha1(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


def load_gazetteer(root: Path | None = None, directory: Path | None = None) -> Gazetteer:
    """The gazetteer from the cache, building and caching it first when needed."""
    root = root or resource_path("geo")
    directory = directory or cache_dir()
    path = directory / f"gazetteer-{version_hash(root)}.json"
    try:
        return _read(path)
    except (OSError, ValueError, KeyError, TypeError):
        pass
    gaz = build_gazetteer(root)
    try:
        _write_atomic(path, gaz)
        gaz.path = path
    except OSError as exc:
        log.info("gazetteer cache not writable (%s); using the in-memory build", exc)
    return gaz


def build_gazetteer(root: Path | None = None) -> Gazetteer:
    from rasd.geo.build import build

    t0 = time.perf_counter()
    b = build(load_additions(root or resource_path("geo")))
    stats = dict(b.stats)
    stats["build_ms"] = int((time.perf_counter() - t0) * 1000)
    return Gazetteer(tuple(b.entries), {k: tuple(v) for k, v in b.names.items()}, stats, "built")


def _read(path: Path) -> Gazetteer:
    # Tens of thousands of small objects: the cyclic collector would scan them repeatedly for nothing.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _parse(path)
    finally:
        if enabled:
            gc.enable()


def _parse(path: Path) -> Gazetteer:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    if data.get("format") != FORMAT:
        raise ValueError("old format")
    entries = tuple(GeoEntry.from_row(r) for r in data["entries"])
    names = {k: tuple(v) for k, v in data["names"].items()}
    return Gazetteer(entries, names, data.get("stats", {}), "cache", path)


def _write_atomic(path: Path, gaz: Gazetteer) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"format": FORMAT, "stats": gaz.stats, "entries": [e.to_row() for e in gaz.entries],
            "names": {k: list(v) for k, v in gaz.names.items()}}
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
        os.chmod(tmp, 0o644)  # mkstemp makes it private; the cache is shared by the user's processes
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
