"""Tees without a node: a branch ending on a main that has no node there, one variant per test.

The main M runs along the x axis from x = 0 to x = 100, drawn as ONE pipe
(vertices as each test says); branches go north from it. A source feeds the
main's west end.
"""

import pytest
from water_outage_notifier.trace import (
    NetworkSettings,
    PipeInput,
    SourceInput,
    ValveInput,
    build_network,
)

SOURCE = SourceInput(1, "S", (0, 0))


def build(main, branches, valves=(), tolerance=0.01):
    pipes = [PipeInput(1, "M", [main])]
    pipes += [PipeInput(10 + i, pid, [coords]) for i, (pid, coords) in enumerate(branches)]
    valve_inputs = [ValveInput(i, vid, xy, "open") for i, (vid, xy) in enumerate(valves)]
    return build_network(pipes, valve_inputs, [SOURCE], NetworkSettings(tolerance=tolerance))


def codes(network, code):
    return [w for w in network.warnings if w.code == code]


def segment(network, pipe_id):
    return {network.segment_of(p) for p in network.pieces_of_pipe(pipe_id)}


def main_pieces(network):
    return [network.pieces[p].coords for p in network.pieces_of_pipe("M")]


def test_branch_ending_on_a_vertex_of_the_main_is_joined_there():
    network = build([(0, 0), (40, 0), (100, 0)], [("B", [(40, 0), (40, 30)])])
    assert main_pieces(network) == [((0, 0), (40, 0)), ((40, 0), (100, 0))]
    assert segment(network, "B") == segment(network, "M")
    assert all(network.supplied(p) for p in network.pieces_of_pipe("B"))
    (note,) = codes(network, "tee_without_node")
    assert note.level == "note" and note.feature_id == "B"
    assert note.params == {
        "pipe_id": "B",
        "fid": 10,
        "other_pipe_id": "M",
        "other_fid": 1,
        "x": 40.0,
        "y": 0.0,
    }
    assert codes(network, "crossing_without_junction") == []
    assert [w.point for w in codes(network, "dangling_end")] == [(100.0, 0.0), (40.0, 30.0)]


def test_branch_ending_in_the_middle_of_a_segment_is_joined_there():
    network = build([(0, 0), (100, 0)], [("B", [(40, 30), (40, 0)])])
    assert main_pieces(network) == [((0, 0), (40, 0)), ((40, 0), (100, 0))]
    assert [network.pieces[p].length for p in network.pieces_of_pipe("M")] == [40, 60]
    assert segment(network, "B") == segment(network, "M")
    assert len(codes(network, "tee_without_node")) == 1


def test_a_valve_on_the_branch_shuts_it_off_the_main():
    network = build([(0, 0), (100, 0)], [("B", [(40, 0), (40, 30)])], [("V", (40, 10))])
    far, _ = network.nearest_piece((40, 20), 0.1)
    report = network.isolate([far]).to_report()
    assert report["pipes"]["isolated"]["pieces"] == [far]
    assert [v["valve_id"] for v in report["valves"]["to_close"]] == ["V"]
    isolate_main = network.isolate_pipes(["M"]).to_report()
    assert set(isolate_main["pipes"]["isolated"]["pipe_ids"]) == {"M", "B"}


def test_several_tees_on_one_main_with_valves_between_them():
    branches = [
        ("B1", [(20, 0), (20, 30)]),
        ("B2", [(50, 30), (50, 0)]),
        ("B3", [(80, 0), (80, -30)]),
    ]
    network = build([(0, 0), (100, 0)], branches, [("V1", (35, 0)), ("V2", (65, 0))])
    assert [c[0][0] for c in main_pieces(network)] == [0, 20, 35, 50, 65, 80]
    assert len(codes(network, "tee_without_node")) == 3
    report = network.isolate_pipes(["B2"]).to_report()
    assert report["pipes"]["isolated"]["pipe_ids"] == ["M", "B2"]
    assert [v["valve_id"] for v in report["valves"]["to_close"]] == ["V1"]
    # beyond V2 the main and B3 have no other source: V2 is not needed
    assert [v["valve_id"] for v in report["valves"]["not_required"]] == ["V2"]
    assert set(report["pipes"]["unsupplied"]["pipe_ids"]) == {"M", "B3"}
    assert segment(network, "B1") != segment(network, "B2") != segment(network, "B3")


def test_tee_at_the_same_point_as_a_mid_span_valve_makes_the_valve_ambiguous():
    # which leg of the tee the valve shuts is unknown: the safe answer ignores it
    network = build([(0, 0), (100, 0)], [("B", [(40, 0), (40, 30)])], [("V", (40.003, 0))])
    assert len(main_pieces(network)) == 2, "one cut, not two a few millimetres apart"
    (warning,) = codes(network, "valve_ambiguous")
    assert warning.feature_id == "V" and "3 pipe ends" in warning.message
    assert segment(network, "B") == segment(network, "M")


def test_tee_within_the_tolerance_off_the_line_or_past_it():
    short = ("B1", [(30, 30), (30, 0.008)])  # stops 8 mm before the main
    long = ("B2", [(60, 30), (60, -0.006)])  # crosses it by 6 mm
    network = build([(0, 0), (100, 0)], [short, long])
    assert main_pieces(network) == [((0, 0), (30, 0)), ((30, 0), (60, 0)), ((60, 0), (100, 0))]
    assert segment(network, "B1") == segment(network, "M") == segment(network, "B2")
    assert codes(network, "crossing_without_junction") == []
    assert len(codes(network, "tee_without_node")) == 2


def test_branch_ending_farther_than_the_tolerance_is_not_a_tee():
    network = build([(0, 0), (100, 0)], [("B", [(40, 30), (40, 0.02)])])
    assert segment(network, "B") != segment(network, "M")
    assert codes(network, "tee_without_node") == []


def test_two_branches_on_both_sides_of_one_spot_meet_the_main_in_one_cut():
    # 18 mm apart, so their ends do not snap together; both lie within 9 mm of the main
    north = ("N", [(50, 30), (50, 0.009)])
    south = ("S", [(50.004, -30), (50.004, -0.009)])
    network = build([(0, 0), (100, 0)], [north, south], [("V", (50, 20))])
    assert len(main_pieces(network)) == 2
    assert segment(network, "S") == segment(network, "M")
    report = network.isolate_pipes(["S"]).to_report()
    assert [v["valve_id"] for v in report["valves"]["to_close"]] == []
    assert [v["valve_id"] for v in report["valves"]["not_required"]] == ["V"]


def test_pipes_whose_interiors_cross_stay_apart():
    network = build([(0, 0), (100, 0)], [("X", [(50, -30), (50, 30)])])
    assert segment(network, "X") != segment(network, "M")
    assert len(codes(network, "crossing_without_junction")) == 1
    assert codes(network, "tee_without_node") == []
    assert len(main_pieces(network)) == 1


def test_branch_ending_beside_the_main_end_joins_that_end_without_a_sliver():
    # the foot lies 6 mm from the main's end, the end point itself 10.8 mm away
    network = build([(0, 0), (100, 0)], [("B", [(99.994, 30), (99.994, 0.009)])])
    assert len(main_pieces(network)) == 1
    assert segment(network, "B") == segment(network, "M")
    assert codes(network, "zero_length") == []


def test_a_source_on_a_tee_feeds_and_bounds_all_three_legs():
    pipes = [PipeInput(1, "M", [[(0, 0), (100, 0)]]), PipeInput(2, "B", [[(40, 0), (40, 30)]])]
    network = build_network(pipes, [], [SourceInput(1, "T", (40, 0))])
    pieces = network.pieces_of_pipe("M") + network.pieces_of_pipe("B")
    assert len({network.segment_of(p) for p in pieces}) == 3
    assert all(network.supplied(p) for p in pieces)


def test_long_mains_and_split_pipes_give_the_same_answers():
    """The same town drawn with long mains and with a pipe between every two junctions."""
    long_town = [
        ("M", [(0, 0), (50, 0), (100, 0)]),
        ("N", [(0, 40), (100, 40)]),
        ("B1", [(30, 0), (30, 40)]),
        ("B2", [(70, 40), (70, 0)]),
    ]
    split_town = [
        ("M", [(0, 0), (30, 0)]),
        ("M", [(30, 0), (50, 0), (70, 0)]),
        ("M", [(70, 0), (100, 0)]),
        ("N", [(0, 40), (30, 40)]),
        ("N", [(30, 40), (70, 40)]),
        ("N", [(70, 40), (100, 40)]),
        ("B1", [(30, 0), (30, 40)]),
        ("B2", [(70, 40), (70, 0)]),
    ]
    valves = [("V1", (15, 0)), ("V2", (30, 20)), ("V3", (85, 40)), ("V4", (50, 40))]
    answers = []
    for town in (long_town, split_town):
        pipes = [PipeInput(i, pid, [coords]) for i, (pid, coords) in enumerate(town)]
        valve_inputs = [ValveInput(i, vid, xy, "open") for i, (vid, xy) in enumerate(valves)]
        network = build_network(pipes, valve_inputs, [SourceInput(1, "S", (0, 0))])
        answers.append(
            {
                point: _answer(network, point)
                for point in [
                    (5, 0),
                    (40, 0),
                    (90, 0),
                    (10, 40),
                    (60, 40),
                    (90, 40),
                    (30, 30),
                    (70, 20),
                ]
            }
        )
    assert answers[0] == answers[1]


def _answer(network, point):
    piece, _ = network.nearest_piece(point, 0.1)
    report = network.isolate([piece]).to_report()
    lengths = {}
    for key in ("isolated", "unsupplied"):
        total = sum(network.pieces[p].length for p in report["pipes"][key]["pieces"])
        lengths[key] = pytest.approx(total)
    valves = {
        k: sorted(v["valve_id"] for v in report["valves"][k]) for k in ("to_close", "not_required")
    }
    return lengths["isolated"], lengths["unsupplied"], valves["to_close"], valves["not_required"]
