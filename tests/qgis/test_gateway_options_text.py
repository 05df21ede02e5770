"""The settings' provider options, written as ``key = value`` lines and read
back: the profiles of docs/gateways.md survive the round trip. Before, a JSON
body template (the relay's ``{"to": "{{ message.phone }}", ...}``) came back
as a dict, sent as Python's repr, and ``basic_auth = false`` as the
string "false", which is true."""

from __future__ import annotations

import pytest
from doc_examples import documented_options
from water_outage_notifier.devtools.gateway_emulator import RELAY_OPTIONS
from water_outage_notifier.dialogs.widgets_gateway import options_from_text, options_text


@pytest.mark.parametrize("shape", ["relay", "vonage", "clicksend", "infobip"])
def test_the_documented_profiles_survive_the_settings_text(qgis_app, shape):
    options = RELAY_OPTIONS if shape == "relay" else documented_options(shape)
    assert options_from_text(options_text(options)) == options


def test_false_and_true_are_booleans(qgis_app):
    read = options_from_text("basic_auth = false\nclient_reference = true\nsender_note = text")
    assert read == {"basic_auth": False, "client_reference": True, "sender_note": "text"}
