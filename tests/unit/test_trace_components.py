"""Labels renumbered in order of first appearance, as the node and segment numbers need."""

from __future__ import annotations

import numpy as np
import pytest
from water_outage_notifier.trace.components import compact


def first_appearance(labels) -> list[int]:
    seen: dict[int, int] = {}
    return [seen.setdefault(label, len(seen)) for label in labels]


@pytest.mark.parametrize("seed", range(5))
def test_compact_numbers_labels_by_first_appearance(seed):
    rng = np.random.default_rng(seed)
    labels = rng.integers(-3, rng.integers(1, 500), rng.integers(1, 3000))
    ids, count = compact(labels)
    assert ids.dtype == np.int64
    assert ids.tolist() == first_appearance(labels.tolist())
    assert count == len(set(labels.tolist()))


def test_compact_of_nothing_and_of_one_label():
    ids, count = compact(np.zeros(0, dtype=np.int64))
    assert (ids.tolist(), count) == ([], 0)
    ids, count = compact(np.array([9, 9, 9]))
    assert (ids.tolist(), count) == ([0, 0, 0], 1)
