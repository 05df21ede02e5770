"""The "before sending, set…" panel: what a new user still lacks, each with its settings tab.

Shown at the top of the notify dialog and of the settings dialog, so a
fresh profile is told up front, in the operator's words, that the SMS
needs the utility's name and call-centre number, a gateway, and (for the
call-centre copy) a mail server, and one click opens the tab that sets it.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton

from ..gis.i18n import tr
from ..gis.readiness import (
    CALL_CENTRE_NUMBER,
    EMAIL_TAB,
    GATEWAY_PROFILE,
    GATEWAY_TAB,
    MAIL_SERVER,
    MAIL_TEST_FAILED,
    MESSAGES_TAB,
    UTILITY_NAME,
    Missing,
)


def missing_text(item: Missing) -> str:
    """One missing setting, what it is for, and its detail when it is set but unusable."""
    texts = {
        UTILITY_NAME: tr("Utility name: every SMS starts with it."),
        CALL_CENTRE_NUMBER: tr("Call-centre number: every SMS tells customers whom to call."),
        GATEWAY_PROFILE: tr("SMS gateway profile: the provider that sends the SMS."),
        MAIL_SERVER: tr("Mail server: the call-centre's copy needs it."),
        MAIL_TEST_FAILED: tr(
            "Mail server: its last connection test failed, so the call-centre's copy may not go."
        ),
    }
    text = texts[item.code]
    return f"{text} {item.detail}" if item.detail else text


def tab_name(tab: str) -> str:
    """The settings tab's title, as the settings dialog shows it."""
    return {
        MESSAGES_TAB: tr("Messages"),
        GATEWAY_TAB: tr("SMS gateway"),
        EMAIL_TAB: tr("Email"),
    }[tab]


class ReadinessPanel(QFrame):
    """Lists the missing settings, each with a button; ``open_tab(tab)`` when one is pressed.

    Hidden when nothing is missing.
    """

    open_tab = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("ReadinessPanel { background: #fff4d6; }")
        self.grid = QGridLayout(self)
        self.items: list[Missing] = []
        self.buttons: dict[str, QPushButton] = {}
        self.setVisible(False)

    def show_missing(self, items: list[Missing]) -> None:
        """List ``items`` (the code and detail decide the words), or hide when empty."""
        self.items = list(items)
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:  # hidden at once: out of the layout it would sit at (0, 0)
                widget.hide()
                widget.deleteLater()
        self.buttons = {}
        self.setVisible(bool(items))
        if not items:
            return
        header = QLabel(tr("Before sending, set in the plugin settings:"), self)
        header.setStyleSheet("font-weight: bold")
        self.grid.addWidget(header, 0, 0, 1, 2)
        for row, item in enumerate(items, start=1):
            label = QLabel("• " + missing_text(item), self)
            label.setWordWrap(True)
            button = QPushButton(tr("Open {tab}").format(tab=tab_name(item.tab)), self)
            button.clicked.connect(lambda _checked, tab=item.tab: self.open_tab.emit(tab))
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(button, row, 1)
            self.buttons[item.code] = button
        self.grid.setColumnStretch(0, 1)
