"""Many small records stored as one column per field, for a model cache that loads in seconds.

Pickling a million records writes and reads a million objects one by one
(about a microsecond and a half each to read back); their fields as lists
and their points as one float array load many times faster, and a record
is made again only when it is read (:class:`ColumnRows`). No QGIS here: the
rooms that own the records (trace, customers) say which of their fields are
points.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from operator import attrgetter

import numpy as np


def to_columns(records: Sequence, fields: Sequence[str], points: Sequence[str] = ()) -> dict:
    """``{field: column}`` of ``records``; a field in ``points`` (an ``(x, y)`` or None)
    becomes an ``(n, 2)`` float array, NaN for None; any other a list (pickle reads a
    list of plain values at C speed, and a click reads from it at list speed)."""
    columns = dict(zip(fields, _transposed(records, fields)))
    for name in points:
        columns[name] = _points_array(columns[name])
    return columns


def repeated_values(values: Iterable) -> set:
    """The values found more than once in ``values``.

    A layer's ids are nearly always all different: one set answers that in a
    fraction of what counting a million ids costs, and only a layer with
    repeats is counted.
    """
    values = values if isinstance(values, (list, tuple)) else list(values)
    if len(set(values)) == len(values):
        return set()
    return {value for value, count in Counter(values).items() if count > 1}


def checked_index(index: int, length: int) -> int:
    """``index`` of a sequence of ``length`` counted from 0 (a negative one from the end)."""
    if index < 0:
        index += length
    if not 0 <= index < length:
        raise IndexError(index)
    return index


def _points_array(points: list) -> np.ndarray:
    nowhere = (math.nan, math.nan)
    return np.array([nowhere if p is None else p for p in points], dtype=float).reshape(-1, 2)


class ColumnRows(Sequence):
    """Records kept as columns and made one by one on access: a table loaded from a cache.

    A click reads a few hundred rows of a million; making all of them at load
    time cost more than the rest of the load.
    """

    def __init__(self, make: Callable, columns: list):
        self._make = make
        self._columns = columns
        self._points = [k for k, column in enumerate(columns) if isinstance(column, np.ndarray)]

    @classmethod
    def stored(cls, make: Callable, columns: dict, fields: Sequence[str]) -> ColumnRows:
        """The rows of :func:`to_columns` output (a point column gives ``(x, y)`` or None)."""
        return cls(make, [columns[name] for name in fields])

    def __len__(self) -> int:
        return len(self._columns[0]) if self._columns else 0

    @property
    def columns(self) -> list:
        """The columns, in the order ``make`` takes their values."""
        return self._columns

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self.at(range(*index.indices(len(self))))
        index = checked_index(index, len(self))
        values = [column[index] for column in self._columns]
        for k in self._points:
            x, y = values[k].tolist()
            values[k] = None if x != x else (x, y)  # NaN: no point
        return self._make(*values)

    def reordered(self, order: np.ndarray) -> ColumnRows:
        """These rows in the order of the positions ``order``."""
        taken = order.tolist()
        return ColumnRows(
            self._make,
            [
                column[order]
                if isinstance(column, np.ndarray)
                else list(map(column.__getitem__, taken))
                for column in self._columns
            ],
        )

    def at(self, positions: Sequence[int]) -> list:
        """The rows at ``positions`` (in range), made column by column: a click's few
        hundred rows cost a few list look-ups each, not a call per field."""
        positions = list(positions)
        columns = [
            as_points(column[positions]) if k in self._points else [column[p] for p in positions]
            for k, column in enumerate(self._columns)
        ]
        return list(map(self._make, *columns)) if columns else []


def as_points(xy: np.ndarray) -> list:
    """An ``(n, 2)`` array as ``(x, y)`` tuples, None where x is NaN (no point)."""
    return [None if x != x else (x, y) for x, y in xy.tolist()]


class SortedKeys:
    """Sorted integer keys, stored as one array and looked up by bisection on a list.

    The list is made on the first lookup: a numpy search costs microseconds
    a call, and a click asks for thousands of keys.
    """

    def __init__(self, keys):
        self._array = np.asarray(keys, dtype=np.int64)
        self._list: list | None = None

    def __getstate__(self) -> dict:
        return {"keys": self._array}

    def __setstate__(self, state: dict) -> None:
        self._array, self._list = state["keys"], None

    @property
    def array(self) -> np.ndarray:
        """The keys, sorted."""
        return self._array

    def position(self, key) -> int | None:
        """Where ``key`` is, or None."""
        if self._list is None:
            self._list = self._array.tolist()
        at = bisect_left(self._list, key)
        return at if at < len(self._list) and self._list[at] == key else None

    def __iter__(self):
        return iter(self._array.tolist())

    def __len__(self) -> int:
        return len(self._array)


class GroupedRows(Mapping):
    """``{key: [record, ...]}`` for keys ``0 .. count - 1`` (a customer's position), kept as
    bounds and columns; the lists are made on access and a key without records is absent.

    A click asks for the records of a few hundred keys, most of which have none:
    two array look-ups answer that, without a dict of a million lists.
    """

    def __init__(self, bounds: array, rows: ColumnRows):
        self._bounds, self._rows = bounds, rows

    @classmethod
    def of(cls, keys, rows: ColumnRows, count: int) -> GroupedRows:
        """``rows`` grouped by ``keys`` (one per row, in ``0 .. count - 1``), each group
        in the rows' order."""
        keys = np.asarray(keys, dtype=np.int64)
        order = np.argsort(keys, kind="stable")
        bounds = np.zeros(count + 1, dtype=np.int64)
        np.cumsum(np.bincount(keys, minlength=count), out=bounds[1:])
        return cls(array("q", bounds.tobytes()), rows.reordered(order))

    def get(self, key, default=None):
        if not 0 <= key < len(self._bounds) - 1:
            return default
        first, last = self._bounds[key], self._bounds[key + 1]
        return self._rows.at(range(first, last)) if last > first else default

    def __getitem__(self, key):
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return found

    def __iter__(self):
        bounds = np.frombuffer(self._bounds, dtype=np.int64)
        return iter(np.flatnonzero(np.diff(bounds)).tolist())

    def __len__(self) -> int:
        return int(np.count_nonzero(np.diff(np.frombuffer(self._bounds, dtype=np.int64))))


def _transposed(records: list, fields: Sequence[str]) -> list:
    return [list(map(attrgetter(name), records)) for name in fields]
