"""Small pieces shared by the settings tabs: the live problems label and list fields.

Every tab shows what is wrong as the operator types, with the same label,
so a wrong value is explained before it is saved rather than at the first
SMS of an emergency.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from ..gis.i18n import tr

GOOD_STYLE = "QLabel { color: #1d6b32; }"
BAD_STYLE = "QLabel { color: #a61b1b; }"


def comma_values(text: str) -> list:
    """``"closed, shut ,"`` → ``["closed", "shut"]``: what the operator meant."""
    return [value.strip() for value in text.split(",") if value.strip()]


def comma_text(values) -> str:
    return ", ".join(str(value) for value in values)


def run_test_send(label: QLabel, send, *args) -> None:
    """Run a test send (``send(*args) -> (ok, text)``) under a wait cursor; show the outcome.

    The test sends block for at most their network timeouts, short enough
    for a button an operator presses once while setting up.
    """
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        ok, text = send(*args)
    finally:
        QGuiApplication.restoreOverrideCursor()
    label.setStyleSheet(GOOD_STYLE if ok else BAD_STYLE)
    label.setText(text)


class ProblemsLabel(QLabel):
    """Lists the problems found, or says that everything is in order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.problems: list = []

    def show_problems(self, problems: list) -> None:
        self.problems = list(problems)
        if self.problems:
            self.setStyleSheet(BAD_STYLE)
            self.setText("\n".join(f"• {problem}" for problem in self.problems))
        else:
            self.setStyleSheet(GOOD_STYLE)
            self.setText(tr("No problems found."))


class FormTab(QWidget):
    """A tab made of a form and, below it, the live problems label."""

    def __init__(self, parent=None):
        super().__init__(parent)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.problems_label = ProblemsLabel(self)
        outer.addWidget(self.problems_label)
