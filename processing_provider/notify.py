"""``outage:notify``: send the notice for a report written by isolate or customers.

The batch door to the same pipeline as the notify dialog
(``notify.pipeline.notify``): the preview checks refuse before anything is
written, the outbox sends each number once, the call-centre copy goes last
and the intervention is recorded. ``DRY_RUN`` writes the SMS that would go
to a JSONL file instead and records nothing, and needs no gateway profile.

The report file is not trusted (``notify.report_input``): its shape is
checked, and the numbers are read again from the customers layer (the
CUSTOMERS parameters, or the project's mapping) with the consent values and
the opt-out list of the moment, so an edited report cannot send to a
number without consent.
"""

from __future__ import annotations

import json
import os
from functools import partial

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..common.phone_privacy import mask_phone
from ..common.vocabulary import EMAIL_FAILED, NOTICE_KINDS
from ..gis.i18n import tr
from ..gis.notify_services import operator_name, wall_clock
from ..gis.problem_text import email_text, problem_text
from ..gis.progress import FeedbackProgress
from ..gis.public_area import report_public_area
from ..notify.pipeline import notify
from ..notify.report_input import (
    ReportError,
    parse_report,
    places_from_report,
    plan_ids_from_report,
    selection_from_report,
    selection_now,
)
from ..notify.request import InterventionPlan, NotifyRequest
from .base import OutageAlgorithm
from .current_customers import current_index
from .parameter_checks import file_problem, missing_datetime, region_problem
from .parameters import (
    add_customer_parameters,
    add_override_window_parameter,
    add_sending_parameters,
    enum_labels,
    notify_services_from_parameters,
)


def override_hint(reason) -> str:
    """The parameter that lifts a refusal, named for the Processing user ('' when none does).

    ``reason`` is one of ``NotifyResult.refused``: for a start already past
    only ALLOW_PAST_START lets a notice go, the operator's decision, kept as
    a warning. (Outside the send window a notice is not refused: it waits
    for the window's opening.)
    """
    code = getattr(reason, "code", None)
    if code == "start_in_past":
        return tr("(ALLOW_PAST_START sends anyway.)")
    return ""


def refusal_text(reason) -> str:
    """A refusal in the operator's words, naming the parameter that overrides it."""
    return " ".join(part for part in (problem_text(reason), override_hint(reason)) if part)


def read_report(path: str) -> dict:
    """The JSON report at ``path``, checked for shape as far as it is read here."""
    with open(path, encoding="utf-8", errors="replace") as handle:
        return parse_report(handle.read())


class NotifyAlgorithm(OutageAlgorithm):
    NAME = "notify"
    DISPLAY_NAME = "Notify customers by SMS"
    GROUP = "Notify"
    HELP = (
        "Sends the SMS notice to the recipients of REPORT (the JSON report of outage:isolate "
        "or outage:customers) through the gateway PROFILE, mails the copy to the call-centre "
        "(SEND_EMAIL) and records the intervention in the history database. Each number gets "
        "one SMS per intervention: running again with the same REFERENCE sends nothing new. "
        "Blocking checks (segments, sender, a start already past or an absurd date) refuse "
        "before anything is written. Outside the send window (08:00-21:00 unless set otherwise "
        "in the settings) the notice is not refused: it waits in the outbox for the window's "
        "next opening, and SEND_AT chooses a later moment; outage:dispatch (cron, a systemd "
        "timer) or QGIS in the background sends it when due, and the report's scheduled_at "
        "says when. OVERRIDE_WINDOW (emergencies are never held back) and ALLOW_PAST_START are "
        "the operator's decisions to send at once anyway, and a refusal names the one that "
        "lifts it. The report is not trusted: each customer's numbers, consent and opt-out are "
        "read again from the customers layer (CUSTOMERS and its fields, as for "
        "outage:customers, or the layers mapped in the project). DRY_RUN writes the messages "
        "to a JSONL file next to OUTPUT, records nothing and needs no gateway profile."
    )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        add = self.addParameter
        add(
            QgsProcessingParameterFile(
                "REPORT",
                self.tr("Report of outage:isolate or outage:customers (JSON)"),
                extension="json",
            )
        )
        add(
            QgsProcessingParameterEnum(
                "KIND", self.tr("Kind of notice"), enum_labels("kind", NOTICE_KINDS), False, 0
            )
        )
        add(QgsProcessingParameterDateTime("START", self.tr("Start")))
        add(QgsProcessingParameterDateTime("END", self.tr("End")))
        add(
            QgsProcessingParameterDateTime(
                "SEND_AT",
                self.tr("Send at (empty: now, or when the send window opens)"),
                optional=True,
            )
        )
        add(
            QgsProcessingParameterString(
                "REFERENCE", self.tr("Intervention reference (empty: a new one)"), "", False, True
            )
        )
        add_sending_parameters(self)
        add(
            QgsProcessingParameterBoolean(
                "DRY_RUN", self.tr("Dry run (write a file, send nothing)"), False
            )
        )
        add(QgsProcessingParameterBoolean("SEND_EMAIL", self.tr("Email the call-centre"), True))
        add_override_window_parameter(self)
        add(
            QgsProcessingParameterBoolean(
                "ALLOW_PAST_START",
                self.tr("Send even though the start has passed (operator's decision)"),
                False,
            )
        )
        add(
            QgsProcessingParameterFileDestination(
                "OUTPUT", self.tr("Notify report (JSON)"), self.tr("JSON files (*.json)")
            )
        )
        add_customer_parameters(self)  # the numbers and consent read again (module docstring)

    def parameter_problems(self, parameters, context) -> list:
        when = partial(missing_datetime, self, parameters, context)
        return [
            file_problem(self, parameters, context, "REPORT", "json"),
            when("START", self.tr("the date and time the work starts")),
            when("END", self.tr("the date and time the water is back (the history keeps it)")),
            file_problem(self, parameters, context, "DATABASE", "sqlite", must_exist=False),
            region_problem(self, parameters, context),
        ]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        path = self.parameterAsFile(parameters, "REPORT", context)
        try:
            report = read_report(path)
            reported = selection_from_report(report)
            places, plan_ids = places_from_report(report), plan_ids_from_report(report)
        except ReportError as error:
            raise QgsProcessingException(
                problem_text(error, file=os.path.basename(path))
            ) from error
        except OSError as error:
            raise QgsProcessingException(
                self.tr("The report '{file}' cannot be read ({reason}).").format(
                    file=os.path.basename(path), reason=error.strerror or type(error).__name__
                )
            ) from error
        index = current_index(
            self, parameters, context, [c.customer_id for c in reported.customers]
        )
        selection, changes = selection_now(reported, index)
        self._tell_changes(changes, feedback)
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        dry_run = self.parameterAsBoolean(parameters, "DRY_RUN", context)
        dry_run_file = os.path.splitext(output)[0] + "_sms.jsonl" if dry_run else ""
        services, options = notify_services_from_parameters(self, parameters, context, dry_run_file)
        plan = InterventionPlan(
            kind=NOTICE_KINDS[self.parameterAsEnum(parameters, "KIND", context)],
            start=wall_clock(self.parameterAsDateTime(parameters, "START", context)),
            end=wall_clock(self.parameterAsDateTime(parameters, "END", context)),
            operator=operator_name(),
            reference=self.parameterAsString(parameters, "REFERENCE", context).strip() or None,
            public_area=report_public_area(report),
            **plan_ids,
        )
        request = NotifyRequest(
            plan=plan,
            selection=selection,
            options=options,
            places=places,
            send_email=self.parameterAsBoolean(parameters, "SEND_EMAIL", context),
            dry_run=dry_run,
            send_at=wall_clock(self.parameterAsDateTime(parameters, "SEND_AT", context)),
        )
        with services:
            result = notify(request, services, FeedbackProgress(feedback))
        summary = result.to_dict()
        with open(output, "w", encoding="utf-8") as handle:
            json.dump(summary, handle, ensure_ascii=False, indent=2, default=str)
        for warning in result.warnings:
            feedback.pushWarning(problem_text(warning))
        if result.refused:
            raise QgsProcessingException(
                self.tr("Nothing was sent: {reasons}").format(
                    reasons=" ".join(refusal_text(reason) for reason in result.refused)
                )
            )
        if result.email is not None and result.email.status == EMAIL_FAILED:
            feedback.reportError(email_text(result.email))
        if result.error:
            feedback.reportError(problem_text(result.error))
        feedback.pushInfo(
            self.tr(
                "{reference}: {sent} SMS sent, {already} already sent before, {pending} pending, "
                "{failed} failed, {uncertain} to check; {unreachable} customers cannot be reached."
            ).format(
                reference=result.reference,
                sent=result.sent,
                already=result.already_sent,
                pending=result.pending,
                failed=result.failed,
                uncertain=result.uncertain,
                unreachable=result.unreachable,
            )
        )
        outputs = {"OUTPUT": output, "REFERENCE": result.reference}
        if dry_run:
            outputs["DRY_RUN_FILE"] = dry_run_file
        return outputs

    def _tell_changes(self, changes, feedback) -> None:
        """What the customers layer changed in the report's numbers, said once each."""
        if changes.dropped:
            feedback.pushWarning(
                self.tr(
                    "{count} number(s) of the report are not sent to: the customers layer does "
                    "not hold them now as a mobile with consent of those customers ({numbers})."
                ).format(
                    count=len(changes.dropped),
                    numbers=", ".join(mask_phone(p) for p in changes.dropped[:3])
                    + (" …" if len(changes.dropped) > 3 else ""),
                )
            )
        if changes.added:
            feedback.pushWarning(
                self.tr(
                    "{count} number(s) of the customers layer were not in the report and are "
                    "sent to: the customers' numbers changed since the report."
                ).format(count=len(changes.added))
            )
        if changes.missing:
            feedback.pushWarning(
                self.tr(
                    "{count} customer(s) of the report are not in the customers layer any more: "
                    "nobody is sent to for them."
                ).format(count=len(changes.missing))
            )
