"""The answer for a work site, one rule per test, on small hand-built networks.

Most tests use a main along the x axis, fed from a source at x = 0, with
pipes of 10 units between junctions at x = 0, 10, 20, ...
"""

from water_outage_notifier.trace import PipeInput, SourceInput, ValveInput, build_network


def main_line(count, valves, branches=(), sources=((0, 0),)):
    """Pipes M1..Mcount along y = 0 plus branch pipes given as (pipe_id, coords)."""
    pipes = [PipeInput(i, f"M{i}", [[((i - 1) * 10, 0), (i * 10, 0)]]) for i in range(1, count + 1)]
    pipes += [PipeInput(100 + i, pid, [coords]) for i, (pid, coords) in enumerate(branches)]
    valve_inputs = [ValveInput(i, vid, xy, state) for i, (vid, xy, state) in enumerate(valves)]
    source_inputs = [SourceInput(i, f"S{i}", xy) for i, xy in enumerate(sources)]
    return build_network(pipes, valve_inputs, source_inputs)


def ids(items):
    return [item["valve_id"] for item in items]


def test_isolated_pipes_are_the_segment_between_closable_valves():
    network = main_line(4, [("A", (10, 0), "open"), ("B", (30, 0), "open")])
    report = network.isolate_pipes(["M2"]).to_report()
    assert report["pipes"]["isolated"]["pipe_ids"] == ["M2", "M3"]
    assert ids(report["valves"]["to_close"]) == ["A"]
    # M4 beyond B has no other source: it goes dry anyway, so B is not needed
    assert ids(report["valves"]["not_required"]) == ["B"]
    assert report["valves"]["not_required"][0]["reason"] == "dry_after_closure"


def test_downstream_pipes_lose_supply():
    network = main_line(4, [("A", (10, 0), "open"), ("B", (30, 0), "open")])
    report = network.isolate_pipes(["M2"]).to_report()
    assert report["pipes"]["unsupplied"]["pipe_ids"] == ["M4"]


def ring(valves):
    """Source at x=0; between x=10 and x=20 the main M2 and a bypass BY form a ring."""
    bypass = ("BY", [(10, 0), (12, 6), (18, 6), (20, 0)])
    return main_line(3, valves, branches=[bypass])


def test_valve_with_the_isolated_area_on_both_sides_needs_no_closing():
    network = ring([("A", (5, 0), "open"), ("V", (15, 0), "open"), ("B", (25, 0), "open")])
    report = network.isolate_pipes(["M2"]).to_report()
    assert ids(report["valves"]["to_close"]) == ["A"]
    assert ids(report["valves"]["not_required"]) == ["B"]
    assert "V" not in ids(report["valves"]["to_close"] + report["valves"]["not_required"])
    assert set(report["pipes"]["isolated"]["pipe_ids"]) == {"M1", "M2", "M3", "BY"}


def test_a_ring_keeps_the_far_side_supplied():
    network = ring([("W1", (12, 6), "open"), ("W2", (18, 6), "open")])
    middle, _ = network.nearest_piece((15, 6), 0.1)
    report = network.isolate([middle]).to_report()
    assert ids(report["valves"]["to_close"]) == ["W1", "W2"]
    assert report["pipes"]["isolated"]["pieces"] == [middle]
    assert report["pipes"]["unsupplied"]["pipe_ids"] == []


def test_normally_closed_boundary_valve_is_listed_as_already_closed():
    network = main_line(3, [("A", (10, 0), "open"), ("C", (20, 0), "closed")])
    report = network.isolate_pipes(["M2"]).to_report()
    assert ids(report["valves"]["to_close"]) == ["A"]
    assert ids(report["valves"]["already_closed"]) == ["C"]


def test_zone_fed_only_through_a_closed_valve_was_never_supplied():
    network = main_line(3, [("A", (10, 0), "open"), ("C", (20, 0), "closed")])
    report = network.isolate_pipes(["M1"]).to_report()
    assert report["pipes"]["unsupplied"]["pipe_ids"] == ["M2"]
    assert not network.supplied(network.pieces_of_pipe("M3")[0])


def test_inoperable_valve_is_passed_and_its_cost_reported():
    network = main_line(
        4, [("A", (10, 0), "open"), ("X", (20, 0), "broken"), ("B", (30, 0), "open")]
    )
    report = network.isolate_pipes(["M2"]).to_report()
    assert report["pipes"]["isolated"]["pipe_ids"] == ["M2", "M3"]
    (passed,) = report["valves"]["inoperable_passed"]
    assert passed["valve_id"] == "X" and passed["extra_pipe_ids"] == ["M3"]


def test_valve_that_will_not_close_grows_the_isolation_to_the_next_ring():
    valves = [("A", (10, 0), "open"), ("B", (20, 0), "open"), ("C", (30, 0), "open")]
    network = main_line(4, valves, sources=((0, 0), (40, 0)))
    result = network.isolate_pipes(["M2"], failed_valves=["B"])
    report = result.to_report()
    assert report["pipes"]["isolated"]["pipe_ids"] == ["M2", "M3"]
    assert ids(report["valves"]["to_close"]) == ["A", "C"]
    assert ids(report["valves"]["failed"]) == ["B"]


def test_plan_b_gives_the_extra_valves_and_pipes_for_each_valve():
    valves = [("A", (10, 0), "open"), ("B", (20, 0), "open"), ("C", (30, 0), "open")]
    network = main_line(4, valves, sources=((0, 0), (40, 0)))
    report = network.isolate_pipes(["M2"]).to_report()
    plans = {plan["valve_id"]: plan for plan in report["plan_b"]}
    assert plans["B"]["extra_valves_to_close"] == ["C"]
    assert plans["B"]["extra_isolated_pipe_ids"] == ["M3"]
    assert plans["A"]["extra_valves_to_close"] == []
    assert plans["A"]["extra_isolated_pipe_ids"] == ["M1"]
    assert plans["A"]["extra_sources_to_shut"] == ["S0"]


def test_unknown_failed_valve_is_a_warning_in_the_result():
    network = main_line(2, [("A", (10, 0), "open")])
    report = network.isolate_pipes(["M2"], failed_valves=["nope"]).to_report()
    assert [w["code"] for w in report["warnings"]] == ["failed_valve_unknown"]
    assert ids(report["valves"]["to_close"]) == ["A"]


def test_several_work_sites_at_once_cut_what_only_they_together_cut():
    # two feeds into M3 region: from the left and from a second source on the right
    valves = [
        ("A", (10, 0), "open"),
        ("B", (20, 0), "open"),
        ("C", (30, 0), "open"),
        ("D", (40, 0), "open"),
    ]
    network = main_line(5, valves, sources=((0, 0), (50, 0)))
    single = network.isolate_pipes(["M2"]).to_report()
    both = network.isolate_pipes(["M2", "M4"]).to_report()
    assert single["pipes"]["unsupplied"]["pipe_ids"] == []
    assert both["pipes"]["unsupplied"]["pipe_ids"] == ["M3"]


def test_work_site_on_the_source_segment_dries_everything_downstream():
    network = main_line(3, [("A", (10, 0), "open")])
    report = network.isolate_pipes(["M1"]).to_report()
    assert report["pipes"]["unsupplied"]["pipe_ids"] == ["M2", "M3"]


def test_result_gives_piece_indices_matching_the_pipe_ids():
    network = main_line(3, [("A", (15, 0), "open")])
    report = network.isolate_pipes(["M1"]).to_report()
    isolated = report["pipes"]["isolated"]
    assert [network.pieces[p].pipe_id for p in isolated["pieces"]] == ["M1", "M2"]
    assert isolated["pipe_ids"] == ["M1", "M2"]
