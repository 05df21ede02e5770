"""Polylines kept as flat coordinate arrays, made into tuples only when asked for.

A million pipes as tuples of ``(x, y)`` tuples took gigabytes; the model
keeps one pair of float arrays instead and builds a piece's vertices when a
click or an output asks for them.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


class FlatPolylines(Sequence):
    """Polyline ``i`` is the vertices ``first[i]`` to ``first[i + 1]`` of ``x`` and ``y``."""

    def __init__(self, x: np.ndarray, y: np.ndarray, first: np.ndarray):
        self._x, self._y, self._first = x, y, first

    def __len__(self) -> int:
        return len(self._first) - 1

    def __getitem__(self, index) -> tuple[tuple[float, float], ...]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        start, stop = self._first[index], self._first[index + 1]
        return tuple(zip(self._x[start:stop].tolist(), self._y[start:stop].tolist()))

    def flat(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(x, y, first)`` themselves (no copy), for passes over every polyline at once."""
        return self._x, self._y, self._first
