"""The notify dialog with a voice profile (issue 23): it shows the count per
channel and the cost before sending, and Send calls the customer who has
only a landline, once, beside the SMS."""

from __future__ import annotations

from dataclasses import replace

import pytest
from notify_support import customer, emulator_settings, planned, wait_for_task
from water_outage_notifier.customers.selection import assemble
from water_outage_notifier.devtools.gateway_emulator import RELAY_VOICE_OPTIONS
from water_outage_notifier.dialogs.notify_dialog import NotifyDialog
from water_outage_notifier.sms_gateway.profile import GatewayProfile

HOME = "+390542600001"
SELECTION = assemble(
    [
        customer("C1", ["+393331111111"]),
        replace(customer("C2", reason="landline"), landlines=(HOME,)),
        customer("C3", reason="no_phone"),
    ],
    ("isolated",),
)


@pytest.fixture()
def voice_settings(qgis_app, emulator, store_location):
    settings = emulator_settings(emulator, store_location)
    sms = settings.profiles[0]
    calls = GatewayProfile(
        "Calls",
        "generic",
        emulator.url,
        authcfg=sms.authcfg,
        rate=1000.0,
        options=RELAY_VOICE_OPTIONS,
    )
    return replace(settings, profiles=[sms, calls], voice_profile="Calls")


def test_the_dialog_counts_each_channel_and_send_calls_the_landline_once(voice_settings, emulator):
    dialog = planned(NotifyDialog(SELECTION, {"valves_to_close": ("V1",)}, settings=voice_settings))
    try:
        figures = dialog.figures.text()
        assert "1 SMS" in figures and "1 calls (about 1 min)" in figures, figures
        assert "1 customers on the flyer list" in figures
        dialog.send_button.click()
        wait_for_task(dialog)
        assert len(emulator.calls(HOME)) == 1 and emulator.accepted_count("+393331111111") == 1
        assert "Calls: 1 placed" in dialog.summary.text(), dialog.summary.text()
        dialog.send_button.click()  # the same notice again: nobody is called twice
        wait_for_task(dialog)
        assert len(emulator.calls(HOME)) == 1
    finally:
        dialog.close()
