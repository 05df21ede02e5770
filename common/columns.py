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
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
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

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = checked_index(index, len(self))
        values = [column[index] for column in self._columns]
        for k in self._points:
            x, y = values[k].tolist()
            values[k] = None if x != x else (x, y)  # NaN: no point
        return self._make(*values)


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
    """``{key: [record, ...]}`` kept as sorted keys, bounds and columns; lists made on access."""

    def __init__(self, keys: SortedKeys, bounds: list, rows: ColumnRows):
        self._keys, self._bounds, self._rows = keys, bounds, rows

    @classmethod
    def of(cls, groups: dict, make: Callable, fields: Sequence[str]) -> GroupedRows:
        """``groups`` (integer keys) in this form."""
        keys = sorted(groups)
        ordered = [record for key in keys for record in groups[key]]
        bounds = np.cumsum([0] + [len(groups[key]) for key in keys]).tolist()
        return cls(
            SortedKeys(keys),
            bounds,
            ColumnRows(make, _transposed(ordered, fields)),
        )

    def __getitem__(self, key):
        at = self._keys.position(key)
        if at is None:
            raise KeyError(key)
        return self._rows[self._bounds[at] : self._bounds[at + 1]]

    def __iter__(self):
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)


def _transposed(records: list, fields: Sequence[str]) -> list:
    return [list(map(attrgetter(name), records)) for name in fields]
