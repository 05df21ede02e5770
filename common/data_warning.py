"""Data warnings: bad input is reported, never raised and never skipped silently.

The trace room creates them while building the network model and the
customers room for its own layers; one shape for both, kept below both, so
the dock can list every problem of every layer in one table with a zoom-to
point.

Each one carries a ``level``: a **warning** is a problem the operator should
fix or at least look at (a valve on no pipe); a **note** records what the
model made of data that is usual in real utility layers and was handled
(a branch ending on a main with no node there: a tee). The dock groups the
notes apart, so they never bury the warnings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Union

FeatureId = Union[str, int, None]

#: ``DataWarning.level`` values, stable like the codes (filters and translations key on them).
WARNING = "warning"
NOTE = "note"


@dataclass(frozen=True)
class DataWarning:
    """One problem (or note) about the input data.

    ``code`` is stable (tests, filters and translations key on it) and
    ``params`` holds its plain values (ids, counts, coordinates), so the
    adapters can word it in Italian or English; ``message`` is the English
    default text, naming the layer role, the feature and the field. ``role``
    is the layer role ("pipe", "valve", "source", "customer", "service");
    ``fid`` the QGIS feature id and ``feature_id`` the user's id value, when
    the problem belongs to one feature; ``point`` where to zoom, when known;
    ``level`` :data:`WARNING` or :data:`NOTE`.
    """

    code: str
    message: str
    role: str
    fid: int | None = None
    feature_id: FeatureId = None
    point: tuple[float, float] | None = None
    level: str = WARNING
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    @property
    def is_note(self) -> bool:
        return self.level == NOTE

    def to_dict(self) -> dict:
        """JSON-ready form for reports and the history."""
        return {
            "code": self.code,
            "level": self.level,
            "message": self.message,
            "params": dict(self.params),
            "role": self.role,
            "fid": self.fid,
            "feature_id": self.feature_id,
            "point": list(self.point) if self.point is not None else None,
        }
