"""Pressure drops from a hydraulic model: who keeps water, but at low pressure.

Topology says who is cut off from every source; it cannot say who is still
connected only through a long or narrow path. With the utility's EPANET
model (``.inp``) this room answers that: it reads and matches the model to
the GIS pipes (:mod:`.matching`), runs the EPANET toolkit with the work
site's closure applied (:mod:`.model`, through ``owa-epanet``), and marks
the supplied pipes whose nodes fall below a pressure threshold or lose more
than a share of their normal pressure (:mod:`.pressure`). Pure Python: no Qt,
no QGIS. Problems are :class:`.problems.HydraulicProblem` (a code and plain
parameters); the adapters put them into words.
"""

from .problems import HydraulicProblem
from .settings import PEAK_HOUR, STEADY_STATE, PressureSettings

__all__ = ["HydraulicProblem", "PEAK_HOUR", "STEADY_STATE", "PressureSettings"]
