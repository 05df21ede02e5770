"""Sources drawn as their footprint (a tank's polygon) or as several points (a well field).

The town is :mod:`tank_town`: a tank footprint with two pipe ends in it and a
pipe running straight through it.
"""

import pytest
from tank_town import PIPES, TANK, TOUCHES, VALVES
from water_outage_notifier.trace import (
    NetworkSettings,
    PipeInput,
    SourceInput,
    ValveInput,
    build_network,
)


def network(sources, pipes=PIPES, tolerance=0.01):
    return build_network(
        [PipeInput(i, pid, [coords]) for i, (pid, coords) in enumerate(pipes)],
        [ValveInput(i, vid, xy, "open") for i, (vid, xy) in enumerate(VALVES)],
        sources,
        NetworkSettings(tolerance=tolerance),
    )


def tank(area=(TANK,), source_id="T"):
    return SourceInput(7, source_id, (50.0, 0.0), area=area)


def answer(net, pipe_id):
    """The work's answer without its sources and warnings (compared apart)."""
    report = net.isolate_pipes([pipe_id]).to_report()
    sources = sorted({s["source_id"] for s in report["sources"]["to_shut"]})
    pipes = {k: v["pipe_ids"] for k, v in report["pipes"].items()}
    valves = {k: [v["valve_id"] for v in rows] for k, rows in report["valves"].items()}
    return pipes, valves, sources


def supply(net):
    return sorted({(row.pipe_id, row.supplied) for row in net.segments_table()})


def test_a_tank_footprint_feeds_as_point_sources_on_the_ends_and_crossings_would():
    footprint = network([tank()])
    points = network([SourceInput(7, "T", xy) for xy in TOUCHES])
    for pipe_id, _ in PIPES:
        assert answer(footprint, pipe_id) == answer(points, pipe_id), pipe_id
    assert supply(footprint) == supply(points)
    assert all(supplied for _, supplied in supply(footprint))
    assert len(footprint.pieces) == len(points.pieces) == len(PIPES) + 2, "X1 cut twice"


def test_the_footprint_bounds_segments_and_is_one_source_to_shut():
    net = network([tank()])
    report = net.isolate_pipes(["E1"]).to_report()
    assert report["pipes"]["isolated"]["pipe_ids"] == ["E1"]
    assert report["sources"]["to_shut"] == [{"source_id": "T", "fid": 7, "point": [50.0, 0.0]}]
    assert report["pipes"]["unsupplied"]["pipe_ids"] == ["E2"]
    beyond = net.isolate_pipes(["E2"]).to_report()
    assert [v["valve_id"] for v in beyond["valves"]["to_close"]] == ["VE"], "T feeds E1"
    assert beyond["sources"]["to_shut"] == []
    inside = net.isolate_pipes(["X1"]).to_report()
    assert inside["pipes"]["isolated"]["pipe_ids"] == ["X1"], "the piece inside the tank too"
    assert sorted(v["valve_id"] for v in inside["valves"]["to_close"]) == []
    assert [s["source_id"] for s in inside["sources"]["to_shut"]] == ["T"]


def test_without_the_footprint_the_same_pipes_have_no_source():
    """The failing case before footprints: a tank no pipe is fed by."""
    net = network([])
    assert not any(supplied for _, supplied in supply(net))


def test_a_pipe_running_through_the_footprint_is_noted():
    net = network([tank()])
    notes = [w for w in net.warnings if w.code == "pipe_through_source"]
    assert [(w.feature_id, w.level, w.params["source_id"]) for w in notes] == [("X1", "note", "T")]
    assert notes[0].point == pytest.approx((45.0, -10.0))
    assert not [w for w in net.warnings if w.code.startswith("source_")]


def test_a_multipolygon_is_one_source():
    west = ((38, -8), (44, -8), (44, -2), (38, -2), (38, -8))
    east = ((53, -3), (58, -3), (58, 3), (53, 3), (53, -3))
    net = network([tank(area=(west, east))])
    assert supply(net) == supply(
        network([SourceInput(7, "T", (42, -5)), SourceInput(8, "T", (55, 0))])
    )
    shut = net.isolate_pipes(["W1", "E1"]).to_report()["sources"]["to_shut"]
    assert [s["source_id"] for s in shut] == ["T"]
    assert [w.code for w in net.warnings if w.code == "pipe_through_source"] == []


def test_a_hole_in_the_footprint_is_not_in_it():
    """E1 ends in a hole (a courtyard): it is fed where it crosses the ring around the hole."""
    hole = ((50, -8), (58, -8), (58, 8), (50, 8), (50, -8))
    net = network([tank(area=(TANK, hole))])
    notes = [w.feature_id for w in net.warnings if w.code == "pipe_through_source"]
    assert notes == ["E1", "X1"]
    assert dict(supply(net))["E1"]


def test_a_pipe_end_within_the_tolerance_of_the_outline_is_fed():
    pipes = [("A", [(0, 0), (39.7, 0)]), ("B", [(100, 0), (60.5, 0)])]
    rows = dict(supply(network([tank()], pipes=pipes, tolerance=0.4)))
    assert rows == {"A": True, "B": False}


def test_a_pipe_touching_the_outline_only_is_not_fed():
    pipes = [("A", [(0, 20), (40, 10), (80, 20)])]  # touches the corner (40, 10)
    net = network([tank()], pipes=pipes)
    assert supply(net) == [("A", False)]
    assert [w.code for w in net.warnings if w.code == "source_off_network"] == [
        "source_off_network"
    ]


def test_a_footprint_on_no_pipe_says_so():
    far = ((500, 500), (520, 500), (520, 520), (500, 500))
    net = network([tank(area=(far,), source_id="LAGO")])
    lost = [w for w in net.warnings if w.code == "source_off_network"]
    assert [(w.feature_id, w.params["why"], w.params["tolerance"]) for w in lost] == [
        ("LAGO", "area", 0.01)
    ]
    assert "touches no pipe" in lost[0].message


def test_a_multipoint_source_is_one_source_at_each_of_its_points():
    field = SourceInput(3, "CAMPO", (42, -5), points=((42, -5), (55, 0)))
    net = network([field])
    assert supply(net) == supply(
        network([SourceInput(3, "CAMPO", (42, -5)), SourceInput(4, "CAMPO", (55, 0))])
    )
    shut = net.isolate_pipes(["W1", "E1"]).to_report()["sources"]["to_shut"]
    assert shut == [{"source_id": "CAMPO", "fid": 3, "point": [42, -5]}]


def test_a_multipoint_with_one_point_off_the_network_still_feeds():
    field = SourceInput(3, "CAMPO", (42, -5), points=((42, -5), (900, 900)))
    net = network([field])
    assert dict(supply(net))["W1"]
    assert not [w for w in net.warnings if w.code == "source_off_network"]


def test_the_tanks_outlet_valve_inside_its_footprint_is_closed_by_the_crew():
    """Inside the fence: the tank's own pipe TP from the tank to the outlet valve VO, then the
    main M out of the footprint. A work on M closes VO; the tank is not shut."""
    pipes = [("TP", [(50, 0), (58, 0)]), ("M", [(58, 0), (120, 0)])]
    net = build_network(
        [PipeInput(i, pid, [coords]) for i, (pid, coords) in enumerate(pipes)],
        [ValveInput(0, "VO", (58, 0), "open")],
        [tank()],
    )
    report = net.isolate_pipes(["M"]).to_report()
    assert [v["valve_id"] for v in report["valves"]["to_close"]] == ["VO"]
    assert report["sources"]["to_shut"] == []
    assert not [w for w in net.warnings if w.code == "valve_at_source"]
    assert dict(supply(net)) == {"TP": True, "M": True}


def test_a_footprint_touching_pipes_only_at_a_valve_feeds_there():
    """Two mains meeting at a valve drawn inside a tank chamber's footprint: the chamber
    still feeds them, and the valve stands on the source (said in a note)."""
    pipes = [("A", [(0, 0), (50, 0)]), ("B", [(50, 0), (120, 0)])]
    net = build_network(
        [PipeInput(i, pid, [coords]) for i, (pid, coords) in enumerate(pipes)],
        [ValveInput(0, "VC", (50, 0), "open")],
        [tank()],
    )
    assert dict(supply(net)) == {"A": True, "B": True}
    assert [w.code for w in net.warnings if w.code == "valve_at_source"] == ["valve_at_source"]
