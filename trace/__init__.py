"""Valve isolation on the pipe network (pure Python + numpy, no Qt, no QGIS).

Build the model once with :func:`build_network`, then ask
:meth:`Network.isolate` for each work site.
"""

from ..common.data_warning import DataWarning
from .builder import build_network
from .inputs import (
    NetworkSettings,
    PipeArrays,
    PipeInput,
    SourceInput,
    TraceCanceled,
    ValveInput,
)
from .isolation import IsolationResult
from .network import Network, Piece, SegmentRow

__all__ = [
    "DataWarning",
    "IsolationResult",
    "Network",
    "NetworkSettings",
    "Piece",
    "PipeArrays",
    "PipeInput",
    "SegmentRow",
    "SourceInput",
    "TraceCanceled",
    "ValveInput",
    "build_network",
]
