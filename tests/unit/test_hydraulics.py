"""Pressure drops from an EPANET model: the known answer, the problems, consistency with topology.

The small model of ``tests/hydraulic_zone.py`` has a zone left on one long
small pipe when its main closes. Every figure is checked against the
toolkit's own pressures, solved here directly without the hydraulics room.
"""

from __future__ import annotations

import math
import os

import hydraulic_zone as zone
import pytest
from epanet import toolkit as en
from water_outage_notifier.customers.index import CustomerIndex
from water_outage_notifier.customers.records import CustomerInput
from water_outage_notifier.hydraulics import PEAK_HOUR, STEADY_STATE, PressureSettings, problems
from water_outage_notifier.hydraulics.cache import HydraulicCache
from water_outage_notifier.hydraulics.matching import match_model
from water_outage_notifier.hydraulics.model import HydraulicModel
from water_outage_notifier.hydraulics.pressure import Closure, assess
from water_outage_notifier.notify.report_input import selection_from_report
from water_outage_notifier.trace import (
    NetworkSettings,
    PipeInput,
    SourceInput,
    ValveInput,
    build_network,
)
from water_outage_notifier.work_site import analyse


def gis_network(extra_pipes: dict = ()):
    pipes = [
        PipeInput(fid, pipe_id, [zone.polyline(pipe_id)])
        for fid, pipe_id in enumerate(zone.PIPES, start=1)
    ]
    for fid, (pipe_id, line) in enumerate(dict(extra_pipes).items(), start=100):
        pipes.append(PipeInput(fid, pipe_id, [line]))
    valves = [ValveInput(i, v, xy, "open") for i, (v, xy) in enumerate(zone.VALVES.items(), 1)]
    sources = [SourceInput(1, s, xy) for s, xy in zone.SOURCES.items()]
    return build_network(pipes, valves, sources, NetworkSettings())


def customer_index(network):
    customers = [
        CustomerInput(fid, cid, xy, pipe_id, phone=f"+39333000000{fid}")
        for fid, (cid, (pipe_id, xy)) in enumerate(zone.CUSTOMERS.items(), start=1)
    ]
    return CustomerIndex.build(customers, network)


@pytest.fixture()
def model(tmp_path):
    loaded = HydraulicModel(zone.write_inp(tmp_path))
    yield loaded
    loaded.close()


def work_site_on(network, point):
    """The piece under ``point``: a click."""
    return [network.nearest_piece(point, 1.0)[0]]


def toolkit_pressures(path, closed_links, pattern_start):
    """Node id -> pressure, solved by the toolkit alone with ``closed_links`` shut."""
    project = en.createproject()
    en.open(project, path, os.devnull, "")
    try:
        for link_id in closed_links:
            en.setlinkvalue(project, en.getlinkindex(project, link_id), en.INITSTATUS, en.CLOSED)
        en.settimeparam(project, en.DURATION, 0)
        en.settimeparam(project, en.PATTERNSTART, pattern_start)
        en.solveH(project)
        return {
            en.getnodeid(project, i): en.getnodevalue(project, i, en.PRESSURE)
            for i in range(1, en.getcount(project, en.NODECOUNT) + 1)
        }
    finally:
        en.close(project)
        en.deleteproject(project)


def test_the_peak_hour_is_the_pattern_period_of_highest_demand(model):
    assert model.snapshot_time(PEAK_HOUR) == zone.PEAK_SECONDS
    assert model.snapshot_time(STEADY_STATE) == 0


def test_a_zone_left_on_one_long_small_pipe_falls_below_the_threshold(model):
    network = gis_network()
    match = match_model(model.link_ids, network.pipe_ids, valve_ids=zone.VALVES)
    site = analyse(network, work_site_on(network, (850.0, 0.0)), customer_index(network))
    assert [network.valves[v].valve_id for v in site.isolation.valves_to_close] == ["V1", "V2"]
    settings = PressureSettings(model_path=model.path)
    answer = assess(model, match, network, Closure.of(site.isolation), settings)

    assert answer.closed_links == ("P3",)
    expected = toolkit_pressures(model.path, ["P3"], zone.PEAK_SECONDS)
    low = {node.node_id: node for node in answer.low_nodes}
    assert set(low) == {"J3", "J4"}
    for node_id, node in low.items():
        assert node.pressure == pytest.approx(expected[node_id], abs=0.01)
        assert node.pressure < settings.min_pressure
    assert all(expected[n] >= settings.min_pressure for n in ("J1", "J2", "J6", "J7"))
    # the zone's P4 and the long P5 are marked; P3b, fed from J3, is not in the model
    assert set(answer.low_pipe_ids) == {"P4", "P5"}
    assert match.pipes_missing == ("P3a", "P3b")

    site.set_pressure(answer)
    report = site.report()
    assert report["customers"]["low_pressure"] == ["U-zone-3", "U-zone-4"]
    assert set(report["pipes"]["low_pressure"]["pipe_ids"]) == {"P4", "P5"}
    assert report["counts"]["low_pressure"] == 2
    assert report["hydraulics"]["status"] == "done"
    assert report["hydraulics"]["clock"] == "02:00"
    assert {r["phone"] for r in report["hydraulics"]["recipients"]} == {
        "+393330000001",
        "+393330000002",
    }
    # the interruption's own list, rebuilt from the report, leaves the low-pressure group out
    assert [c.customer_id for c in selection_from_report(report).customers] == []


def test_a_pipe_cut_by_a_mid_span_valve_keeps_water_on_the_side_its_node_feeds(model):
    """Closing P6 beyond V3 leaves J6 dry; P6's piece before V3 hangs on J2 and stays as it was."""
    network = gis_network()
    match = match_model(model.link_ids, network.pipe_ids)
    site = analyse(network, work_site_on(network, (600.0, -100.0)))
    assert [network.valves[v].valve_id for v in site.isolation.valves_to_close] == ["V3", "V4"]
    closure = Closure.of(site.isolation)
    assert closure.links(match) == ((model.link_index["P6"], model.link_index["P7"]), ())
    answer = assess(model, match, network, closure, PressureSettings(model_path=model.path))
    assert answer.low_pipe_ids == () and answer.low_nodes == ()


def test_the_steady_state_option_solves_the_model_at_its_start(model):
    network = gis_network()
    match = match_model(model.link_ids, network.pipe_ids)
    closure = Closure.of(analyse(network, work_site_on(network, (850.0, 0.0))).isolation)
    steady = PressureSettings(model_path=model.path, time=STEADY_STATE)
    expected = toolkit_pressures(model.path, ["P3"], 0)
    normal = toolkit_pressures(model.path, [], 0)
    drop = 1 - expected["J4"] / normal["J4"]
    assert expected["J4"] > 15.0 and 0.15 < drop < 0.3, "a drop, but above both limits"
    assert assess(model, match, network, closure, steady).low_nodes == ()
    stricter = PressureSettings(model_path=model.path, time=STEADY_STATE, max_drop=0.15)
    answer = assess(model, match, network, closure, stricter)
    assert {n.node_id for n in answer.low_nodes} == {"J3", "J4"}


def test_every_pipe_topology_leaves_dry_has_no_pressure_in_the_simulation(model):
    network = gis_network()
    match = match_model(model.link_ids, network.pipe_ids, valve_ids=zone.VALVES)
    checked = 0
    for piece in range(len(network.pieces)):
        isolation = analyse(network, [piece]).isolation
        closure = Closure.of(isolation)
        links, _missing = closure.links(match)
        ours = dict(zip(model.node_ids, model.pressures(links, PEAK_HOUR)))
        theirs = toolkit_pressures(model.path, [model.link_ids[i] for i in links], 7200)
        for pipe_id in {
            network.pipe_ids[network.piece_pipe[p]] for p in isolation.unsupplied_pieces
        }:
            (link,) = match.links_of_pipe[pipe_id]
            ends = [model.node_ids[n] for n in model.link_nodes[link]]
            dry = [n for n in ends if math.isnan(ours[n])]
            assert dry, f"unsupplied pipe {pipe_id} keeps pressure at both ends"
            whole = set(network.pieces_of_pipe(pipe_id)) <= closure.affected_pieces
            assert len(dry) == 2 or not whole
            assert all(theirs[n] <= 0.0 for n in dry), "the toolkit agrees: no pressure"
            checked += 1
    assert checked >= 3, "the zone has work sites that leave pipes unsupplied"


def test_a_model_whose_ids_do_not_match_is_a_named_problem(tmp_path):
    renamed = zone.INP
    for pipe_id in zone.PIPES:
        renamed = renamed.replace(f"\n{pipe_id} ", f"\nL-{pipe_id} ")
    other = HydraulicModel(zone.write_inp(tmp_path, "renamed.inp", renamed))
    network = gis_network()
    with pytest.raises(problems.HydraulicProblem) as caught:
        match_model(other.link_ids, network.pipe_ids)
    assert caught.value.code == problems.IDS_DO_NOT_MATCH
    assert caught.value.params["pipes"] == 9 and caught.value.params["links"] == 7
    assert caught.value.params["link_examples"] == "L-P1, L-P2, L-P3"
    # a link field naming each pipe's link fixes it; P3a and P3b are parts of the link P3
    links = {p: f"L-{p[:2]}" for p in zone.PIPES}
    match = match_model(other.link_ids, network.pipe_ids, links)
    assert match.pipes_missing == () and match.links_missing == ()
    assert match.pipes_of_link[other.link_index["L-P3"]] == ("P3a", "P3", "P3b")
    other.close()


def test_the_model_report_lists_what_each_side_lacks(model):
    network = gis_network({"P8": [(600.0, -600.0), (700.0, -600.0)]})
    match = match_model(model.link_ids[:-1], network.pipe_ids, valve_ids=["V1"])
    report = match.report()
    assert report["pipes_missing_from_model"] == ["P3a", "P3b", "P7", "P8"]
    assert report["links_missing_from_gis"] == []
    match = match_model([*model.link_ids, "P9", "V1"], network.pipe_ids, valve_ids=["V1"])
    assert match.report()["links_missing_from_gis"] == ["P9"]
    assert match.link_of_valve == {"V1": 8}


def test_a_closure_with_nothing_in_the_model_is_a_named_problem(model):
    network = gis_network({"P8": [(600.0, -600.0), (700.0, -600.0)]})
    match = match_model(model.link_ids, network.pipe_ids)
    closure = Closure(("P8",), (), frozenset())
    with pytest.raises(problems.HydraulicProblem) as caught:
        closure.links(match)
    assert caught.value.code == problems.CLOSURE_NOT_IN_MODEL


def test_a_model_that_does_not_run_is_a_named_problem(tmp_path):
    with pytest.raises(problems.HydraulicProblem) as caught:
        HydraulicModel(zone.write_inp(tmp_path, "bad.inp", "[JUNCTIONS]\nJ1 x y\n[END]\n"))
    assert caught.value.code == problems.MODEL_UNREADABLE
    assert caught.value.params == {"file": "bad.inp", "error": 200}
    with pytest.raises(problems.HydraulicProblem) as caught:
        HydraulicModel(str(tmp_path / "nowhere.inp"))
    assert caught.value.code == problems.MODEL_NOT_FOUND
    strict = zone.INP.replace("[TIMES]", "Trials 1\nAccuracy 0.00000001\n\n[TIMES]")
    unbalanced = HydraulicModel(zone.write_inp(tmp_path, "strict.inp", strict))
    with pytest.raises(problems.HydraulicProblem) as caught:
        unbalanced.normal(PEAK_HOUR)
    assert caught.value.code == problems.MODEL_UNBALANCED
    assert "does not balance" in caught.value.message
    unbalanced.close()


def test_the_model_is_loaded_once_and_again_after_the_file_changes(tmp_path):
    path = zone.write_inp(tmp_path)
    cache = HydraulicCache()
    network = gis_network()
    first, match = cache.prepared(path, network)
    assert cache.prepared(path, network) == (first, match)
    assert cache.loads == 1
    other_network = gis_network()
    assert cache.prepared(path, other_network)[1] is not match, "a new network, a new match"
    zone.write_inp(tmp_path, text=zone.INP.replace("R1    60", "R1    70"))
    second, _ = cache.prepared(path, network)
    assert cache.loads == 2 and second is not first
    assert second.normal(PEAK_HOUR)[0] > 65.0, "the edited reservoir head is used"
    cache.clear()
