"""The notice reaches landlines by call (issue 23): through the notify
pipeline, with a voice provider beside the SMS one, one call per landline
across a second click, the dialog's figures per channel before sending."""

from dataclasses import replace

from opened import close_later
from test_notify_pipeline import NOW, OPTIONS, SELECTION, customer, make_services, request
from water_outage_notifier.common.vocabulary import ACCEPTED, CALL, DELIVERED, SMS
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.devtools.gateway_emulator import RELAY_VOICE_OPTIONS
from water_outage_notifier.notify.dispatch import dispatch
from water_outage_notifier.notify.pipeline import notify, preview_notice
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider

HOME = "+390542600001"
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
    assert (plain.calls, plain.call_minutes, plain.flyers) == (0, 0, 2)


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
