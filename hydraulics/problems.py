"""Why a hydraulic answer could not be given: a stable code and plain parameters.

The topological answer stands whatever happens here; a problem only says
why the pressure part is missing. The adapters turn the code into Italian
or English; :attr:`HydraulicProblem.message` is the English default for logs
and for the JSON report.
"""

from __future__ import annotations

#: owa-epanet is not installed in this Python.
EPANET_MISSING = "epanet_missing"
#: The model file does not exist (``file``: its name).
MODEL_NOT_FOUND = "model_not_found"
#: EPANET refused the file (``file``, ``error``: the toolkit's error number).
MODEL_UNREADABLE = "model_unreadable"
#: The hydraulic equations did not converge (``file``, ``error``).
MODEL_UNBALANCED = "model_unbalanced"
#: The toolkit failed while solving for another reason (``file``, ``error``).
MODEL_RUN_FAILED = "model_run_failed"
#: No GIS pipe id is a link id of the model (``pipes``, ``links``, ``pipe_examples``,
#: ``link_examples``, ``link_field``).
IDS_DO_NOT_MATCH = "model_ids_do_not_match"
#: None of the pipes and valves the closure shuts is in the model (``pipes``: how many).
CLOSURE_NOT_IN_MODEL = "closure_not_in_model"

_MESSAGES = {
    EPANET_MISSING: "The EPANET toolkit (Python package owa-epanet) is not installed.",
    MODEL_NOT_FOUND: "The hydraulic model {file} does not exist.",
    MODEL_UNREADABLE: "EPANET cannot read the hydraulic model {file} (error {error}).",
    MODEL_UNBALANCED: "The hydraulic model {file} does not balance (EPANET {error}).",
    MODEL_RUN_FAILED: "EPANET stopped while solving the hydraulic model {file} (error {error}).",
    IDS_DO_NOT_MATCH: (
        "No pipe id of the GIS ({pipes} pipes, e.g. {pipe_examples}) is a link id of the "
        "hydraulic model ({links} links, e.g. {link_examples})."
    ),
    CLOSURE_NOT_IN_MODEL: (
        "None of the {pipes} isolated pipes and valves to close is in the hydraulic model."
    ),
}


class HydraulicProblem(Exception):
    """A hydraulic answer that could not be given; ``code`` and ``params`` say why."""

    def __init__(self, code: str, **params):
        self.code = code
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """English text for the log and the JSON report (the adapters translate the code)."""
        return _MESSAGES.get(self.code, self.code).format(**self.params)

    def to_dict(self) -> dict:
        return {"code": self.code, "params": dict(self.params), "message": self.message}

    def __eq__(self, other) -> bool:
        return isinstance(other, HydraulicProblem) and (self.code, self.params) == (
            other.code,
            other.params,
        )

    def __hash__(self) -> int:
        return hash(self.code)
