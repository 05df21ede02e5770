"""Named messages for parameters Processing would only call "Incorrect parameter value".

QGIS checks each parameter before running an algorithm and, for a missing
date or a folder where a file belongs, says only "Incorrect parameter value
for END". Each check here returns the operator's sentence (Italian or
English through ``tr``) naming the parameter and what to give, or None;
:meth:`~.base.OutageAlgorithm.checkParameterValues` shows them before
QGIS's own checks.
"""

from __future__ import annotations

import os

from ..customers.phones import is_known_region


def missing_datetime(algorithm, parameters, context, name: str, what: str):
    """``name`` (a date and time) is not given."""
    if algorithm.parameterAsDateTime(parameters, name, context).isValid():
        return None
    return algorithm.tr("{name} is missing: give {what}.").format(name=name, what=what)


def file_problem(algorithm, parameters, context, name: str, extension: str, must_exist=True):
    """``name`` is not a ``.extension`` file (missing, a folder, another kind of file)."""
    value = parameters.get(name)
    path = algorithm.parameterAsFile(parameters, name, context) if value is not None else ""
    optional = algorithm.parameterDefinition(name).flags() & _optional_flag()
    if not path:
        if optional:
            return None
        return algorithm.tr("{name} is missing: choose a .{extension} file.").format(
            name=name, extension=extension
        )
    if os.path.isdir(path):
        return algorithm.tr(
            "{name} '{path}' is a folder: choose a .{extension} file in it."
        ).format(name=name, path=path, extension=extension)
    if must_exist and not os.path.isfile(path):
        return algorithm.tr("{name} '{path}' does not exist.").format(name=name, path=path)
    if not path.lower().endswith("." + extension):
        return algorithm.tr("{name} '{path}' is not a .{extension} file.").format(
            name=name, path=path, extension=extension
        )
    return None


def folder_problem(algorithm, parameters, context, name: str):
    """``name`` (a folder to write into) is an existing file."""
    path = algorithm.parameterAsString(parameters, name, context)
    if path and os.path.isfile(path):
        return algorithm.tr("{name} '{path}' is a file: choose a folder.").format(
            name=name, path=path
        )
    return None


def region_problem(algorithm, parameters, context, name: str = "PHONE_REGION"):
    """``name`` is not a region phone numbers can be read for."""
    region = algorithm.parameterAsString(parameters, name, context).strip()
    if not region or is_known_region(region):
        return None
    return algorithm.tr(
        "{name} '{region}' is not a phone region: use a country code such as IT."
    ).format(name=name, region=region)


def _optional_flag():
    from qgis.core import QgsProcessingParameterDefinition

    return QgsProcessingParameterDefinition.Flag.FlagOptional


def layer_problem(algorithm, parameters, context, name: str, what: str):
    """``name`` (a required vector layer) is not given or cannot be opened."""
    if algorithm.parameterAsVectorLayer(parameters, name, context) is not None:
        return None
    if not parameters.get(name):
        return algorithm.tr("{name} is missing: choose {what}.").format(name=name, what=what)
    return algorithm.tr("{name} '{value}' is not a vector layer QGIS can open.").format(
        name=name, value=parameters.get(name)
    )


def field_problem(algorithm, parameters, context, name: str, layer: str):
    """``name`` (a required field of ``layer``) is not given or not in the layer."""
    field = algorithm.parameterAsString(parameters, name, context)
    source = algorithm.parameterAsVectorLayer(parameters, layer, context)
    if not field:
        return algorithm.tr("{name} is missing: choose a field of {layer}.").format(
            name=name, layer=layer
        )
    if source is not None and source.fields().indexOf(field) < 0:
        return algorithm.tr("{name}: layer '{layer}' has no field '{field}'.").format(
            name=name, layer=source.name(), field=field
        )
    return None
