"""The notify dialog: choose the kind and the times, read the exact SMS, send.

The operator sees byte for byte what customers will get, its encoding and
segments, every warning and blocking check, and how many numbers it goes
to, before anything is written. Send runs the notify pipeline in a
``QgsTask`` so QGIS stays responsive over thousands of SMS, with a progress
bar and Cancel (what was not sent stays queued). "Send email only" tells
the call-centre first (the same text, no SMS); Send later sends the SMS of
the same intervention. A second Send for the same
intervention sends nothing: the outbox refuses, and the dialog says so and
offers the one way to send it again: a re-send with the operator's reason,
written to the audit trail. Messages the gateway did not confirm
(UNCERTAIN) are counted apart, with what to do about them.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import Callable

from qgis.core import QgsApplication, QgsTask
from qgis.gui import QgsDateTimeEdit
from qgis.PyQt.QtCore import QDateTime, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..common.labels import kind_label, label
from ..common.phone_privacy import mask_phone
from ..common.vocabulary import (
    FAILED,
    NOTICE_KINDS,
    PRESSURE_DROP,
    UNDELIVERED,
)
from ..gis.history_layer import state_label
from ..gis.i18n import tr, tr_n
from ..gis.map_image import notice_titles, work_site_png
from ..gis.notify_services import (
    NotifySetupError,
    gateway_profile,
    message_options,
    open_history,
    open_services,
    operator_name,
    wall_clock,
)
from ..gis.progress import FeedbackProgress
from ..gis.publish_services import public_map
from ..gis.readiness import MAIL_SERVER, PLACEHOLDER_OF, missing_for_sending
from ..gis.settings_store import LANGUAGES, PluginSettings
from ..gis.store_access import StoreError, failure_text, store_error_text
from ..notify.pipeline import (
    email_only,
    expected_reference,
    history_warnings,
    notify,
    notify_with_pressure_drop,
    preview_notice,
)
from ..notify.request import InterventionPlan, NotifyRequest, NotifyResult, Resend
from ..notify.resend import messages_of, resend_messages
from ..notify.same_work import intervention_of_work
from ..notify.trials import send_operator_test
from .lifecycle_dialogs import ReasonDialog, issues_list, show_issues, sms_text_box
from .notify_results import email_failed, email_only_summary, result_summary, waiting_text
from .readiness import ReadinessPanel
from .settings_dialog import SettingsDialog

LOG = logging.getLogger("water_outage_notifier.dialogs")
#: Outbox states of a number that surely did not get the notice: a re-send is for these only.
NOT_RECEIVED = (FAILED, UNDELIVERED)


def run_and_close(services, work, *args):
    """``work(*args)`` in the task's thread, then its gateway and database connections closed."""
    with services:
        return work(*args)


class NotifyTask(QgsTask):
    """Runs ``work(progress)`` off the GUI thread; ``done(result, error)`` comes back in it.

    ``waiting(until, deadline)`` says when the run will try the provider again.
    """

    waiting = pyqtSignal(float, object)

    def __init__(self, description: str, work: Callable, done: Callable):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self._work = work
        self._done = done
        self.result: NotifyResult | None = None
        self.error = ""

    def run(self) -> bool:
        # No GUI here: the pipeline only talks to SQLite, the gateway and SMTP.
        try:
            self.result = self._work(FeedbackProgress(self))  # a task is a feedback
        except Exception as error:  # reported in finished(), in the main thread
            LOG.exception("Sending the notice failed")
            self.error = failure_text(error)
            return False
        return True

    def finished(self, ok: bool) -> None:
        self._done(self.result if ok else None, self.error)


class NotifyDialog(QDialog):
    """Notify the customers of one selection; ``sent(result)`` after each Send."""

    sent = pyqtSignal(object)

    def __init__(
        self,
        selection,
        plan_ids: dict | None = None,
        map_png: Callable[[str, str], bytes | None] | None = None,
        settings: PluginSettings | None = None,
        parent=None,
        low_pressure=None,
    ):
        super().__init__(parent)
        self.setWindowTitle(tr("Notify customers"))
        self.selection = selection
        #: Customers a hydraulic model says keep water at low pressure: they get the
        #: pressure-drop notice, the others the kind chosen (None: no such group).
        self.low_pressure = low_pressure if low_pressure and low_pressure.recipients else None
        self.plan_ids = dict(plan_ids or {})
        self.map_png = map_png
        self.settings = settings or PluginSettings.load()
        self.reference: str | None = None
        self.task: NotifyTask | None = None
        self.last_result: NotifyResult | None = None
        self.last_pressure_drop: NotifyResult | None = None
        self._build()
        if self.low_pressure is not None and not self.selection.recipients:
            # work that dries nobody: the pressure drop is the notice
            self.kind.setCurrentIndex(max(0, self.kind.findData(PRESSURE_DROP)))
        self._continue_work()
        self.refresh_preview()
        self._fit_height()

    def _fit_height(self) -> None:
        """Open tall enough to show the whole body (the warnings before *Send* among it)
        where the screen allows; on a smaller screen the body scrolls."""
        body = self.body.widget()
        margins = self.layout().contentsMargins()
        width = self.width() - margins.left() - margins.right()
        wanted = body.heightForWidth(width) if body.hasHeightForWidth() else -1
        extra = self.layout().sizeHint().height() - self.body.sizeHint().height()
        height = max(wanted, body.sizeHint().height()) + extra
        screen = self.screen().availableGeometry().height() if self.screen() else height
        self.resize(self.width(), max(self.height(), min(height, screen - 60)))

    @classmethod
    def for_work_site(
        cls, work_site, crs, background=(), parent=None, settings: PluginSettings | None = None
    ) -> NotifyDialog:
        """The dialog for a traced work site, with its valves, pipes, area and map."""
        from ..gis.public_area import public_area
        from ..gis.work_site_area import affected_pipes, work_site_area_wkt

        report = work_site.report()
        isolated = report["pipes"]["isolated"]["pipe_ids"]
        plan_ids = {
            "work_pipe_ids": tuple(report["work_site"]["pipe_ids"]),
            "valves_to_close": tuple(v["valve_id"] for v in report["valves"]["to_close"]),
            "segment_ids": tuple(isolated),
            "area_wkt": work_site_area_wkt(work_site, crs),
            "public_area": public_area(affected_pipes(work_site), crs),
        }
        return cls(
            work_site.customers,
            plan_ids,
            lambda title, subtitle: work_site_png(
                work_site, crs, list(background), title, subtitle
            ),
            settings=settings,
            parent=parent,
            low_pressure=work_site.low_pressure,
        )

    # Building ----------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.readiness = ReadinessPanel(self)
        self.readiness.open_tab.connect(self.open_settings)
        outer.addWidget(self.readiness)
        # The body scrolls: after a press it holds the continuing sentence, the warnings
        # and the result, taller than the dialog's default size; laid out in the dialog
        # itself, Qt squeezed the combos and date fields below their height instead.
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        continuing = QHBoxLayout()
        self.continuing = QLabel(self)
        self.continuing.setWordWrap(True)
        self.new_button = QPushButton(tr("New intervention…"), self)
        self.new_button.setToolTip(
            tr("Make a second intervention for this work instead of continuing this one.")
        )
        self.new_button.clicked.connect(self.start_new_intervention)
        continuing.addWidget(self.continuing, 1)
        continuing.addWidget(self.new_button)
        self.continuing.setVisible(False)
        self.new_button.setVisible(False)
        layout.addLayout(continuing)
        form = QFormLayout()
        self.kind = QComboBox(self)
        self.language = QComboBox(self)
        for code in LANGUAGES:
            self.language.addItem(label("language", code), code)
        self.language.setCurrentIndex(
            max(0, self.language.findData(self.settings.messages.language))
        )
        self._fill_kinds()
        self.start = QgsDateTimeEdit(self)
        self.end = QgsDateTimeEdit(self)
        tomorrow = (datetime.now() + timedelta(days=3)).replace(hour=8, minute=0, second=0)
        self.start.setDateTime(QDateTime(tomorrow))
        self.end.setDateTime(QDateTime(tomorrow + timedelta(hours=4)))
        for picker in (self.start, self.end):
            picker.setAllowNull(False)
            picker.setDisplayFormat("dd/MM/yyyy HH:mm")
        form.addRow(tr("Kind of event"), self.kind)
        form.addRow(tr("Start"), self.start)
        form.addRow(tr("End"), self.end)
        form.addRow(tr("Language"), self.language)
        layout.addLayout(form)

        self.override = QCheckBox(tr("Send outside the send window (I take responsibility)"), self)
        self.allow_past = QCheckBox(
            tr("Send even though the start has passed (I take responsibility)"), self
        )
        self.email = QCheckBox(tr("Send the copy to the call-centre by email"), self)
        self.email.setChecked(True)
        self.email_blocked = False
        self.email_reason = QLabel(self)
        self.email_reason.setWordWrap(True)
        self.email_reason.setVisible(False)
        layout.addWidget(self.override)
        layout.addWidget(self.allow_past)
        layout.addLayout(self._send_at_row())
        layout.addWidget(self.email)
        layout.addWidget(self.email_reason)

        layout.addWidget(QLabel(tr("The SMS exactly as customers will read it:"), self))
        self.text = sms_text_box(self)
        layout.addWidget(self.text)
        self.pressure_drop = QCheckBox(self)
        self.pressure_text = sms_text_box(self)
        if self.low_pressure is not None:
            self.pressure_drop.setText(
                tr_n(
                    "Also send the pressure-drop notice to the %n customers who keep water at "
                    "low pressure:",
                    len(self.low_pressure.customers),
                )
            )
            self.pressure_drop.setChecked(True)
            self.pressure_drop.toggled.connect(self.refresh_preview)
            layout.addWidget(self.pressure_drop)
            layout.addWidget(self.pressure_text)
        else:
            self.pressure_drop.setVisible(False)
            self.pressure_text.setVisible(False)
        self.figures = QLabel(self)
        self.figures.setWordWrap(True)
        layout.addWidget(self.figures)
        self.issues = issues_list(self, 120)
        layout.addWidget(self.issues)

        self.body = QScrollArea(self)
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setWidget(body)
        outer.addWidget(self.body, 1)

        # how the last press went, always in view beside the buttons
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        outer.addWidget(self.progress)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)

        buttons = QHBoxLayout()
        self.test_button = QPushButton(tr("Send a test to my number"), self)
        self.send_button = QPushButton(tr("Send"), self)
        self.email_only_button = QPushButton(tr("Send email only"), self)
        self.resend_button = QPushButton(tr("Re-send with a reason…"), self)
        self.email_again_button = QPushButton(tr("Re-send the email"), self)
        self.cancel_button = QPushButton(tr("Cancel sending"), self)
        self.close_button = QPushButton(tr("Close"), self)
        self.cancel_button.setEnabled(False)
        self.resend_button.setVisible(False)
        self.email_again_button.setVisible(False)
        for button in (
            self.test_button,
            self.send_button,
            self.email_only_button,
            self.resend_button,
            self.email_again_button,
            self.cancel_button,
            self.close_button,
        ):
            buttons.addWidget(button)
        outer.addLayout(buttons)

        self.test_button.clicked.connect(self.send_test)
        self.send_button.clicked.connect(lambda _checked: self.send())
        self.email_only_button.clicked.connect(self.send_email_only)
        self.resend_button.clicked.connect(self.resend)
        self.email_again_button.clicked.connect(self.send_email_again)
        self.cancel_button.clicked.connect(self.cancel_sending)
        self.close_button.clicked.connect(self.reject)
        self.kind.currentIndexChanged.connect(self.refresh_preview)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.override.toggled.connect(self.refresh_preview)
        self.allow_past.toggled.connect(self.refresh_preview)
        self.start.dateTimeChanged.connect(self.refresh_preview)
        self.end.dateTimeChanged.connect(self.refresh_preview)
        self.resize(620, 640)

    def _send_at_row(self) -> QHBoxLayout:
        """*Send at*: a later moment for the notice (unticked: now, or when the
        send window opens); it waits in the outbox for outage:dispatch or the
        background task."""
        self.send_later = QCheckBox(tr("Send at"), self)
        self.send_at = QgsDateTimeEdit(self)
        self.send_at.setAllowNull(False)
        self.send_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        later = (datetime.now() + timedelta(hours=1)).replace(minute=0, second=0, microsecond=0)
        self.send_at.setDateTime(QDateTime(later))
        self.send_at.setEnabled(False)
        self.send_later.toggled.connect(self.send_at.setEnabled)
        self.send_later.toggled.connect(self.refresh_preview)
        self.send_at.dateTimeChanged.connect(self.refresh_preview)
        row = QHBoxLayout()
        row.addWidget(self.send_later)
        row.addWidget(self.send_at, 1)
        return row

    # One intervention per work ------------------------------------------------
    def _continue_work(self) -> None:
        """Continue the active intervention of this same work, if the store has one."""
        pipes = self.plan_ids.get("work_pipe_ids", ())
        if not pipes or self.reference is not None:
            return
        try:
            with open_history(self.settings) as history:
                found = intervention_of_work(history, pipes)
        except StoreError as error:  # said; Send will say it again if it persists
            LOG.warning("The history could not be read: %s", error)
            return
        if found is not None:
            self.continue_intervention(found)

    def continue_intervention(self, intervention) -> None:
        """Send from now on for ``intervention``: its times and kind, its reference."""
        self.reference = intervention.reference
        for picker, moment in (
            (self.start, intervention.planned_start),
            (self.end, intervention.planned_end),
        ):
            picker.blockSignals(True)
            picker.setDateTime(QDateTime(moment.replace(tzinfo=None)))
            picker.blockSignals(False)
        index = self.kind.findData(intervention.kind)
        if index >= 0:
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(index)
            self.kind.blockSignals(False)
        self.continuing.setText(
            tr(
                "This work is already intervention {reference} ({state}, planned "
                "{start}): Send continues it, and a number that had its notice never gets it "
                "twice."
            ).format(
                reference=intervention.reference,
                state=state_label(intervention.state),
                start=intervention.planned_start.strftime("%d/%m/%Y %H:%M"),
            )
        )
        self.continuing.setVisible(True)
        self.new_button.setVisible(True)

    def start_new_intervention(self) -> None:
        """The operator's choice: Send makes a second intervention for this work."""
        previous = self.reference
        self.reference = None
        self.continuing.setText(
            tr(
                "Send makes a new intervention for this work; {reference} stays as it is. "
                "Its customers may get a second notice."
            ).format(reference=previous)
        )
        self.new_button.setVisible(False)
        self.refresh_preview()

    def _history_warnings(self, request: NotifyRequest) -> tuple:
        """Overlaps and double warnings from the history, said before Send."""
        try:
            with open_history(self.settings) as history:
                return history_warnings(request, history)
        except StoreError as error:
            LOG.warning("The history could not be read: %s", error)
            return ()

    def _fill_kinds(self) -> None:
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for kind in NOTICE_KINDS:
            self.kind.addItem(kind_label(kind, self.language.currentData()), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(current)))
        self.kind.blockSignals(False)

    def _language_changed(self) -> None:
        self._fill_kinds()
        self.refresh_preview()

    # The request -------------------------------------------------------------
    def _profile(self):
        return gateway_profile(self.settings)

    def build_request(self) -> NotifyRequest:
        """The request the widgets describe (raises NotifySetupError on bad settings)."""
        profile = self.settings.profile()
        plan = InterventionPlan(
            kind=self.kind.currentData(),
            start=wall_clock(self.start.dateTime()),
            end=wall_clock(self.end.dateTime()),
            operator=operator_name(),
            reference=self.reference,
            **self.plan_ids,
        )
        options = message_options(
            self.settings,
            self.language.currentData(),
            self.override.isChecked(),
            (profile.sender or None) if profile is not None else None,
        )
        options = replace(options, allow_past_start=self.allow_past.isChecked())
        send_at = wall_clock(self.send_at.dateTime()) if self.send_later.isChecked() else None
        return NotifyRequest(
            plan=plan,
            selection=self.selection,
            options=options,
            send_email=self.email.isChecked(),
            send_at=send_at,
        )

    # Preview -------------------------------------------------------------------
    def refresh_preview(self, *_args) -> None:
        """Render the SMS and its checks for the current choices."""
        now = datetime.now(timezone.utc)
        missing = missing_for_sending(self.settings)
        self.readiness.show_missing(missing)
        self._offer_email(next((item for item in missing if item.code == MAIL_SERVER), None))
        try:
            request = self.build_request()
        except NotifySetupError as error:
            self._show_blocked([str(error)])
            return
        pressure_only = self._pressure_only()
        self.pressure_text.setVisible(self._with_pressure_drop() and not pressure_only)
        if pressure_only:  # the pressure drop is the notice: its text and checks are shown
            request = self._pressure_request(request)
        result = preview_notice(request, now)
        preview = result.preview
        self.text.setPlainText(preview.text if preview else "")
        if not pressure_only:
            self._preview_pressure_drop(request, now)
        counts = request.selection.counts()
        lines = [
            tr(
                "{recipients} numbers will get the SMS; {unreachable} customers cannot be reached "
                "by SMS (flyers or phone calls)."
            ).format(recipients=result.recipients, unreachable=result.unreachable),
        ]
        if preview is not None:
            analysis = preview.analysis
            lines.insert(
                0,
                tr(
                    "{chars} characters, {encoding}, {segments} SMS segment(s) per number "
                    "({total} in all)."
                ).format(
                    chars=analysis.units,
                    encoding=analysis.encoding,
                    segments=analysis.segments,
                    total=analysis.segments * result.recipients,
                ),
            )
        channels = result.channels
        if channels is not None:
            lines.append(
                tr(
                    "By channel: {sms} SMS ({segments} segments), {calls} calls (about "
                    "{minutes} min), {emails} emails, {flyers} customers on the flyer list."
                ).format(
                    sms=channels.sms,
                    segments=channels.sms_segments,
                    calls=channels.calls,
                    minutes=channels.call_minutes,
                    emails=channels.emails,
                    flyers=channels.flyers,
                )
            )
        if self.reference is None:
            lines.append(tr("The reference (Rif.) is given to the new intervention on Send."))
        if counts.get("sensitive_unreachable"):
            lines.append(
                tr_n(
                    "%n sensitive customers cannot be reached by SMS: call them.",
                    counts["sensitive_unreachable"],
                )
            )
        self.figures.setText("\n".join(lines))
        suggested = preview.suggested_text if preview is not None else None
        warnings = result.warnings + self._history_warnings(request)
        show_issues(self.issues, self._refusals(result, missing), warnings, suggested)
        ready = (
            not result.refused
            and not any(item.blocks_sms for item in missing)
            and self.task is None
            and (
                result.recipients > 0 or self._pressure_only() or bool(channels and channels.calls)
            )
        )
        self.send_button.setEnabled(ready)
        self.test_button.setEnabled(ready and bool(self.settings.messages.operator_phone))
        self._offer_email_only(request, result, now)

    def _refusals(self, result: NotifyResult, missing) -> list:
        """What blocks the text, less what the readiness panel already says.

        A template's value that is missing because a setting is empty is that
        setting (listed above, with its button); any other is said without
        the template's file or the renderer's words.
        """
        listed = {item.code for item in missing}
        found = []
        for reason in result.refused:
            if getattr(reason, "code", None) != "template_placeholder_missing":
                found.append(reason)
                continue
            placeholder = reason.params.get("placeholder", "")
            if PLACEHOLDER_OF.get(placeholder) not in listed:
                found.append(
                    tr("The SMS text needs a value for '{placeholder}', which is not set.").format(
                        placeholder=placeholder
                    )
                )
        return found

    def _offer_email(self, problem) -> None:
        """Untick and lock the call-centre copy when it cannot go, and say why, before Send."""
        if problem is not None:
            self.email.setChecked(False)
            self.email_reason.setText(
                tr("No copy to the call-centre by email: {why}").format(
                    why=problem.detail or tr("no mail server is set yet (Email tab).")
                )
            )
        elif self.email_blocked:  # the settings now allow it: offered again, ticked
            self.email.setChecked(True)
        self.email_blocked = problem is not None
        self.email.setEnabled(problem is None)
        self.email_reason.setVisible(problem is not None)

    def open_settings(self, tab: str) -> None:
        """The plugin settings on ``tab``; what they then hold is checked again here."""
        dialog = SettingsDialog(self)
        dialog.show_tab(tab)
        if self.ask(dialog):
            self.settings = PluginSettings.load()
        self.refresh_preview()

    def _with_pressure_drop(self) -> bool:
        """True when Send also (or only) sends the pressure-drop notice."""
        return self.low_pressure is not None and self.pressure_drop.isChecked()

    def _pressure_only(self) -> bool:
        """Nobody to tell of an interruption, but a low-pressure group to warn."""
        return self._with_pressure_drop() and not self.selection.recipients

    def _pressure_request(self, request: NotifyRequest) -> NotifyRequest:
        """``request`` as the pressure-drop notice to the low-pressure group."""
        return replace(
            request,
            selection=self.low_pressure,
            plan=replace(request.plan, kind=PRESSURE_DROP),
        )

    def _preview_pressure_drop(self, request: NotifyRequest, now) -> None:
        """The pressure-drop SMS the low-pressure group gets, with the same times."""
        if self.low_pressure is None:
            return
        shown = preview_notice(self._pressure_request(request), now)
        # what blocks it blocks the main notice too: the issues list already says why
        self.pressure_text.setPlainText(shown.preview.text if shown.preview else "")

    def _offer_email_only(self, request: NotifyRequest, shown: NotifyResult, now) -> None:
        """The email-only button needs a mail server and a text; the send window does not apply."""
        mail = self.settings.email
        configured = mail.enabled and bool(mail.host)
        self.email_only_button.setToolTip(
            tr("Send the call-centre copy of this notice and no SMS.")
            if configured
            else tr("Set up the call-centre email in the plugin settings first.")
        )
        text_ready = not shown.refused or not preview_notice(request, now, for_email=True).refused
        self.email_only_button.setEnabled(configured and text_ready and self.task is None)

    def _show_blocked(self, reasons) -> None:
        self.text.setPlainText("")
        show_issues(self.issues, reasons)
        for button in (self.send_button, self.email_only_button, self.test_button):
            button.setEnabled(False)

    # Sending -------------------------------------------------------------------
    def ask(self, dialog) -> bool:
        """Show ``dialog`` modally; True when the operator accepted it."""
        return dialog.exec() == QDialog.DialogCode.Accepted

    def resend(self) -> None:
        """Send the notice again, only to the numbers that did not get it, after asking why.

        The numbers are read from the intervention's outbox now (FAILED or
        UNDELIVERED): SMS texted again, landlines called again, addresses
        emailed again; the reason and the operator go to the audit trail.
        """
        kind = self.last_result.kind if self.last_result is not None else self.kind.currentData()
        try:
            with open_history(self.settings) as history:
                phones = not_received_phones(history, self.reference, kind)
        except StoreError as error:
            self.summary.setText(store_error_text(error))
            return
        dialog = ReasonDialog(self.kind.currentText(), phones, self)
        if not phones or not self.ask(dialog) or not dialog.reason():
            self.summary.setText(tr("Nothing re-sent."))
            return
        try:
            services = open_services(self.settings, self._profile())
        except NotifySetupError as error:
            self.summary.setText(str(error))
            return
        resend = Resend(operator_name(), dialog.reason())
        reference = self.reference
        self._start(
            tr("Re-sending the notice"),
            lambda progress: run_and_close(
                services, resend_messages, services, reference, kind, phones, resend, progress
            ),
            self._sent,
        )

    def send_email_again(self) -> None:
        """The call-centre copy of the SMS already sent, after it failed."""
        prepared = self._sending(True)
        if prepared is not None:
            request, services = prepared
            self._start(
                tr("Sending the call-centre email"),
                lambda _progress: run_and_close(services, email_only, request, services, True),
                self._emailed,
            )

    def send(self) -> None:
        """Send the notice in a background task."""
        prepared = self._sending(self.email.isChecked())
        if prepared is None:
            return
        request, services = prepared
        if self._with_pressure_drop():
            low = self.low_pressure
            self._start(
                tr("Sending the outage and pressure-drop notices"),
                lambda progress: run_and_close(
                    services, notify_with_pressure_drop, request, low, services, progress
                ),
                self._sent_both,
            )
            return
        self._start(
            tr("Sending the outage notice"),
            lambda progress: run_and_close(services, notify, request, services, progress),
            self._sent,
        )

    def send_email_only(self) -> None:
        """Send the call-centre copy of the notice and no SMS, in a background task."""
        prepared = self._sending(True)
        if prepared is not None:
            request, services = prepared
            self._start(
                tr("Sending the call-centre email"),
                lambda _progress: run_and_close(services, email_only, request, services),
                self._emailed,
            )

    def _sending(self, with_email: bool):
        """The request and services for a send, or None when the settings stop it (said)."""
        try:
            request = self.build_request()
            first = self.reference is None and bool(self.settings.publish.folder)
            services = open_services(
                self.settings,
                self._profile(),
                with_email=with_email,
                public_map=public_map(request.plan.public_area) if first else None,  # GUI thread
            )
        except NotifySetupError as error:
            self.summary.setText(str(error))
            return None
        if with_email and self.map_png is not None:
            request = self._with_map(request, services)
        return request, services

    def _with_map(self, request: NotifyRequest, services) -> NotifyRequest:
        """The call-centre's map, rendered here in the GUI thread, titled with the reference
        the notice will carry and its times."""
        reference = expected_reference(request, services)
        plan = request.plan
        title, subtitle = notice_titles(
            plan.kind,
            reference,
            plan.start,
            plan.end,
            request.places or self.selection.places(),
            request.options.language,
        )
        png = self.map_png(title, subtitle)
        return replace(request, map_png=png, map_reference=reference)

    def send_test(self) -> None:
        """Send the previewed text to the operator's own phone, once per text."""
        phone = self.settings.messages.operator_phone
        try:
            services = open_services(self.settings, self._profile(), with_email=False)
        except NotifySetupError as error:
            self.summary.setText(str(error))
            return
        text = self.text.toPlainText()

        def work(progress):
            with services:
                return send_operator_test(services, phone, text, progress)

        def done(summary, error):
            self._finish_task()
            self.summary.setText(
                error
                or tr("Test SMS to {phone}: {state}.").format(
                    phone=mask_phone(phone),
                    state=tr("sent") if summary and summary.sent else tr("not sent"),
                )
            )

        self._start(tr("Sending a test SMS"), work, done)

    def _start(self, description: str, work, done) -> None:
        self.task = NotifyTask(description, work, done)
        self.task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        self.task.waiting.connect(self._show_waiting)  # a method: said in the dialog's thread
        self.progress.setValue(0)
        self.progress.setVisible(True)
        for button in (
            self.send_button,
            self.email_only_button,
            self.test_button,
            self.resend_button,
            self.email_again_button,
        ):
            button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.summary.setText(description + "…")
        QgsApplication.taskManager().addTask(self.task)

    def _show_waiting(self, until: float, deadline) -> None:
        self.summary.setText(waiting_text(until, deadline))

    def cancel_sending(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _finish_task(self) -> None:
        self.task = None
        self.progress.setVisible(False)
        self.cancel_button.setEnabled(False)
        self.refresh_preview()

    def _sent(self, result: NotifyResult | None, error: str) -> None:
        self._show_result(result, error, result_summary)

    def _sent_both(self, results, error: str) -> None:
        """The interruption's outcome, then the pressure-drop notice's in one more line."""
        first, second = results if results is not None else (None, None)
        if first is None and second is not None:  # nobody lost water: the pressure drop alone
            self._show_result(second, error, result_summary)
            self.last_pressure_drop = second
            return
        self._show_result(first, error, result_summary)
        if second is not None:
            self.last_pressure_drop = second
            self.summary.setText(
                self.summary.text()
                + "\n"
                + tr("Pressure-drop notice: {summary}").format(summary=result_summary(second))
            )

    def _emailed(self, result: NotifyResult | None, error: str) -> None:
        self._show_result(result, error, email_only_summary)

    def _show_result(self, result: NotifyResult | None, error: str, summary) -> None:
        """Say how the task went; later sends go to the intervention it created."""
        if result is not None and result.reference and not result.dry_run:
            self.reference = result.reference  # before the preview is refreshed
        self._finish_task()
        if result is None:
            self.summary.setText(tr("Sending failed: {error}").format(error=error))
            return
        self.last_result = result
        self.summary.setText(summary(result))
        # A re-send only for numbers that surely did not get the notice; never for the rest.
        for button, offered in (
            (self.resend_button, bool(result.not_received) or calls_or_emails_lost(result)),
            (self.email_again_button, email_failed(result) and result.sent > 0),
        ):
            button.setVisible(offered)
            button.setEnabled(offered)
        self.sent.emit(result)


def calls_or_emails_lost(result: NotifyResult) -> bool:
    """Whether a call or an email of ``result`` surely did not arrive (a
    re-send calls or emails again, on its channel)."""
    return any(
        counts.get(state, 0) for counts in (result.calls, result.emails) for state in NOT_RECEIVED
    )


def not_received_phones(services, reference: str | None, kind: str) -> list:
    """The numbers, landlines and addresses of ``reference``'s ``kind`` notice
    that surely did not get it (each is re-sent on its own channel)."""
    if reference is None:
        return []
    rows = messages_of(services, reference).rows
    return [row.phone for row in rows if row.kind == kind and row.state in NOT_RECEIVED]
