"""Draining the outbox through a provider, safely.

The dispatcher joins the outbox (``store.outbox``) to one provider
(``sms_gateway``). It is the only place that decides what happens after a send
attempt: accepted, refused for good, retried later (only when the request
surely never reached the provider), or left UNCERTAIN and checked at the
provider by its client reference before anything is sent again.

The GUI, Processing and the demo call ``send_intervention``; after a crash
or a restart they call ``resume``; ``poll_reports`` follows delivery.

A dispatcher carries one channel of the outbox, its provider's: an SMS
dispatcher never claims, asks about or counts a call, and a voice
dispatcher never an SMS. A call that rang out unanswered is placed again
as its ``RedialPolicy`` allows, else recorded UNDELIVERED with the
provider's word for it (busy, no-answer).
"""

from __future__ import annotations

import logging
import os
import random
import socket
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field

from ..common.phone_privacy import mask_phone
from ..common.vocabulary import (
    ACCEPTED,
    CALL,
    DELIVERED,
    FAILED,
    FOLLOW_UP_KINDS,
    PENDING,
    UNCERTAIN,
    UNDELIVERED,
)
from ..sms_gateway import reasons
from ..sms_gateway.provider import (
    Delivery,
    Finding,
    GatewayStop,
    Outcome,
    OutgoingMessage,
    Provider,
    Reconcile,
    StatusUnavailableError,
    SubmitResult,
)
from ..store.outbox import Outbox, OutboxMessage, Settlement
from .backoff import RetryPolicy
from .ratelimit import RateLimiter
from .redial import RedialPolicy
from .request import Reason

LOG = logging.getLogger("water_outage_notifier.sms_gateway")
#: The "ask again" time of a message held without one: not before the operator acts.
NEVER = 1e18
REPORT_STATES = {
    Delivery.ACCEPTED: ACCEPTED,
    Delivery.DELIVERED: DELIVERED,
    Delivery.UNDELIVERED: UNDELIVERED,
    # refused after acceptance (Skebby INVALIDDST, BLACKLISTED...): it will never arrive
    Delivery.REFUSED: UNDELIVERED,
    # a call nobody answered, once it will not be placed again
    Delivery.UNANSWERED: UNDELIVERED,
}


#: The sending loops at work in this process, by their ``claimed_by`` name. A
#: claim of this process by no running loop belongs to a run that ended
#: without recording its results (the outbox locked by another program just
#: after the gateway took them): the next run takes it back at once and asks
#: the provider, instead of waiting out its lease (``notify.recovery``).
_RUNNING: set[str] = set()
_RUNNING_LOCK = threading.Lock()


@contextmanager
def running(worker: str):
    """``worker`` counts as a live sender of this process for the block."""
    with _RUNNING_LOCK:
        _RUNNING.add(worker)
    try:
        yield
    finally:
        with _RUNNING_LOCK:
            _RUNNING.discard(worker)


def is_running(worker: str) -> bool:
    """Whether ``worker`` (a ``claimed_by`` name of this process) is sending now."""
    with _RUNNING_LOCK:
        return worker in _RUNNING


class ProfileRefused(ValueError):
    """The gateway profile cannot send (``GatewayProfile.check``): nothing is queued.

    ``reasons`` are the problems as :class:`~.request.Reason` codes, for the
    adapters' words; the message is the English defaults.
    """

    def __init__(self, problems):
        super().__init__(" ".join(problem.message for problem in problems))
        self.reasons = tuple(Reason(p.message, p.code, p.params) for p in problems)


@dataclass(frozen=True)
class SendSummary:
    """What a run achieved, per outbox state, and what needs the operator."""

    counts: dict[str, int]
    canceled: bool = False
    #: Why the gateway stopped the run (a :class:`~.request.Reason`), None when it did not.
    error: str | None = None
    needs_operator: tuple[OutboxMessage, ...] = field(default=(), repr=False)

    @property
    def sent(self) -> int:
        """Messages the provider took (accepted or with a final report)."""
        return sum(self.counts[state] for state in (ACCEPTED, DELIVERED, UNDELIVERED))


class Dispatcher:
    """Sends what the outbox holds through one provider.

    ``clock`` (wall seconds) and ``sleep`` are injectable so that retries,
    the rate limiter and report polling can be tested on a fake clock.
    """

    def __init__(
        self,
        outbox: Outbox,
        provider: Provider,
        *,
        retry: RetryPolicy | None = None,
        rate: float | None = None,
        concurrency: int | None = None,
        lease_seconds: float | None = None,
        clock: Callable[[], float] = time.time,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ):
        profile = provider.profile
        problems = profile.check()
        if problems:
            raise ProfileRefused(problems)
        self.outbox = outbox
        self.provider = provider
        self.channel = provider.channel
        self.redial = RedialPolicy.from_options(profile.options)
        self.retry = retry or RetryPolicy()
        self.concurrency = max(1, concurrency or profile.concurrency)
        self.limiter = RateLimiter(rate or profile.rate, clock=clock, sleep=sleep)
        self.lease_seconds = lease_seconds or 2 * sum(profile.timeout) + 60
        self.clock = clock
        self.sleep = sleep
        self.rng = rng or random.Random()
        self.worker = f"{socket.gethostname()}:{os.getpid()}:{id(self):x}"
        self._stop_reason: str | None = None
        self._lock = threading.Lock()
        self.deadline: float | None = None

    # -- public API ------------------------------------------------------
    def send_intervention(
        self, intervention_id, kind: str, text: str, recipients: Iterable[str], progress=None
    ) -> SendSummary:
        """Queue one message per recipient phone (E.164) and send what is due.

        Sending the same intervention and kind again adds nothing: numbers
        already in the outbox keep their state (see ``Outbox.resend``).
        The sending paths go through ``notify.recovery`` instead, which
        recovers earlier runs' leftovers first.
        """
        self.queue(intervention_id, kind, text, recipients)
        return self._drain(intervention_id, progress)

    def queue(
        self,
        intervention_id,
        kind: str,
        text: str,
        recipients: Iterable[str],
        not_before: float = 0.0,
        generation: int = 0,
    ) -> int:
        """Write one PENDING message per new recipient, due at ``not_before``
        (0: now), of ``generation``; returns how many were added."""
        if not text or not text.strip():
            raise ValueError(f"Intervention {intervention_id}: the '{kind}' SMS text is empty.")
        added = self.outbox.enqueue(
            intervention_id,
            kind,
            text,
            recipients,
            self.channel,
            not_before=not_before,
            generation=generation,
        )
        LOG.info("Intervention %s: %d new '%s' message(s) queued", intervention_id, added, kind)
        return added

    def resume(self, progress=None, assume_dead: bool = False) -> SendSummary:
        """Carry on after a crash or a restart: interrupted sends become
        UNCERTAIN and are checked at the provider, then PENDING ones go.

        ``assume_dead`` treats every running claim as dead (no other sender
        shares this outbox); otherwise claims wait for their lease to end.
        """
        interrupted = self.outbox.expire_leases(assume_dead)
        if interrupted:
            LOG.warning("%d message(s) were interrupted while sending; checking them", interrupted)
        self.reconcile()
        return self._drain(None, progress)

    def reconcile(self, intervention_id=None) -> int:
        """Ask the provider about UNCERTAIN messages (``Provider.reconcile``),
        of one intervention or all.

        Sent → ACCEPTED (or its report); never sent → PENDING again; refused
        → FAILED; held (the provider cannot tell now, or cannot be asked) →
        stays UNCERTAIN with the reason code for the operator, never resent,
        due to be asked again at the provider's ``retry_at`` (never, without
        one). Returns how many were settled.
        """
        return self._resolve(self.outbox.messages(UNCERTAIN, intervention_id, self.channel))

    def drain(self, intervention_id=None, progress=None) -> SendSummary:
        """Send every due PENDING message (of one intervention, or all).

        With a ``deadline`` set (a ``clock()`` time, see ``notify.recovery``)
        a transient failure is tried again with backoff past the policy's
        ``max_tries``, until a retry would fall after the deadline; only then
        does it end FAILED (``retryable``, revived by the next run).
        """
        return self._drain(intervention_id, progress)

    def poll_reports(
        self,
        deadline: float,
        interval: float = 10.0,
        intervention_id=None,
        since: float | None = None,
    ) -> dict[str, int]:
        """Ask for delivery status until every message is final or ``deadline``
        (a ``clock()`` time) passes; a deadline already past asks once.
        ``since``: see ``poll_once``. Returns the outbox counts."""
        if not self.provider.capabilities.status_lookup:
            return self.outbox.counts(intervention_id, self.channel)
        while True:
            waiting = self.poll_once(intervention_id, since)
            now = self.clock()
            if not waiting or now >= deadline:
                break
            self.sleep(min(interval, deadline - now))
        return self.outbox.counts(intervention_id, self.channel)

    def _redialled(self, row: OutboxMessage, report) -> bool:
        """Whether an unanswered call was put back to be placed again (see
        ``RedialPolicy``); False for any other report, or no redial left."""
        if report.delivery is not Delivery.UNANSWERED:
            return False
        when = self.redial.next_call(row.redials, self.clock())
        if when is None:
            return False
        LOG.info("Call to %s unanswered (%s); calling again", mask_phone(row.phone), report.code)
        self.outbox.redial(row.id, report.provider_id or row.provider_id, when, report.code)
        return True

    def poll_once(self, intervention_id=None, since: float | None = None, until=None) -> int:
        """One round of delivery status for the ACCEPTED messages, oldest first.

        ``since`` leaves out messages sent before it (their reports are long
        final or lost); ``until`` (a ``clock()`` time) ends the round early,
        the rest waiting for the next one (one request per message at
        Twilio: a big notice takes a while). Returns how many were waiting.
        """
        if not self.provider.capabilities.status_lookup:
            return 0
        waiting = [
            row
            for row in self.outbox.messages(ACCEPTED, intervention_id, self.channel)
            if since is None or (row.attempted_at or 0.0) >= since
        ]
        for chunk_ref, rows in _by_chunk(waiting).items():
            if until is not None and self.clock() >= until:
                break
            try:
                statuses = self.provider.lookup(chunk_ref, _outgoing(rows)) or {}
            except StatusUnavailableError as exc:
                LOG.warning("Delivery status of %s unavailable: %s", chunk_ref, exc)
                continue
            final = []
            for row in rows:
                report = statuses.get(row.ref)
                if report is None or self._redialled(row, report):
                    continue
                if report.delivery in REPORT_STATES:
                    final.append((row.id, REPORT_STATES[report.delivery], report.code, None))
            self.outbox.apply_reports(final)  # one transaction per chunk, not one per number
        return len(waiting)

    # -- sending ---------------------------------------------------------
    def _drain(self, intervention_id, progress) -> SendSummary:
        self._stop_reason = None
        self._hold_follow_up_calls(intervention_id)
        total = max(1, self.outbox.counts(intervention_id, self.channel)[PENDING])
        done = [0]

        def advance(count: int) -> None:
            with self._lock:
                done[0] += count
                if progress is not None:
                    progress.set_progress(min(100.0, 100.0 * done[0] / total))

        def canceled() -> bool:
            return self._stop_reason is not None or bool(progress and progress.is_canceled())

        said = [None]

        def waiting(until: float) -> None:
            """Say once per retry time when the run tries again, and until when it keeps
            trying: an unreachable provider is otherwise a bar standing at 0 %."""
            with self._lock:
                if until != said[0] and hasattr(progress, "set_waiting"):
                    said[0] = until
                    progress.set_waiting(until, self.deadline)

        workers = [f"{self.worker}/{n}" for n in range(self.concurrency)]
        steps = (advance, canceled, waiting)
        if len(workers) == 1:
            self._work(workers[0], intervention_id, *steps)
        else:
            with ThreadPoolExecutor(len(workers), thread_name_prefix="sms") as pool:
                for future in [
                    pool.submit(self._work, name, intervention_id, *steps) for name in workers
                ]:
                    future.result()
        counts = self.outbox.counts(intervention_id, self.channel)
        said = ", ".join(f"{state.lower()} {n}" for state, n in counts.items() if n) or "nothing"
        LOG.info("%s run finished: %s.", self.channel, said)
        return SendSummary(
            counts,
            canceled=bool(progress and progress.is_canceled()),
            error=self._stop_reason,
            needs_operator=tuple(self.outbox.messages(UNCERTAIN, intervention_id, self.channel)),
        )

    def _hold_follow_up_calls(self, intervention_id) -> None:
        """Outside the voice profile's send window, the follow-ups' calls
        (reminders, postponements, water back...) wait for its opening:
        nobody is rung at night. The notice's own calls keep the notice's
        send time (an emergency, an operator's override)."""
        if self.channel != CALL:
            return
        now = self.clock()
        opening = self.redial.opening(now)
        if opening > now:
            held = self.outbox.hold(CALL, FOLLOW_UP_KINDS, opening, intervention_id)
            if held:
                LOG.info("%d follow-up call(s) wait for the calling window to open", held)

    def _work(self, worker: str, intervention_id, advance, canceled, waiting) -> None:
        """One sending loop: claim a chunk, keep the rate, send, record."""
        with running(worker):
            self._loop(worker, intervention_id, advance, canceled, waiting)

    def _loop(self, worker: str, intervention_id, advance, canceled, waiting) -> None:
        max_batch = self.provider.capabilities.max_batch
        while not canceled():
            if max_batch == 1:
                # Wait for the rate before claiming, so a crash while waiting
                # leaves the message PENDING rather than in doubt.
                self.limiter.acquire(1)
            rows = self.outbox.claim(
                worker, max_batch, self.lease_seconds, intervention_id, self.channel
            )
            if not rows:
                # wait for a retry or a redial; a message scheduled for later
                # is the dispatch run's (outage:dispatch, the background task)
                due = self.outbox.next_due(intervention_id, retrying=True, channel=self.channel)
                if due is None or (self.deadline is not None and due > self.deadline):
                    return  # nothing due, or not before the run ends (a later redial)
                waiting(due)
                self.sleep(min(max(due - self.clock(), 0.0), 1.0) or 0.01)
                continue
            if max_batch > 1:
                self.limiter.acquire(len(rows))
            advance(self._send(rows))

    def _send(self, rows: Sequence[OutboxMessage]) -> int:
        """Send one claimed chunk; return how many rows left PENDING for good."""
        chunk_ref = rows[0].chunk_ref
        try:
            result = self.provider.submit(chunk_ref, _outgoing(rows))
        except GatewayStop as exc:
            # Queued again, or, when the request may have been processed (a
            # redirect), left in doubt: the next run asks the provider first.
            self._stop_reason = stop_reason(exc)
            LOG.error("Sending stopped: %s", exc)
            result = SubmitResult(Outcome.RETRY, code=exc.code, detail=str(exc))
            state = UNCERTAIN if exc.in_doubt else PENDING
            self.outbox.settle([_settle(row, state, result) for row in rows])
            return len(rows) if exc.in_doubt else 0
        except Exception as exc:  # a provider bug must not lose track of the chunk
            LOG.exception("The %s provider failed on chunk %s", self.provider.name, chunk_ref)
            result = SubmitResult(Outcome.UNCERTAIN, code=reasons.PROVIDER_ERROR, detail=repr(exc))
        settlements = [self._decide(row, result) for row in rows]
        self.outbox.settle(settlements)
        if any(result.for_message(row.ref).outcome is Outcome.LOOKUP for row in rows):
            doubt = self.outbox.messages(UNCERTAIN, rows[0].intervention_id, self.channel)
            self._resolve([row for row in doubt if row.chunk_ref == chunk_ref])
        return sum(1 for s in settlements if s.state != PENDING)

    def _decide(self, row: OutboxMessage, result: SubmitResult) -> Settlement:
        """The new state of one message after a send attempt."""
        answer = result.for_message(row.ref)
        outcome = answer.outcome
        if outcome is Outcome.ACCEPTED:
            return Settlement(row.id, ACCEPTED, provider_id=answer.provider_id)
        if outcome is Outcome.RETRY:
            delay = self.retry.delay(
                row.tries, result.retry_after, self.rng, self.deadline, self.clock()
            )
            if delay is not None:
                LOG.info(
                    "%s to %s not processed (%s); retry in %.1f s",
                    row.chunk_ref,
                    mask_phone(row.phone),
                    answer.code,
                    delay,
                )
                return _settle(row, PENDING, answer, retry_at=self.clock() + delay)
            LOG.warning(
                "%s: giving up after %d tries (%s)", mask_phone(row.phone), row.tries, answer.code
            )
            return _settle(row, FAILED, answer, retryable=True)
        if outcome is Outcome.FAILED:
            LOG.warning("%s refused: %s %s", mask_phone(row.phone), answer.code, answer.detail)
            return _settle(row, FAILED, answer)
        LOG.warning("%s: outcome uncertain (%s)", mask_phone(row.phone), answer.code)
        return _settle(row, UNCERTAIN, answer)

    def _resolve(self, rows: Sequence[OutboxMessage]) -> int:
        """Settle UNCERTAIN rows from the provider's records (see ``reconcile``)."""
        if not rows:
            return 0
        batches = {ref: _outgoing(group) for ref, group in _by_chunk(rows).items()}
        found = self.provider.reconcile(batches, known_ids=self._known_ids(rows))
        settled, held = [], []
        for row in rows:
            answer = found[row.ref]
            report = answer.report
            if answer.finding is Finding.SENT and self._redialled(row, report):
                continue
            if answer.finding is Finding.SENT and report.delivery in REPORT_STATES:
                state = REPORT_STATES[report.delivery]
                settled.append(Settlement(row.id, state, report.provider_id, report.code))
            elif answer.finding is Finding.NOT_SENT:
                unsent = SubmitResult(Outcome.RETRY, code=answer.code, detail=answer.detail)
                settled.append(self._decide(row, unsent))
            elif answer.finding is Finding.REFUSED:
                settled.append(_settle(row, FAILED, answer))
            else:
                held.append(_settle(row, UNCERTAIN, answer, retry_at=answer.retry_at or NEVER))
        if held:
            LOG.warning(
                "%d message(s) stay UNCERTAIN, never resent automatically: %s",
                len(held),
                ", ".join(sorted({str(h.code) for h in held})),
            )
            self.outbox.settle(held, from_states=(UNCERTAIN,))
        return self.outbox.settle(settled, from_states=(UNCERTAIN,))

    def _known_ids(self, rows: Sequence[OutboxMessage]) -> frozenset:
        """Provider ids already given to messages of the same interventions,
        which a message-list search must never hand out again."""
        if self.provider.capabilities.reconcile is not Reconcile.SEARCH:
            return frozenset()
        return frozenset(
            message.provider_id
            for intervention in {row.intervention_id for row in rows}
            for message in self.outbox.messages(None, intervention, self.channel)
            if message.provider_id
        )


def stop_reason(exc: GatewayStop) -> Reason:
    """Why the gateway stopped a run, as a code the adapters put in words."""
    return Reason(str(exc), "gateway_stopped", {"why": exc.code, "detail": str(exc)})


def _settle(row, state, answer, retry_at=None, retryable=False) -> Settlement:
    return Settlement(
        row.id,
        state,
        code=answer.code,
        detail=answer.detail,
        retry_at=retry_at,
        retryable=retryable,
    )


def _outgoing(rows: Sequence[OutboxMessage]) -> list[OutgoingMessage]:
    return [
        OutgoingMessage(
            row.ref, row.phone, row.text, row.provider_id, row.intervention_id, row.attempted_at
        )
        for row in rows
    ]


def _by_chunk(rows: Iterable[OutboxMessage]) -> dict[str, list[OutboxMessage]]:
    groups = defaultdict(list)
    for row in rows:
        groups[row.chunk_ref].append(row)
    return groups
