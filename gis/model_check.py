"""The model report: the hydraulic model matched to the pipes and valves of the GIS.

Shared by ``outage:model_report`` and the settings tab's *Check the model*.
"""

from __future__ import annotations

from ..hydraulics.matching import match_model
from ..hydraulics.problems import HydraulicProblem
from .features import LayerError, field_index, optional_index, read_table
from .hydraulic_words import model_summary, problem_text
from .i18n import tr
from .pressure_task import SHARED_CACHE, link_reader


def model_report(pipes, pipe_id_field, valves, valve_id_field, settings, cache=SHARED_CACHE):
    """The match report of ``settings``' model against the layers (a HydraulicProblem if none)."""
    pipe_ids = read_table(
        pipes, [field_index(pipes, pipe_id_field, "pipe id")], with_geometry=False
    )
    valve_ids = []
    if valves is not None:
        index = optional_index(valves, valve_id_field, "valve id")
        if index >= 0:
            valve_ids = read_table(valves, [index], with_geometry=False).columns[0]
    model = cache.model(settings.model_path)
    reader = link_reader(pipes, pipe_id_field, settings.link_field)
    match = match_model(
        model.link_ids,
        pipe_ids.columns[0],
        reader() if reader is not None else None,
        valve_ids,
        settings.link_field,
    )
    return dict(match.report(), model=model.file, links=len(model.link_ids))


def check_model(mapping, settings, cache=SHARED_CACHE) -> tuple:
    """``(ok, text)``: the model report of the project's mapped layers, in words."""
    pipes = mapping.layer("pipes")
    if pipes is None:
        return False, tr("Choose the pipes layer on the first tab first.")
    try:
        report = model_report(
            pipes,
            mapping.pipes.field_name("id"),
            mapping.layer("valves"),
            mapping.valves.field_name("id"),
            settings,
            cache,
        )
    except HydraulicProblem as problem:
        return False, problem_text(problem)
    except LayerError as error:
        return False, str(error)
    return True, model_summary(report)
