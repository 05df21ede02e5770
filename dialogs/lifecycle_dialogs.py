"""The small dialogs of an intervention's life: the follow-up offer, the re-send reason, the messages.

Each one shows the operator what will happen before it happens: the exact
follow-up text and how many numbers get it, the numbers a re-send goes to
(masked) with a reason that is required because it goes to the audit
trail, and every message's state with the UNCERTAIN ones set apart, since
those must be checked with the provider before anyone sends them again.
"""

from __future__ import annotations

from typing import Callable

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..common.labels import kind_label, label
from ..common.phone_privacy import mask_phone
from ..common.vocabulary import UNCERTAIN, WATER_BACK
from ..gis.channel_text import channels_text
from ..gis.i18n import document_language, tr, tr_n
from ..gis.notice_text import gateway_reason_text
from ..gis.problem_text import problem_text
from ..notify.lifecycle import FollowUpPreview
from ..notify.resend import MessagesView

#: Row colour of an UNCERTAIN message: a warning, not an error.
UNCERTAIN_COLOUR = QColor(255, 236, 153)


def uncertain_explanation(count: int) -> str:
    """Why UNCERTAIN messages are not simply sent again."""
    return tr_n(
        "%n SMS are UNCERTAIN: the gateway did not confirm them. Check with the provider "
        "before re-sending, or customers may get them twice.",
        count,
    )


def sms_text_box(parent) -> QPlainTextEdit:
    """The read-only box showing an SMS exactly as customers will read it."""
    box = QPlainTextEdit(parent)
    box.setReadOnly(True)
    box.setMaximumHeight(110)
    return box


def issues_list(parent, height: int) -> QListWidget:
    """The list of a text's blocking checks and warnings."""
    issues = QListWidget(parent)
    issues.setWordWrap(True)
    issues.setMaximumHeight(height)
    return issues


def show_issues(issues: QListWidget, blocking=(), warnings=(), suggested=None) -> None:
    """Fill ``issues``: what blocks sending first, then warnings, then a GSM-7 suggestion;
    shown only when there is one."""
    issues.clear()
    for reason in blocking:
        issues.addItem(tr("Blocking: {reason}").format(reason=problem_text(reason)))
    for warning in warnings:
        issues.addItem(tr("Warning: {warning}").format(warning=problem_text(warning)))
    if suggested:
        issues.addItem(
            tr("Suggested GSM-7 text (edit the template to use it): {text}").format(text=suggested)
        )
    issues.setVisible(issues.count() > 0)  # an empty list is an empty white box


def add_notice_and_send(dialog, layout, send_text: str) -> None:
    """Give ``dialog`` the notice box (``text``), its checks (``issues``), the
    send-window ``override`` and Send / Not now (``buttons``, ``send_button``),
    added to ``layout``; ticking the override calls ``dialog.refresh``."""
    dialog.text = sms_text_box(dialog)
    layout.addWidget(dialog.text)
    dialog.issues = issues_list(dialog, 90)
    layout.addWidget(dialog.issues)
    dialog.override = QCheckBox(tr("Send outside the send window (I take responsibility)"), dialog)
    layout.addWidget(dialog.override)
    dialog.buttons = QDialogButtonBox(dialog)
    dialog.send_button = dialog.buttons.addButton(send_text, QDialogButtonBox.ButtonRole.AcceptRole)
    dialog.buttons.addButton(tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
    dialog.buttons.accepted.connect(dialog.accept)
    dialog.buttons.rejected.connect(dialog.reject)
    layout.addWidget(dialog.buttons)
    dialog.override.toggled.connect(dialog.refresh)


def follow_up_name(kind: str) -> str:
    return tr("water back") if kind == WATER_BACK else tr("cancelled")


class FollowUpOffer(QDialog):
    """Offers the follow-up: how many get it per channel, the exact SMS text,
    its checks; Send or Not now.

    ``preview_for(override_window)`` renders the text; the override box
    re-renders it, since outside the send window the text is blocked.
    """

    def __init__(
        self,
        reference: str,
        kind: str,
        channels: dict,
        preview_for: Callable[[bool], FollowUpPreview],
        parent=None,
    ):
        super().__init__(parent)
        self.setWindowTitle(tr("Send the follow-up notice"))
        self._preview_for = preview_for
        layout = QVBoxLayout(self)
        self.question = QLabel(
            tr(
                "Send the '{kind}' message of {reference} to whoever had the notice, the same "
                "way: {channels}? Nobody else gets it, and nobody gets it twice."
            ).format(
                kind=follow_up_name(kind), reference=reference, channels=channels_text(channels)
            ),
            self,
        )
        self.question.setWordWrap(True)
        layout.addWidget(self.question)
        add_notice_and_send(self, layout, tr("Send"))
        self.resize(520, 360)
        self.refresh()

    def refresh(self, *_args) -> None:
        result = self._preview_for(self.override.isChecked())
        self.text.setPlainText(result.preview.text if result.preview else "")
        suggested = result.preview.suggested_text if result.preview else None
        show_issues(self.issues, result.blocking, result.warnings, suggested)
        self.send_button.setEnabled(result.preview is not None and not result.blocking)


class ReasonDialog(QDialog):
    """Asks why the same message goes again; OK only with a reason (it is audited)."""

    def __init__(self, kind_label: str, phones: list, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Re-send with a reason"))
        layout = QVBoxLayout(self)
        shown = ", ".join(mask_phone(phone) for phone in phones[:10])
        more = len(phones) - 10
        if more > 0:
            shown += " " + tr("and {n} more").format(n=more)
        intro = QLabel(
            tr(
                "Send the '{kind}' SMS again to {n} number(s): {phones}. They may get it twice. "
                "Your name and the reason are written to the audit trail."
            ).format(kind=kind_label, n=len(phones), phones=shown),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setPlaceholderText(tr("Why it must go again (required)"))
        layout.addWidget(self.reason_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.reason_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))

    def reason(self) -> str:
        return self.reason_edit.text().strip()


class MessagesDialog(QDialog):
    """Every message of one intervention with its latest state; re-send the selected ones.

    ``resend_requested(kind, phones)`` asks the owner to re-send; the owner
    asks for the reason and calls :meth:`show_messages` again afterwards.
    """

    resend_requested = pyqtSignal(str, list)
    COLUMNS = ("kind", "phone", "state", "tries", "resends", "detail")

    def __init__(self, reference: str, parent=None):
        super().__init__(parent)
        self.reference = reference
        self.rows: list = []
        self.setWindowTitle(tr("Messages of {reference}").format(reference=reference))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [tr("Message"), tr("Number"), tr("State"), tr("Tries"), tr("Re-sends"), tr("Detail")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        self.audit = QListWidget(self)
        self.audit.setMaximumHeight(90)
        layout.addWidget(self.audit)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.resend_button = QPushButton(tr("Re-send to the selected numbers…"), self)
        self.resend_button.clicked.connect(self._resend_selected)
        layout.addWidget(self.resend_button)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.resize(700, 480)

    def show_messages(self, view: MessagesView) -> None:
        """Fill the table (UNCERTAIN rows highlighted) and the re-send history."""
        self.rows = list(view.rows)
        self.table.clearSelection()
        self.table.setRowCount(len(self.rows))
        lang = document_language()
        for row, message in enumerate(self.rows):
            values = (
                kind_label(message.kind, lang),
                mask_phone(message.phone),
                label("sms_state", message.state, lang),
                str(message.tries),
                str(message.generation),
                gateway_reason_text(message.code, message.detail or ""),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == len(values) - 1 and message.detail:
                    item.setToolTip(message.detail)  # the provider's own words, for support
                if message.state == UNCERTAIN:
                    item.setBackground(UNCERTAIN_COLOUR)
                    item.setToolTip(uncertain_explanation(1))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        uncertain = view.uncertain
        self.explanation.setText(uncertain_explanation(uncertain) if uncertain else "")
        self.explanation.setVisible(bool(uncertain))
        self.audit.clear()
        for entry in view.resent:
            self.audit.addItem(
                tr("{at}: {operator} re-sent '{kind}' to {n} number(s): {reason}").format(
                    at=f"{entry.at:%d/%m/%Y %H:%M}",
                    operator=entry.operator,
                    kind=kind_label(entry.kind, lang),
                    n=entry.messages,
                    reason=entry.reason,
                )
            )
        self._selection_changed()

    def selected_messages(self) -> list:
        return [self.rows[index.row()] for index in self.table.selectionModel().selectedRows()]

    def _selection_changed(self) -> None:
        kinds = {message.kind for message in self.selected_messages()}
        self.resend_button.setEnabled(len(kinds) == 1)
        if len(kinds) > 1:
            self.message.setText(tr("Choose messages of one kind to re-send them together."))

    def _resend_selected(self) -> None:
        selected = self.selected_messages()
        if selected:
            self.resend_requested.emit(selected[0].kind, [m.phone for m in selected])
