"""The notice reaches landlines by call (issue 23): through the notify
pipeline, with a voice provider beside the SMS one, one call per landline
across a second click, the dialog's figures per channel before sending."""

from dataclasses import replace

import pytest
from opened import close_later
from test_notify_pipeline import (  # noqa: F401 - smtp is a fixture
    ADMIN,
    NOW,
    OPTIONS,
    OWN,
    SELECTION,
    customer,
    make_services,
    request,
)
from water_outage_notifier.common.vocabulary import (
    ACCEPTED,
    CALL,
    DELIVERED,
    EMAIL,
    FAILED,
    PENDING,
    SMS,
)
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.devtools.gateway_emulator import RELAY_VOICE_OPTIONS
from water_outage_notifier.devtools.smtp_server import LocalSmtpServer, free_port
from water_outage_notifier.notify.backoff import RetryPolicy
from water_outage_notifier.notify.dispatch import dispatch
from water_outage_notifier.notify.pipeline import notify, preview_notice
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider

HOME = "+390542600001"
MOBILE = "+393339999999"
CALLED = assemble(
    [
        *SELECTION.customers,
        replace(customer("C5", reason="landline"), landlines=(HOME,)),
        replace(customer("C6", reason="landline"), landlines=(HOME,)),  # one call for both
    ],
    ("isolated",),
)
VOICE = replace(OPTIONS, voice=True)


def with_voice(services, emulator, **options):
    profile = GatewayProfile(
        "calls", "generic", emulator.url, options={**RELAY_VOICE_OPTIONS, **options}
    )
    voice = close_later(create_provider(profile, Credentials("utility", "skebby-secret")))
    return replace(services, voice=voice)


def test_landlines_are_called_once_with_the_speech_text_beside_the_sms(tmp_path, emulator):
    services = with_voice(make_services(tmp_path, emulator), emulator)
    result = notify(request(selection=CALLED, options=VOICE), services)
    assert result.ok and result.sent == 2 and result.calls[ACCEPTED] == 1
    (call,) = emulator.calls(HOME)
    assert "Riferimento" in call["text"] and "Ripeto il messaggio" in call["text"]
    assert "INT-" not in call["text"]  # spelled out
    again = notify(
        request(
            selection=CALLED,
            options=VOICE,
            plan=replace(request().plan, reference=result.reference),
        ),
        services,
    )
    assert again.ok and len(emulator.calls(HOME)) == 1  # the second click calls nobody
    outbox = services.outbox
    assert [m.phone for m in outbox.messages(channel=CALL)] == [HOME]
    assert len(outbox.messages(channel=SMS)) == 2


def test_without_a_voice_provider_nobody_is_called(tmp_path, emulator):
    services = make_services(tmp_path, emulator)
    result = notify(request(selection=CALLED), services)
    assert result.ok and result.calls == {} and emulator.calls() == []


def test_only_landlines_is_not_refused_when_they_can_be_called(tmp_path, emulator):
    only = assemble([replace(customer("C5", reason="landline"), landlines=(HOME,))], ("isolated",))
    refused = notify(request(selection=only), make_services(tmp_path / "a", emulator))
    assert [r.code for r in refused.refused] == ["no_mobile"]
    services = with_voice(make_services(tmp_path, emulator), emulator)
    result = notify(request(selection=only, options=VOICE), services)
    assert result.ok and result.calls[ACCEPTED] == 1 and result.sent == 0


def test_the_preview_counts_each_channel_and_its_cost(tmp_path):
    figures = preview_notice(request(selection=CALLED, options=VOICE), NOW).channels
    assert (figures.sms, figures.calls, figures.emails, figures.flyers) == (2, 1, 0, 1)
    assert figures.sms_segments >= 2 and figures.call_minutes >= 1
    plain = preview_notice(request(selection=CALLED), NOW).channels
    assert (plain.calls, plain.call_minutes, plain.flyers) == (0, 0, 3)


def test_the_dispatch_pass_reads_call_outcomes_and_calls_again_when_due(tmp_path, emulator):
    emulator.set_call_outcome(HOME, "busy", "completed")
    redial = {"redial_interval": 0, "send_window": "00:00-23:59:59"}
    services = with_voice(make_services(tmp_path, emulator), emulator, **redial)
    result = notify(request(selection=CALLED, options=VOICE), services)
    for _ in range(6):
        dispatch(services)
    (row,) = services.outbox.messages(channel=CALL)
    assert (row.state, row.code, row.redials) == (DELIVERED, "completed", 1)
    assert [c["outcome"] for c in emulator.calls(HOME)] == ["busy", "completed"]
    assert result.reference == row.intervention_id


# -- email to customers ------------------------------------------------------------


def emailed(cid, address, **fields):
    return replace(customer(cid, reason="no_phone"), emails=(address,), **fields)


@pytest.fixture
def mailbox(tmp_path):
    with LocalSmtpServer(tmp_path / "mail") as server:
        yield server


def test_customers_on_email_get_one_email_with_the_notice_and_the_page_link(
    tmp_path, emulator, mailbox
):
    selection = assemble(
        [
            *SELECTION.customers,
            emailed("C7", "rossi@example.it"),
            emailed("C8", "verdi@example.it", landlines=(HOME,)),  # a call, no email
            replace(customer("C9", [MOBILE]), emails=("neri@example.it",), prefers_email=True),
        ],
        ("isolated",),
    )
    options = replace(OPTIONS, voice=True, link="https://acqua.example.it/i")
    services = with_voice(make_services(tmp_path, emulator, mailbox.port), emulator)
    result = notify(request(selection=selection, options=options), services)
    assert result.ok and result.emails[ACCEPTED] == 2 and result.calls[ACCEPTED] == 1
    to_customers = [m for m in mailbox.messages if "callcentre" not in str(m["To"])]
    assert sorted(str(m["To"]) for m in to_customers) == ["neri@example.it", "rossi@example.it"]
    body = to_customers[0].get_content()
    assert (
        result.reference in str(to_customers[0]["Subject"]) and "https://acqua.example.it/i" in body
    )
    texted = {m.phone for m in services.outbox.messages(channel=SMS)}
    assert texted == {ADMIN, OWN}  # C9 chose email: no SMS to its mobile
    again = notify(
        request(
            selection=selection,
            options=options,
            plan=replace(request().plan, reference=result.reference),
        ),
        services,
    )
    assert again.ok and len([m for m in mailbox.messages if "callcentre" not in str(m["To"])]) == 2


def test_a_mail_server_down_leaves_the_emails_to_send_again(tmp_path, emulator):
    from water_outage_notifier.mail.smtp import SmtpSettings
    from water_outage_notifier.notify.request import MailCopy

    services = make_services(tmp_path, emulator)
    down = SmtpSettings("127.0.0.1", free_port(), security="none", timeout=1.0)
    quick = RetryPolicy(max_tries=2, base_delay=0.01, max_delay=0.02, patience=0.5)
    services = replace(
        services, mail=MailCopy(down, "avvisi@acqua-imola.it", ("cc@x.it",)), retry=quick
    )
    only = assemble([emailed("C7", "rossi@example.it")], ("isolated",))
    result = notify(request(selection=only), services)
    (row,) = services.outbox.messages(channel=EMAIL)
    assert row.state in (PENDING, FAILED) and row.code == "network_unreached"
    assert result.emails.get(ACCEPTED, 0) == 0
