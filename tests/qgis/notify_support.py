"""What the notify dialog and history dock tests share: settings, customers, the task wait.

The settings send through a local gateway emulator (no email server) and
the credentials go to the real QgsAuthManager, as the settings dialog
stores them; the wait is on the real QGIS task manager.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from auth_support import unlock_auth
from qgis.PyQt.QtCore import QDateTime
from qgis.PyQt.QtTest import QTest
from water_outage_notifier.customers.selection import AffectedCustomer
from water_outage_notifier.gis.auth import store_credentials
from water_outage_notifier.gis.settings_store import MessageSettings, PluginSettings
from water_outage_notifier.sms_gateway.profile import GatewayProfile


def emulator_settings(emulator, store_location: str) -> PluginSettings:
    """A Skebby profile on ``emulator``, Italian messages, the store at ``store_location``."""
    unlock_auth()
    authcfg = store_credentials("emulator", {"username": "utility", "password": "skebby-secret"})
    settings = PluginSettings(
        profiles=[
            GatewayProfile(
                "Emulator",
                "skebby",
                emulator.url,
                "AcquaImola",
                authcfg=authcfg,
                rate=1000.0,
                read_timeout=3.0,
            )
        ],
        selected_profile="Emulator",
        messages=MessageSettings(
            language="it", utility_name="Acqua Imola", call_centre_number="800123456"
        ),
        store_location=store_location,
    )
    settings.email.enabled = False
    return settings


def customer(cid, phones=(), reason=None, street="Via Emilia"):
    """An isolated customer in Imola with these phones (or the reason it has none)."""
    return AffectedCustomer(
        cid,
        0,
        "isolated",
        None,
        False,
        False,
        1,
        tuple(phones),
        reason,
        street,
        "1",
        "Imola",
        (0.0, 0.0),
    )


def wait_for_task(window, seconds=30.0):
    """Process events until ``window.task`` is done (a guard against hanging, not a timing)."""
    waited = 0.0
    while window.task is not None and waited < seconds:
        QTest.qWait(50)
        waited += 0.05
    assert window.task is None, "the sending task did not finish"


def planned(window):
    """``window`` set for 08:30-12:30 three days ahead, the send window overridden.

    The tests may run at night, when the send window would block them.
    """
    start = (datetime.now() + timedelta(days=3)).replace(hour=8, minute=30, second=0)
    window.start.setDateTime(QDateTime(start))
    window.end.setDateTime(QDateTime(start + timedelta(hours=4)))
    window.override.setChecked(True)
    return window
