"""The "Layers and fields" tab: which layer and which field plays each role.

The layer lists only offer layers of a fitting geometry (lines for pipes,
points for valves ...), each field list follows its layer, and the problems
found by ``gis.mapping.validate_mapping`` are shown live, so the operator
sees "the valves layer has no field 'stato'" while choosing, not while
tracing a burst main. The mapping is saved in the project by layer id.
"""

from __future__ import annotations

from qgis.core import QgsMapLayerProxyModel, QgsProject
from qgis.gui import QgsDoubleSpinBox, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..gis.i18n import tr
from ..gis.mapping import (
    LINK_BY_FIELD,
    LINK_BY_NEAREST,
    LayerMapping,
    ProjectMapping,
    field_title,
    field_titles,
    role_titles,
    validate_mapping,
)
from ..gis.settings_store import phone_region_problem
from .widgets_common import ProblemsLabel, comma_text, comma_values

_LAYER_FILTERS = {
    "pipes": QgsMapLayerProxyModel.Filter.LineLayer,
    "valves": QgsMapLayerProxyModel.Filter.PointLayer,
    "sources": QgsMapLayerProxyModel.Filter.PointLayer | QgsMapLayerProxyModel.Filter.PolygonLayer,
    "customers": QgsMapLayerProxyModel.Filter.PointLayer
    | QgsMapLayerProxyModel.Filter.PolygonLayer
    | QgsMapLayerProxyModel.Filter.NoGeometry,
    "contacts": QgsMapLayerProxyModel.Filter.NoGeometry | QgsMapLayerProxyModel.Filter.PointLayer,
    "services": QgsMapLayerProxyModel.Filter.LineLayer,
}
_OPTIONAL_LAYERS = ("sources", "customers", "contacts", "services")


class LayersTab(QWidget):
    """Edits the current project's ``ProjectMapping``; ``mapping()`` reads it back."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.layer_combos: dict = {}
        self.field_combos: dict = {}
        self._loading = False

        content = QWidget()
        column = QVBoxLayout(content)
        titles = field_titles()
        for role, title in role_titles().items():
            column.addWidget(self._layer_group(role, title, titles))
        column.addWidget(self._network_group())
        column.addWidget(self._customers_group())
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)

        self.problems_label = ProblemsLabel(self)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.problems_label)
        self.set_mapping(ProjectMapping())

    # Building ---------------------------------------------------------------
    def _layer_group(self, role: str, title: str, field_titles: dict) -> QGroupBox:
        group = QGroupBox(title)
        form = QFormLayout(group)
        combo = QgsMapLayerComboBox()
        combo.setFilters(_LAYER_FILTERS[role])
        combo.setAllowEmptyLayer(role in _OPTIONAL_LAYERS)
        combo.layerChanged.connect(lambda layer, r=role: self._layer_changed(r, layer))
        form.addRow(tr("Layer"), combo)
        self.layer_combos[role] = combo
        self.field_combos[role] = {}
        for field_role, required in ProjectMapping.FIELD_ROLES[role].items():
            fields = QgsFieldComboBox()
            fields.setAllowEmptyFieldName(True)
            fields.fieldChanged.connect(self.refresh)
            label = field_title(role, field_role, field_titles) + (" *" if required else "")
            form.addRow(label, fields)
            self.field_combos[role][field_role] = fields
        return group

    def _network_group(self) -> QGroupBox:
        group = QGroupBox(tr("Network"))
        form = QFormLayout(group)
        self.tolerance = QgsDoubleSpinBox()
        self.tolerance.setDecimals(3)
        self.tolerance.setRange(0.0, 100.0)
        self.tolerance.setSingleStep(0.01)
        self.tolerance.setClearValue(0.01)
        self.tolerance.setToolTip(
            tr("Pipe ends and valves closer than this (in layer units) are joined.")
        )
        self.closed_values = QLineEdit()
        self.closed_values.setPlaceholderText(tr("e.g. closed, chiusa"))
        self.inoperable_values = QLineEdit()
        self.inoperable_values.setPlaceholderText(tr("e.g. broken, guasta"))
        self.check_values = QLineEdit()
        self.check_values.setPlaceholderText(tr("e.g. check, non-return, ritegno"))
        self.check_values.setToolTip(
            tr(
                "Non-return valves: never closed for a work site; water passes them only in "
                "the digitising direction of their pipe. Leave empty if the layer has none."
            )
        )
        self.out_of_service_values = QLineEdit()
        self.out_of_service_values.setToolTip(
            tr(
                "Pipes whose status field holds one of these values are left out of the network "
                "(used only when the pipes' status field is chosen)."
            )
        )
        self.isolating_types = QLineEdit()
        self.isolating_types.setToolTip(
            tr(
                "Only valves of these types are asked to close; air valves, pressure reducers, "
                "hydrant branches and drains are passed as open joints (used only when the "
                "valves' type field is chosen)."
            )
        )
        form.addRow(tr("Snapping tolerance"), self.tolerance)
        form.addRow(tr("Valve states meaning closed"), self.closed_values)
        form.addRow(tr("Valve states meaning inoperable"), self.inoperable_values)
        form.addRow(tr("Valve states meaning check valve"), self.check_values)
        form.addRow(tr("Pipe states meaning out of service"), self.out_of_service_values)
        form.addRow(tr("Valve types that shut a pipe"), self.isolating_types)
        self.tolerance.valueChanged.connect(self.refresh)
        for edit in (
            self.closed_values,
            self.inoperable_values,
            self.check_values,
            self.out_of_service_values,
            self.isolating_types,
        ):
            edit.textChanged.connect(self.refresh)
        return group

    def _customers_group(self) -> QGroupBox:
        group = QGroupBox(tr("Customers"))
        form = QFormLayout(group)
        self.customer_link = QComboBox()
        self.customer_link.addItem(tr("By the pipe id field"), LINK_BY_FIELD)
        self.customer_link.addItem(tr("To the nearest pipe"), LINK_BY_NEAREST)
        self.max_snap_distance = QgsDoubleSpinBox()
        self.max_snap_distance.setRange(0.0, 10000.0)
        self.max_snap_distance.setSuffix(tr(" m"))
        link_row = QHBoxLayout()
        link_row.addWidget(self.customer_link, 1)
        link_row.addWidget(self.max_snap_distance)
        self.consent_values = QLineEdit()
        self.sensitive_values = QLineEdit()
        self.sensitive_values.setPlaceholderText(tr("e.g. hospital, dialysis, school"))
        self.shared_meter_values = QLineEdit()
        self.shared_meter_values.setPlaceholderText(tr("e.g. condominium"))
        self.phone_region = QLineEdit()
        self.phone_region.setMaxLength(2)
        form.addRow(tr("Link customers to pipes"), link_row)
        form.addRow(tr("Consent values"), self.consent_values)
        form.addRow(tr("Sensitive categories"), self.sensitive_values)
        form.addRow(tr("Shared-meter categories"), self.shared_meter_values)
        form.addRow(tr("Phone region"), self.phone_region)
        self.customer_link.currentIndexChanged.connect(self.refresh)
        self.max_snap_distance.valueChanged.connect(self.refresh)
        for edit in (
            self.consent_values,
            self.sensitive_values,
            self.shared_meter_values,
            self.phone_region,
        ):
            edit.textChanged.connect(self.refresh)
        return group

    # Reading and writing ----------------------------------------------------
    def _layer_changed(self, role: str, layer) -> None:
        """Bind the field lists to the new layer, keeping the fields it also has."""
        for field_role, combo in self.field_combos[role].items():
            previous = combo.currentField()
            combo.setLayer(layer)
            if layer is not None and not self._loading:
                names = layer.fields().names()
                guess = next((n for n in names if n.lower() == field_role), "")
                combo.setField(previous if previous in names else guess)
        self.refresh()

    def set_mapping(self, mapping: ProjectMapping) -> None:
        self._loading = True
        try:
            for role in ProjectMapping.LAYER_ROLES:
                entry: LayerMapping = getattr(mapping, role)
                layer = QgsProject.instance().mapLayer(entry.layer_id) if entry.layer_id else None
                self.layer_combos[role].setLayer(layer)
                self._layer_changed(role, layer)
                for field_role, combo in self.field_combos[role].items():
                    combo.setField(entry.field_name(field_role))
            self.tolerance.setValue(float(mapping.tolerance))
            self.closed_values.setText(comma_text(mapping.closed_values))
            self.inoperable_values.setText(comma_text(mapping.inoperable_values))
            self.check_values.setText(comma_text(mapping.check_values))
            self.out_of_service_values.setText(comma_text(mapping.out_of_service_values))
            self.isolating_types.setText(comma_text(mapping.isolating_types))
            self.customer_link.setCurrentIndex(
                max(0, self.customer_link.findData(mapping.customer_link))
            )
            self.max_snap_distance.setValue(float(mapping.max_snap_distance))
            self.consent_values.setText(comma_text(mapping.consent_values))
            self.sensitive_values.setText(comma_text(mapping.sensitive_values))
            self.shared_meter_values.setText(comma_text(mapping.shared_meter_values))
            self.phone_region.setText(mapping.phone_region)
        finally:
            self._loading = False
        self.refresh()

    def mapping(self) -> ProjectMapping:
        layers = {}
        for role in ProjectMapping.LAYER_ROLES:
            layer = self.layer_combos[role].currentLayer()
            fields = {
                field_role: combo.currentField()
                for field_role, combo in self.field_combos[role].items()
                if combo.currentField()
            }
            layers[role] = LayerMapping(layer.id() if layer else "", fields if layer else {})
        return ProjectMapping(
            tolerance=self.tolerance.value(),
            closed_values=comma_values(self.closed_values.text()),
            inoperable_values=comma_values(self.inoperable_values.text()),
            check_values=comma_values(self.check_values.text()),
            out_of_service_values=comma_values(self.out_of_service_values.text()),
            isolating_types=comma_values(self.isolating_types.text()),
            customer_link=self.customer_link.currentData(),
            max_snap_distance=self.max_snap_distance.value(),
            consent_values=comma_values(self.consent_values.text()),
            sensitive_values=comma_values(self.sensitive_values.text()),
            shared_meter_values=comma_values(self.shared_meter_values.text()),
            phone_region=self.phone_region.text().strip().upper(),
            **layers,
        )

    def refresh(self) -> None:
        """Re-validate the mapping as it stands in the widgets."""
        if self._loading:
            return
        nearest = self.customer_link.currentData() == LINK_BY_NEAREST
        self.max_snap_distance.setEnabled(nearest)
        mapping = self.mapping()
        problems = validate_mapping(mapping)
        region_problem = phone_region_problem(mapping.phone_region)
        if region_problem:
            problems.append(region_problem)
        self.problems_label.show_problems(problems)
