"""The "Hydraulic model" tab: the EPANET model, its link ids and the low-pressure rules.

Saved in the project with the layer mapping (a model belongs to one
network). *Check the model* matches it to the mapped pipes and valves at
once, so a wrong model or a wrong link field is found while setting up,
not at the first closure.
"""

from __future__ import annotations

import os

from qgis.gui import QgsDoubleSpinBox, QgsFieldComboBox, QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QGuiApplication
from qgis.PyQt.QtWidgets import QComboBox, QLabel, QPushButton

from ..gis.hydraulic_settings import PEAK_HOUR, STEADY_STATE, PressureSettings
from ..gis.i18n import tr
from ..gis.model_check import check_model
from .widgets_common import BAD_STYLE, GOOD_STYLE, FormTab


class HydraulicsTab(FormTab):
    """Edits the project's :class:`PressureSettings`; ``mapping_source()`` is the layer mapping."""

    def __init__(self, mapping_source, parent=None):
        super().__init__(parent)
        self.mapping_source = mapping_source
        self.model = QgsFileWidget(self)
        self.model.setFilter(tr("EPANET models (*.inp)"))
        self.model.setDialogTitle(tr("Choose the EPANET model"))
        self.link_field = QgsFieldComboBox(self)
        self.link_field.setAllowEmptyFieldName(True)
        self.min_pressure = QgsDoubleSpinBox(self)
        self.min_pressure.setRange(0.0, 200.0)
        self.min_pressure.setDecimals(1)
        self.min_pressure.setSuffix(" m")
        self.max_drop = QgsDoubleSpinBox(self)
        self.max_drop.setRange(0.0, 100.0)
        self.max_drop.setDecimals(0)
        self.max_drop.setSuffix(" %")
        self.time = QComboBox(self)
        self.time.addItem(tr("Hour of highest demand"), PEAK_HOUR)
        self.time.addItem(tr("Steady state"), STEADY_STATE)
        self.check_button = QPushButton(tr("Check the model"), self)
        self.check_button.clicked.connect(self.check_model)
        self.check_result = QLabel(self)
        self.check_result.setWordWrap(True)
        self.check_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = self.form
        note = QLabel(
            tr(
                "Optional. With the utility's EPANET model, each trace also simulates the "
                "closure and finds the customers who keep water, but at low pressure."
            ),
            self,
        )
        note.setWordWrap(True)
        form.addRow(note)
        form.addRow(tr("EPANET model (.inp)"), self.model)
        form.addRow(tr("Pipes field with the model's link ids"), self.link_field)
        form.addRow(tr("Low pressure below"), self.min_pressure)
        form.addRow(tr("or a drop from normal of more than"), self.max_drop)
        form.addRow(tr("Time simulated"), self.time)
        form.addRow(self.check_button)
        form.addRow(self.check_result)
        for box in (self.min_pressure, self.max_drop):
            box.setMinimumWidth(110)
        self.model.fileChanged.connect(self.refresh)
        self.set_pressure_settings(PressureSettings())

    def set_pressure_settings(self, settings: PressureSettings) -> None:
        self.follow_pipes()
        self.model.setFilePath(settings.model_path)
        self.link_field.setField(settings.link_field)
        self.min_pressure.setValue(settings.min_pressure)
        self.max_drop.setValue(100.0 * settings.max_drop)
        self.time.setCurrentIndex(max(0, self.time.findData(settings.time)))
        self.refresh()

    def pressure_settings(self) -> PressureSettings:
        return PressureSettings(
            model_path=self.model.filePath().strip(),
            link_field=self.link_field.currentField(),
            min_pressure=self.min_pressure.value(),
            max_drop=self.max_drop.value() / 100.0,
            time=self.time.currentData(),
        )

    def follow_pipes(self) -> None:
        """Offer the fields of the pipes layer chosen on the first tab."""
        self.link_field.setLayer(self.mapping_source().layer("pipes"))

    def refresh(self, *_args) -> None:
        path = self.model.filePath().strip()
        problems = []
        if path and not os.path.isfile(path):
            problems.append(
                tr("The model {file} does not exist.").format(file=os.path.basename(path))
            )
        self.check_button.setEnabled(bool(path))
        self.problems_label.show_problems(problems)

    def check_model(self) -> None:
        """Match the model to the mapped pipes and valves and say what each side lacks."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ok, text = check_model(self.mapping_source(), self.pressure_settings())
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.check_result.setStyleSheet(GOOD_STYLE if ok else BAD_STYLE)
        self.check_result.setText(text)
