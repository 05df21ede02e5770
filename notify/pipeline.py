"""``notify``, ``email_only`` and ``follow_up``: preview, record, send, copy, in that order.

The order is the safety: the preview's blocking checks run before anything
is written, so a refused notice leaves no trace to clean up; every SMS goes
through the durable outbox, whose deduplication key makes a second call for
the same intervention send nothing (and the result says how many were
already sent); the call-centre email goes last, so its failure can neither
stop nor repeat an SMS. ``email_only`` takes the same first steps (the
same preview and refusals, the same intervention) and then only the copy.
"""

from __future__ import annotations

import logging
import os
import tempfile
from dataclasses import replace
from datetime import datetime

from ..common.log_words import say
from ..common.vocabulary import (
    ACTIVE_STATES,
    CHANGE_NOTIFIED,
    EMAIL_FAILED,
    FOLLOW_UP_KINDS,
    NOTIFIED,
    PLANNED,
    PRESSURE_DROP,
    SENT_STATES,
    WATER_BACK,
)
from ..messages.catalogue import TemplateNotFoundError
from ..messages.context import MessageContext, MessageError
from ..messages.preview import Preview, preview_sms
from ..messages.render import TemplateError
from ..messages.send_time import is_later, phrase, send_time
from ..store.backend import open_database
from ..store.conflicts import find_conflicts, same_day_warnings
from ..store.interventions import Intervention, InterventionDraft, UnknownInterventionError
from ..store.outbox import Outbox
from .callcentre import SmsFigures, send_callcentre_copy
from .dispatcher import Dispatcher
from .follow_channels import follow_by_call_and_email, other_contacts
from .other_channels import (
    call_landlines,
    channel_figures,
    email_customers,
    message_context,
    reached_otherwise,
    record_other_channels,
    sms_phones,
)
from .publication import announce
from .recovery import prepare, send_due
from .replies import apply_opt_outs, opted_out_numbers
from .request import MessageOptions, NotifyRequest, NotifyResult, Reason, Services
from .states import latest_messages, not_received, recipient_states, sent_by_press, state_counts

LOG = logging.getLogger("water_outage_notifier.notify")

#: Stands for a reference not yet given, so the preview measures a text of the
#: same length as the one that will be sent (``INT-2026-0001``).
PROVISIONAL_REFERENCE = "INT-{year}-0000"
DRY_RUN_REFERENCE = "DRY-RUN"
#: The checks that do not hold an email back: it may go at night (``email_only``).
WINDOW_ISSUES = ("outside_window", "outside_window_allowed")


class _Refused(Exception):
    """Stops the pipeline before anything is sent; ``reasons`` say why.

    ``intervention`` is the one just created when the refusal came after it
    (the reference changed the text), so the result can name it.
    """

    def __init__(self, *reasons: str, preview: Preview | None = None):
        super().__init__(" ".join(reasons))
        self.reasons = reasons
        self.preview = preview
        self.intervention: Intervention | None = None


def notify(request: NotifyRequest, services: Services, progress=None) -> NotifyResult:
    """Send the notice of ``request`` and record it; see the module docstring.

    ``progress`` is an optional object with ``set_progress(percent)`` and
    ``is_canceled()``: cancelling stops sending cleanly and what was not sent
    stays PENDING in the outbox for the next run. Every run recovers first
    (``notify.recovery``): claims of a dead run taken back, doubt settled
    with the provider, transient failures sent again; "already sent"
    counts only the numbers the provider had truly taken before this run.
    A number on the stored opt-out list (a STOP reply) gets nothing: its
    customers are unreachable, ``opted_out``.
    """
    request = replace(request, selection=apply_opt_outs(request.selection, services))
    plan, selection = request.plan, request.selection
    phones = sms_phones(request, services)  # a customer on email gets no SMS
    base = {"kind": plan.kind, "dry_run": request.dry_run, **_figures(request)}
    places = request.places or selection.places()
    now = services.now()
    due = _due(request, now)
    base["scheduled_at"] = due if is_later(due, now) else None
    try:  # checked as of the moment it leaves; a landline or an address is reachable too
        existing, preview = _prepared(
            request, services, places, due, phones + reached_otherwise(request, services)
        )
    except _Refused as refusal:
        return _refused(refusal, base)
    warnings = (
        _scheduled_warnings(base["scheduled_at"], now, request.options.language)
        + _issue_warnings(preview, request.options.language)
        + _history_warnings(services, plan, selection, now)
    )
    if request.dry_run:
        return _dry_run(request, services, preview, warnings, base, progress)
    try:
        dispatcher = _dispatcher(services.outbox, services)
        intervention, preview = _recorded(request, services, existing, places, preview, due)
    except ValueError as error:
        return NotifyResult(refused=_said_of(error), preview=preview, **base)
    except _Refused as refusal:
        return _refused(refusal, base)
    reference = intervention.reference
    prepare(dispatcher, reference)  # an earlier run's leftovers first, so "before" is true
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
    not_before = base["scheduled_at"].timestamp() if base["scheduled_at"] else 0.0
    dispatcher.queue(reference, plan.kind, preview.text, phones, not_before)
    customers = {r.phone: r.customers for r in selection.recipients}

    def record(messages) -> None:
        services.store.record_notification(
            reference,
            plan.kind,
            recipient_states(messages, customers, preview.analysis.segments),
            text=preview.text,
            language=request.options.language,
            unreachable=[(c.customer_id, c.reason) for c in selection.unreachable],
            actor=plan.operator,
        )

    # The history knows the numbers before anything goes, so a run killed
    # mid-batch leaves them listed, for outage:dispatch to bring up to date.
    record(latest_messages(services.outbox, reference, plan.kind))
    summary = send_due(dispatcher, reference, progress)
    calls, call_warnings = call_landlines(
        request, services, reference, places, progress, not_before
    )
    emails, email_warnings = email_customers(
        request, services, reference, places, preview.text, progress, not_before
    )
    warnings += call_warnings + email_warnings
    record_other_channels(request, services, reference)
    after = latest_messages(services.outbox, reference, plan.kind)
    queued = len(phones) if request.resend else sum(1 for phone in phones if phone not in before)
    sent_now, already = sent_by_press(before, after, phones)
    record(after)
    counts = state_counts(after)
    state = _mark_notified(services, reference, intervention.state, counts, plan.operator)
    sms = SmsFigures(sent_now, sent_now + already)
    email = send_callcentre_copy(request, services, reference, preview.text, places, sms)
    publication = None
    if state == NOTIFIED and intervention.state != NOTIFIED:  # the notice made it public
        publication = announce(
            services,
            reference,
            CHANGE_NOTIFIED,
            streets=places.get("streets", ()),
            area=plan.public_area,
        )
    say(
        LOG,
        logging.INFO,
        "notice_sent",
        reference=reference,
        kind=plan.kind,
        queued=queued,
        sent_now=sent_now,
        already=already,
        states={state: n for state, n in counts.items() if n},
        status=email.status,
    )
    return NotifyResult(
        reference=reference,
        preview=preview,
        warnings=warnings,
        counts=counts,
        queued=queued,
        already_sent=already,
        sent_now=sent_now,
        not_received=not_received(after),
        canceled=summary.canceled,
        error=summary.error,
        needs_operator=len(summary.needs_operator),
        email=email,
        state=state,
        publication=publication,
        calls=calls,
        emails=emails,
        **base,
    )


def notify_with_pressure_drop(
    request: NotifyRequest, low_pressure, services: Services, progress=None
) -> tuple:
    """The interruption to ``request``'s customers, then the pressure drop to ``low_pressure``.

    ``low_pressure`` is the group a hydraulic model says keeps water at low
    pressure (a ``CustomerSelection``). It gets the ``pressure_drop`` notice
    of the same intervention, same times, once the interruption went; a
    number that already had the interruption notice (a shared meter in both
    groups) is not sent the second. When no interruption customer has a
    mobile number (work that dries nobody), only the pressure drop goes, as
    its own intervention. Returns ``(interruption, pressure_drop)``: the
    first is None when it had nobody to tell, the second when the first was
    refused.
    """
    first = None
    reference = request.plan.reference
    if request.selection.recipients:
        first = notify(request, services, progress)
        if first.refused or first.reference is None:
            return first, None
        reference = None if request.dry_run else first.reference
    told = {recipient.phone for recipient in request.selection.recipients}
    group = replace(
        low_pressure,
        recipients=tuple(r for r in low_pressure.recipients if r.phone not in told),
    )
    second = notify(
        replace(
            request,
            selection=group,
            plan=replace(request.plan, kind=PRESSURE_DROP, reference=reference),
            places=None,
            resend=None,
        ),
        services,
        progress,
    )
    return first, second


def email_only(request: NotifyRequest, services: Services, after_sms: bool = False) -> NotifyResult:
    """Send the call-centre copy of ``request``'s notice and no SMS at all.

    ``after_sms``: the copy of SMS already sent ("Re-send the email" after
    the copy failed), telling how many numbers the provider took in all.

    For the notice the call-centre must hear about before any customer does
    (or when nobody can get an SMS and the call-centre phones them): the
    text is the preview ``notify`` would send, refused for the same reasons
    except the send window (an email may go at night); the intervention is
    created or reused as ``notify`` does, and stays in its state because
    nobody was notified; the outbox gets no row. The email goes even when
    an earlier copy went: the operator asked for it. ``error`` says why it
    did not go; the history records it either way.
    """
    plan, selection = request.plan, request.selection
    base = {"kind": plan.kind, **_figures(request)}
    if services.mail is None or request.dry_run:
        reason = (
            Reason("A dry run records nothing and sends no email.", "dry_run_no_email")
            if request.dry_run
            else Reason(
                "No mail server is configured: there is no call-centre email to send.",
                "no_mail_server",
            )
        )
        return NotifyResult(refused=(reason,), **base)
    places = request.places or selection.places()
    now = services.now()
    try:
        existing, preview = _prepared(request, services, places, now, ignore=WINDOW_ISSUES)
        intervention, preview = _recorded(
            request, services, existing, places, preview, now, WINDOW_ISSUES
        )
    except _Refused as refusal:
        return _refused(refusal, base)
    reference = intervention.reference
    sms = None
    if after_sms:
        sent = state_counts(latest_messages(services.outbox, reference, plan.kind))
        total = sum(sent[state] for state in SENT_STATES)
        sms = SmsFigures(total, total)
    email = send_callcentre_copy(
        request, services, reference, preview.text, places, sms, asked=True
    )
    say(LOG, logging.INFO, "email_only", reference=reference, status=email.status)
    return NotifyResult(
        reference=reference,
        preview=preview,
        warnings=_issue_warnings(preview, request.options.language)
        + _history_warnings(services, plan, selection, now),
        email=email,
        error=email.detail if email.status == EMAIL_FAILED else None,
        state=intervention.state,
        **base,
    )


def expected_reference(request: NotifyRequest, services: Services) -> str:
    """The reference the notice of ``request`` will carry, for what is made before it
    (the call-centre's map): the plan's, or the one a new intervention would get now."""
    return request.plan.reference or services.store.next_reference()


def history_warnings(request: NotifyRequest, services: Services) -> tuple:
    """What ``notify`` warns of from the history, for the dialog to say before Send:
    other interventions overlapping this one, customers already warned today."""
    return _history_warnings(services, request.plan, request.selection, services.now())


def preview_notice(request: NotifyRequest, now: datetime, for_email: bool = False) -> NotifyResult:
    """What the dialog shows before Send: the text and its checks, or why there is none.

    Nothing is read from or written to the store; the reference is the
    intervention's, or a stand-in of the same length for a new one.
    ``for_email`` checks it as ``email_only`` does (the send window aside);
    otherwise it is checked as of the moment it will leave, and a notice
    that waits for the send window (or ``send_at``) says when it will go.
    """
    plan = request.plan
    due = now if for_email else _due(request, now)
    reference = plan.reference or PROVISIONAL_REFERENCE.format(year=now.year)
    places = request.places or request.selection.places()
    result = _previewed(
        plan.kind,
        plan.start,
        plan.end,
        reference,
        places,
        request.options,
        due,
        WINDOW_ISSUES if for_email else (),
        **_figures(request),
    )
    result = _waiting_until(result, due, now, request.options.language)
    if result.preview is None:
        return result
    try:
        figures = channel_figures(request, reference, places, result.preview.analysis.segments)
    except (TemplateError, MessageError):  # the speech cannot be made: sending will say so
        return result
    return replace(result, channels=figures)


def preview_follow_up(
    intervention: Intervention,
    kind: str,
    options: MessageOptions,
    now: datetime,
    at: datetime | None = None,
    streets: tuple = (),
) -> NotifyResult:
    """The "water back" or "cancelled" SMS of ``intervention`` exactly as ``follow_up`` sends it.

    "Water back" is timed ``at`` (when the water came back; now by
    default), "cancelled" names the planned window; both name the
    intervention's municipalities, and ``streets`` when the caller has them.
    Nothing is read or written: the dialog shows it before the operator
    confirms. Prepared outside the send window, it waits for the window's
    next opening as a notice does (``messages.send_time``): it is checked
    as of that moment and says when it will go (``scheduled_at``).
    """
    said = follow_up_context(intervention, kind, options, now, at, streets)
    places = {"municipalities": said.municipalities, "streets": said.streets}
    due = _leaving(kind, options, now)
    result = _previewed(kind, said.start, said.end, said.reference, places, options, due)
    return _waiting_until(result, due, now, options.language)


def preview_at(kind, start, end, reference, places, options, due, now) -> NotifyResult:
    """A ``kind`` message for these values, checked as of ``due`` (when it
    leaves), saying when it waits: a notice written again with new dates
    (``notify.waiting_notice``) is checked as ``notify`` checks it."""
    result = _previewed(kind, start, end, reference, places, options, due)
    return _waiting_until(result, due, now, options.language)


def follow_up_context(intervention, kind, options, now, at=None, streets=()) -> MessageContext:
    """What the follow-up of ``preview_follow_up`` says (its SMS, its call,
    its email): "water back" is timed ``at`` (now by default), the others
    name the planned window."""
    start, end = (
        (at or now, None)
        if kind == WATER_BACK
        else (intervention.planned_start, intervention.planned_end)
    )
    places = {"municipalities": intervention.municipalities, "streets": tuple(streets)}
    return message_context(kind, start, end, intervention.reference, places, options)


def follow_up(
    reference: str,
    kind: str,
    services: Services,
    options: MessageOptions,
    operator: str,
    at: datetime | None = None,
    streets: tuple = (),
    progress=None,
    again: bool = False,
) -> NotifyResult:
    """Send a follow-up ("water back", "cancelled", a postponement, an
    extension) to whoever may have had the notice, by the channel it went by.

    The SMS recipients are the history's ``already_warned`` (never more);
    the landlines called and the addresses emailed with the notice get the
    follow-up by call and by email (``notify.follow_channels``). The
    outbox's key (intervention, kind, channel, phone) makes a second call
    send nothing. ``at`` is when the water came back (now by default);
    ``streets`` names the streets again when the caller still has them.
    ``again`` sends a message of a kind that may go more than once (a
    second postponement): a new generation, nothing counted "already sent".
    """
    if kind not in FOLLOW_UP_KINDS:
        raise ValueError(f"A follow-up is {' or '.join(FOLLOW_UP_KINDS)}, not {kind!r}.")
    now = services.now()
    base = {"kind": kind}
    try:
        intervention = _stored(services, reference)
        warned = services.store.already_warned(reference)
        if not warned and not any(other_contacts(services, reference).values()):
            raise _Refused(
                Reason(
                    f"Nobody was warned of {reference}: there is no one to tell.",
                    "nobody_warned",
                    {"reference": reference},
                )
            )
        shown = preview_follow_up(intervention, kind, options, now, at, streets)
        if shown.refused:
            return shown
        preview = shown.preview
        dispatcher = _dispatcher(services.outbox, services)
    except _Refused as refusal:
        return _refused(refusal, base)
    except ValueError as error:
        return NotifyResult(refused=_said_of(error), **base)
    stopped = opted_out_numbers(services, [r.phone for r in warned])
    phones = [r.phone for r in warned if r.phone not in stopped]
    prepare(dispatcher, reference)
    before = latest_messages(services.outbox, reference, kind)
    generation = services.outbox.next_generation(reference, kind) if again else 0
    not_before = shown.scheduled_at.timestamp() if shown.scheduled_at else 0.0
    dispatcher.queue(reference, kind, preview.text, phones, not_before, generation=generation)
    summary = send_due(dispatcher, reference, progress)
    others = follow_by_call_and_email(
        services,
        options,
        follow_up_context(intervention, kind, options, now, at, streets),
        preview.text,
        ((not_before, generation),),
        progress,
    )
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
    sent_now, already = sent_by_press(before, after, phones)
    warnings = shown.warnings + others.warnings
    if already:
        warnings += (
            Reason(
                f"{already} number(s) already had the '{kind}' message for {reference}.",
                "follow_up_already_sent",
                {"already": already, "kind": kind, "reference": reference},
            ),
        )
    return NotifyResult(
        reference=reference,
        preview=preview,
        warnings=warnings,
        counts=state_counts(after),
        recipients=len(phones),
        queued=len(phones) if again else sum(1 for phone in phones if phone not in before),
        already_sent=already,
        sent_now=sent_now,
        not_received=not_received(after),
        canceled=summary.canceled,
        error=summary.error,
        needs_operator=len(summary.needs_operator),
        state=services.store.get(reference).state,
        calls=others.calls,
        emails=others.emails,
        scheduled_at=shown.scheduled_at,
        **base,
    )


# -- steps ---------------------------------------------------------------


def _due(request: NotifyRequest, now: datetime) -> datetime:
    """When ``request``'s notice may leave (``messages.send_time``)."""
    return _leaving(request.plan.kind, request.options, now, request.send_at)


def _leaving(kind: str, options: MessageOptions, now: datetime, send_at=None) -> datetime:
    """When a ``kind`` message may leave: ``send_at`` or now, moved into the
    send window unless an emergency or the operator's override."""
    return send_time(now, kind, send_at, options.rules.window, options.override_window)


def _waiting_until(result: NotifyResult, due: datetime, now: datetime, lang: str):
    """``result`` of a message leaving at ``due``: when that is later than now,
    it waits (``scheduled_at``) and says when, first among its warnings."""
    scheduled = due if is_later(due, now) else None
    said = _scheduled_warnings(scheduled, now, lang)
    return replace(result, scheduled_at=scheduled, warnings=said + result.warnings)


def _scheduled_warnings(scheduled: datetime | None, now: datetime, lang: str) -> tuple:
    """ "It will be sent tomorrow at 08:00", when the notice waits."""
    if scheduled is None:
        return ()
    when = phrase(scheduled, now, lang)
    text = (
        f"L'avviso verrà inviato {when} (ora italiana)."
        if lang == "it"
        else f"The notice will be sent {when} (Italian time)."
    )
    return (Reason(text, "scheduled", {"when": when, "at": scheduled.isoformat()}),)


def _figures(request: NotifyRequest) -> dict:
    """The result's head counts, known before anything is done."""
    return {
        "recipients": len(request.selection.recipients),
        "unreachable": len(request.selection.unreachable),
    }


def _refused(refusal: _Refused, base: dict) -> NotifyResult:
    created = refusal.intervention
    return NotifyResult(
        reference=created.reference if created else None,
        refused=refusal.reasons,
        preview=refusal.preview,
        state=created.state if created else None,
        **base,
    )


def _prepared(request: NotifyRequest, services: Services, places, now, phones=None, ignore=()):
    """The intervention to notify again (None: a new one) and the checked preview.

    Every refusal happens here, before anything is written. ``phones`` None
    means no SMS goes (``email_only``), so no number is needed.
    """
    plan = request.plan
    existing = _existing(services, plan.reference)
    _check_plan(plan, phones)
    reference = plan.reference or PROVISIONAL_REFERENCE.format(year=now.year)
    return existing, _plan_preview(request, reference, places, now, ignore)


def _recorded(
    request: NotifyRequest, services: Services, existing, places, preview, now, ignore=()
):
    """The intervention, created on the first notice, and the preview with its reference."""
    if existing is not None:
        return existing, preview
    created = services.store.create(_draft(request.plan, request.selection, places))
    try:  # only the reference changed since the preview: it cannot normally block
        preview = _plan_preview(request, created.reference, places, now, ignore)
    except _Refused as refusal:
        refusal.intervention = created
        raise
    return created, preview


def _plan_preview(request: NotifyRequest, reference: str, places, now, ignore) -> Preview:
    plan = request.plan
    return _checked_preview(
        plan.kind, plan.start, plan.end, reference, places, request.options, now, ignore
    )


def _existing(services: Services, reference: str | None):
    """The stored intervention to notify again, or None for a new one."""
    if not reference:
        return None
    intervention = _stored(services, reference)
    if intervention.state not in ACTIVE_STATES:
        raise _Refused(
            Reason(
                f"Intervention {reference} is {intervention.state}: no notice is sent for it.",
                "intervention_closed",
                {"reference": reference, "state": intervention.state},
            )
        )
    return intervention


def _stored(services: Services, reference: str):
    try:
        return services.store.get(reference)
    except UnknownInterventionError as error:
        raise _Refused(
            Reason(str(error), "unknown_intervention", {"reference": reference})
        ) from None


def _check_plan(plan, phones: list | None) -> None:
    problems = []
    if not (plan.operator or "").strip():
        problems.append(
            Reason(
                "The operator's name is missing: every notice is signed in the history.",
                "operator_missing",
            )
        )
    if plan.end is None:
        problems.append(
            Reason(
                f"The '{plan.kind}' notice needs an end time to record the intervention.",
                "end_missing",
                {"kind": plan.kind},
            )
        )
    if phones is not None and not phones:
        problems.append(
            Reason("No affected customer has a mobile number that can receive an SMS.", "no_mobile")
        )
    if problems:
        raise _Refused(*problems)


def _render(
    kind, start, end, reference, places, options: MessageOptions, now, ignore=()
) -> Preview:
    """The preview for these values; a message that cannot be made is a refusal.

    Issues whose code is in ``ignore`` do not apply to this sending and are left out.
    """
    try:
        context = message_context(kind, start, end, reference, places, options)
        preview = preview_sms(
            context,
            now,
            options.rules,
            options.templates_dir,
            options.override_window,
            options.allow_past_start,
        )
    except (MessageError, TemplateError, TemplateNotFoundError) as error:
        raise _Refused(Reason.of(error)) from None
    if not ignore:
        return preview
    return replace(preview, issues=tuple(i for i in preview.issues if i.code not in ignore))


def _checked_preview(kind, start, end, reference, places, options, now, ignore=()) -> Preview:
    preview = _render(kind, start, end, reference, places, options, now, ignore)
    if preview.blocking:
        raise _Refused(*_blocking(preview, options.language), preview=preview)
    return preview


def _previewed(kind, start, end, reference, places, options, now, ignore=(), **figures):
    """The preview as a result for the dialogs: its text, what blocks it, what to note."""
    try:
        preview = _render(kind, start, end, reference, places, options, now, ignore)
    except _Refused as refusal:
        return NotifyResult(kind=kind, refused=refusal.reasons, **figures)
    lang = options.language
    return NotifyResult(
        kind=kind,
        preview=preview,
        refused=_blocking(preview, lang),
        warnings=_issue_warnings(preview, lang),
        **figures,
    )


def _blocking(preview: Preview, lang: str) -> tuple:
    return tuple(_said(issue, lang) for issue in preview.issues if issue.blocking)


def _issue_warnings(preview: Preview, lang: str) -> tuple:
    return tuple(_said(issue, lang) for issue in preview.issues if not issue.blocking)


def _said(issue, lang: str) -> Reason:
    return Reason(issue.message(lang), issue.code, issue.params)


def _said_of(error: ValueError) -> tuple:
    """A refusal from a ``ValueError``: the gateway profile's coded reasons, else its text."""
    return getattr(error, "reasons", None) or (str(error),)


def _history_warnings(services: Services, plan, selection, now) -> tuple:
    """Overlapping work on the same network, and customers warned twice today."""
    customer_ids = [c.customer_id for c in selection.customers]
    found = []
    if plan.end is not None:
        found += find_conflicts(
            services.store, plan.start, plan.end, plan.segment_ids, customer_ids, plan.reference
        )
    found += same_day_warnings(services.store, customer_ids, now, plan.reference)
    return tuple(Reason(item.message(), item.code, item.params) for item in found)


def _dispatcher(outbox: Outbox, services: Services) -> Dispatcher:
    """A dispatcher on ``outbox``; a bad gateway profile raises ValueError (nothing sent)."""
    return Dispatcher(outbox, services.provider, retry=services.retry, clock=outbox.clock)


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
        streets=tuple(places.get("streets", ())),
    )


def _mark_notified(services: Services, reference: str, state: str, counts: dict, actor: str):
    """planned → notified once the provider took at least one SMS."""
    taken = sum(counts[s] for s in SENT_STATES)
    if state == PLANNED and taken:
        return services.store.transition(reference, NOTIFIED, actor).state
    return state


def _dry_run(request, services, preview, warnings, base, progress) -> NotifyResult:
    """Send through the caller's (File) gateway into a scratch outbox; record nothing."""
    reference = request.plan.reference or DRY_RUN_REFERENCE
    phones = [r.phone for r in request.selection.recipients]
    with tempfile.TemporaryDirectory(prefix="outage-dry-run-") as folder:
        database = open_database(os.path.join(folder, "dry_run.sqlite"))
        try:
            outbox = Outbox(database)
            try:
                dispatcher = _dispatcher(outbox, services)
            except ValueError as error:
                return NotifyResult(refused=_said_of(error), preview=preview, **base)
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
