"""The pressure simulation of a work site, in the background after the click's answer.

The trace answers at once; the simulation (a second or so on a city's
model, longer the first time the model is read) runs in a ``QgsTask`` and
the dock and the map gain the low-pressure group when it arrives. Only the
toolkit runs in the task's thread: the customers are selected when the
answer is back in the main thread, as for the click.

One :data:`SHARED_CACHE` serves the map tool and the Processing
algorithms, so a model is read once per session while its file is unchanged.
"""

from __future__ import annotations

import logging
from typing import Callable

from qgis.core import QgsTask

from ..common.log_words import say
from ..hydraulics.cache import HydraulicCache
from ..hydraulics.pressure import Closure, assess
from ..hydraulics.problems import MODEL_RUN_FAILED, HydraulicProblem
from ..hydraulics.settings import PressureSettings
from .features import LayerSnapshot, field_index, read_table
from .i18n import tr
from .problem_text import problem_text

LOG = logging.getLogger("water_outage_notifier.gis")

SHARED_CACHE = HydraulicCache()


def link_reader(layer, id_field: str, link_field: str) -> Callable[[], dict] | None:
    """A function reading pipe id -> model link id from ``layer`` (safe in a task), or None.

    The layer is snapshotted here, in the main thread; reading happens when
    the match is first needed.
    """
    if not link_field or layer is None:
        return None
    snapshot = LayerSnapshot(layer)
    indexes = [field_index(layer, id_field, "pipe id"), field_index(layer, link_field, "link")]

    def read() -> dict:
        table = read_table(snapshot, indexes, with_geometry=False)
        return dict(zip(table.columns[0], table.columns[1]))

    return read


def simulate(
    work_site, network, settings: PressureSettings, links_of_pipes=None, cache=SHARED_CACHE
):
    """``(answer, problem)`` for ``work_site``: one of them is None."""
    try:
        model, match = cache.prepared(
            settings.model_path, network, settings.link_field, links_of_pipes
        )
        return assess(model, match, network, Closure.of(work_site.isolation), settings), None
    except HydraulicProblem as problem:
        LOG.warning("%s", problem_text(problem))  # worded here, at the edge
        return None, problem
    except Exception as error:  # noqa: BLE001 - the trace's answer stands whatever fails here
        say(LOG, logging.ERROR, "pressure_failed", exc_info=True)
        file = settings.model_path.replace("\\", "/").rsplit("/", 1)[-1]
        return None, HydraulicProblem(MODEL_RUN_FAILED, file=file, error=type(error).__name__)


class PressureTask(QgsTask):
    """Simulates one work site's closure; ``on_done(task)`` runs in the main thread."""

    def __init__(self, work_site, network, settings, links_of_pipes, on_done: Callable):
        super().__init__(tr("Water Outage Notifier: pressure check"), QgsTask.Flag.CanCancel)
        self.work_site = work_site
        self.network = network
        self.settings = settings
        self.links_of_pipes = links_of_pipes
        self.answer = None
        self.problem: HydraulicProblem | None = None
        self._on_done = on_done

    def run(self) -> bool:
        # No GUI here: the toolkit and the snapshot of the pipes layer only.
        self.answer, self.problem = simulate(
            self.work_site, self.network, self.settings, self.links_of_pipes
        )
        return not self.isCanceled()

    def finished(self, result: bool) -> None:
        self._on_done(self, result)
