"""The plugin's settings dialog: the project's layers, then the plugin-wide tabs.

The first two tabs are saved in the current project (each project maps its
own layers, by layer id, and names its own hydraulic model); the others are saved in the QGIS user profile and are
also reachable from Settings > Options. Problems are shown live but never
block saving: an operator may save half a mapping and finish it tomorrow.
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout

from ..gis.hydraulic_settings import load_pressure_settings, save_pressure_settings
from ..gis.i18n import tr
from ..gis.mapping import load_mapping, save_mapping
from ..gis.readiness import EMAIL_TAB, GATEWAY_TAB, MESSAGES_TAB, missing_for_sending
from ..gis.settings_store import PluginSettings
from .readiness import ReadinessPanel
from .widgets_global import GlobalSettingsTabs
from .widgets_hydraulics import HydraulicsTab
from .widgets_layers import LayersTab


class SettingsDialog(QDialog):
    """Edit the current project's mapping and the plugin settings; OK saves both."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Water Outage Notifier settings"))
        self.resize(720, 640)
        self.tabs = QTabWidget()
        self.layers = LayersTab()
        self.tabs.addTab(self.layers, tr("Layers and fields"))
        self.hydraulics = HydraulicsTab(self.layers.mapping)
        self.tabs.addTab(self.hydraulics, tr("Hydraulic model"))
        self.layers.layer_combos["pipes"].layerChanged.connect(self.hydraulics.follow_pipes)
        self.global_tabs = GlobalSettingsTabs(self.tabs)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.readiness = ReadinessPanel(self)
        self.readiness.open_tab.connect(self.show_tab)
        layout = QVBoxLayout(self)
        layout.addWidget(self.readiness)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.layers.set_mapping(load_mapping())
        self.hydraulics.set_pressure_settings(load_pressure_settings())
        self.global_tabs.set_settings(PluginSettings.load())
        messages, gateway = self.global_tabs.messages, self.global_tabs.gateway
        for edit in (messages.utility_name, messages.call_centre_number):
            edit.textChanged.connect(self.check_readiness)
        self.tabs.currentChanged.connect(self.check_readiness)
        gateway.selected.currentIndexChanged.connect(self.check_readiness)
        self.global_tabs.email.connection_checked.connect(self.check_readiness)
        self.check_readiness()

    def show_tab(self, tab: str) -> None:
        """Bring the plugin-wide tab ``tab`` (``gis.readiness`` names it) to the front."""
        tabs = self.global_tabs
        widget = {MESSAGES_TAB: tabs.messages, GATEWAY_TAB: tabs.gateway, EMAIL_TAB: tabs.email}
        self.tabs.setCurrentWidget(widget[tab])

    def check_readiness(self, *_args) -> None:
        """List, above the tabs, what the settings being edited still lack for sending."""
        self.readiness.show_missing(missing_for_sending(self.global_tabs.settings()))

    def save(self) -> None:
        """Store the mapping in the project and the rest in the QGIS settings."""
        save_mapping(self.layers.mapping())
        save_pressure_settings(self.hydraulics.pressure_settings())
        self.global_tabs.settings().save()

    def accept(self) -> None:
        self.save()
        super().accept()
