"""``notify`` and ``follow_up``: preview, record, send, copy, in that order.

The order is the safety: the preview's blocking checks run before anything
is written, so a refused notice leaves no trace to clean up; every SMS goes
through the durable outbox, whose deduplication key makes a second call for
the same intervention send nothing (and the result says how many were
already sent); the call-centre email goes last, so its failure can neither
stop nor repeat an SMS.
"""

from __future__ import annotations

import logging
import os
import tempfile
from datetime import datetime

from ..messages.catalogue import TemplateNotFoundError
from ..messages.context import CANCELLED, WATER_BACK, MessageContext, MessageError
from ..messages.preview import Preview, preview_sms
from ..messages.render import TemplateError
from ..sms_gateway.dispatcher import Dispatcher
from ..store.conflicts import find_conflicts, same_day_warnings
from ..store.db import Database
from ..store.interventions import (
    ACTIVE_STATES,
    NOTIFIED,
    PLANNED,
    InterventionDraft,
    UnknownInterventionError,
)
from ..store.outbox import Outbox
from .callcentre import send_callcentre_copy
from .request import MessageOptions, NotifyRequest, NotifyResult, Services
from .states import latest_messages, recipient_states, state_counts

LOG = logging.getLogger("water_outage_notifier.notify")

FOLLOW_UP_KINDS = (WATER_BACK, CANCELLED)
#: Stands for a reference not yet given, so the preview measures a text of the
#: same length as the one that will be sent (``INT-2026-0001``).
PROVISIONAL_REFERENCE = "INT-{year}-0000"
DRY_RUN_REFERENCE = "DRY-RUN"


class _Refused(Exception):
    """Stops the pipeline before anything is written; ``reasons`` say why."""

    def __init__(self, *reasons: str, preview: Preview | None = None):
        super().__init__(" ".join(reasons))
        self.reasons = reasons
        self.preview = preview


def notify(request: NotifyRequest, services: Services, progress=None) -> NotifyResult:
    """Send the notice of ``request`` and record it; see the module docstring.

    ``progress`` is an optional object with ``set_progress(percent)`` and
    ``is_canceled()``: cancelling stops sending cleanly and what was not sent
    stays PENDING in the outbox for ``Dispatcher.resume``.
    """
    plan, selection = request.plan, request.selection
    phones = [recipient.phone for recipient in selection.recipients]
    base = {
        "kind": plan.kind,
        "recipients": len(phones),
        "unreachable": len(selection.unreachable),
        "dry_run": request.dry_run,
    }
    places = request.places or selection.places()
    now = services.now()
    try:
        existing = _existing(services, plan.reference)
        _check_plan(plan, phones)
        reference = plan.reference or PROVISIONAL_REFERENCE.format(year=now.year)
        preview = _checked_preview(
            plan.kind, plan.start, plan.end, reference, places, request.options, now
        )
    except _Refused as refusal:
        return NotifyResult(refused=refusal.reasons, preview=refusal.preview, **base)
    warnings = _issue_warnings(preview, request.options.language) + _history_warnings(
        services, plan, selection, now
    )
    if request.dry_run:
        return _dry_run(request, services, preview, warnings, base, progress)
    try:
        dispatcher = _dispatcher(services.outbox, services)
    except ValueError as error:
        return NotifyResult(refused=(str(error),), preview=preview, **base)

    if existing is None:
        existing = services.store.create(_draft(plan, selection, places))
        try:  # only the reference changed since the preview: it cannot normally block
            preview = _checked_preview(
                plan.kind, plan.start, plan.end, existing.reference, places, request.options, now
            )
        except _Refused as refusal:
            return NotifyResult(
                reference=existing.reference,
                refused=refusal.reasons,
                preview=refusal.preview,
                state=existing.state,
                **base,
            )
    reference = existing.reference
    before = latest_messages(services.outbox, reference, plan.kind)
    if request.resend is not None:
        services.outbox.resend(
            reference,
            plan.kind,
            preview.text,
            phones,
            request.resend.operator,
            request.resend.reason,
        )
    summary = dispatcher.send_intervention(reference, plan.kind, preview.text, phones, progress)
    after = latest_messages(services.outbox, reference, plan.kind)
    already = 0 if request.resend else sum(1 for phone in phones if phone in before)
    queued = len(phones) - already
    customers = {r.phone: r.customers for r in selection.recipients}
    services.store.record_notification(
        reference,
        plan.kind,
        recipient_states(after, customers, preview.analysis.segments),
        text=preview.text,
        language=request.options.language,
        unreachable=[(c.customer_id, c.reason) for c in selection.unreachable],
        actor=plan.operator,
    )
    counts = state_counts(after)
    state = _mark_notified(services, reference, existing.state, counts, plan.operator)
    email = send_callcentre_copy(request, services, reference, preview.text, places, queued)
    if already:
        warnings += (
            f"{already} of {len(phones)} number(s) already had this notice for {reference}; "
            "the outbox did not send them again.",
        )
    LOG.info(
        "Intervention %s: %s notice, %d queued, %d already sent, states %s, email %s",
        reference,
        plan.kind,
        queued,
        already,
        {k: v for k, v in counts.items() if v},
        email.status,
    )
    return NotifyResult(
        reference=reference,
        preview=preview,
        warnings=warnings,
        counts=counts,
        queued=queued,
        already_sent=already,
        canceled=summary.canceled,
        error=summary.error,
        needs_operator=len(summary.needs_operator),
        email=email,
        state=state,
        **base,
    )


def preview_notice(request: NotifyRequest, now: datetime) -> NotifyResult:
    """What the dialog shows before Send: the text and its checks, or why there is none.

    Nothing is read from or written to the store; the reference is the
    intervention's, or a stand-in of the same length for a new one.
    """
    plan, selection = request.plan, request.selection
    reference = plan.reference or PROVISIONAL_REFERENCE.format(year=now.year)
    base = {
        "kind": plan.kind,
        "recipients": len(selection.recipients),
        "unreachable": len(selection.unreachable),
    }
    places = request.places or selection.places()
    try:
        preview = _render(plan.kind, plan.start, plan.end, reference, places, request.options, now)
    except _Refused as refusal:
        return NotifyResult(refused=refusal.reasons, **base)
    language = request.options.language
    return NotifyResult(
        preview=preview,
        refused=_blocking(preview, language),
        warnings=_issue_warnings(preview, language),
        **base,
    )


def follow_up(
    reference: str,
    kind: str,
    services: Services,
    options: MessageOptions,
    operator: str,
    at: datetime | None = None,
    streets: tuple = (),
    progress=None,
) -> NotifyResult:
    """Send "water back" or "cancelled" to the numbers that may have had the notice.

    The recipients are the history's ``already_warned`` (never more); the
    outbox's key (intervention, kind, phone) makes a second call send
    nothing. ``at`` is when the water came back (now by default);
    ``streets`` names the streets again when the caller still has them.
    """
    if kind not in FOLLOW_UP_KINDS:
        raise ValueError(f"A follow-up is {' or '.join(FOLLOW_UP_KINDS)}, not {kind!r}.")
    now = services.now()
    base = {"kind": kind}
    try:
        intervention = _stored(services, reference)
        warned = services.store.already_warned(reference)
        if not warned:
            raise _Refused(f"Nobody was warned of {reference}: there is no one to tell.")
        start, end = (
            (at or now, None)
            if kind == WATER_BACK
            else (intervention.planned_start, intervention.planned_end)
        )
        places = {"municipalities": intervention.municipalities, "streets": tuple(streets)}
        preview = _checked_preview(kind, start, end, reference, places, options, now)
        dispatcher = _dispatcher(services.outbox, services)
    except _Refused as refusal:
        return NotifyResult(refused=refusal.reasons, preview=refusal.preview, **base)
    except ValueError as error:
        return NotifyResult(refused=(str(error),), **base)
    phones = [r.phone for r in warned]
    before = latest_messages(services.outbox, reference, kind)
    summary = dispatcher.send_intervention(reference, kind, preview.text, phones, progress)
    after = latest_messages(services.outbox, reference, kind)
    customers = {r.phone: r.customer_ids for r in warned}
    services.store.record_notification(
        reference,
        kind,
        recipient_states(after, customers, preview.analysis.segments),
        text=preview.text,
        language=options.language,
        actor=operator,
    )
    already = sum(1 for phone in phones if phone in before)
    warnings = _issue_warnings(preview, options.language)
    if already:
        warnings += (f"{already} number(s) already had the '{kind}' message for {reference}.",)
    return NotifyResult(
        reference=reference,
        preview=preview,
        warnings=warnings,
        counts=state_counts(after),
        recipients=len(phones),
        queued=len(phones) - already,
        already_sent=already,
        canceled=summary.canceled,
        error=summary.error,
        needs_operator=len(summary.needs_operator),
        state=services.store.get(reference).state,
        **base,
    )


# -- steps ---------------------------------------------------------------


def _existing(services: Services, reference: str | None):
    """The stored intervention to notify again, or None for a new one."""
    if not reference:
        return None
    intervention = _stored(services, reference)
    if intervention.state not in ACTIVE_STATES:
        raise _Refused(
            f"Intervention {reference} is {intervention.state}: no notice is sent for it."
        )
    return intervention


def _stored(services: Services, reference: str):
    try:
        return services.store.get(reference)
    except UnknownInterventionError as error:
        raise _Refused(str(error)) from None


def _check_plan(plan, phones: list) -> None:
    problems = []
    if not (plan.operator or "").strip():
        problems.append("The operator's name is missing: every notice is signed in the history.")
    if plan.end is None:
        problems.append(f"The '{plan.kind}' notice needs an end time to record the intervention.")
    if not phones:
        problems.append("No affected customer has a mobile number that can receive an SMS.")
    if problems:
        raise _Refused(*problems)


def _render(kind, start, end, reference, places, options: MessageOptions, now) -> Preview:
    """The preview for these values; a message that cannot be made is a refusal."""
    try:
        context = MessageContext(
            kind=kind,
            lang=options.language,
            start=start,
            end=end,
            reference=reference,
            utility_name=options.utility_name,
            callcentre_number=options.callcentre_number,
            municipalities=tuple(places.get("municipalities", ())),
            streets=tuple(places.get("streets", ())),
            link=options.link,
        )
        return preview_sms(
            context, now, options.rules, options.templates_dir, options.override_window
        )
    except (MessageError, TemplateError, TemplateNotFoundError) as error:
        raise _Refused(str(error)) from None


def _checked_preview(kind, start, end, reference, places, options, now) -> Preview:
    preview = _render(kind, start, end, reference, places, options, now)
    if preview.blocking:
        raise _Refused(*_blocking(preview, options.language), preview=preview)
    return preview


def _blocking(preview: Preview, lang: str) -> tuple:
    return tuple(issue.message(lang) for issue in preview.issues if issue.blocking)


def _issue_warnings(preview: Preview, lang: str) -> tuple:
    return tuple(issue.message(lang) for issue in preview.issues if not issue.blocking)


def _history_warnings(services: Services, plan, selection, now) -> tuple:
    """Overlapping work on the same network, and customers warned twice today."""
    customer_ids = [c.customer_id for c in selection.customers]
    found = []
    if plan.end is not None:
        found += find_conflicts(
            services.store, plan.start, plan.end, plan.segment_ids, customer_ids, plan.reference
        )
    found += same_day_warnings(services.store, customer_ids, now, plan.reference)
    return tuple(item.message() for item in found)


def _dispatcher(outbox: Outbox, services: Services) -> Dispatcher:
    """A dispatcher on ``outbox``; a bad gateway profile raises ValueError (nothing sent)."""
    return Dispatcher(outbox, services.provider, retry=services.retry)


def _draft(plan, selection, places: dict) -> InterventionDraft:
    return InterventionDraft(
        kind=plan.kind,
        planned_start=plan.start,
        planned_end=plan.end,
        operator=plan.operator,
        municipalities=tuple(places.get("municipalities", ())),
        work_pipe_ids=tuple(plan.work_pipe_ids),
        valves_to_close=tuple(plan.valves_to_close),
        segment_ids=tuple(plan.segment_ids),
        customer_ids=tuple(c.customer_id for c in selection.customers),
        area_wkt=plan.area_wkt,
        counts=selection.counts(),
    )


def _mark_notified(services: Services, reference: str, state: str, counts: dict, actor: str):
    """planned → notified once the provider took at least one SMS."""
    taken = sum(counts[s] for s in ("ACCEPTED", "DELIVERED", "UNDELIVERED"))
    if state == PLANNED and taken:
        return services.store.transition(reference, NOTIFIED, actor).state
    return state


def _dry_run(request, services, preview, warnings, base, progress) -> NotifyResult:
    """Send through the caller's (File) gateway into a scratch outbox; record nothing."""
    reference = request.plan.reference or DRY_RUN_REFERENCE
    phones = [r.phone for r in request.selection.recipients]
    with tempfile.TemporaryDirectory(prefix="outage-dry-run-") as folder:
        database = Database(os.path.join(folder, "dry_run.sqlite"))
        try:
            outbox = Outbox(database)
            try:
                dispatcher = _dispatcher(outbox, services)
            except ValueError as error:
                return NotifyResult(refused=(str(error),), preview=preview, **base)
            summary = dispatcher.send_intervention(
                reference, request.plan.kind, preview.text, phones, progress
            )
            counts = state_counts(latest_messages(outbox, reference, request.plan.kind))
        finally:
            database.close()
    return NotifyResult(
        reference=reference,
        preview=preview,
        warnings=warnings,
        counts=counts,
        queued=len(phones),
        canceled=summary.canceled,
        error=summary.error,
        **base,
    )
