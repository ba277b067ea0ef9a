"""A SQLite connection with sqlite-vec loaded, opened only by the semantic commands.

The store's own connection never loads the extension: ingest and the other queries do not need
it, and the migrations must run on any Python. Python's ``sqlite3`` can load an extension only
when it was built with ``--enable-loadable-sqlite-extensions``, which pyenv builds and some others
are not; there SQLite's own ``sqlite3_auto_extension`` registers sqlite-vec for the connections
opened afterwards (through the very SQLite library the ``sqlite3`` module uses, found by ctypes).
Either way, ``vec_version()`` must answer before the connection is handed out.
"""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from pathlib import Path

from rasd.semantic.errors import MissingExtra, SemanticUnavailable

_registered: list[object] = []  # keeps the ctypes handles alive once sqlite-vec is auto-registered


def _sqlite_vec():
    try:
        import sqlite_vec
    except ImportError:
        raise MissingExtra("sqlite-vec") from None
    return sqlite_vec


def _library_file(sqlite_vec) -> str:
    stem = Path(sqlite_vec.loadable_path())
    for suffix in (".so", ".dylib", ".dll"):
        if stem.with_name(stem.name + suffix).exists():
            return str(stem.with_name(stem.name + suffix))
    raise SemanticUnavailable(f"the sqlite-vec package has no loadable library beside {stem}: reinstall it")


def _auto_register(sqlite_vec) -> None:
    """Register sqlite-vec for every SQLite connection this process opens from now on."""
    if _registered:
        return
    import _sqlite3
    import ctypes

    try:
        # Symbols looked up through the sqlite3 module resolve to the SQLite library it is linked to.
        sqlite_lib = ctypes.CDLL(_sqlite3.__file__)
        auto_extension = sqlite_lib.sqlite3_auto_extension
        vec_lib = ctypes.CDLL(_library_file(sqlite_vec))
        entry = ctypes.cast(vec_lib.sqlite3_vec_init, ctypes.c_void_p)
    except (OSError, AttributeError) as exc:
        raise SemanticUnavailable(_NO_EXTENSIONS + f" ({exc})") from None
    auto_extension.argtypes = [ctypes.c_void_p]
    auto_extension.restype = ctypes.c_int
    if auto_extension(entry) != 0:
        raise SemanticUnavailable(_NO_EXTENSIONS)
    _registered.extend((sqlite_lib, vec_lib, entry))


_NO_EXTENSIONS = (
    "this Python's sqlite3 module cannot load SQLite extensions, which sqlite-vec needs; use a Python "
    "built with --enable-loadable-sqlite-extensions (Debian and Ubuntu packages, conda, python.org; for "
    "pyenv: PYTHON_CONFIGURE_OPTS=--enable-loadable-sqlite-extensions pyenv install ...)"
)


def connect(path: str) -> sqlite3.Connection:
    """A connection to the SQLite file at ``path`` in autocommit mode, with sqlite-vec loaded."""
    sqlite_vec = _sqlite_vec()
    can_load = hasattr(sqlite3.Connection, "enable_load_extension")
    if not can_load:
        _auto_register(sqlite_vec)
    conn = sqlite3.connect(path, isolation_level=None, timeout=30.0)
    try:
        conn.execute("PRAGMA busy_timeout=30000")
        if can_load:
            conn.enable_load_extension(True)
            try:
                sqlite_vec.load(conn)
            finally:
                conn.enable_load_extension(False)
        conn.execute("SELECT vec_version()").fetchone()
    except sqlite3.Error as exc:
        conn.close()
        raise SemanticUnavailable(f"sqlite-vec could not be loaded into SQLite: {exc}") from None
    return conn


@contextmanager
def immediate(conn: sqlite3.Connection):
    """One write transaction (taken at once, so two writers queue instead of failing half way)."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
