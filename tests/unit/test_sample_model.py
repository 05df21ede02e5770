"""The sample town's EPANET model: current with its generator, and the documented answer holds.

``sample_data/imola_sample.inp`` is generated from the town's GIS by
``devtools/sample_model.py``; the README's example (work on the Montericco
tank main leaves the Dozza hamlet at low pressure) is checked here on the
trace built from the same town and the committed model.
"""

from __future__ import annotations

import pytest
from water_outage_notifier.devtools import sample_model
from water_outage_notifier.devtools.sample_town import town
from water_outage_notifier.hydraulics import PressureSettings
from water_outage_notifier.hydraulics.matching import match_model
from water_outage_notifier.hydraulics.model import HydraulicModel
from water_outage_notifier.hydraulics.pressure import Closure, assess
from water_outage_notifier.trace import (
    NetworkSettings,
    PipeInput,
    SourceInput,
    ValveInput,
    build_network,
)

#: The README's example: a pipe of the main from the Montericco tank.
TANK_MAIN = "C002770"


@pytest.fixture(scope="module")
def sample():
    return town()


@pytest.fixture(scope="module")
def model():
    loaded = HydraulicModel(str(sample_model.MODEL_PATH))
    yield loaded
    loaded.close()


def test_the_committed_model_is_what_the_generator_makes_now(sample):
    committed = sample_model.MODEL_PATH.read_text(encoding="utf-8")
    assert sample_model.model_text(sample) == committed


def test_the_model_holds_every_pipe_with_its_own_id_and_no_link_more(sample, model):
    network = sample[0]
    match = match_model(model.link_ids, [p.pipe_id for p in network.pipes])
    assert match.pipes_missing == () and match.links_missing == ()
    normal = model.normal("peak_hour")
    assert model.snapshot_time("peak_hour") == 7 * 3600, "the morning peak"
    assert normal[~model.fixed].min() >= 15.0, "nobody is at low pressure on a normal day"


def test_work_on_the_tank_main_leaves_the_dozza_hamlet_at_low_pressure(sample, model):
    network, clients, _contacts = sample
    gis = build_network(
        [PipeInput(i, p.pipe_id, p.parts or [p.coords]) for i, p in enumerate(network.pipes)],
        [ValveInput(i, v.valve_id, v.point, v.state) for i, v in enumerate(network.valves)],
        [SourceInput(i, s.source_id, network.nodes[s.node]) for i, s in enumerate(network.sources)],
        NetworkSettings(closed_values=("chiusa",), inoperable_values=("inoperabile", "guasta")),
    )
    match = match_model(model.link_ids, gis.pipe_ids)
    isolation = gis.isolate(gis.pieces_of_pipe(TANK_MAIN))
    assert isolation.unsupplied_pieces == (), "the other tank keeps everyone supplied"
    settings = PressureSettings(model_path=str(sample_model.MODEL_PATH))
    answer = assess(model, match, gis, Closure.of(isolation), settings)
    comuni = {p.pipe_id: p.comune for p in network.pipes}
    assert answer.low_pipe_ids and {comuni[p] for p in answer.low_pipe_ids} == {"Dozza"}
    assert all(n.pressure < 15.0 <= n.normal for n in answer.low_nodes)
