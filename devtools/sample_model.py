"""Generate the sample town's EPANET model, ``sample_data/imola_sample.inp``, from its GIS.

    python devtools/sample_model.py            # rewrites sample_data/imola_sample.inp

Utilities often build their hydraulic model from their GIS, with the same
pipe ids; this does the same for the sample town (``sample_town.town``),
so the same seed always gives the same file (checked by
``tests/unit/test_sample_model.py``). Every pipe is a link with its own id;
the tanks (south, on the hills) and the wells (north, pumped) are
reservoirs at a fixed head; the normally closed valves close their pipe;
each customer's dwellings are a demand at the far node of its pipe, with a
daily pattern peaking in the morning. The ground rises towards the hills,
so the southern streets near the tanks have the least pressure.
"""

from __future__ import annotations

import math
import runpy
import sys
from pathlib import Path

if __name__ == "__main__" and not __package__:
    runpy.run_path(str(Path(__file__).resolve().parents[1] / "tests" / "conftest.py"))
    __package__ = "water_outage_notifier.devtools"  # noqa: A001

from .epanet_writer import Junction, Pipe, Reservoir, inp_text  # noqa: E402
from .sample_network import CENTRE  # noqa: E402
from .sample_town import SAMPLE_PATH, town  # noqa: E402

MODEL_PATH = SAMPLE_PATH.with_suffix(".inp")
#: Litres per second per dwelling on an average day (about 300 l a day).
DEMAND_PER_UNIT = 0.0035
#: Hourly factors of an Italian town's day: night minimum, morning and evening peaks.
PATTERN = (0.4, 0.3, 0.25, 0.25, 0.3, 0.6, 1.3, 2.3, 1.9, 1.4, 1.15, 1.1,
           1.2, 1.1, 0.95, 0.85, 0.9, 1.1, 1.4, 1.7, 1.45, 1.1, 0.75, 0.55)  # fmt: skip
HEADS = {"serbatoio": 108.0, "pozzo": 95.0}  # tanks on the hills; wells pumped to this head
ROUGHNESS = {"ghisa": 100, "acciaio": 110, "PEAD": 140, "PVC": 140, "fibrocemento": 120}
CLOSED_STATES = ("chiusa",)


def elevation(xy: tuple) -> float:
    """Ground level (m): the plain at 40 m, rising 3 % towards the southern hills."""
    return 40.0 + 0.03 * min(max(CENTRE[1] - xy[1], 0.0), 1500.0)


def model_text(seed_town: tuple | None = None) -> str:
    network, clients, _contacts = seed_town or town()
    sources = {s.node: s for s in network.sources}
    node_id = {
        n: sources[n].source_id if n in sources else f"N{n}" for n in range(len(network.nodes))
    }
    closed_pipes = {
        v.pipe for v in network.valves if v.pipe is not None and v.state in CLOSED_STATES
    }
    demand: dict = {}
    by_id = {p.pipe_id: p for p in network.pipes}
    for client in clients:
        pipe = by_id.get(client.pipe_id)
        if pipe is not None:
            demand[pipe.b] = demand.get(pipe.b, 0.0) + DEMAND_PER_UNIT * client.units
    used = sorted({n for p in network.pipes for n in (p.a, p.b)})
    junctions = [
        Junction(node_id[n], elevation(network.nodes[n]), demand.get(n, 0.0), network.nodes[n])
        for n in used
        if n not in sources
    ]
    reservoirs = [
        Reservoir(s.source_id, HEADS[s.kind], network.nodes[s.node]) for s in network.sources
    ]
    pipes = [
        Pipe(
            p.pipe_id,
            node_id[p.a],
            node_id[p.b],
            max(sum(math.dist(a, b) for a, b in zip(p.coords, p.coords[1:])), 1.0),
            p.diameter,
            ROUGHNESS.get(p.material, 120),
            "Closed" if i in closed_pipes else "Open",
        )
        for i, p in enumerate(network.pipes)
    ]
    return inp_text(
        "Imola sample town, generated from its GIS by devtools/sample_model.py",
        junctions,
        reservoirs,
        pipes,
        PATTERN,
    )


def main() -> int:
    MODEL_PATH.write_text(model_text(), encoding="utf-8")
    print(f"Wrote {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
