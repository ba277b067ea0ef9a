"""Keyset pagination over any SELECT: order by a few key expressions, continue after the last key.

The key columns are selected under the names ``_k0``, ``_k1`` ... so that the next cursor can be
built from the last row; they are removed from the rows handed back. The condition "after this key"
is written out as ``a > ? OR (a = ? AND b > ?) ...`` (with ``<`` for descending keys), which both
SQLite and PostgreSQL plan well and which allows mixed directions.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rasd.api.cursor import decode_cursor, encode_cursor
from rasd.store import Store

Where = tuple[list[str], list[Any]]


@dataclass(frozen=True)
class Key:
    expr: str
    kind: type  # str, int or float: what a cursor must carry for this key
    desc: bool = False


@dataclass(frozen=True)
class Page:
    items: list[dict[str, Any]]
    next_cursor: str | None


def new_where() -> Where:
    return ([], [])


def sql_where(where: Where) -> str:
    return (" WHERE " + " AND ".join(where[0])) if where[0] else ""


def _after(keys: tuple[Key, ...], values: list[Any]) -> tuple[str, list[Any]]:
    ors, params = [], []
    for i, key in enumerate(keys):
        ands = [f"{k.expr} = ?" for k in keys[:i]]
        ands.append(f"{key.expr} {'<' if key.desc else '>'} ?")
        ors.append("(" + " AND ".join(ands) + ")")
        params += [*values[:i], values[i]]
    return "(" + " OR ".join(ors) + ")", params


@dataclass(frozen=True)
class Narrow:
    """Sort only the keys and the row identity, then fetch the columns of the page's rows.

    Sorting a large table's wide rows is what makes a deep list slow; sorting a few short keys and
    joining back on an indexed identity (``ident`` columns, unique in ``source``) is much cheaper.
    """

    ident: tuple[str, ...]  # columns of the sorted source that identify a row
    outer: str  # the FROM of the page's columns
    outer_ident: tuple[str, ...] = ()  # the same identity in the first table of ``outer`` (default: ident)


def keyset_page(store: Store, list_name: str, select: str, source: str, where: Where, keys: tuple[Key, ...],
                cursor: str | None, limit: int, narrow: Narrow | None = None) -> Page:
    """Rows of ``SELECT {select} FROM {source} WHERE ...`` after ``cursor``, at most ``limit``."""
    conds, params = list(where[0]), list(where[1])
    after = decode_cursor(list_name, cursor, tuple(k.kind for k in keys))
    if after is not None:
        cond, extra = _after(keys, after)
        conds.append(cond)
        params += extra
    key_cols = ", ".join(f"{k.expr} AS _k{i}" for i, k in enumerate(keys))
    order = ", ".join(f"{k.expr}{' DESC' if k.desc else ''}" for k in keys)
    tail = f" ORDER BY {order} LIMIT {int(limit) + 1}"
    if narrow is None:
        sql = f"SELECT {select}, {key_cols} FROM {source}" + sql_where((conds, params)) + tail
    else:
        ident = ", ".join(f"{col} AS _i{i}" for i, col in enumerate(narrow.ident))
        inner = f"SELECT {key_cols}, {ident} FROM {source}" + sql_where((conds, params)) + tail
        on = " AND ".join(f"{col} = k._i{i}" for i, col in enumerate(narrow.outer_ident or narrow.ident))
        outer_keys = ", ".join(f"k._k{i}" for i in range(len(keys)))
        outer_order = ", ".join(f"k._k{i}{' DESC' if k.desc else ''}" for i, k in enumerate(keys))
        sql = (f"SELECT {select}, {outer_keys} FROM ({inner}) k JOIN {_first_table(narrow.outer)} "
               f"{_rest(narrow.outer, on)} ORDER BY {outer_order}")
    rows = store.fetch(sql, params)
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = None
    if more and rows:
        last = rows[-1]
        next_cursor = encode_cursor(list_name, [_plain(last[f"_k{i}"], k.kind) for i, k in enumerate(keys)])
    items = [{k: v for k, v in row.items() if not k.startswith("_k")} for row in rows]
    return Page(items, next_cursor)


def _first_table(source: str) -> str:
    """``events ev`` of ``events ev JOIN documents d ON ...``."""
    return " ".join(source.split()[:2])


def _rest(source: str, on: str) -> str:
    """The joins after the first table, with the first table tied to the sorted keys."""
    rest = " ".join(source.split()[2:])
    return f"ON {on} {rest}" if rest else f"ON {on}"


def _plain(value: Any, kind: type) -> Any:
    # PostgreSQL gives Decimal for some aggregates; a cursor carries plain JSON numbers and strings.
    return kind(value) if value is not None else kind()
