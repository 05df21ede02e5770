"""``outage:dispatch``: finish every sending, unattended (cron, systemd timer).

The headless door to ``notify.dispatch``: claims of a dead run taken back,
doubt settled with the provider, what is due sent (transient failures
again, calls through the voice profile, customers' emails through the
settings' mail server), delivery reports read once, the history brought up
to date. It sends only what the outbox already holds: it never makes a
notice. Emails that cannot go (no mail server, its login unreadable) wait
and are said as a warning; the SMS go all the same.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict

from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ..gis.problem_text import problem_text
from ..gis.progress import FeedbackProgress
from ..notify.dispatch import dispatch
from .base import OutageAlgorithm
from .parameter_checks import file_problem
from .parameters import add_sending_parameters, gateway_services_from_parameters

#: Figures the algorithm returns (outputs of the same name, for models and scripts).
FIGURES = ("SENT", "DELIVERED", "FAILED", "IN_DOUBT", "WAITING")


class DispatchAlgorithm(OutageAlgorithm):
    NAME = "dispatch"
    DISPLAY_NAME = "Dispatch the SMS outbox (recover, send, delivery reports)"
    GROUP = "Notify"
    HELP = (
        "Finishes every sending in the history database, unattended: messages a stopped or "
        "killed run had claimed are taken back, messages in doubt are checked with the gateway "
        "(sent ones are never sent again; those it cannot tell about are held for the operator "
        "with the reason), what is due is sent, transient failures (throttling, server errors, "
        "an unreachable gateway) are tried again with backoff for up to MINUTES, and delivery "
        "reports are read once (REPORTS). It never makes a new notice. Run it from cron or a "
        "systemd timer with qgis_process; the gateway PROFILE is the selected one when empty."
    )

    def initAlgorithm(self, config=None):  # noqa: N802 - QGIS API name
        add = self.addParameter
        add_sending_parameters(self, language=False)
        add(
            QgsProcessingParameterNumber(
                "MINUTES",
                self.tr("Keep retrying transient failures for (minutes)"),
                QgsProcessingParameterNumber.Type.Double,
                10.0,
                False,
                0.0,
                240.0,
            )
        )
        add(QgsProcessingParameterBoolean("REPORTS", self.tr("Read delivery reports"), True))
        add(
            QgsProcessingParameterFileDestination(
                "OUTPUT",
                self.tr("Dispatch summary (JSON)"),
                self.tr("JSON files (*.json)"),
                optional=True,
                createByDefault=False,
            )
        )
        for name, label in (
            ("SENT", "SMS sent"),
            ("DELIVERED", "SMS delivered"),
            ("FAILED", "SMS failed"),
            ("IN_DOUBT", "SMS in doubt"),
            ("WAITING", "SMS waiting"),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, self.tr(label)))

    def parameter_problems(self, parameters, context) -> list:
        return [file_problem(self, parameters, context, "DATABASE", "sqlite", must_exist=False)]

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802 - QGIS API name
        try:
            services, _ = gateway_services_from_parameters(
                self, parameters, context, with_email=True
            )
            mail_locked = False
        except QgsProcessingException as error:  # the SMS go; the emails wait, said below
            services, _ = gateway_services_from_parameters(self, parameters, context)
            feedback.pushWarning(str(error))
            mail_locked = True
        minutes = self.parameterAsDouble(parameters, "MINUTES", context)
        with services:
            result = dispatch(
                services,
                FeedbackProgress(feedback),
                deadline=time.time() + 60.0 * minutes,
                reports=self.parameterAsBoolean(parameters, "REPORTS", context),
                mail_locked=mail_locked,
            )
        for note in result.notes:
            feedback.pushWarning(problem_text(note))
        prepared, counts = result.prepared, result.counts
        feedback.pushInfo(
            self.tr(
                "Recovered: {taken} interrupted message(s) taken back, {settled} settled with "
                "the gateway, {revived} transient failure(s) due again."
            ).format(
                taken=prepared.taken_back, settled=prepared.reconciled, revived=prepared.revived
            )
        )
        feedback.pushInfo(
            self.tr(
                "Outbox: {sent} sent ({delivered} delivered), {failed} failed, {doubt} in doubt "
                "(held for the operator), {waiting} waiting; {reported} new delivery report(s)."
            ).format(
                sent=counts.sent,
                delivered=counts.delivered,
                failed=counts.failed,
                doubt=counts.in_doubt,
                waiting=counts.waiting,
                reported=result.reported,
            )
        )
        if result.error:
            feedback.reportError(problem_text(result.error), True)
        outputs = {name: getattr(counts, name.lower()) for name in FIGURES}
        output = self.parameterAsFileOutput(parameters, "OUTPUT", context)
        if output:
            with open(output, "w", encoding="utf-8") as handle:
                summary = {
                    "prepared": asdict(prepared),
                    "counts": asdict(counts),
                    "reported": result.reported,
                    "error": None if result.error is None else str(result.error),
                    "canceled": result.canceled,
                    "interventions": list(result.interventions),
                }
                json.dump(summary, handle, ensure_ascii=False, indent=2)
            outputs["OUTPUT"] = output
        return outputs
