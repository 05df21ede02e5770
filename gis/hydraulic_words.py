"""The operator's words for the hydraulic problems and the simulated time.

The core names a problem with a code and plain parameters; this is the one
place that turns them into a sentence, in Italian or English. No file path
is shown: the model is named by its file name only.
"""

from __future__ import annotations

from ..hydraulics import problems
from ..hydraulics.matching import EXAMPLES
from ..hydraulics.settings import PEAK_HOUR
from .i18n import tr


def problem_text(problem) -> str:
    """One sentence saying why there is no pressure answer, and what to do.

    ``problem`` is a :class:`~..hydraulics.problems.HydraulicProblem` or its
    ``to_dict()`` form, as the report keeps it.
    """
    if isinstance(problem, dict):
        problem = problems.HydraulicProblem(problem["code"], **problem["params"])
    params = problem.params
    texts = {
        problems.EPANET_MISSING: tr(
            "The pressure check needs the Python package owa-epanet in QGIS's Python: install "
            "it with pip (python -m pip install owa-epanet), then restart QGIS."
        ),
        problems.MODEL_NOT_FOUND: tr(
            "The hydraulic model {file} was not found: choose it again in the settings."
        ),
        problems.MODEL_UNREADABLE: tr(
            "EPANET cannot read the hydraulic model {file} (EPANET error {error}): open it in "
            "EPANET to see the faulty lines."
        ),
        problems.MODEL_UNBALANCED: tr(
            "The hydraulic model {file} does not balance with this closure (EPANET {error}): "
            "the pressures cannot be trusted."
        ),
        problems.MODEL_RUN_FAILED: tr(
            "EPANET stopped while solving the hydraulic model {file} (error {error})."
        ),
        problems.IDS_DO_NOT_MATCH: tr(
            "No pipe id matches a link id of the hydraulic model (pipes e.g. {pipe_examples}; "
            "links e.g. {link_examples}): choose the pipes field that holds the model's link "
            "ids in the settings."
        ),
        problems.CLOSURE_NOT_IN_MODEL: tr(
            "None of the {pipes} isolated pipes is in the hydraulic model, so the closure "
            "cannot be simulated."
        ),
    }
    text = texts.get(problem.code)
    if text is None:
        return tr("The pressure check failed.")
    return text.format(**params)


def time_text(time: str, clock: str) -> str:
    """What was simulated: the peak hour at its clock time, or the steady state."""
    if time == PEAK_HOUR:
        return tr("hour of highest demand ({clock})").format(clock=clock)
    return tr("steady state")


def model_summary(report: dict) -> str:
    """The model report in a few sentences, quoting a few ids of each list."""

    def some(ids) -> str:
        if not ids:
            return ""
        shown = ", ".join(str(i) for i in ids[:EXAMPLES])
        return f" ({shown}{', …' if len(ids) > EXAMPLES else ''})"

    return tr(
        "{matched} pipes and {valves} valves match links of the model {model}. Pipes missing "
        "from the model: {pipes}{some_pipes}. Model links missing from the GIS: "
        "{links}{some_links}."
    ).format(
        matched=report["pipes_matched"],
        valves=report["valves_matched"],
        model=report["model"],
        pipes=len(report["pipes_missing_from_model"]),
        some_pipes=some(report["pipes_missing_from_model"]),
        links=len(report["links_missing_from_gis"]),
        some_links=some(report["links_missing_from_gis"]),
    )
