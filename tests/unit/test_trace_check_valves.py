"""Check (non-return) valves, one rule per test, on a main along the x axis.

Pipes M1..Mn run from x = 0 in steps of 10 and are digitised left to right,
so a check valve on them lets water pass from left to right only.
"""

from water_outage_notifier.trace import (
    NetworkSettings,
    PipeInput,
    SourceInput,
    ValveInput,
    build_network,
)

CHECKS = NetworkSettings(check_values=("non-return",))


def main_line(count, valves, sources=((0, 0),), settings=CHECKS, reversed_pipes=()):
    """Pipes M1..Mcount along y = 0; pipes named in ``reversed_pipes`` run right to left."""
    pipes = []
    for i in range(1, count + 1):
        coords = [((i - 1) * 10, 0), (i * 10, 0)]
        if f"M{i}" in reversed_pipes:
            coords.reverse()
        pipes.append(PipeInput(i, f"M{i}", [coords]))
    valve_inputs = [ValveInput(i, vid, xy, state) for i, (vid, xy, state) in enumerate(valves)]
    source_inputs = [SourceInput(i, f"S{i}", xy) for i, xy in enumerate(sources)]
    return build_network(pipes, valve_inputs, source_inputs, settings)


def supplied_pipes(network):
    return sorted({row.pipe_id for row in network.segments_table() if row.supplied})


def unsupplied(network, pipe_ids):
    return network.isolate_pipes(pipe_ids).to_report()["pipes"]["unsupplied"]


def test_source_behind_a_check_valve_pointing_away_feeds_nothing_past_it():
    network = main_line(4, [("K", (30, 0), "non-return")], sources=((40, 0),))
    assert supplied_pipes(network) == ["M4"]


def test_the_same_source_feeds_everything_through_an_open_valve():
    network = main_line(4, [("K", (30, 0), "open")], sources=((40, 0),))
    assert supplied_pipes(network) == ["M1", "M2", "M3", "M4"]


def test_mid_span_check_valve_feeds_the_far_district_from_one_side_only():
    # sources at both ends; K inside M3 passes water from M3's start towards its end
    valves = [("A", (10, 0), "open"), ("K", (25, 0), " Non-Return "), ("B", (30, 0), "open")]
    network = main_line(4, valves, sources=((0, 0), (40, 0)))
    assert unsupplied(network, ["M4"])["pipe_ids"] == []
    dry = unsupplied(network, ["M1"])
    assert dry["pipe_ids"] == ["M2", "M3"]
    head, tail = network.pieces_of_pipe("M3")
    assert head in dry["pieces"] and tail not in dry["pieces"]


def test_isolating_upstream_of_a_check_valve_dries_what_only_it_fed():
    valves = [("A", (10, 0), "open"), ("K", (30, 0), "non-return")]
    network = main_line(4, valves, sources=((0, 0), (40, 0)))
    assert unsupplied(network, ["M1"])["pipe_ids"] == ["M2", "M3"]


def test_isolating_below_a_check_valve_keeps_its_upstream_side_supplied():
    valves = [("K", (10, 0), "non-return"), ("V", (20, 0), "open"), ("W", (30, 0), "open")]
    network = main_line(4, valves)
    assert unsupplied(network, ["M3"])["pipe_ids"] == ["M4"]


def test_check_valve_letting_water_into_the_work_site_is_passed():
    # K passes water from M1 into M2: it cannot stop the source's water reaching M2 (Giswater)
    valves = [("K", (10, 0), "non-return"), ("X", (20, 0), "broken"), ("W", (30, 0), "open")]
    network = main_line(4, valves, sources=((0, 0), (40, 0)))
    report = network.isolate_pipes(["M2"]).to_report()
    assert report["pipes"]["isolated"]["pipe_ids"] == ["M1", "M2", "M3"]
    assert [v["valve_id"] for v in report["valves"]["to_close"]] == ["W"]
    passed = {v["valve_id"]: v for v in report["valves"]["inoperable_passed"]}
    assert {k: v["check"] for k, v in passed.items()} == {"K": True, "X": False}
    assert passed["K"]["extra_pipe_ids"] == ["M1"]
    assert passed["X"]["extra_pipe_ids"] == ["M3"]
    assert [s["source_id"] for s in report["sources"]["to_shut"]] == ["S0"]
    assert report["pipes"]["unsupplied"]["pipe_ids"] == []


def test_check_valve_letting_water_out_of_the_work_site_holds_like_a_closed_valve():
    valves = [("K", (10, 0), "non-return"), ("W", (30, 0), "open")]
    network = main_line(4, valves, sources=((0, 0), (40, 0)))
    report = network.isolate_pipes(["M1"]).to_report()
    assert report["pipes"]["isolated"]["pipe_ids"] == ["M1"]
    assert report["valves"]["to_close"] == [] and report["valves"]["inoperable_passed"] == []
    (held,) = report["valves"]["already_closed"]
    assert (held["valve_id"], held["check"]) == ("K", True)
    assert [s["source_id"] for s in report["sources"]["to_shut"]] == ["S0"]
    # the source at x = 40 still feeds M2..M4 through the open valve W
    assert report["pipes"]["unsupplied"]["pipe_ids"] == []


def test_check_valve_between_pipes_digitised_against_each_other_is_a_warning():
    network = main_line(
        3, [("K", (10, 0), "non-return")], sources=((30, 0),), reversed_pipes=("M2",)
    )
    (warning,) = [w for w in network.warnings if w.code == "check_valve_direction"]
    assert warning.feature_id == "K" and "'K'" in warning.message
    assert warning.point == (10, 0)
    assert supplied_pipes(network) == ["M1", "M2", "M3"]  # an open joint, both ways


def test_check_valve_direction_follows_the_pipe_it_sits_on():
    # M1 and M2 both reversed: water may pass from M2's end (x=10) ... into M1's start
    network = main_line(
        2, [("K", (10, 0), "non-return")], sources=((20, 0),), reversed_pipes=("M1", "M2")
    )
    assert not [w for w in network.warnings if w.code == "check_valve_direction"]
    assert supplied_pipes(network) == ["M1", "M2"]


def test_without_check_values_mapped_the_valve_is_an_ordinary_operable_valve():
    network = main_line(
        3, [("K", (10, 0), "non-return")], sources=((0, 0), (30, 0)), settings=NetworkSettings()
    )
    report = network.isolate_pipes(["M1"]).to_report()
    assert [v["valve_id"] for v in report["valves"]["to_close"]] == ["K"]
    assert report["valves"]["inoperable_passed"] == []
