"""Intervention records on both back ends: life cycle, audit trail, snapshots,
history and restart."""

import subprocess
import sys
import textwrap
from datetime import datetime, timezone
from pathlib import Path

import pytest
from water_outage_notifier.store.history import (
    HISTORY_LAYER_FIELDS,
    history_layer_rows,
    list_interventions,
)
from water_outage_notifier.store.interventions import (
    ROME,
    InterventionDraft,
    InterventionStore,
    RecipientState,
    TransitionRefused,
    UnknownInterventionError,
    wkt_bbox,
)

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)
AREA = "POLYGON ((710000 4915000, 710400 4915000, 710400 4915300, 710000 4915000))"


def draft(**changes):
    values = dict(
        kind="planned_interruption",
        planned_start="2026-03-03T08:30:00+01:00",
        planned_end="2026-03-03T12:00:00+01:00",
        operator="Mario Rossi",
        municipalities=("Imola",),
        work_pipe_ids=("P-12",),
        valves_to_close=("V-1", "V-2"),
        segment_ids=(4, 7),
        customer_ids=("C1", "C2", "C3"),
        area_wkt=AREA,
        counts={"customers": 3, "units": 5},
    )
    values.update(changes)
    return InterventionDraft(**values)


@pytest.fixture()
def store(backend):
    return InterventionStore(backend.open(), clock=lambda: NOW)


def test_references_are_numbered_per_year_and_unique(store):
    first = store.create(draft())
    second = store.create(draft())
    given = store.create(draft(reference="IMOLA-42"))
    assert (first.reference, second.reference, given.reference) == (
        "INT-2026-0001",
        "INT-2026-0002",
        "IMOLA-42",
    )
    with pytest.raises(ValueError, match="IMOLA-42 already exists"):
        store.create(draft(reference="IMOLA-42"))


def test_a_record_keeps_what_the_operator_decided(store):
    item = store.create(draft(planned_start="2026-03-03T08:30:00"))
    assert item.planned_start == datetime(2026, 3, 3, 8, 30, tzinfo=ROME)
    assert item.planned_start.utcoffset().total_seconds() == 3600
    assert item.valves_to_close == ("V-1", "V-2")
    assert item.segment_ids == (4, 7)
    assert item.customer_ids == ("C1", "C2", "C3")
    assert item.counts == {"customers": 3, "units": 5}
    assert item.bbox == (710000.0, 4915000.0, 710400.0, 4915300.0)
    assert item.state == "planned"
    assert item.created_at == NOW


@pytest.mark.parametrize(
    "field, value, message",
    [
        ("planned_end", "2026-03-03T08:00:00+01:00", "must be after planned_start"),
        ("planned_start", "tomorrow", "planned_start: 'tomorrow' is not an ISO 8601"),
        ("operator", " ", "operator"),
        ("area_wkt", "POLYGON ((a b))", "area_wkt: no coordinates"),
    ],
)
def test_bad_drafts_are_refused_with_the_field_named(store, field, value, message):
    with pytest.raises(ValueError, match=message):
        store.create(draft(**{field: value}))


def test_wkt_bbox_reads_multi_and_z_geometries():
    assert wkt_bbox("MULTIPOLYGON Z (((1 5 9, 3 2 9, 1 5 9)), ((-4 0 1, 0 7 1, -4 0 1)))") == (
        -4.0,
        0.0,
        3.0,
        7.0,
    )
    assert wkt_bbox("POLYGON EMPTY") is None


def test_life_cycle_with_audit_trail(store):
    ref = store.create(draft()).reference
    store.transition(ref, "notified", "Mario Rossi", at="2026-03-01T10:00:00+01:00")
    store.transition(ref, "in_progress", "Squadra 3", at="2026-03-03T08:35:00+01:00")
    done = store.transition(ref, "finished", "Squadra 3", at="2026-03-03T11:40:00+01:00")
    assert done.state == "finished"
    assert done.notified_at == datetime(2026, 3, 1, 10, 0, tzinfo=ROME)
    assert done.finished_at == datetime(2026, 3, 3, 11, 40, tzinfo=ROME)
    trail = [(e.actor, e.from_state, e.to_state) for e in store.events(ref)]
    assert trail == [
        ("Mario Rossi", None, "planned"),
        ("Mario Rossi", "planned", "notified"),
        ("Squadra 3", "notified", "in_progress"),
        ("Squadra 3", "in_progress", "finished"),
    ]


@pytest.mark.parametrize("reached", [[], ["notified"], ["notified", "in_progress"]])
def test_active_interventions_can_be_cancelled(store, reached):
    ref = store.create(draft()).reference
    for state in reached:
        store.transition(ref, state, "op")
    cancelled = store.transition(ref, "cancelled", "op", note="pipe already repaired")
    assert cancelled.state == "cancelled" and cancelled.cancelled_at == NOW
    assert store.events(ref)[-1].details == {"note": "pipe already repaired"}


@pytest.mark.parametrize(
    "path, refused",
    [
        ([], "in_progress"),
        ([], "finished"),
        (["notified"], "finished"),
        (["notified"], "notified"),
        (["notified", "in_progress", "finished"], "cancelled"),
        (["cancelled"], "notified"),
    ],
)
def test_refused_transitions_name_both_states(store, path, refused):
    ref = store.create(draft()).reference
    for state in path:
        store.transition(ref, state, "op")
    before = store.get(ref).state
    with pytest.raises(TransitionRefused, match=f"from '{before}' to '{refused}'") as caught:
        store.transition(ref, refused, "op")
    assert (caught.value.from_state, caught.value.to_state) == (before, refused)
    assert store.get(ref).state == before
    assert len(store.events(ref)) == 1 + len(path)


def test_unknown_reference_is_a_clear_error(store):
    with pytest.raises(UnknownInterventionError, match="INT-1999-0001"):
        store.transition("INT-1999-0001", "notified", "op")


def test_notification_snapshot_updates_and_follow_up_recipients(store):
    ref = store.create(draft()).reference
    store.record_notification(
        ref,
        "planned_interruption",
        [
            RecipientState("+393331111111", ("C1",), "PENDING", 1),
            RecipientState("+393332222222", ("C2", "C3"), "PENDING", 1),
            RecipientState("+393333333333", ("C3",), "PENDING", 1),
        ],
        text="Acqua: interruzione mar 3 mar 08:30-12:00",
        unreachable=[("C4", "landline")],
    )
    changed = store.update_recipient_states(
        ref,
        "planned_interruption",
        {"+393331111111": "DELIVERED", "+393332222222": "FAILED", "+393333333333": "UNCERTAIN"},
    )
    assert changed == 3
    store.record_notification(
        ref, "cancelled", [RecipientState("+393331111111", ("C1",), "ACCEPTED", 1)]
    )
    warned = store.already_warned(ref)
    assert [(r.phone, r.customer_ids) for r in warned] == [
        ("+393331111111", ("C1",)),
        ("+393333333333", ("C3",)),
    ]
    assert store.message_texts(ref) == [
        ("planned_interruption", "it", "Acqua: interruzione mar 3 mar 08:30-12:00")
    ]
    assert store.get(ref).unreachable == (("C4", "landline"),)


def test_email_is_recorded_with_its_message_id(store):
    ref = store.create(draft()).reference
    store.record_email(ref, ["pronto.intervento@example.org"], "<abc@imola>", "sent")
    (email,) = store.emails(ref)
    assert (email.recipients, email.message_id, email.status) == (
        ("pronto.intervento@example.org",),
        "<abc@imola>",
        "sent",
    )
    assert store.events(ref)[-1].action == "email_recorded"


def test_history_filters(store):
    a = store.create(draft(municipalities=("Imola",))).reference
    b = store.create(
        draft(
            kind="pressure_drop",
            municipalities=("Dozza", "Imola"),
            planned_start="2026-03-10T08:00:00+01:00",
            planned_end="2026-03-10T09:00:00+01:00",
            area_wkt="POINT (0 0)",
        )
    ).reference
    c = store.create(
        draft(
            municipalities=("Medicina",),
            planned_start="2026-04-10T08:00:00+02:00",
            planned_end="2026-04-10T09:00:00+02:00",
        )
    ).reference
    store.transition(c, "cancelled", "op")

    def refs(**filters):
        return [item.reference for item in list_interventions(store, **filters)]

    assert refs() == [a, b, c]
    assert refs(start="2026-03-05", end="2026-04-01") == [b]
    assert refs(start="2026-03-03T12:00:00+01:00") == [b, c]  # a ends exactly there
    assert refs(municipality="imola") == [a, b]
    assert refs(kinds=["pressure_drop"]) == [b]
    assert refs(states=["cancelled"]) == [c]
    assert refs(bbox=(-1, -1, 1, 1)) == [b]
    assert refs(municipality="Imola", kinds=["planned_interruption"]) == [a]


def test_history_layer_rows_carry_wkt_and_all_fields(store):
    store.create(draft())
    (row,) = history_layer_rows(list_interventions(store))
    assert list(row) == [name for name, _ in HISTORY_LAYER_FIELDS] + ["wkt"]
    assert row["wkt"] == AREA
    assert (row["customers"], row["segments"], row["municipalities"]) == (3, 2, "Imola")
    assert row["planned_start"] == "2026-03-03T08:30:00+01:00"


def _seed_for_restart(backend):
    store = InterventionStore(backend.open(), clock=lambda: NOW)
    ref = store.create(draft()).reference
    store.transition(ref, "notified", "Mario Rossi")
    store.record_notification(
        ref, "planned_interruption", [RecipientState("+393331111111", ("C1",), "DELIVERED", 2)]
    )
    return ref


def test_a_new_database_object_reads_the_same_history(backend):
    ref = _seed_for_restart(backend)
    again = InterventionStore(backend.open())
    assert [i.reference for i in list_interventions(again, states=["notified"])] == [ref]
    assert again.recipients(ref)[0].state == "DELIVERED"
    assert [e.action for e in again.events(ref)] == [
        "created",
        "transition",
        "notification_recorded",
    ]


def test_another_process_reads_the_same_history(backend):
    ref = _seed_for_restart(backend)
    spec, schema = backend.spec()
    conftest = Path(__file__).resolve().parents[1] / "conftest.py"
    script = textwrap.dedent(
        f"""
        import runpy
        runpy.run_path({str(conftest)!r})
        from water_outage_notifier.store.backend import open_database
        from water_outage_notifier.store.interventions import InterventionStore
        store = InterventionStore(open_database({spec!r}, schema={schema!r}))
        item = store.get({ref!r})
        print(item.state, item.notified_at.isoformat(), len(store.recipients({ref!r})))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    ).stdout.split()
    assert out == ["notified", "2026-03-01T10:00:00+01:00", "1"]
