"""The hydraulic model parameters (``MODEL`` and its rules), defined and read in one place.

``outage:isolate`` and ``outage:model_report`` share them, so a batch and
the settings dialog name the same things.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
)

from ..hydraulics.settings import (
    DEFAULT_MAX_DROP,
    DEFAULT_MIN_PRESSURE,
    TIMES,
    PressureSettings,
)
from .parameters import _advanced


def add_model_parameters(algorithm, optional: bool = True, rules: bool = True) -> None:
    """MODEL, MODEL_LINK_FIELD and, with ``rules``, the low-pressure rules and time."""
    add = algorithm.addParameter
    tr = algorithm.tr
    add(
        QgsProcessingParameterFile(
            "MODEL",
            tr("EPANET hydraulic model (.inp) for pressure drops"),
            QgsProcessingParameterFile.Behavior.File,
            "inp",
            None,
            optional,
        )
    )
    add(
        QgsProcessingParameterField(
            "MODEL_LINK_FIELD",
            tr("Pipes field holding the model's link ids (empty: the pipe ids)"),
            None,
            "PIPES",
            QgsProcessingParameterField.DataType.Any,
            False,
            True,
        )
    )
    if not rules:
        return
    add(
        _advanced(
            QgsProcessingParameterNumber(
                "MIN_PRESSURE",
                tr("Low pressure below (metres of water)"),
                QgsProcessingParameterNumber.Type.Double,
                DEFAULT_MIN_PRESSURE,
                False,
                0.0,
            )
        )
    )
    add(
        _advanced(
            QgsProcessingParameterNumber(
                "MAX_PRESSURE_DROP",
                tr("Low pressure when it drops by more than (% of normal)"),
                QgsProcessingParameterNumber.Type.Double,
                100 * DEFAULT_MAX_DROP,
                False,
                0.0,
                100.0,
            )
        )
    )
    add(
        _advanced(
            QgsProcessingParameterEnum(
                "MODEL_TIME",
                tr("Time simulated"),
                [tr("Hour of highest demand"), tr("Steady state")],
                False,
                0,
            )
        )
    )


def pressure_settings_from_parameters(algorithm, parameters, context) -> PressureSettings:
    """The hydraulic parameters as :class:`PressureSettings` (no model: not enabled)."""
    read = algorithm.parameterAsString
    has_rules = algorithm.parameterDefinition("MIN_PRESSURE") is not None
    settings = PressureSettings(
        model_path=algorithm.parameterAsFile(parameters, "MODEL", context) or "",
        link_field=read(parameters, "MODEL_LINK_FIELD", context) or "",
    )
    if not has_rules:
        return settings
    return PressureSettings(
        model_path=settings.model_path,
        link_field=settings.link_field,
        min_pressure=algorithm.parameterAsDouble(parameters, "MIN_PRESSURE", context),
        max_drop=algorithm.parameterAsDouble(parameters, "MAX_PRESSURE_DROP", context) / 100.0,
        time=TIMES[algorithm.parameterAsEnum(parameters, "MODEL_TIME", context)],
    )
