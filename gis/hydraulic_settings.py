"""The hydraulic model and the low-pressure rules, kept in the project.

A model belongs to one network, as the layer mapping does, so it is
stored in the ``.qgz`` beside the mapping, under its own key: changing a
threshold must not rebuild the network model, which is keyed on the
mapping. The model's path is written relative to the project file when it
sits beside it, so a project folder can be moved or shared whole.
"""

from __future__ import annotations

import json
from dataclasses import asdict, fields

from qgis.core import QgsProject

from ..hydraulics.pressure import DONE, FAILED, PENDING
from ..hydraulics.settings import PEAK_HOUR, STEADY_STATE, TIMES, PressureSettings
from .mapping import SCOPE

KEY = "hydraulics"
#: What the dialogs read: the settings, the times and the pressure answer's states.
__all__ = [
    "DONE",
    "FAILED",
    "PEAK_HOUR",
    "PENDING",
    "STEADY_STATE",
    "PressureSettings",
    "load_pressure_settings",
    "save_pressure_settings",
]


def load_pressure_settings(project: QgsProject | None = None) -> PressureSettings:
    """The settings stored in ``project`` (the current one by default); defaults when none."""
    project = project or QgsProject.instance()
    text, found = project.readEntry(SCOPE, KEY, "")
    try:
        data = json.loads(text) if found and text else {}
    except ValueError:
        data = {}
    known = {f.name for f in fields(PressureSettings)}
    values = {k: v for k, v in data.items() if k in known}
    settings = PressureSettings(**values)
    if settings.model_path:
        path = project.pathResolver().readPath(settings.model_path)
        settings = PressureSettings(**{**asdict(settings), "model_path": path})
    if settings.time not in TIMES:
        settings = PressureSettings(**{**asdict(settings), "time": TIMES[0]})
    return settings


def save_pressure_settings(settings: PressureSettings, project: QgsProject | None = None) -> None:
    """Store ``settings`` in ``project``; it is written with the ``.qgz``."""
    project = project or QgsProject.instance()
    data = asdict(settings)
    if settings.model_path:
        data["model_path"] = project.pathResolver().writePath(settings.model_path)
    project.writeEntry(SCOPE, KEY, json.dumps(data, sort_keys=True))
