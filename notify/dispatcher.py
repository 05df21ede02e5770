"""Draining the outbox through a provider, safely.

The dispatcher joins the outbox (``store.outbox``) to one provider
(``sms_gateway``). It is the only place that decides what happens after a send
attempt: accepted, refused for good, retried later (only when the request
surely never reached the provider), or left UNCERTAIN and checked at the
provider by its client reference before anything is sent again.

The GUI, Processing and the demo call ``send_intervention``; after a crash
or a restart they call ``resume``; ``poll_reports`` follows delivery.
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
from dataclasses import dataclass, field

from ..common.phone_privacy import mask_phone, scrub_phones
from ..common.vocabulary import ACCEPTED, DELIVERED, FAILED, PENDING, UNCERTAIN, UNDELIVERED
from ..sms_gateway.provider import (
    AuthenticationError,
    Delivery,
    Outcome,
    OutgoingMessage,
    Provider,
    StatusUnavailableError,
    SubmitResult,
)
from ..store.outbox import Outbox, OutboxMessage, Settlement
from .backoff import RetryPolicy
from .ratelimit import RateLimiter

LOG = logging.getLogger("water_outage_notifier.sms_gateway")
REPORT_STATES = {
    Delivery.ACCEPTED: ACCEPTED,
    Delivery.DELIVERED: DELIVERED,
    Delivery.UNDELIVERED: UNDELIVERED,
}


@dataclass(frozen=True)
class SendSummary:
    """What a run achieved, per outbox state, and what needs the operator."""

    counts: dict[str, int]
    canceled: bool = False
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
        problems = profile.problems()
        if problems:
            raise ValueError(" ".join(problems))
        self.outbox = outbox
        self.provider = provider
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

    # -- public API ------------------------------------------------------
    def send_intervention(
        self, intervention_id, kind: str, text: str, recipients: Iterable[str], progress=None
    ) -> SendSummary:
        """Queue one message per recipient phone (E.164) and send what is due.

        Sending the same intervention and kind again adds nothing: numbers
        already in the outbox keep their state (see ``Outbox.resend``).
        """
        if not text or not text.strip():
            raise ValueError(f"Intervention {intervention_id}: the '{kind}' SMS text is empty.")
        added = self.outbox.enqueue(intervention_id, kind, text, recipients)
        LOG.info("Intervention %s: %d new '%s' message(s) queued", intervention_id, added, kind)
        return self._drain(intervention_id, progress)

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

    def reconcile(self) -> int:
        """Check UNCERTAIN messages at the provider by client reference.

        Found → ACCEPTED (or its report); unknown → PENDING again, since the
        provider never saw it. Without a client reference (Twilio) they stay
        UNCERTAIN for the operator. Returns how many were settled.
        """
        uncertain = self.outbox.messages(UNCERTAIN)
        caps = self.provider.capabilities
        if not (caps.client_reference and caps.status_lookup):
            if uncertain:
                LOG.warning(
                    "%d message(s) are UNCERTAIN and %s cannot be asked about them: "
                    "the operator must decide (never resent automatically)",
                    len(uncertain),
                    self.provider.name,
                )
            return 0
        settled = 0
        for chunk_ref, rows in _by_chunk(uncertain).items():
            settled += self._check_chunk(chunk_ref, rows)
        return settled

    def poll_reports(
        self, deadline: float, interval: float = 10.0, intervention_id=None
    ) -> dict[str, int]:
        """Ask for delivery status until every message is final or ``deadline``
        (a ``clock()`` time) passes. Returns the outbox counts."""
        if not self.provider.capabilities.status_lookup:
            return self.outbox.counts(intervention_id)
        while True:
            waiting = self.outbox.messages(ACCEPTED, intervention_id)
            for chunk_ref, rows in _by_chunk(waiting).items():
                try:
                    statuses = self.provider.lookup(chunk_ref, _outgoing(rows)) or {}
                except StatusUnavailableError as exc:
                    LOG.warning("Delivery status of %s unavailable: %s", chunk_ref, exc)
                    continue
                for row in rows:
                    report = statuses.get(row.ref)
                    if report is not None and report.delivery in REPORT_STATES:
                        self.outbox.apply_report(
                            row.id, REPORT_STATES[report.delivery], report.code
                        )
            now = self.clock()
            if not waiting or now >= deadline:
                break
            self.sleep(min(interval, deadline - now))
        return self.outbox.counts(intervention_id)

    # -- sending ---------------------------------------------------------
    def _drain(self, intervention_id, progress) -> SendSummary:
        self._stop_reason = None
        total = max(1, self.outbox.counts(intervention_id)[PENDING])
        done = [0]

        def advance(count: int) -> None:
            with self._lock:
                done[0] += count
                if progress is not None:
                    progress.set_progress(min(100.0, 100.0 * done[0] / total))

        def canceled() -> bool:
            return self._stop_reason is not None or bool(progress and progress.is_canceled())

        workers = [f"{self.worker}/{n}" for n in range(self.concurrency)]
        if len(workers) == 1:
            self._work(workers[0], intervention_id, advance, canceled)
        else:
            with ThreadPoolExecutor(len(workers), thread_name_prefix="sms") as pool:
                for future in [
                    pool.submit(self._work, name, intervention_id, advance, canceled)
                    for name in workers
                ]:
                    future.result()
        counts = self.outbox.counts(intervention_id)
        LOG.info("SMS run finished: %s", {k: v for k, v in counts.items() if v})
        return SendSummary(
            counts,
            canceled=bool(progress and progress.is_canceled()),
            error=self._stop_reason,
            needs_operator=tuple(self.outbox.messages(UNCERTAIN, intervention_id)),
        )

    def _work(self, worker: str, intervention_id, advance, canceled) -> None:
        """One sending loop: claim a chunk, keep the rate, send, record."""
        max_batch = self.provider.capabilities.max_batch
        while not canceled():
            if max_batch == 1:
                # Wait for the rate before claiming, so a crash while waiting
                # leaves the message PENDING rather than in doubt.
                self.limiter.acquire(1)
            rows = self.outbox.claim(worker, max_batch, self.lease_seconds, intervention_id)
            if not rows:
                due = self.outbox.next_due(intervention_id)
                if due is None:
                    return
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
        except AuthenticationError as exc:
            self._stop_reason = str(exc)
            LOG.error("Sending stopped: %s", exc)
            result = SubmitResult(Outcome.RETRY, code="auth", detail=str(exc))
            self.outbox.settle([_settle(row, PENDING, result) for row in rows])
            return 0
        except Exception as exc:  # a provider bug must not lose track of the chunk
            LOG.exception("The %s provider failed on chunk %s", self.provider.name, chunk_ref)
            result = SubmitResult(
                Outcome.UNCERTAIN, code="error", detail=scrub_phones(repr(exc)[:200])
            )
        settlements = [self._decide(row, result) for row in rows]
        self.outbox.settle(settlements)
        if result.outcome is Outcome.LOOKUP:
            self._check_chunk(chunk_ref, self.outbox.messages(UNCERTAIN, rows[0].intervention_id))
        return sum(1 for s in settlements if s.state != PENDING)

    def _decide(self, row: OutboxMessage, result: SubmitResult) -> Settlement:
        """The new state of one message after a send attempt."""
        answer = result.for_message(row.ref)
        outcome = answer.outcome
        if outcome is Outcome.ACCEPTED:
            return Settlement(row.id, ACCEPTED, provider_id=answer.provider_id)
        if outcome is Outcome.RETRY:
            delay = self.retry.delay(row.tries, result.retry_after, self.rng)
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

    def _check_chunk(self, chunk_ref: str, rows: Sequence[OutboxMessage]) -> int:
        """Settle UNCERTAIN rows of one chunk from the provider's records."""
        rows = [row for row in rows if row.chunk_ref == chunk_ref]
        try:
            statuses = self.provider.lookup(chunk_ref, _outgoing(rows))
        except StatusUnavailableError as exc:
            LOG.warning("Cannot check %s yet (%s); it stays UNCERTAIN", chunk_ref, exc)
            return 0
        settlements = []
        for row in rows:
            report = None if statuses is None else statuses.get(row.ref)
            if statuses is None or (report and report.delivery is Delivery.UNKNOWN):
                unsent = SubmitResult(Outcome.RETRY, code="unknown", detail="provider never saw it")
                settlements.append(self._decide(row, unsent))
            elif report is None:
                refused = SubmitResult(Outcome.FAILED, code="absent", detail="not in the order")
                settlements.append(_settle(row, FAILED, refused))
            else:
                state = REPORT_STATES[report.delivery]
                settlements.append(Settlement(row.id, state, report.provider_id, report.code))
        return self.outbox.settle(settlements, from_states=(UNCERTAIN,))


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
    return [OutgoingMessage(row.ref, row.phone, row.text, row.provider_id) for row in rows]


def _by_chunk(rows: Iterable[OutboxMessage]) -> dict[str, list[OutboxMessage]]:
    groups = defaultdict(list)
    for row in rows:
        groups[row.chunk_ref].append(row)
    return groups
