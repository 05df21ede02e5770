"""What the operator sets for the pressure answer: the model, the link ids, the thresholds."""

from __future__ import annotations

from dataclasses import dataclass

#: Simulate the hour of highest total demand in the model's patterns (the worst case).
PEAK_HOUR = "peak_hour"
#: Simulate one steady state at the model's own start time.
STEADY_STATE = "steady_state"
TIMES = (PEAK_HOUR, STEADY_STATE)

#: Below this pressure (metres of water) a tap runs weak and upper floors may go dry.
DEFAULT_MIN_PRESSURE = 15.0
#: A node losing more than this share of its normal pressure is at low pressure too.
DEFAULT_MAX_DROP = 0.3


@dataclass(frozen=True)
class PressureSettings:
    """The hydraulic model and the low-pressure rules.

    ``model_path`` empty means no model: the trace stays topological.
    ``link_field`` is the pipes-layer field holding each pipe's model link
    id; empty means the link ids are the pipe ids. ``max_drop`` is a share
    (0.3 = 30 %).
    """

    model_path: str = ""
    link_field: str = ""
    min_pressure: float = DEFAULT_MIN_PRESSURE
    max_drop: float = DEFAULT_MAX_DROP
    time: str = PEAK_HOUR

    @property
    def enabled(self) -> bool:
        return bool(self.model_path.strip())
