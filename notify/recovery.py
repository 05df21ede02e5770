"""Recover first, then send: the one routine every sending path runs.

"Nothing lost, nothing sent twice" needs more than a durable outbox: a run
must first finish what earlier runs left half done. Every path that sends
(the notify dialog, the history dock, ``outage:notify``, ``outage:batch``,
``outage:dispatch`` and the background task while QGIS is open) goes
through here:

1. **claims taken back**: SUBMITTING messages whose sender is gone (its
   lease ran out, or its process on this machine no longer exists) become
   UNCERTAIN: the dead sender may or may not have submitted them;
2. **doubt resolved with the provider**: UNCERTAIN messages are looked up
   (Skebby by order, Twilio in its message list, a generic gateway by its
   look-up); sent ones are recorded as sent, surely unsent ones are due
   again, and what the provider cannot tell now stays UNCERTAIN with its
   reason code, asked again later when the provider said when;
3. **transient failures revived**: FAILED messages whose failure was
   transient (throttled, unreachable, surely never sent) are due again;
4. **sending**: what is due goes, retrying transient failures with backoff
   until the run's deadline; doubt a send leaves is asked about again
   before the deadline when the provider said when.

Only a permanent refusal (an invalid number, content refused) stays FAILED.
``prepare`` does steps 1 to 3 (the notify pipeline reads "already sent"
after it, so a message the dead run never sent is not counted as sent);
``send_due`` does step 4; ``recover`` both.
"""

from __future__ import annotations

import logging
import os
import socket
import sys
from dataclasses import dataclass

from ..common.log_words import say
from ..common.vocabulary import UNCERTAIN
from ..sms_gateway import reasons
from .dispatcher import Dispatcher, SendSummary, is_running

LOG = logging.getLogger("water_outage_notifier.notify")


@dataclass(frozen=True)
class Prepared:
    """What ``prepare`` found: claims taken back, messages settled by the
    provider's records, transient failures due again."""

    taken_back: int = 0
    reconciled: int = 0
    revived: int = 0


def prepare(dispatcher: Dispatcher, intervention_id=None) -> Prepared:
    """Steps 1 to 3 of the module docstring, nothing sent.

    Claims are taken back across the whole outbox (a dead sender's claims
    are nobody's); doubt and transient failures only of ``intervention_id``
    when given (the notify dialog answers for its own intervention; the
    dispatch run and the background task for all).
    """
    outbox = dispatcher.outbox
    dead = [claimant for claimant in outbox.claimants() if claimant_is_dead(claimant)]
    taken = outbox.expire_leases(dead_claimants=dead)
    if taken:
        say(LOG, logging.WARNING, "interrupted", count=taken)
    reconciled = dispatcher.reconcile(intervention_id)
    revived = outbox.revive_transient(reasons.TRANSIENT, intervention_id, dispatcher.channel)
    if revived:
        say(LOG, logging.INFO, "transient_due", count=revived)
    return Prepared(taken, reconciled, revived)


def send_due(
    dispatcher: Dispatcher, intervention_id=None, progress=None, deadline: float | None = None
) -> SendSummary:
    """Step 4: send what is due, then ask again about doubt the provider can
    settle before ``deadline`` (default: now plus the retry policy's patience),
    sending what proves unsent, until nothing is due or the deadline passes."""
    clock = dispatcher.clock
    if deadline is None:
        deadline = clock() + dispatcher.retry.patience
    outbox = dispatcher.outbox
    dispatcher.deadline = deadline
    try:
        summary = dispatcher.drain(intervention_id, progress)
        while not (summary.error or summary.canceled):
            due = outbox.next_due(intervention_id, UNCERTAIN, dispatcher.channel)
            if due is None or due > deadline or not _wait_until(dispatcher, due, progress):
                break
            if not dispatcher.reconcile(intervention_id) and (
                outbox.next_due(intervention_id, UNCERTAIN, dispatcher.channel) == due
            ):
                break  # the provider moved nothing, not even the time to ask again
            summary = dispatcher.drain(intervention_id, progress)
    finally:
        dispatcher.deadline = None
    return summary


def _wait_until(dispatcher: Dispatcher, when: float, progress) -> bool:
    """Sleep until ``when`` a second at a time; False when cancelled meanwhile."""
    while True:
        if progress is not None and progress.is_canceled():
            return False
        wait = when - dispatcher.clock()
        if wait <= 0:
            return True
        dispatcher.sleep(min(wait, 1.0))


def recover(
    dispatcher: Dispatcher, intervention_id=None, progress=None, deadline: float | None = None
) -> tuple[Prepared, SendSummary]:
    """The whole routine of the module docstring, for one intervention or all."""
    prepared = prepare(dispatcher, intervention_id)
    return prepared, send_due(dispatcher, intervention_id, progress, deadline)


def claimant_is_dead(claimant: str) -> bool:
    """Whether the sender named by ``claimed_by`` (``host:pid:…``) is gone.

    Only a process on this machine can be checked; another machine's
    claims wait for their lease. A claim of this process is alive while its
    sending loop runs (another sender of ours may be at work in a thread),
    and dead once that loop ended without recording it.
    """
    host, _, rest = claimant.partition(":")
    pid_text = rest.split(":", 1)[0]
    if host != socket.gethostname() or not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return not is_running(claimant)
    return not process_exists(pid)


def process_exists(pid: int) -> bool:
    """Whether a process with this id runs on this machine (never signals it)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_exists(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # it exists, under another user
        return True
    return True


def _windows_process_exists(pid: int) -> bool:
    """``os.kill(pid, 0)`` would terminate the process on Windows: ask the kernel."""
    import ctypes

    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return kernel32.GetLastError() == 5  # access denied: it exists
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
