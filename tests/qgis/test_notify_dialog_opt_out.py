"""The notify dialog leaves out a number that answered STOP (issue 18).

The STOP is a real reply at the gateway emulator, read by a dispatch pass
into the stored opt-out list; the dialog then sends through its QgsTask to
the other number only.
"""

from __future__ import annotations

import test_notify_dialog as dialog_tests
from notify_support import wait_for_task
from opened import close_later
from water_outage_notifier.notify.dispatch import dispatch
from water_outage_notifier.notify.request import Services
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.interventions import InterventionStore
from water_outage_notifier.store.outbox import Outbox

PHONES = dialog_tests.PHONES
settings = dialog_tests.settings
dialog = dialog_tests.dialog


def read_replies(emulator, store_location: str) -> None:
    """One dispatch pass on the dialog's database, as outage:dispatch makes it."""
    db = open_database(store_location)
    profile = GatewayProfile("t", "skebby", emulator.url, "AcquaImola", rate=1000.0)
    provider = create_provider(profile, Credentials("utility", "skebby-secret"))
    with close_later(Services(Outbox(db), InterventionStore(db), provider)) as services:
        assert dispatch(services).replies.opted_out == 1


def test_a_stop_reply_keeps_the_number_out_of_the_dialog_s_notice(dialog, emulator, store_location):
    emulator.receive(PHONES[0], "STOP")
    read_replies(emulator, store_location)
    results = []
    dialog.sent.connect(results.append)
    dialog.send_button.click()
    wait_for_task(dialog)

    assert [emulator.accepted_count(p) for p in PHONES] == [0, 1]
    (result,) = results
    assert result.sent == 1 and result.unreachable == 2  # the landline and the STOP
