"""One intervention per work: which stored intervention a notice for a traced work continues.

An operator who closes *Notify customers* after a failed send and opens it
again for the same work must continue the intervention already made, or a
second reference (INT-…-0002) would send the same customers the same notice
a second time. The work is known by its pipes (the traced work site's
``work_pipe_ids``); an intervention still active (planned, notified, in
progress) with the same pipes is the same work. A new intervention for the
same pipes is made only when the operator asks for one.
"""

from __future__ import annotations

from ..common.vocabulary import ACTIVE_STATES
from ..store.interventions import Intervention
from .request import Services


def intervention_of_work(services: Services, work_pipe_ids) -> Intervention | None:
    """The newest active intervention whose work pipes are ``work_pipe_ids``, or None."""
    wanted = {str(pipe) for pipe in work_pipe_ids}
    if not wanted:
        return None
    marks = ",".join("?" * len(ACTIVE_STATES))
    for intervention in services.store.select(
        f"i.state IN ({marks})", ACTIVE_STATES, order="i.id DESC"
    ):
        if {str(pipe) for pipe in intervention.work_pipe_ids} == wanted:
            return intervention
    return None
