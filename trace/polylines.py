"""Polylines kept as flat coordinate arrays, made into tuples only when asked for.

A million pipes as tuples of ``(x, y)`` tuples took gigabytes; the model
keeps one pair of float arrays instead and builds a piece's vertices when a
click or an output asks for them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np

from ..common.columns import SortedKeys, checked_index


class FlatPolylines(Sequence):
    """Polyline ``i`` is the vertices ``first[i]`` to ``first[i + 1]`` of ``x`` and ``y``."""

    def __init__(self, x: np.ndarray, y: np.ndarray, first: np.ndarray):
        self._x, self._y, self._first = x, y, first

    def __len__(self) -> int:
        return len(self._first) - 1

    def __getitem__(self, index) -> tuple[tuple[float, float], ...]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = checked_index(index, len(self))
        start, stop = self._first[index], self._first[index + 1]
        return tuple(zip(self._x[start:stop].tolist(), self._y[start:stop].tolist()))

    def flat(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(x, y, first)`` themselves (no copy), for passes over every polyline at once."""
        return self._x, self._y, self._first


class KeyedPolylines(Mapping):
    """``{key: polyline}`` as sorted integer keys and one :class:`FlatPolylines`.

    The pieces cut out of their pipes: half a million tuples of vertex tuples
    took a second to make and another to load from a model cache; as arrays
    they cost neither, and a click makes the few it reads.
    """

    def __init__(self, keys: SortedKeys, lines: FlatPolylines):
        self._keys, self._lines = keys, lines

    def flat(self) -> tuple[np.ndarray, tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """The sorted keys as an array and :meth:`FlatPolylines.flat` of their lines."""
        return self._keys.array, self._lines.flat()

    def __getitem__(self, key):
        at = self._keys.position(key)
        if at is None:
            raise KeyError(key)
        return self._lines[at]

    def __iter__(self):
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)
