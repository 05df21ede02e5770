"""``outage:notify``: send the notice for a report written by isolate or customers.

The batch door to the same pipeline as the notify dialog
(``notify.pipeline.notify``): the preview checks refuse before anything is
written, the outbox sends each number once, the call-centre copy goes last
and the intervention is recorded. ``DRY_RUN`` writes the SMS that would go
to a JSONL file instead and records nothing.
"""

from __future__ import annotations

import json
import os

from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from ..common.vocabulary import EMAIL_FAILED, NOTICE_KINDS
from ..gis.i18n import tr
from ..gis.notify_services import gateway_profile, operator_name, wall_clock
from ..gis.progress import FeedbackProgress
from ..gis.settings_store import LANGUAGES
from ..notify.pipeline import notify
from ..notify.report_input import (
    ReportError,
    places_from_report,
    plan_ids_from_report,
    selection_from_report,
)
from ..notify.request import InterventionPlan, NotifyRequest
from .base import OutageAlgorithm, require
from .parameters import notify_services_from_parameters


def override_hint(result) -> str:
    """The parameter that lifts a refusal, named for the Processing user ('' when none does).

    Outside the send window (08:00-21:00 unless set otherwise) only
    OVERRIDE_WINDOW lets a notice go: the operator's decision, kept as a warning.
    """
    if "outside_window" not in result.refusal_codes:
        return ""
    return tr("To send outside the send window anyway, set OVERRIDE_WINDOW to true.")


def refusal_text(result) -> str:
    """Why nothing was sent, and what would let it go."""
    return " ".join([*result.refused, override_hint(result)]).strip()


def read_report(path: str) -> dict:
    """The JSON report, or a Processing error naming the file and the problem."""
    try:
        with open(path, encoding="utf-8") as handle:
            report = json.load(handle)
    except (OSError, ValueError) as error:
        raise QgsProcessingException(f"Report '{path}': {error}") from error
    require(isinstance(report, dict), f"Report '{path}' is not a JSON object.")
    return report


class NotifyAlgorithm(OutageAlgorithm):
    NAME = "notify"
    DISPLAY_NAME = "Notify customers by SMS"
    GROUP = "Notify"
    HELP = (
        "Sends the SMS notice to the recipients of REPORT (the JSON report of outage:isolate "
        "or outage:customers) through the gateway PROFILE, mails the copy to the call-centre "
        "(SEND_EMAIL) and records the intervention in the history database. Each number gets "
        "one SMS per intervention: running again with the same REFERENCE sends nothing new. "
        "Blocking checks (send window, segments, sender) refuse before anything is written; "
        "outside the send window (08:00-21:00 unless set otherwise in the settings) only "
        "OVERRIDE_WINDOW lets a notice go (emergencies excepted). "
        "DRY_RUN writes the messages to a JSONL file next to OUTPUT and records nothing."
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
                "KIND", self.tr("Kind of notice"), list(NOTICE_KINDS), False, 0
            )
        )
        add(QgsProcessingParameterDateTime("START", self.tr("Start")))
        add(QgsProcessingParameterDateTime("END", self.tr("End")))
        add(
            QgsProcessingParameterString(
                "REFERENCE", self.tr("Intervention reference (empty: a new one)"), "", False, True
            )
        )
        add(
            QgsProcessingParameterString(
                "PROFILE", self.tr("SMS gateway profile (empty: the selected one)"), "", False, True
            )
        )
        add(
            QgsProcessingParameterBoolean(
                "DRY_RUN", self.tr("Dry run (write a file, send nothing)"), False
            )
        )
        add(QgsProcessingParameterEnum("LANGUAGE", self.tr("Language"), list(LANGUAGES), False, 0))
        add(QgsProcessingParameterBoolean("SEND_EMAIL", self.tr("Email the call-centre"), True))
        add(
            QgsProcessingParameterBoolean(
                "OVERRIDE_WINDOW",
                self.tr("Send outside the send window (operator's decision)"),
                False,
            )
        )
        add(
            QgsProcessingParameterFile(
                "DATABASE",
                self.tr("History database (empty: the one in the settings)"),
                extension="sqlite",
                optional=True,
            )
        )
        add(
            QgsProcessingParameterFileDestination(
                "OUTPUT", self.tr("Notify report (JSON)"), self.tr("JSON files (*.json)")
            )
        )

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        report = read_report(self.parameterAsFile(parameters, "REPORT", context))
        try:
            selection = selection_from_report(report)
        except ReportError as error:
            raise QgsProcessingException(str(error)) from error
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        dry_run = self.parameterAsBoolean(parameters, "DRY_RUN", context)
        dry_run_file = os.path.splitext(output)[0] + "_sms.jsonl" if dry_run else ""
        services, options = notify_services_from_parameters(
            self, parameters, context, dry_run_file, gateway_profile
        )
        plan = InterventionPlan(
            kind=NOTICE_KINDS[self.parameterAsEnum(parameters, "KIND", context)],
            start=wall_clock(self.parameterAsDateTime(parameters, "START", context)),
            end=wall_clock(self.parameterAsDateTime(parameters, "END", context)),
            operator=operator_name(),
            reference=self.parameterAsString(parameters, "REFERENCE", context).strip() or None,
            **plan_ids_from_report(report),
        )
        request = NotifyRequest(
            plan=plan,
            selection=selection,
            options=options,
            places=places_from_report(report),
            send_email=self.parameterAsBoolean(parameters, "SEND_EMAIL", context),
            dry_run=dry_run,
        )
        with services:
            result = notify(request, services, FeedbackProgress(feedback))
        summary = result.to_dict()
        with open(output, "w", encoding="utf-8") as handle:
            json.dump(summary, handle, ensure_ascii=False, indent=2, default=str)
        for warning in result.warnings:
            feedback.pushWarning(warning)
        if result.refused:
            raise QgsProcessingException(
                self.tr("Nothing was sent: {reasons}").format(reasons=refusal_text(result))
            )
        if result.email is not None and result.email.status == EMAIL_FAILED:
            feedback.reportError(
                self.tr("The call-centre email was not sent: {detail}").format(
                    detail=result.email.detail
                )
            )
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
