"""The plugin's page in QGIS Settings > Options, for the plugin-wide settings.

Administrators look for workstation settings (gateways, mail server) where
QGIS keeps its own; the page shows the same tabs as the plugin dialog,
without the project's layer mapping, which belongs to each project.
"""

from __future__ import annotations

from qgis.gui import QgsOptionsPageWidget, QgsOptionsWidgetFactory
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QTabWidget, QVBoxLayout

from ..gis.i18n import tr
from ..gis.settings_store import PluginSettings
from ..resources import icon_path
from .widgets_global import GlobalSettingsTabs


class SettingsOptionsPage(QgsOptionsPageWidget):
    """Shows the plugin-wide tabs; QGIS calls ``apply`` when the user presses OK."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.tabs = QTabWidget()
        self.global_tabs = GlobalSettingsTabs(self.tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.global_tabs.set_settings(PluginSettings.load())

    def apply(self) -> None:
        self.global_tabs.settings().save()


class SettingsOptionsFactory(QgsOptionsWidgetFactory):
    """Registered with ``iface.registerOptionsWidgetFactory`` in ``initGui``."""

    def __init__(self):
        super().__init__(tr("Water Outage Notifier"), QIcon(icon_path("icon.svg")))

    def createWidget(self, parent=None) -> SettingsOptionsPage:  # noqa: N802 - QGIS API name
        return SettingsOptionsPage(parent)
