"""The outbox locked by another program (SQLite busy) just after the gateway
took a message: the run stops and says so; the operator closes the other
program and presses Send again in the same QGIS. That next run recovers
first: it asks the provider about the message it could not record, and
neither loses it nor sends it twice."""

from __future__ import annotations

import sqlite3

import pytest
from opened import close_later
from water_outage_notifier.common.vocabulary import ACCEPTED, SUBMITTING
from water_outage_notifier.devtools.gateway_emulator import RELAY_OPTIONS
from water_outage_notifier.notify.backoff import RetryPolicy
from water_outage_notifier.notify.dispatcher import Dispatcher
from water_outage_notifier.notify.recovery import recover
from water_outage_notifier.sms_gateway.profile import Credentials, GatewayProfile
from water_outage_notifier.sms_gateway.provider import create_provider
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.errors import LOCKED, StoreError
from water_outage_notifier.store.outbox import Outbox

REF = "INT-2026-0001"
TEXT = f"Acqua sospesa giovedi dalle 8:30. Rif. {REF}"
PHONES = ["+393331000001", "+393331000002"]
QUICK = RetryPolicy(max_tries=2, base_delay=0.01, max_delay=0.02, patience=30.0)


class LockAfterAccept:
    """The real provider; once it took the first request, another program
    takes the database's write lock (and keeps it until ``release``)."""

    def __init__(self, provider, path):
        self.provider, self.path, self.blocker = provider, path, None

    def __getattr__(self, name):
        return getattr(self.provider, name)

    def submit(self, batch_ref, messages):
        result = self.provider.submit(batch_ref, messages)
        if self.blocker is None:
            self.blocker = sqlite3.connect(self.path, isolation_level=None)
            self.blocker.execute("BEGIN IMMEDIATE")
        return result

    def release(self):
        self.blocker.execute("ROLLBACK")
        self.blocker.close()


def sender(emulator, kind):
    user, password = emulator.credentials["skebby"]
    options = RELAY_OPTIONS if kind == "generic" else {}
    profile = GatewayProfile("t", kind, emulator.url, "AcquaImola", rate=1000.0, options=options)
    return close_later(create_provider(profile, Credentials(user, password)))


@pytest.mark.parametrize("kind", ["skebby", "generic"])
def test_a_send_recorded_into_a_locked_outbox_is_asked_about_on_the_next_press(
    tmp_path, emulator, kind
):
    path = str(tmp_path / "outbox.sqlite")
    outbox = Outbox(close_later(Database(path, timeout=0.2)))
    locking = LockAfterAccept(sender(emulator, kind), path)
    first = Dispatcher(outbox, locking, retry=QUICK)
    first.queue(REF, "start", TEXT, PHONES)
    with pytest.raises(StoreError) as stopped:
        recover(first, REF)
    assert stopped.value.code == LOCKED, "the run says the database is locked"
    locking.release()
    taken = emulator.total_accepted()
    assert taken >= 1 and SUBMITTING in {m.state for m in outbox.messages()}

    again = Dispatcher(outbox, sender(emulator, kind), retry=QUICK)  # the next press
    _prepared, summary = recover(again, REF)
    assert {m.state for m in outbox.messages()} == {ACCEPTED}
    assert summary.counts[ACCEPTED] == len(PHONES)
    assert all(emulator.accepted_count(phone) == 1 for phone in PHONES)
