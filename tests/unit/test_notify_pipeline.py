"""The notify pipeline end to end: real SQLite, the local gateway emulator, a real SMTP server.

Then "Send email only" (the call-centre copy and no SMS) and the follow-up preview.

The selection: C1 and C2 share a building administrator's mobile, C3 has
its own mobile, C4 only a landline (unreachable). So three customers are
reachable through two numbers.
"""

from __future__ import annotations

import io
import json
import struct
import zlib
from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from opened import close_later
from openpyxl import load_workbook
from water_outage_notifier.common.vocabulary import (
    ACCEPTED,
    CANCELLED,
    FINISHED,
    NOTIFIED,
    PENDING,
    PLANNED,
    PLANNED_INTERRUPTION,
    PRESSURE_DROP,
)
from water_outage_notifier.customers.selection import LOW_PRESSURE, AffectedCustomer, assemble
from water_outage_notifier.devtools.smtp_server import LocalSmtpServer, free_port
from water_outage_notifier.mail.compose import INTERVENTION_HEADER, XLSX_TYPE
from water_outage_notifier.mail.smtp import SmtpSettings
from water_outage_notifier.messages.preview import SendRules
from water_outage_notifier.notify.backoff import RetryPolicy
from water_outage_notifier.notify.dispatcher import Dispatcher
from water_outage_notifier.notify.lifecycle import cancel, finish
from water_outage_notifier.notify.pilot_report import write_report
from water_outage_notifier.notify.pipeline import (
    email_only,
    expected_reference,
    follow_up,
    notify,
    notify_with_pressure_drop,
    preview_follow_up,
    preview_notice,
)
from water_outage_notifier.notify.request import (
    InterventionPlan,
    MailCopy,
    MessageOptions,
    NotifyRequest,
    Resend,
    Services,
)
from water_outage_notifier.notify.same_work import intervention_of_work
from water_outage_notifier.notify.states import message_rows_source
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.interventions import InterventionDraft, InterventionStore
from water_outage_notifier.store.outbox import Outbox

ADMIN = "+393331111111"
OWN = "+393332222222"
NOW = datetime(2026, 3, 2, 10, 0, tzinfo=timezone.utc)  # 11:00 in Rome, inside the window
START = datetime(2026, 3, 5, 8, 30)  # naive: Rome time, 3 days' notice
END = START + timedelta(hours=4)
QUICK = RetryPolicy(max_tries=2, base_delay=0.01, max_delay=0.02)
OPTIONS = MessageOptions(
    language="it",
    utility_name="Acqua Imola",
    callcentre_number="800 123 456",
    rules=SendRules(sender="AcquaImola"),
)


def customer(cid, phones=(), reason=None, street="Via Emilia", sensitive=False):
    return AffectedCustomer(
        customer_id=cid,
        fid=int(cid[1:]),
        role="isolated",
        category=None,
        sensitive=sensitive,
        shared_meter=False,
        units=1,
        phones=tuple(phones),
        reason=reason,
        address=street,
        house_number="1",
        municipality="Imola",
        point=(0.0, 0.0),
    )


SELECTION = assemble(
    [
        customer("C1", [ADMIN]),
        customer("C2", [ADMIN]),
        customer("C3", [OWN], street="Via Cavour"),
        customer("C4", reason="landline"),
    ],
    ("isolated",),
)


def tiny_png() -> bytes:
    """A real 1x1 PNG, so the attachment is a valid image."""

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\xff\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


@pytest.fixture
def smtp(tmp_path):
    with LocalSmtpServer(tmp_path / "mail") as server:
        yield server


def make_services(tmp_path, emulator, smtp_port=None, provider="skebby", **profile_options):
    db = Database(str(tmp_path / "outage.sqlite"))
    profile = GatewayProfile(
        "test",
        provider,
        emulator.url if emulator else "",
        "AcquaImola",
        rate=1000.0,
        connect_timeout=1.0,
        read_timeout=2.0,
        options=profile_options,
    )
    mail = None
    if smtp_port is not None:
        mail = MailCopy(
            SmtpSettings("127.0.0.1", smtp_port, security="none", timeout=5.0),
            "interruzioni@acqua-imola.it",
            ("callcentre@acqua-imola.it",),
        )
    return close_later(
        Services(
            outbox=Outbox(db),
            store=InterventionStore(db, clock=lambda: NOW),
            provider=create_provider(profile, Credentials("utility", "skebby-secret")),
            mail=mail,
            now=lambda: NOW,
            retry=QUICK,
        )
    )


def request(**changes):
    plan = InterventionPlan(
        kind="planned_interruption",
        start=START,
        end=END,
        operator="Rossi",
        work_pipe_ids=("P1",),
        valves_to_close=("V1", "V3"),
        segment_ids=("P1", "P2"),
    )
    values = {"plan": plan, "selection": SELECTION, "options": OPTIONS, "map_png": tiny_png()}
    values.update(changes)
    return NotifyRequest(**values)


def test_one_sms_per_number_then_the_email_with_text_html_csv_and_map(tmp_path, emulator, smtp):
    services = make_services(tmp_path, emulator, smtp.port)
    result = notify(request(), services)

    assert result.ok, result.refused
    assert (emulator.accepted_count(ADMIN), emulator.accepted_count(OWN)) == (1, 1)
    assert emulator.total_accepted() == 2
    assert (result.recipients, result.unreachable, result.queued) == (2, 1, 2)
    assert result.counts[ACCEPTED] == 2 and result.state == NOTIFIED
    assert "Via Emilia" in result.preview.text and result.reference in result.preview.text

    store = services.store
    assert store.get(result.reference).state == NOTIFIED
    recorded = {r.phone: r for r in store.recipients(result.reference)}
    assert recorded[ADMIN].customer_ids == ("C1", "C2") and recorded[ADMIN].state == ACCEPTED
    assert store.get(result.reference).unreachable == (("C4", "landline"),)
    assert store.message_texts(result.reference)[0][2] == result.preview.text

    assert result.email.status == "sent"
    assert [e.status for e in store.emails(result.reference)] == ["sent"]
    (message,) = smtp.messages
    assert message[INTERVENTION_HEADER] == result.reference
    kinds = {part.get_content_type() for part in message.walk()}
    assert {"text/plain", "text/html", XLSX, "image/png"} <= kinds
    sheet = sheet_text(message)
    assert "C4" in sheet and ADMIN not in sheet  # numbers are masked in the copy
    assert "Testo dell'SMS inviato" in plain_text(message)


def test_a_second_call_sends_nothing_and_says_so(tmp_path, emulator, smtp):
    services = make_services(tmp_path, emulator, smtp.port)
    first = notify(request(), services)
    again = notify(request(plan=_with_reference(first.reference)), services)

    assert again.ok
    assert (again.queued, again.already_sent, again.sent_now) == (0, 2, 0)
    assert emulator.total_accepted() == 2
    assert again.email.status == "skipped" and len(smtp.messages) == 1
    assert again.state == NOTIFIED


def test_an_explicit_resend_goes_again_and_is_audited(tmp_path, emulator):
    services = make_services(tmp_path, emulator)
    first = notify(request(send_email=False), services)
    again = notify(
        request(
            plan=_with_reference(first.reference),
            send_email=False,
            resend=Resend("Bianchi", "customers called: SMS not received"),
        ),
        services,
    )
    assert again.queued == 2 and again.already_sent == 0
    assert emulator.accepted_count(ADMIN) == 2
    (audit,) = services.outbox.audit(first.reference)
    assert (audit["operator"], audit["messages"]) == ("Bianchi", 2)


def test_email_failure_leaves_the_sms_states_unchanged(tmp_path, emulator):
    closed_port = free_port()  # nothing listens there
    services = make_services(tmp_path, emulator, closed_port)
    result = notify(request(), services)

    assert result.email.status == "failed" and "refused" in result.email.detail
    assert result.counts[ACCEPTED] == 2 and emulator.total_accepted() == 2
    assert services.outbox.counts(result.reference)[ACCEPTED] == 2
    (email,) = services.store.emails(result.reference)
    assert email.status == "failed" and email.detail == result.email.detail
    assert services.store.get(result.reference).state == NOTIFIED


def test_a_blocking_preview_refuses_before_writing_anything(tmp_path, emulator):
    services = make_services(tmp_path, emulator)
    services.now = lambda: NOW.replace(hour=22)  # 23:00 in Rome: outside the send window
    result = notify(request(), services)

    assert not result.ok and result.reference is None
    assert any("21:00" in reason for reason in result.refused)
    assert result.preview is not None and result.preview.blocking
    assert services.store.select() == []
    assert services.outbox.messages() == []
    assert emulator.total_accepted() == 0


def test_missing_template_value_is_a_refusal_naming_the_placeholder(tmp_path, emulator):
    services = make_services(tmp_path, emulator)
    result = notify(request(options=MessageOptions(rules=SendRules())), services)
    assert not result.ok and any("utility" in reason for reason in result.refused)
    assert services.store.select() == []


def test_follow_up_water_back_goes_to_the_same_numbers_once(tmp_path, emulator):
    services = make_services(tmp_path, emulator)
    first = notify(request(send_email=False), services)
    closing = finish(first.reference, services, "Rossi")
    assert closing.intervention.state == FINISHED
    assert (closing.follow_up_kind, closing.follow_up_recipients) == ("water_back", 2)

    back = follow_up(first.reference, "water_back", services, OPTIONS, "Rossi")
    again = follow_up(first.reference, "water_back", services, OPTIONS, "Rossi")

    assert back.ok and back.counts[ACCEPTED] == 2
    assert (emulator.accepted_count(ADMIN), emulator.accepted_count(OWN)) == (
        2,
        2,
    )  # notice + water back
    assert (again.queued, again.already_sent) == (0, 2)
    assert emulator.total_accepted() == 4
    kinds = {kind for kind, _, _ in services.store.message_texts(first.reference)}
    assert kinds == {"planned_interruption", "water_back"}


def test_cancelled_path_tells_whoever_had_the_notice(tmp_path, emulator):
    services = make_services(tmp_path, emulator)
    first = notify(request(send_email=False), services)
    closing = cancel(first.reference, services, "Rossi", note="rain")
    assert closing.intervention.state == CANCELLED and closing.follow_up_recipients == 2

    told = follow_up(first.reference, "cancelled", services, OPTIONS, "Rossi")
    assert told.ok and told.queued == 2
    assert "ANNULLATA" in told.preview.text
    assert emulator.total_accepted() == 4
    refused = notify(request(plan=_with_reference(first.reference)), services)
    assert not refused.ok and "cancelled" in refused.refused[0]


def test_cancel_stops_sending_and_leaves_pending_for_resume(tmp_path, emulator):
    services = make_services(tmp_path, emulator)

    class Stop:
        def set_progress(self, percent):
            pass

        def is_canceled(self):
            return True

    result = notify(request(send_email=False), services, progress=Stop())
    assert result.canceled and result.counts[PENDING] == 2
    assert result.state == PLANNED and emulator.total_accepted() == 0

    Dispatcher(services.outbox, services.provider, retry=QUICK).resume()
    assert (emulator.accepted_count(ADMIN), emulator.accepted_count(OWN)) == (1, 1)


def test_dry_run_writes_the_file_and_records_nothing(tmp_path):
    jsonl = tmp_path / "dry.jsonl"
    services = make_services(tmp_path, None, provider="file", path=str(jsonl))
    result = notify(request(dry_run=True), services)

    assert result.ok and result.dry_run and result.counts[ACCEPTED] == 2
    lines = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert sorted(line["to"] for line in lines) == sorted([ADMIN, OWN])
    assert {line["text"] for line in lines} == {result.preview.text}
    assert services.store.select() == [] and services.outbox.messages() == []


def _with_reference(reference):
    return InterventionPlan(
        kind="planned_interruption",
        start=START,
        end=END,
        operator="Rossi",
        reference=reference,
    )


def test_the_pilot_report_reads_the_states_from_the_outbox(tmp_path, emulator):
    services = make_services(tmp_path, emulator)
    first = notify(request(send_email=False), services)
    rows = message_rows_source(services.outbox)(first.reference)
    assert sorted((r.phone, r.state) for r in rows) == [(ADMIN, ACCEPTED), (OWN, ACCEPTED)]
    assert {r.segments for r in rows} == {first.preview.analysis.segments}
    paths = write_report(
        services.store,
        START.date(),
        START.date(),
        str(tmp_path / "report"),
        message_rows_source(services.outbox),
    )
    with open(paths.interventions_csv, encoding="utf-8-sig") as handle:
        assert first.reference in handle.read()


def test_an_announcement_index_needs_no_network():
    from water_outage_notifier.customers.index import CustomerIndex
    from water_outage_notifier.customers.records import CustomerInput

    customers = [
        CustomerInput(fid=1, customer_id="A", point=None, phone="333 123 4567", consent=True),
        CustomerInput(fid=2, customer_id="B", point=None, phone="0542 111111", consent=True),
    ]
    selection = CustomerIndex.for_selection(customers).select_ids(["A", "B"])
    assert selection.roles == ("selected",)
    assert [r.phone for r in selection.recipients] == ["+393331234567"]
    assert [c.customer_id for c in selection.unreachable] == ["B"]


# -- "Send email only": the call-centre copy of a notice, and no SMS ---------

AT_NIGHT = NOW.replace(hour=22)  # 23:00 in Rome: outside the send window


def plain_text(message) -> str:
    return message.get_body(("plain",)).get_content()


XLSX = "/".join(XLSX_TYPE)


def sheet_text(message) -> str:
    """Every cell of the customer sheet attached to ``message``, as one text."""
    data = next(p for p in message.walk() if p.get_content_type() == XLSX).get_content()
    rows = load_workbook(io.BytesIO(data)).active.iter_rows(values_only=True)
    return repr(list(rows))


def test_the_email_carries_the_sms_text_and_no_sms_goes(tmp_path, emulator, smtp):
    services = make_services(tmp_path, emulator, smtp.port)
    result = email_only(request(), services)

    assert result.ok, result.refused
    assert result.email.status == "sent" and result.queued == 0 and not result.counts
    (message,) = smtp.messages
    assert message[INTERVENTION_HEADER] == result.reference
    assert result.preview.text in plain_text(message)
    assert "NON inviato alle utenze" in plain_text(message), "the copy says no SMS went"
    assert result.reference in result.preview.text  # the real reference, not the stand-in
    assert services.outbox.messages() == [] and emulator.total_accepted() == 0

    stored = services.store.get(result.reference)
    assert stored.state == PLANNED == result.state
    (email,) = services.store.emails(result.reference)
    assert (email.status, email.message_id) == ("sent", result.email.message_id)
    assert services.store.recipients(result.reference) == []


def test_the_send_window_does_not_hold_an_email_back(tmp_path, emulator, smtp):
    services = make_services(tmp_path, emulator, smtp.port)
    services.now = lambda: AT_NIGHT

    assert not notify(request(), services).ok
    result = email_only(request(), services)

    assert result.ok and result.email.status == "sent"
    codes = {issue.code for issue in result.preview.issues}
    assert not codes & {"outside_window", "outside_window_allowed"}
    assert not any("21:00" in warning for warning in result.warnings)
    assert preview_notice(request(), AT_NIGHT).refused
    assert not preview_notice(request(), AT_NIGHT, for_email=True).refused


def test_a_missing_placeholder_refuses_before_anything_is_written(tmp_path, emulator, smtp):
    services = make_services(tmp_path, emulator, smtp.port)
    result = email_only(request(options=MessageOptions(rules=SendRules())), services)

    assert not result.ok and any("utility" in reason for reason in result.refused)
    assert services.store.select() == [] and smtp.messages == []


def test_without_a_mail_server_it_is_refused_and_nothing_is_recorded(tmp_path, emulator):
    services = make_services(tmp_path, emulator)
    result = email_only(request(), services)

    assert not result.ok and "mail server" in result.refused[0]
    assert services.store.select() == []


def test_customers_without_mobiles_still_reach_the_call_centre(tmp_path, emulator, smtp):
    services = make_services(tmp_path, emulator, smtp.port)
    landlines = assemble([customer("C4", reason="landline")], ("isolated",))

    assert not notify(request(selection=landlines), services).ok
    result = email_only(request(selection=landlines, send_email=False), services)

    assert result.ok and result.email.status == "sent"
    (message,) = smtp.messages
    sheet = sheet_text(message)
    assert "C4" in sheet and "Numero fisso" in sheet


def test_the_sms_can_follow_on_the_same_intervention(tmp_path, emulator, smtp):
    services = make_services(tmp_path, emulator, smtp.port)
    first = email_only(request(), services)
    again = email_only(request(plan=_with_reference(first.reference)), services)
    sent = notify(request(plan=_with_reference(first.reference)), services)

    assert again.reference == first.reference == sent.reference
    assert len(services.store.select()) == 1
    assert sent.counts[ACCEPTED] == 2 and sent.state == NOTIFIED
    assert [e.status for e in services.store.emails(first.reference)] == ["sent"] * 3
    assert len(smtp.messages) == 3


def test_a_mail_server_down_is_the_result_s_error_and_on_record(tmp_path, emulator):
    services = make_services(tmp_path, emulator, free_port())  # nothing listens there
    result = email_only(request(), services)

    assert not result.ok and result.email.status == "failed"
    assert result.error == result.email.detail
    (email,) = services.store.emails(result.reference)
    assert email.status == "failed" and services.outbox.messages() == []


def test_the_follow_up_preview_is_the_text_follow_up_sends(tmp_path, emulator):
    services = make_services(tmp_path, emulator)
    first = notify(request(send_email=False), services)
    closing = finish(first.reference, services, "Rossi")
    back_at = NOW + timedelta(hours=1)

    shown = preview_follow_up(closing.intervention, "water_back", OPTIONS, NOW, back_at)
    sent = follow_up(first.reference, "water_back", services, OPTIONS, "Rossi", at=back_at)

    assert not shown.refused and shown.preview.text == sent.preview.text
    assert first.reference in shown.preview.text
    assert {m.text for m in services.outbox.messages() if m.kind == "water_back"} == {
        shown.preview.text
    }


def test_the_map_carries_the_reference_the_notice_gets_or_is_left_out(tmp_path, emulator, smtp):
    services = make_services(tmp_path, emulator, smtp.port)
    expected = expected_reference(request(), services)
    assert expected == f"INT-{NOW.year}-0001" and services.store.select() == []

    first = notify(request(map_reference=expected), services)
    assert first.reference == expected
    kinds = {part.get_content_type() for part in smtp.messages[0].walk()}
    assert "image/png" in kinds, "the map printed for this reference goes"

    # Printed for the next number, but another notice took it first: no wrong map.
    late = expected_reference(request(), services)
    services.store.create(InterventionDraft("emergency", START, END, "Verdi", customer_ids=("C9",)))
    second = notify(request(map_reference=late), services)
    assert second.reference != late and second.email.status == "sent"
    kinds = {part.get_content_type() for part in smtp.messages[-1].walk()}
    assert "image/png" not in kinds


def _planned_at(start, end):
    return InterventionPlan(kind="planned_interruption", start=start, end=end, operator="Rossi")


def test_a_past_start_refuses_to_send_unless_the_operator_overrides(tmp_path, emulator):
    services = make_services(tmp_path, emulator)
    start = datetime(2026, 2, 27, 8, 30)  # three days before NOW
    refused = notify(request(plan=_planned_at(start, start + timedelta(hours=4))), services)
    assert [reason.code for reason in refused.refused] == ["start_in_past"]
    assert services.store.select() == [] and emulator.total_accepted() == 0

    allowed = replace(OPTIONS, allow_past_start=True)
    sent = notify(
        request(plan=_planned_at(start, start + timedelta(hours=4)), options=allowed), services
    )
    assert sent.ok and emulator.total_accepted() == 2
    assert "start_in_past_allowed" in [getattr(w, "code", None) for w in sent.warnings]


@pytest.mark.parametrize(
    ("start", "end", "code"),
    [
        (datetime(1900, 3, 5, 8, 30), datetime(1900, 3, 5, 12, 30), "too_far_behind"),
        (START, datetime(9999, 12, 31, 23, 0), "too_long"),
        (START, START - timedelta(hours=1), "end_before_start"),
    ],
)
def test_absurd_dates_are_refused_with_a_code(tmp_path, emulator, start, end, code):
    services = make_services(tmp_path, emulator)
    result = notify(request(plan=_planned_at(start, end)), services)
    assert [reason.code for reason in result.refused] == [code]
    assert services.store.select() == []


def test_a_runaway_user_template_is_a_named_refusal(tmp_path, emulator):
    folder = tmp_path / "templates" / "sms" / "planned_interruption"
    folder.mkdir(parents=True)
    (folder / "any.it.j2").write_text("{% for i in range(100000000) %}x{% endfor %}")
    options = replace(OPTIONS, templates_dir=str(tmp_path / "templates"))
    result = notify(request(options=options), make_services(tmp_path, emulator))
    (reason,) = result.refused
    assert reason.code == "template_loop_too_long"
    assert reason.params["template"] == "sms/planned_interruption/any.it.j2"


# -- the interruption to its group, the pressure drop to the low-pressure group ----------

WEAK = "+393334444444"


def low_pressure(*members):
    return assemble([replace(c, role=LOW_PRESSURE) for c in members], (LOW_PRESSURE,))


def test_each_group_gets_its_own_notice_under_one_intervention(tmp_path, emulator):
    services = make_services(tmp_path, emulator)
    group = low_pressure(customer("L1", [WEAK]), customer("L2", [OWN]))  # OWN is in both
    first, second = notify_with_pressure_drop(request(), group, services)

    assert first.ok and second.ok, (first.refused, second.refused)
    assert second.reference == first.reference
    sent = {(m.phone, m.kind): m.text for m in services.outbox.messages()}
    assert set(sent) == {
        (ADMIN, PLANNED_INTERRUPTION),
        (OWN, PLANNED_INTERRUPTION),
        (WEAK, PRESSURE_DROP),
    }, "a number told of the interruption is not told of the pressure drop"
    assert "interruzione" in sent[(ADMIN, PLANNED_INTERRUPTION)]
    assert "calo di pressione" in sent[(WEAK, PRESSURE_DROP)]
    assert [e.reference for e in services.store.select()] == [first.reference]
    assert emulator.total_accepted() == 3


def test_with_nobody_dry_the_pressure_drop_goes_alone(tmp_path, emulator):
    services = make_services(tmp_path, emulator)
    nobody = assemble([], ("isolated", "unsupplied"))
    plan = replace(request().plan, kind=PRESSURE_DROP)
    first, second = notify_with_pressure_drop(
        request(selection=nobody, plan=plan), low_pressure(customer("L1", [WEAK])), services
    )
    assert first is None and second.ok
    (intervention,) = services.store.select()
    assert intervention.kind == PRESSURE_DROP and intervention.reference == second.reference
    assert emulator.accepted_count(WEAK) == 1 and emulator.total_accepted() == 1


def test_a_refused_interruption_sends_no_pressure_drop(tmp_path, emulator):
    services = make_services(tmp_path, emulator)
    nameless = replace(request().plan, operator="")
    first, second = notify_with_pressure_drop(
        request(plan=nameless), low_pressure(customer("L1", [WEAK])), services
    )
    assert first.refused and second is None
    assert emulator.total_accepted() == 0 and SELECTION.recipients


def test_a_run_stopped_by_a_refused_login_then_resumed_says_what_each_call_sent(
    tmp_path, emulator, smtp
):
    """Issue 13, findings 1 and 9 in the core: a refused login, fixed, the same reference."""
    emulator.credentials["skebby"] = ("utility", "changed-at-the-provider")
    services = make_services(tmp_path, emulator, smtp.port)
    stopped = notify(request(), services)
    assert stopped.error.code == "gateway_stopped" and stopped.sent_now == 0
    assert stopped.email.code == "email_no_sms_sent" and smtp.messages == []

    emulator.credentials["skebby"] = ("utility", "skebby-secret")
    resumed = notify(request(plan=_with_reference(stopped.reference)), services)
    assert (resumed.sent_now, resumed.already_sent, resumed.queued) == (2, 0, 0)
    (message,) = smtp.messages  # the copy went with the call that sent the SMS
    assert "Testo dell'SMS inviato a 2 numeri" in plain_text(message)

    again = notify(request(plan=_with_reference(stopped.reference)), services)
    assert (again.sent_now, again.already_sent) == (0, 2) and len(smtp.messages) == 1
    assert emulator.total_accepted() == 2


def test_the_intervention_of_a_work_is_its_newest_active_one(tmp_path, emulator):
    services = make_services(tmp_path, emulator)
    first = notify(request(send_email=False), services)
    assert intervention_of_work(services, ("P1",)).reference == first.reference
    assert intervention_of_work(services, ("P9",)) is None
    assert intervention_of_work(services, ()) is None
    cancel(first.reference, services, "Rossi")
    assert intervention_of_work(services, ("P1",)) is None
