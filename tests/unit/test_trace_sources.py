"""Sources bound segments; only the valves that matter; what else to shut (issue 22).

The networks are drawn along the x axis in pipes of 10 units, as a planner
would draw them: W1..Wn from a well W to a tank T, then the town's pipes.
"""

from water_outage_notifier.trace import PipeInput, SourceInput, ValveInput, build_network


def network_of(pipes, valves=(), sources=(), states=None):
    """``pipes`` as (id, coords); ``valves`` as (id, point[, state]); ``sources`` as (id, point)."""
    pipe_inputs = [PipeInput(i, pid, [coords]) for i, (pid, coords) in enumerate(pipes)]
    valve_inputs = [
        ValveInput(i, v[0], v[1], v[2] if len(v) > 2 else "open") for i, v in enumerate(valves)
    ]
    source_inputs = [SourceInput(100 + i, sid, xy) for i, (sid, xy) in enumerate(sources)]
    return build_network(pipe_inputs, valve_inputs, source_inputs)


def line(prefix, x0, count, y=0):
    return [
        (f"{prefix}{i}", [(x0 + 10 * (i - 1), y), (x0 + 10 * i, y)]) for i in range(1, count + 1)
    ]


def ids(items, key="valve_id"):
    return [item[key] for item in items]


def well_tank_town():
    """Well W at x = 0, three pipes to the tank T at x = 30, the town beyond it.

    The town: a main T1..T4 with valves A (x = 40) and B (x = 60) and a loop
    L back from x = 70 to x = 40 north of it.
    """
    pipes = line("W", 0, 3) + line("T", 30, 4)
    pipes += [("L", [(70, 0), (70, 10), (40, 10), (40, 0)])]
    return network_of(
        pipes,
        valves=[("A", (45, 0)), ("B", (60, 0)), ("C", (70, 5))],
        sources=[("WELL", (0, 0)), ("TANK", (30, 0))],
    )


def test_a_well_feeding_a_tank_that_feeds_a_town():
    network = well_tank_town()
    report = network.isolate_pipes(["W2"]).to_report()
    assert report["pipes"]["isolated"]["pipe_ids"] == ["W1", "W2", "W3"]
    assert report["valves"]["to_close"] == [] and report["valves"]["not_required"] == []
    assert ids(report["sources"]["to_shut"], "source_id") == ["WELL", "TANK"]
    shut = report["sources"]["to_shut"][1]
    assert shut == {"source_id": "TANK", "fid": 101, "point": [30, 0]}
    assert report["pipes"]["unsupplied"]["pipe_ids"] == [], "the tank keeps feeding the town"


def test_a_tank_splits_the_pipes_meeting_there_into_segments():
    network = well_tank_town()
    rows = {row.pipe_id: row for row in network.segments_table()}
    assert rows["W3"].segment_id != rows["T1"].segment_id
    assert rows["W1"].segment_id == rows["W3"].segment_id
    assert all(row.supplied for row in rows.values())


def test_a_work_site_between_two_sources():
    # S1 at x = 0 and S2 at x = 40, one valve A at x = 20 between them
    network = network_of(
        line("M", 0, 4), valves=[("A", (20, 0))], sources=[("S1", (0, 0)), ("S2", (40, 0))]
    )
    east = network.isolate_pipes(["M3"]).to_report()
    assert east["pipes"]["isolated"]["pipe_ids"] == ["M3", "M4"]
    assert ids(east["valves"]["to_close"]) == ["A"], "S1 still feeds the far side of A"
    assert ids(east["sources"]["to_shut"], "source_id") == ["S2"]
    assert east["pipes"]["unsupplied"]["pipe_ids"] == []
    west = network.isolate_pipes(["M1"]).to_report()
    assert west["pipes"]["isolated"]["pipe_ids"] == ["M1", "M2"]
    assert ids(west["valves"]["to_close"]) == ["A"]
    assert ids(west["sources"]["to_shut"], "source_id") == ["S1"]


def test_the_tank_side_of_the_well_tank_town():
    network = well_tank_town()
    report = network.isolate_pipes(["T1"]).to_report()
    # the tank, T1, the start of T2 up to A, and the loop L up to C
    assert report["pipes"]["isolated"]["pipe_ids"] == ["T1", "T2", "L"]
    assert ids(report["sources"]["to_shut"], "source_id") == ["TANK"]
    assert ids(report["valves"]["to_close"]) == []
    assert ids(report["valves"]["not_required"]) == ["A", "C"]
    assert report["pipes"]["unsupplied"]["pipe_ids"] == ["T2", "T3", "T4", "L"]


def test_border_valve_facing_a_looped_supplied_area_is_to_close():
    network = network_of(
        line("M", 0, 4) + [("L", [(40, 0), (40, 10), (0, 10), (0, 0)])],
        valves=[("A", (10, 0)), ("B", (30, 0))],
        sources=[("S", (0, 10))],
    )
    report = network.isolate_pipes(["M2"]).to_report()
    assert report["pipes"]["isolated"]["pipe_ids"] == ["M2", "M3"]
    assert ids(report["valves"]["to_close"]) == ["A", "B"]
    assert report["valves"]["not_required"] == []


def test_border_valve_facing_a_dry_dead_end_is_not_required():
    network = network_of(
        line("M", 0, 4), valves=[("A", (10, 0)), ("B", (30, 0))], sources=[("S", (0, 0))]
    )
    result = network.isolate_pipes(["M2"])
    report = result.to_report()
    assert ids(report["valves"]["to_close"]) == ["A"]
    (optional,) = report["valves"]["not_required"]
    assert optional == {"valve_id": "B", "fid": 1, "point": [30, 0], "reason": "dry_after_closure"}
    assert report["pipes"]["unsupplied"]["pipe_ids"] == ["M4"]
    assert [p["valve_id"] for p in report["plan_b"]] == ["A"], "plan B only for valves to close"


def test_valve_facing_a_zone_never_supplied_is_not_required():
    # C is normally closed: M4 beyond it had no water even before the work
    network = network_of(
        line("M", 0, 4),
        valves=[("A", (10, 0)), ("C", (30, 0), "closed"), ("D", (35, 0))],
        sources=[("S", (0, 0))],
    )
    piece, _ = network.nearest_piece((32, 0), 0.1)
    report = network.isolate([piece]).to_report()
    assert report["pipes"]["isolated"]["pieces"] == [piece]
    assert ids(report["valves"]["already_closed"]) == ["C"]
    assert report["valves"]["to_close"] == []
    (optional,) = report["valves"]["not_required"]
    assert (optional["valve_id"], optional["reason"]) == ("D", "never_supplied")
    assert report["pipes"]["unsupplied"]["pipe_ids"] == []
    unfed = network_of(line("M", 0, 3), valves=[("A", (10, 0)), ("B", (20, 0))])
    report = unfed.isolate_pipes(["M2"]).to_report()
    assert ids(report["valves"]["not_required"]) == ["A", "B"]
    assert {v["reason"] for v in report["valves"]["not_required"]} == {"never_supplied"}


def test_a_source_inside_a_pipe_cuts_it_and_feeds_both_sides():
    network = network_of(line("M", 0, 2), valves=[("A", (10, 0))], sources=[("S", (5, 0))])
    first, second = network.pieces_of_pipe("M1")
    assert network.segment_of(first) != network.segment_of(second)
    report = network.isolate([second]).to_report()
    assert report["pipes"]["isolated"]["pieces"] == [second]
    assert ids(report["sources"]["to_shut"], "source_id") == ["S"]
    assert ids(report["valves"]["not_required"]) == ["A"], "M2 has no other source"
    assert report["pipes"]["unsupplied"]["pipe_ids"] == ["M2"]


def test_a_source_on_a_junction_of_three_pipes_feeds_each_of_them():
    network = network_of(
        [("A", [(0, 0), (10, 0)]), ("B", [(10, 0), (20, 0)]), ("C", [(10, 0), (10, 10)])],
        sources=[("S", (10, 0))],
    )
    segments = {network.segment_of(network.pieces_of_pipe(p)[0]) for p in "ABC"}
    assert len(segments) == 3
    report = network.isolate_pipes(["C"]).to_report()
    assert report["pipes"]["isolated"]["pipe_ids"] == ["C"]
    assert report["pipes"]["unsupplied"]["pipe_ids"] == []


def test_a_valve_on_a_source_is_the_source_connection_itself():
    network = network_of(line("M", 0, 2), valves=[("V", (10, 0))], sources=[("S", (10, 0))])
    (note,) = [w for w in network.warnings if w.code == "valve_at_source"]
    assert note.level == "note" and note.feature_id == "V"
    report = network.isolate_pipes(["M1"]).to_report()
    assert report["valves"]["to_close"] == []
    assert ids(report["sources"]["to_shut"], "source_id") == ["S"]


def test_plan_b_grows_into_the_next_segment_and_its_source():
    network = network_of(
        line("M", 0, 4),
        valves=[("A", (10, 0)), ("B", (30, 0))],
        sources=[("S", (0, 0)), ("R", (40, 0))],
    )
    report = network.isolate_pipes(["M2"]).to_report()
    assert ids(report["valves"]["to_close"]) == ["A", "B"]
    plans = {plan["valve_id"]: plan for plan in report["plan_b"]}
    assert plans["B"]["extra_isolated_pipe_ids"] == ["M4"]
    assert plans["B"]["extra_sources_to_shut"] == ["R"]
    assert plans["A"]["extra_sources_to_shut"] == ["S"]


def test_several_work_sites_shut_every_source_they_touch():
    network = well_tank_town()
    report = network.isolate_pipes(["W1", "T4"]).to_report()
    assert ids(report["sources"]["to_shut"], "source_id") == ["WELL", "TANK"]
