"""Where parts are cut: mid-span valves, tees and mid-span sources, as columns.

A million pipes carry a few hundred thousand cuts; as tuples in per-part
lists they cost a second to make and as much to sort. As columns they are
sorted and numbered in whole-array passes (:mod:`.pieces`).
"""

from __future__ import annotations

import numpy as np

TEE, SOURCE, VALVE = 0, 1, 2  # cut kinds; of several cuts on one spot the lowest stands


class Cuts:
    """Cuts as columns (part, vertex segment, t, kind, ref), one row per cut.

    ``ref`` is the valve index, the tee's node or the source index.
    """

    def __init__(self, part, seg, t, kind, ref):
        self.part = np.asarray(part, dtype=np.int64)
        self.seg = np.asarray(seg, dtype=np.int64)
        self.t = np.asarray(t, dtype=float)
        self.kind = np.asarray(kind, dtype=np.int64)
        self.ref = np.asarray(ref, dtype=np.int64)

    def taken(self, rows) -> Cuts:
        return Cuts(self.part[rows], self.seg[rows], self.t[rows], self.kind[rows], self.ref[rows])

    @classmethod
    def joined(cls, many: list) -> Cuts:
        columns = ("part", "seg", "t", "kind", "ref")
        return cls(*(np.concatenate([getattr(c, name) for c in many]) for name in columns))

    def last_of_part(self) -> np.ndarray:
        """Rows of the last cut of each part (cuts of a part come together)."""
        last = np.ones(len(self.part), dtype=bool)
        last[:-1] = self.part[1:] != self.part[:-1]
        return np.flatnonzero(last)
