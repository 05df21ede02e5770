"""Building the network model: snapping, valves on the network, and every data warning."""

import pytest
from water_outage_notifier.trace import (
    NetworkSettings,
    PipeInput,
    SourceInput,
    TraceCanceled,
    ValveInput,
    build_network,
)


def pipe(fid, coords, pipe_id=None):
    return PipeInput(fid, pipe_id if pipe_id is not None else f"P{fid}", [coords])


def codes(network, code):
    return [w for w in network.warnings if w.code == code]


def same_segment(network, pipe_a, pipe_b):
    a = network.pieces_of_pipe(pipe_a)[0]
    b = network.pieces_of_pipe(pipe_b)[0]
    return network.segment_of(a) == network.segment_of(b)


def test_ends_within_tolerance_are_one_node_even_across_a_grid_line():
    # 0.00999 apart on both sides of x = 0.01: rounding to a 0.01 grid would split them
    pipes = [pipe(1, [(-5, 0), (0.00999, 0)]), pipe(2, [(0.01998, 0), (5, 0)])]
    network = build_network(pipes, [], [], NetworkSettings(tolerance=0.01))
    assert same_segment(network, "P1", "P2")
    assert codes(network, "dangling_end") and len(codes(network, "dangling_end")) == 2


def test_ends_farther_than_tolerance_stay_apart():
    pipes = [pipe(1, [(-5, 0), (0, 0)]), pipe(2, [(0.02, 0), (5, 0)])]
    network = build_network(pipes, [], [], NetworkSettings(tolerance=0.01))
    assert not same_segment(network, "P1", "P2")
    assert len(codes(network, "dangling_end")) == 4


def test_pipes_that_cross_are_not_connected_and_are_reported():
    pipes = [pipe(1, [(0, -5), (0, 5)]), pipe(2, [(-5, 0), (5, 0)])]
    network = build_network(pipes, [], [])
    assert not same_segment(network, "P1", "P2")
    (crossing,) = codes(network, "crossing_without_junction")
    assert crossing.point == pytest.approx((0, 0))
    assert "P1" in crossing.message and "P2" in crossing.message


def test_pipe_ending_on_another_pipe_mid_span_is_a_tee_joined_with_a_note():
    pipes = [pipe(1, [(0, 0), (10, 0)]), pipe(2, [(5, 0), (5, 5)])]
    network = build_network(pipes, [], [])
    assert same_segment(network, "P1", "P2")
    assert codes(network, "crossing_without_junction") == []
    assert codes(network, "dangling_end") and all(
        w.point != pytest.approx((5, 0)) for w in codes(network, "dangling_end")
    )
    (note,) = codes(network, "tee_without_node")
    assert (note.level, note.feature_id, note.params["other_pipe_id"]) == ("note", "P2", "P1")
    assert note.point == pytest.approx((5, 0))


def test_pipes_meeting_at_their_ends_are_not_a_crossing():
    pipes = [pipe(1, [(0, 0), (5, 0)]), pipe(2, [(5, 0), (5, 5)]), pipe(3, [(5, 0), (10, 0)])]
    network = build_network(pipes, [], [])
    assert codes(network, "crossing_without_junction") == []
    assert same_segment(network, "P1", "P3")


def test_valve_on_a_junction_separates_the_two_pipes():
    pipes = [pipe(1, [(0, 0), (5, 0)]), pipe(2, [(5, 0), (10, 0)])]
    network = build_network(pipes, [ValveInput(1, "V1", (5, 0), "open")], [])
    assert not same_segment(network, "P1", "P2")
    assert len(network.pieces) == 2


def test_valve_inside_a_pipe_splits_it_into_two_pieces():
    network = build_network(
        [pipe(1, [(0, 0), (4, 0), (10, 0)])], [ValveInput(1, "V1", (7, 0.005), "open")], []
    )
    pieces = network.pieces_of_pipe("P1")
    assert [network.pieces[p].coords for p in pieces] == [
        ((0, 0), (4, 0), (7, 0)),
        ((7, 0), (10, 0)),
    ]
    assert [network.pieces[p].length for p in pieces] == pytest.approx([7, 3])
    assert network.segment_of(pieces[0]) != network.segment_of(pieces[1])


def test_valve_where_three_pipes_meet_is_ambiguous_and_ignored():
    pipes = [pipe(1, [(0, 0), (5, 0)]), pipe(2, [(5, 0), (10, 0)]), pipe(3, [(5, 0), (5, 5)])]
    network = build_network(pipes, [ValveInput(7, "V7", (5, 0), "open")], [])
    (warning,) = codes(network, "valve_ambiguous")
    assert (warning.fid, warning.feature_id, warning.role) == (7, "V7", "valve")
    assert same_segment(network, "P1", "P2") and same_segment(network, "P1", "P3")


def test_second_valve_on_the_same_junction_is_ambiguous():
    pipes = [pipe(1, [(0, 0), (5, 0)]), pipe(2, [(5, 0), (10, 0)])]
    valves = [ValveInput(1, "V1", (5, 0), "open"), ValveInput(2, "V2", (5.001, 0), "open")]
    network = build_network(pipes, valves, [])
    assert [w.feature_id for w in codes(network, "valve_ambiguous")] == ["V2"]
    assert not same_segment(network, "P1", "P2")


def test_valve_off_the_network_is_reported():
    network = build_network([pipe(1, [(0, 0), (5, 0)])], [ValveInput(3, "V3", (2, 1), "open")], [])
    (warning,) = codes(network, "valve_off_network")
    assert warning.feature_id == "V3" and "V3" in warning.message


def test_null_pipe_geometry_is_reported_not_raised():
    network = build_network([PipeInput(4, "P4", []), pipe(1, [(0, 0), (5, 0)])], [], [])
    (warning,) = codes(network, "null_geometry")
    assert (warning.fid, warning.feature_id) == (4, "P4")
    assert network.pieces_of_pipe("P4") == []


def test_layers_with_nothing_usable_build_an_empty_model_with_one_warning():
    network = build_network(
        [PipeInput(1, "P1", [])],
        [ValveInput(1, "V1", None, "open"), ValveInput(2, "V2", (3, 3), "open")],
        [SourceInput(1, "S", None)],
    )
    assert len(network.pieces) == 0
    (warning,) = network.warnings
    assert (warning.code, warning.role, warning.level) == ("no_pipes", "pipe", "warning")
    assert warning.params == {"pipes": 1, "valves": 2, "sources": 1}
    assert network.nearest_piece((0, 0), 100) is None


def test_zero_length_pipe_is_reported():
    network = build_network([pipe(1, [(0, 0), (0, 0)]), pipe(2, [(0, 0), (5, 0)])], [], [])
    (warning,) = codes(network, "zero_length")
    assert warning.feature_id == "P1"


def test_non_numeric_coordinates_are_reported():
    network = build_network(
        [pipe(1, [(0, 0), (float("nan"), 0)]), pipe(2, [(0, 0), (5, 0)])], [], []
    )
    assert [w.feature_id for w in codes(network, "null_geometry")] == ["P1"]


def test_duplicate_ids_are_reported_for_pipes_and_valves():
    pipes = [pipe(1, [(0, 0), (5, 0)], "A"), pipe(2, [(5, 0), (10, 0)], "A")]
    valves = [ValveInput(1, "V", (1, 0), "open"), ValveInput(2, "V", (6, 0), "open")]
    network = build_network(pipes, valves, [])
    assert sorted(w.role for w in codes(network, "duplicate_id")) == ["pipe", "valve"]
    assert len(network.pieces_of_pipe("A")) == 4


def test_part_without_valves_and_without_source_is_reported():
    pipes = [pipe(1, [(0, 0), (5, 0)]), pipe(2, [(100, 0), (105, 0)])]
    network = build_network(
        pipes, [ValveInput(1, "V", (2, 0), "open")], [SourceInput(1, "S", (0, 0))]
    )
    assert [w.feature_id for w in codes(network, "no_valves")] == ["P2"]
    assert [w.feature_id for w in codes(network, "no_source")] == ["P2"]


def test_source_off_the_network_is_reported():
    network = build_network([pipe(1, [(0, 0), (5, 0)])], [], [SourceInput(9, "S9", (50, 50))])
    (warning,) = codes(network, "source_off_network")
    assert (warning.role, warning.fid) == ("source", 9)
    assert not network.supplied(0)


def test_source_inside_a_pipe_feeds_it():
    network = build_network([pipe(1, [(0, 0), (5, 0)])], [], [SourceInput(9, "S9", (2, 0.001))])
    assert network.supplied(0)
    assert codes(network, "source_off_network") == []


def test_null_valve_states_are_operable_and_counted():
    pipes = [pipe(1, [(0, 0), (5, 0)]), pipe(2, [(5, 0), (10, 0)])]
    valves = [ValveInput(1, "A", (5, 0), None), ValveInput(2, "B", (2, 0), "  ")]
    network = build_network(pipes, valves, [SourceInput(1, "S", (0, 0))])
    (warning,) = codes(network, "null_valve_state")
    assert "2 valve(s)" in warning.message
    result = network.isolate_pipes(["P2"])
    assert [v["valve_id"] for v in result.to_report()["valves"]["to_close"]] == ["A"]


def test_valves_without_a_state_field_are_operable_without_a_warning():
    """No state field mapped (every state None): there is nothing to fill in, as for types."""
    pipes = [pipe(1, [(0, 0), (5, 0)]), pipe(2, [(5, 0), (10, 0)])]
    valves = [ValveInput(1, "A", (5, 0)), ValveInput(2, "B", (2, 0))]
    network = build_network(pipes, valves, [SourceInput(1, "S", (0, 0))])
    assert codes(network, "null_valve_state") == []
    result = network.isolate_pipes(["P2"])
    assert [v["valve_id"] for v in result.to_report()["valves"]["to_close"]] == ["A"]


@pytest.mark.parametrize("raw, closed", [(" CLOSED ", True), ("Closed", True), ("open", False)])
def test_state_matching_ignores_case_and_spaces(raw, closed):
    pipes = [pipe(1, [(0, 0), (5, 0)]), pipe(2, [(5, 0), (10, 0)])]
    network = build_network(pipes, [ValveInput(1, "A", (5, 0), raw)], [SourceInput(1, "S", (0, 0))])
    assert network.supplied(network.pieces_of_pipe("P2")[0]) is not closed


def test_segments_table_lists_every_piece():
    pipes = [pipe(1, [(0, 0), (5, 0)]), pipe(2, [(5, 0), (10, 0)])]
    network = build_network(
        pipes, [ValveInput(1, "A", (5, 0), "closed")], [SourceInput(1, "S", (0, 0))]
    )
    rows = network.segments_table()
    assert [(r.pipe_id, r.supplied) for r in rows] == [("P1", True), ("P2", False)]
    assert rows[0].segment_id != rows[1].segment_id


def test_nearest_piece_finds_the_closest_piece_within_the_distance():
    pipes = [pipe(1, [(0, 0), (10, 0)]), pipe(2, [(0, 3), (10, 3)])]
    network = build_network(pipes, [], [])
    piece, distance = network.nearest_piece((4, 2), 5)
    assert network.pieces[piece].pipe_id == "P2" and distance == pytest.approx(1)
    assert network.nearest_piece((4, 20), 5) is None


class Feedback:
    def __init__(self, cancel_after):
        self.calls = []
        self.cancel_after = cancel_after

    def set_progress(self, percent):
        self.calls.append(percent)

    def is_canceled(self):
        return len(self.calls) >= self.cancel_after


def test_progress_reaches_100_and_cancel_raises():
    pipes = [pipe(1, [(0, 0), (10, 0)])]
    feedback = Feedback(cancel_after=10_000)
    build_network(pipes, [], [], progress=feedback)
    assert feedback.calls[-1] == 100 and feedback.calls == sorted(feedback.calls)
    with pytest.raises(TraceCanceled):
        build_network(pipes, [], [], progress=Feedback(cancel_after=2))
