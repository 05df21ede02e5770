"""Many small records stored as one column per field, for a model cache that loads in seconds.

Pickling a million records writes and reads a million objects one by one
(about a microsecond and a half each to read back); their fields as lists
and their points as one float array load many times faster, and the
records are made again in one ``map`` call. No QGIS here: the rooms that
own the records (trace, customers) say which of their fields are points.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from operator import attrgetter

import numpy as np


def to_columns(records: Sequence, fields: Sequence[str], points: Sequence[str] = ()) -> dict:
    """``{field: column}`` of ``records``; a field in ``points`` (an ``(x, y)`` or None)
    becomes an ``(n, 2)`` float array, NaN for None, a field of plain texts or plain
    integers only a numpy array, anything else a list."""
    columns = {name: _compact(values) for name, values in zip(fields, _transposed(records, fields))}
    for name in points:
        columns[name] = _points_array(columns[name])
    return columns


def from_columns(make: Callable, columns: dict, fields: Sequence[str]) -> list:
    """The records again: ``make(*row)`` for each row of ``columns`` in ``fields`` order."""
    return list(map(make, *[_plain(columns[name]) for name in fields]))


def checked_index(index: int, length: int) -> int:
    """``index`` of a sequence of ``length`` counted from 0 (a negative one from the end)."""
    if index < 0:
        index += length
    if not 0 <= index < length:
        raise IndexError(index)
    return index


def _compact(values: list):
    """Texts or integers (no None, no bool) as one numpy array, which pickles as one buffer."""
    kinds = set(map(type, values))
    if kinds == {str} and "\x00" not in "".join(values):  # numpy drops trailing NULs
        return np.asarray(values, dtype=str)
    if kinds == {int} and -(2**63) <= min(values) and max(values) < 2**63:
        return np.asarray(values, dtype=np.int64)
    return values


def _plain(column) -> list:
    """A column of :func:`to_columns` as a list of Python values (points as tuples or None)."""
    if not isinstance(column, np.ndarray):
        return column
    return _points_list(column) if column.ndim == 2 else column.tolist()


def _value(column, index: int):
    """One value of a column of :func:`to_columns`, as :func:`_plain` would give it."""
    if not isinstance(column, np.ndarray):
        return column[index]
    if column.ndim == 1:
        return column[index].item()
    x, y = column[index].tolist()
    return None if x != x else (x, y)  # NaN: no point


def _points_array(points: list) -> np.ndarray:
    nowhere = (math.nan, math.nan)
    return np.array([nowhere if p is None else p for p in points], dtype=float).reshape(-1, 2)


def _points_list(xy: np.ndarray) -> list:
    points = list(zip(xy[:, 0].tolist(), xy[:, 1].tolist()))
    for index in np.flatnonzero(np.isnan(xy[:, 0])).tolist():
        points[index] = None
    return points


class ColumnRows(Sequence):
    """Records kept as columns and made one by one on access: a table loaded from a cache.

    A click reads a few hundred rows of a million; making all of them at load
    time cost more than the rest of the load.
    """

    def __init__(self, make: Callable, columns: list):
        self._make = make
        self._columns = columns

    @classmethod
    def stored(cls, make: Callable, columns: dict, fields: Sequence[str]) -> ColumnRows:
        """The rows of :func:`to_columns` output, made as :func:`from_columns` would."""
        return cls(make, [columns[name] for name in fields])

    def __len__(self) -> int:
        return len(self._columns[0]) if self._columns else 0

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = checked_index(index, len(self))
        return self._make(*[_value(column, index) for column in self._columns])


class GroupedRows(Mapping):
    """``{key: [record, ...]}`` kept as sorted keys, bounds and columns; lists made on access."""

    def __init__(self, keys: np.ndarray, bounds: np.ndarray, rows: ColumnRows):
        self._keys, self._bounds, self._rows = keys, bounds, rows

    @classmethod
    def of(cls, groups: dict, make: Callable, fields: Sequence[str]) -> GroupedRows:
        """``groups`` (integer keys) in this form."""
        keys = np.asarray(sorted(groups), dtype=np.int64)
        ordered = [record for key in keys.tolist() for record in groups[key]]
        sizes = np.asarray([len(groups[key]) for key in keys.tolist()], dtype=np.int64)
        bounds = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        return cls(
            keys, bounds, ColumnRows(make, list(map(_compact, _transposed(ordered, fields))))
        )

    def __getitem__(self, key):
        at = int(np.searchsorted(self._keys, key))
        if at >= len(self._keys) or self._keys[at] != key:
            raise KeyError(key)
        return self._rows[int(self._bounds[at]) : int(self._bounds[at + 1])]

    def __iter__(self):
        return iter(self._keys.tolist())

    def __len__(self) -> int:
        return len(self._keys)


def _transposed(records: list, fields: Sequence[str]) -> list:
    return [list(map(attrgetter(name), records)) for name in fields]
