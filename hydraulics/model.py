"""An EPANET model opened once and solved again for each closure.

The toolkit (``owa-epanet``, a thin SWIG wrapper of the EPANET 2.3 C
library) keeps the model in memory: a closure sets the initial status of
its links to closed, solves one hydraulic snapshot, reads every node's
pressure in one call, and puts the statuses back. Reading the ``.inp`` file
again for each click would cost more than solving it.

One snapshot, not an extended run: by default at the hour of highest total
demand in the model's patterns (the worst case of a working day), or, as an
option, the model's own steady state at its start time. Tanks keep their
initial levels in both.

A node no open link joins to a reservoir or a tank after the closure has no
pressure at all (``nan``), whatever number the solver prints for it: EPANET
only warns that the system is disconnected and gives such nodes meaningless
heads.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
import threading
import warnings
from collections import deque
from collections.abc import Iterable

import numpy as np

from .problems import (
    EPANET_MISSING,
    MODEL_NOT_FOUND,
    MODEL_RUN_FAILED,
    MODEL_UNBALANCED,
    MODEL_UNREADABLE,
    HydraulicProblem,
)
from .settings import PEAK_HOUR

#: EPANET's error for "cannot solve network hydraulic equations".
UNSOLVABLE = 110
#: The looked-at demand periods cover at least one day of the patterns.
DAY = 24 * 3600
#: Metres of water per pressure unit of the model (EN_PSI, EN_KPA, EN_METERS, EN_BAR, EN_FEET).
_TO_METRES = {0: 0.703070, 1: 0.101972, 2: 1.0, 3: 10.1972, 4: 0.3048}
_ERROR = re.compile(r"Error (\d+)")
# The toolkit turns EPANET's warnings (negative pressures, disconnected nodes: expected after
# a closure) into Python warnings that say only "WARNING"; an unbalanced solution is checked
# on the solver's statistics instead. A filter, not catch_warnings: that is not thread-safe.
warnings.filterwarnings("ignore", message="WARNING$")


def toolkit():
    """The ``epanet.toolkit`` module, or the ``epanet_missing`` problem."""
    try:
        from epanet import toolkit as en
    except ImportError:
        raise HydraulicProblem(EPANET_MISSING) from None
    return en


def error_number(error: Exception) -> int:
    """The EPANET error number in a toolkit exception (0 when it names none)."""
    found = _ERROR.search(str(error))
    return int(found.group(1)) if found else 0


class HydraulicModel:
    """One ``.inp`` file in the toolkit, with its ids and its connectivity.

    ``link_ids`` and ``node_ids`` are in toolkit order (index ``i`` is the
    toolkit's ``i + 1``); ``link_nodes[i]`` the two node indices of link
    ``i``; ``node_xy`` the nodes' coordinates (nan without [COORDINATES]); ``adjacency`` the links at each node (offsets, neighbour nodes,
    links: node ``n``'s are at ``offsets[n]:offsets[n + 1]``). Solving is serialised by a lock: one toolkit project answers one
    question at a time, whichever thread asks.
    """

    def __init__(self, path: str):
        self.path = path
        self.file = os.path.basename(path)
        en = self.en = toolkit()
        if not os.path.isfile(path):
            raise HydraulicProblem(MODEL_NOT_FOUND, file=self.file)
        self._folder = tempfile.mkdtemp(prefix="outage-epanet-")
        self._lock = threading.RLock()
        self._solver_open = False
        self._normal: dict = {}
        #: (network id, link, pipe id) -> whether the link runs against the pipe (pressure.py)
        self.directions: dict = {}
        self._project = en.createproject()
        try:
            en.open(self._project, path, os.path.join(self._folder, "model.rpt"), "")
            self._read()
        except Exception as error:
            self.close()
            raise HydraulicProblem(
                MODEL_UNREADABLE, file=self.file, error=error_number(error)
            ) from None

    def _read(self) -> None:
        en, ph = self.en, self._project
        nodes = en.getcount(ph, en.NODECOUNT)
        links = en.getcount(ph, en.LINKCOUNT)
        self.node_ids = tuple(en.getnodeid(ph, i) for i in range(1, nodes + 1))
        self.link_ids = tuple(en.getlinkid(ph, i) for i in range(1, links + 1))
        self.link_index = {link_id: i for i, link_id in enumerate(self.link_ids)}
        self.link_types = tuple(en.getlinktype(ph, i) for i in range(1, links + 1))
        self.link_nodes = (
            np.array([en.getlinknodes(ph, i) for i in range(1, links + 1)], dtype=np.int64).reshape(
                -1, 2
            )
            - 1
        )
        self.fixed = np.array(
            [en.getnodetype(ph, i) != en.JUNCTION for i in range(1, nodes + 1)], dtype=bool
        )
        self.node_xy = np.array([_coordinates(en, ph, i) for i in range(1, nodes + 1)]).reshape(
            -1, 2
        )
        self._initial = [en.getlinkvalue(ph, i, en.INITSTATUS) for i in range(1, links + 1)]
        self.closed_in_model = frozenset(
            i for i, status in enumerate(self._initial) if status == en.CLOSED
        )
        self._to_metres = _TO_METRES.get(int(en.getoption(ph, en.PRESS_UNITS)), 1.0)
        self._start = int(en.gettimeparam(ph, en.PATTERNSTART))
        self._peak = self._peak_offset()
        self.adjacency = _adjacency(self.link_nodes, nodes)

    # -- time --------------------------------------------------------------
    def _peak_offset(self) -> int:
        """Seconds after the model's start of the pattern period with the highest total demand.

        Every junction demand counts with its own pattern (or the model's
        default one); the periods looked at span the model's duration, and
        at least one day.
        """
        en, ph = self.en, self._project
        step = max(int(en.gettimeparam(ph, en.PATTERNSTEP)), 1)
        span = max(int(en.gettimeparam(ph, en.DURATION)), DAY)
        periods = max(span // step, 1)
        default = int(en.getoption(ph, en.DEMANDPATTERN))
        base: dict = {}
        for node in range(1, len(self.node_ids) + 1):
            if self.fixed[node - 1]:
                continue
            for demand in range(1, en.getnumdemands(ph, node) + 1):
                pattern = en.getdemandpattern(ph, node, demand) or default
                base[pattern] = base.get(pattern, 0.0) + en.getbasedemand(ph, node, demand)
        totals = np.zeros(periods)
        first = self._start // step
        for pattern, demand in base.items():
            factors = np.ones(1)
            if pattern > 0:
                length = en.getpatternlen(ph, pattern)
                factors = np.array(
                    [en.getpatternvalue(ph, pattern, p) for p in range(1, length + 1)]
                )
            totals += demand * factors[(first + np.arange(periods)) % len(factors)]
        return int(np.argmax(totals)) * step

    def snapshot_time(self, time: str) -> int:
        """Seconds after the model's start that ``time`` (peak hour or steady state) solves."""
        return self._peak if time == PEAK_HOUR else 0

    # -- solving -------------------------------------------------------------
    def normal(self, time: str) -> np.ndarray:
        """Pressures (m) with nothing closed, computed once per ``time``."""
        if time not in self._normal:
            self._normal[time] = self.pressures((), time)
        return self._normal[time]

    def pressures(self, closed: Iterable[int], time: str) -> np.ndarray:
        """Node pressures in metres with links ``closed`` (indices); nan where no water reaches."""
        closed = sorted(set(int(i) for i in closed))
        en = self.en
        with self._lock:
            ph = self._project
            en.settimeparam(ph, en.PATTERNSTART, self._start + self.snapshot_time(time))
            try:
                for link in closed:
                    en.setlinkvalue(ph, link + 1, en.INITSTATUS, en.CLOSED)
                values = self._solve()
            finally:
                for link in closed:
                    en.setlinkvalue(ph, link + 1, en.INITSTATUS, self._initial[link])
                en.settimeparam(ph, en.PATTERNSTART, self._start)
        values = values * self._to_metres
        values[~self.connected(closed)] = np.nan
        return values

    def _solve(self) -> np.ndarray:
        """One hydraulic snapshot at time 0 of the (shifted) patterns.

        The solver stays open between questions: opening it orders the
        network's matrix, most of the cost of a solve on a big model, and
        the order does not change when links close. ``initH`` applies the
        initial statuses and ``runH`` solves one period.
        """
        en, ph = self.en, self._project
        try:
            if not self._solver_open:
                en.openH(ph)
                self._solver_open = True
            en.initH(ph, en.NOSAVE)
            en.runH(ph)
        except Exception as error:
            number = error_number(error)
            code = MODEL_UNBALANCED if number == UNSOLVABLE else MODEL_RUN_FAILED
            raise HydraulicProblem(code, file=self.file, error=number) from None
        trials = en.getoption(ph, en.TRIALS)
        if en.getstatistic(ph, en.ITERATIONS) >= trials and en.getstatistic(
            ph, en.RELATIVEERROR
        ) > en.getoption(ph, en.ACCURACY):
            raise HydraulicProblem(MODEL_UNBALANCED, file=self.file, error=1)
        values = en.doubleArray(len(self.node_ids))
        en.getnodevalues(ph, en.PRESSURE, values)
        return np.array([values[i] for i in range(len(self.node_ids))], dtype=float)

    def connected(self, closed: Iterable[int] = ()) -> np.ndarray:
        """True for each node an open link path joins to a reservoir or a tank."""
        shut = self.closed_in_model.union(closed)
        seen = self.fixed.copy()
        offsets, neighbours, via = self.adjacency
        queue = deque(np.flatnonzero(seen).tolist())
        while queue:
            node = queue.popleft()
            for k in range(offsets[node], offsets[node + 1]):
                other = neighbours[k]
                if not seen[other] and via[k] not in shut:
                    seen[other] = True
                    queue.append(other)
        return seen

    def close(self) -> None:
        """Free the toolkit project and its scratch files (after a solve under way)."""
        lock = getattr(self, "_lock", None)
        if lock is None:  # failed before the project existed
            return
        with lock:
            project, self._project = self._project, None
            if project is not None:
                if self._solver_open:
                    self.en.closeH(project)
                    self._solver_open = False
                try:
                    self.en.close(project)
                except Exception:  # noqa: BLE001 - already closed or never opened
                    pass
                self.en.deleteproject(project)
            shutil.rmtree(self._folder, ignore_errors=True)

    def __del__(self):
        try:
            self.close()
        except Exception:  # noqa: BLE001 - at interpreter exit the toolkit may be gone already
            pass


def _coordinates(en, ph, node: int) -> tuple:
    """A node's ``(x, y)`` from the model's [COORDINATES], or nans when it has none."""
    try:
        return tuple(en.getcoord(ph, node))
    except Exception:  # noqa: BLE001 - the toolkit's "no coordinates" error
        return (np.nan, np.nan)


def _adjacency(link_nodes: np.ndarray, nodes: int) -> tuple:
    """Node -> (neighbour, link) lists in CSR form: offsets, neighbours, links (plain lists)."""
    ends = np.concatenate([link_nodes[:, 0], link_nodes[:, 1]])
    others = np.concatenate([link_nodes[:, 1], link_nodes[:, 0]])
    links = np.concatenate([np.arange(len(link_nodes))] * 2)
    order = np.argsort(ends, kind="stable")
    offsets = np.zeros(nodes + 1, dtype=np.int64)
    np.add.at(offsets, ends + 1, 1)
    return np.cumsum(offsets).tolist(), others[order].tolist(), links[order].tolist()
