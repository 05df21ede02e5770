"""The console example of docs/gateways.md runs as written, against the
local gateway emulator instead of the example's address."""

import contextlib
import io

from doc_examples import example
from water_outage_notifier.devtools.gateway_emulator import GatewayEmulator


def test_the_generic_gateway_example_runs_and_prints_what_the_doc_says():
    code = example("generic-relay")
    with GatewayEmulator(password="my-api-key") as emu:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(code.replace("https://sms.example.com", emu.url), {})  # noqa: S102
        (stored,) = emu.state.relay.values()
    assert printed.getvalue().split() == ["Outcome.ACCEPTED", "Finding.SENT"]
    assert stored["text"] == 'Acqua sospesa in via Roma & corso "Garibaldi". Rif. INT-2026-0001'
    assert stored["to"] == "+393331234567" and emu.accepted_count("+393331234567") == 1


def test_the_voice_profile_example_places_one_call_and_prints_what_the_doc_says():
    code = example("twilio-voice", "voice.md")
    with GatewayEmulator(twilio_token="my-auth-token") as emu:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            exec(code.replace("https://api.twilio.com", emu.url), {})  # noqa: S102
        (call,) = emu.calls("+390542600001")
    assert printed.getvalue().split() == ["Outcome.ACCEPTED", "Delivery.ACCEPTED"]
    assert 'voice="Polly.Bianca"' in call["text"] and "dalle nove alle tredici" in call["text"]
    assert call["from"] == "+390542000000"
