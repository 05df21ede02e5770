"""Data warnings: bad input is reported, never raised and never skipped silently.

The trace room creates them while building the network model and the
customers room for its own layers; one shape for both, kept below both, so
the dock can list every problem of every layer in one table with a zoom-to
point.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union

FeatureId = Union[str, int, None]


@dataclass(frozen=True)
class DataWarning:
    """One problem in the input data.

    ``code`` is stable (tests, filters and translations key on it); ``message``
    names the layer role, the feature and the field in plain words; ``role`` is
    the layer role ("pipe", "valve", "source", "customer"); ``fid`` the QGIS
    feature id and ``feature_id`` the user's id value, when the problem belongs
    to one feature; ``point`` where to zoom, when known.
    """

    code: str
    message: str
    role: str
    fid: int | None = None
    feature_id: FeatureId = None
    point: tuple[float, float] | None = None

    def to_dict(self) -> dict:
        """JSON-ready form for reports and the history."""
        return {
            "code": self.code,
            "message": self.message,
            "role": self.role,
            "fid": self.fid,
            "feature_id": self.feature_id,
            "point": list(self.point) if self.point is not None else None,
        }
