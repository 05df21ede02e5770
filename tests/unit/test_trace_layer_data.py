"""Real utility attributes: pipes out of service, valves that do not isolate, bad valve ids,
an empty pipes layer. Pipes M1..Mn run along the x axis in steps of 10 from a source at 0."""

import numpy as np
import pytest
from water_outage_notifier.trace import (
    NetworkSettings,
    PipeArrays,
    PipeInput,
    SourceInput,
    ValveInput,
    build_network,
)
from water_outage_notifier.trace.inputs import ISOLATING_TYPES, OUT_OF_SERVICE_VALUES


def main_line(count, valves=(), statuses=None, settings=None, branches=()):
    statuses = statuses or {}
    pipes = [
        PipeInput(i, f"M{i}", [[((i - 1) * 10, 0), (i * 10, 0)]], statuses.get(f"M{i}"))
        for i in range(1, count + 1)
    ]
    pipes += [
        PipeInput(100 + i, pid, [coords], status)
        for i, (pid, coords, status) in enumerate(branches)
    ]
    valve_inputs = [ValveInput(i, *v) for i, v in enumerate(valves)]
    return build_network(pipes, valve_inputs, [SourceInput(1, "S", (0, 0))], settings)


def codes(network, code):
    return [w for w in network.warnings if w.code == code]


def ids(entries):
    return [e["valve_id"] for e in entries]


# ----- pipes out of service ---------------------------------------------------------------


@pytest.mark.parametrize("status", ["Dismessa", " fuori servizio ", "ABANDONED", "disused"])
def test_pipes_out_of_service_are_left_out(status):
    network = main_line(3, statuses={"M2": status})
    assert network.pieces_of_pipe("M2") == []
    assert network.is_out_of_service("M2") and not network.is_out_of_service("M1")
    assert not network.supplied(network.pieces_of_pipe("M3")[0]), "M3 hung on M2"
    (note,) = codes(network, "pipes_out_of_service")
    assert note.level == "note" and note.params["count"] == 1
    assert note.params["statuses"] == [status.strip()]


def test_a_status_in_service_or_empty_keeps_the_pipe():
    network = main_line(3, statuses={"M1": "in esercizio", "M2": None, "M3": ""})
    assert all(network.pieces_of_pipe(p) for p in ("M1", "M2", "M3"))
    assert codes(network, "pipes_out_of_service") == []


def test_out_of_service_values_are_the_users_choice():
    settings = NetworkSettings(out_of_service_values=("rimossa",))
    network = main_line(3, statuses={"M2": "rimossa", "M3": "dismessa"}, settings=settings)
    assert network.pieces_of_pipe("M2") == [] and network.pieces_of_pipe("M3")


def test_valve_standing_only_on_pipes_out_of_service_is_reported_and_ignored():
    branch = ("B", [(10, 0), (10, 30)], "dismessa")
    network = main_line(2, valves=[("V", (10, 15), "open")], branches=[branch])
    (warning,) = codes(network, "valve_on_retired_pipe")
    assert (warning.feature_id, warning.level) == ("V", "warning")
    assert codes(network, "valve_off_network") == []
    report = network.isolate_pipes(["M1"]).to_report()
    assert report["valves"]["to_close"] == []


def test_valve_where_a_pipe_in_service_meets_one_out_of_service_is_a_dead_end():
    network = main_line(3, valves=[("V", (20, 0), "open")], statuses={"M3": "abandoned"})
    assert codes(network, "valve_on_retired_pipe") == codes(network, "valve_off_network") == []
    report = network.isolate_pipes(["M2"]).to_report()
    assert report["valves"]["to_close"] == [] and report["valves"]["not_required"] == []


def test_pipe_arrays_carry_statuses_too():
    arrays = PipeArrays(
        [1, 2],
        ["A", "B"],
        np.array([0, 1]),
        np.array([0, 2, 4]),
        np.array([[0.0, 0.0], [10.0, 0.0], [10.0, 0.0], [20.0, 0.0]]),
        ["in service", "Dismesso"],
    )
    network = build_network(arrays, [], [])
    assert network.pieces_of_pipe("B") == [] and len(network.pieces) == 1


def test_default_values_speak_english_and_italian():
    for word in ("abandoned", "disused", "dismessa", "fuori servizio"):
        assert word in OUT_OF_SERVICE_VALUES
    for word in ("gate", "butterfly", "ball", "saracinesca", "farfalla", "sfera"):
        assert word in ISOLATING_TYPES


# ----- valves that do not isolate ---------------------------------------------------------


def test_valves_that_do_not_isolate_are_open_joints():
    valves = [
        ("G", (10, 0), "open", "Saracinesca"),
        ("AIR", (20, 0), "open", "sfiato"),
        ("PRV", (30, 0), "aperta", "riduttore di pressione"),
        ("B", (35, 0), "open", " BUTTERFLY "),
    ]
    network = main_line(4, valves=valves)
    report = network.isolate_pipes(["M3"]).to_report()
    assert report["pipes"]["isolated"]["pipe_ids"] == ["M2", "M3", "M4"]
    assert ids(report["valves"]["to_close"]) == ["G"]
    listed = [v for key in report["valves"] for v in ids(report["valves"][key])]
    assert "AIR" not in listed and "PRV" not in listed
    (note,) = codes(network, "valves_not_isolating")
    assert note.level == "note"
    assert note.params == {"count": 2, "types": {"riduttore di pressione": 1, "sfiato": 1}}


def test_a_non_isolating_valve_that_is_normally_closed_still_holds_the_water():
    valves = [("G", (10, 0), "open", "gate"), ("PRV", (20, 0), "closed", "pressure reducer")]
    network = main_line(3, valves=valves)
    assert not network.supplied(network.pieces_of_pipe("M3")[0])
    report = network.isolate_pipes(["M2"]).to_report()
    assert ids(report["valves"]["already_closed"]) == ["PRV"]


def test_valves_with_no_type_count_as_isolating_and_are_named():
    valves = [("G", (10, 0), "open", "gate"), ("X", (20, 0), "open", None)]
    network = main_line(3, valves=valves)
    assert ids(network.isolate_pipes(["M2"]).to_report()["valves"]["to_close"]) == ["G"]
    (warning,) = codes(network, "null_valve_type")
    assert warning.params == {"count": 1, "valve_ids": ["X"]}
    untyped = main_line(3, valves=[("G", (10, 0), "open"), ("X", (20, 0), "open")])
    assert codes(untyped, "null_valve_type") == [], "no type field mapped: nothing to say"


def test_isolating_types_are_the_users_choice():
    settings = NetworkSettings(isolating_types=("sezionamento",))
    valves = [("G", (10, 0), "open", "gate"), ("S", (20, 0), "open", "Sezionamento")]
    network = main_line(3, valves=valves, settings=settings)
    report = network.isolate_pipes(["M1"]).to_report()
    assert report["pipes"]["isolated"]["pipe_ids"] == ["M1", "M2"]
    assert ids(report["valves"]["not_required"]) == ["S"]


# ----- valve ids ----------------------------------------------------------------------------


def test_valves_with_no_id_or_a_duplicated_id_are_named_warnings():
    valves = [
        ("V1", (10, 0), "open"),
        (None, (20, 0), "open"),
        ("  ", (25, 0), "open"),
        ("V1", (30, 0), "open"),
    ]
    network = main_line(4, valves=valves, branches=[("E", [(40, 0), (50, 0)], None)])
    missing = codes(network, "null_id")
    assert [(w.fid, w.point) for w in missing] == [(1, (20, 0)), (2, (25, 0))]
    assert missing[0].params == {"fid": 1}
    (duplicate,) = codes(network, "duplicate_id")
    assert (duplicate.fid, duplicate.params["other_fid"]) == (3, 0)


def test_a_duplicated_id_marked_as_will_not_close_fails_every_valve_with_it():
    valves = [("V", (10, 0), "open"), ("W", (20, 0), "open"), ("V", (30, 0), "open")]
    network = main_line(4, valves=valves)
    report = network.isolate_pipes(["M2", "M3"], failed_valves=["V"]).to_report()
    assert [v["fid"] for v in report["valves"]["failed"]] == [0, 2]
    assert report["pipes"]["isolated"]["pipe_ids"] == ["M1", "M2", "M3", "M4"]


# ----- an empty pipes layer ---------------------------------------------------------------


def test_an_empty_pipes_layer_is_said_once():
    valves = [ValveInput(i, f"V{i}", (i, 0), "open") for i in range(1376)]
    network = build_network([], valves, [SourceInput(1, "S", (0, 0))])
    (warning,) = network.warnings
    assert warning.code == "no_pipes" and warning.params["valves"] == 1376
    assert "1376 valve(s)" in warning.message


def test_a_pipes_layer_all_out_of_service_is_empty_too():
    network = main_line(
        2, valves=[("V", (10, 0), "open")], statuses={"M1": "dismessa", "M2": "dismessa"}
    )
    assert sorted(w.code for w in network.warnings) == ["no_pipes", "pipes_out_of_service"]
