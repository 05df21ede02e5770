"""The QGIS plugin object: menu, toolbar and Processing provider.

Everything ``initGui`` adds is remembered and removed again by ``unload``,
so reloading the plugin (Plugin Reloader, upgrades) leaves nothing behind.
``initProcessing`` works without an interface: ``qgis_process`` calls
``classFactory(None).initProcessing()`` to load the ``outage`` algorithms.
"""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .dialogs.dock_tabs import show_in_tabs
from .dialogs.history_dock import HistoryDock
from .dialogs.options_page import SettingsOptionsFactory
from .dialogs.settings_dialog import SettingsDialog
from .gis.dispatch_task import BackgroundDispatch
from .gis.i18n import install_translator, tr
from .gis.log import install_bridge, remove_bridge
from .map_tool import TraceUi
from .processing_provider.provider import OutageProvider
from .resources import icon_path


class WaterOutageNotifierPlugin:
    """Owns the plugin's lifetime inside QGIS."""

    def __init__(self, iface):
        self.iface = iface
        self.provider: OutageProvider | None = None
        self.toolbar = None
        self.menu = ""  # the Plugins menu's entry, in the interface's language
        self.actions: list[QAction] = []
        self.options_factory: SettingsOptionsFactory | None = None
        self.trace_ui: TraceUi | None = None
        self.notify_dialog = None
        self.history_dock: HistoryDock | None = None
        self.background: BackgroundDispatch | None = None
        self._log_handler = install_bridge()
        self._translator = install_translator()

    # Processing -----------------------------------------------------------
    def initProcessing(self) -> None:  # noqa: N802 - QGIS API name
        """Register the ``outage`` provider once (QGIS may call this twice)."""
        if self.provider is None:
            self.provider = OutageProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)

    # GUI ------------------------------------------------------------------
    def initGui(self) -> None:  # noqa: N802 - QGIS API name
        self.initProcessing()
        self.menu = tr("&Water Outage Notifier")
        self.toolbar = self.iface.addToolBar(tr("Water Outage Notifier"))
        self.toolbar.setObjectName("WaterOutageNotifierToolbar")
        self.add_action("settings.svg", tr("Settings…"), self.open_settings)
        self.options_factory = SettingsOptionsFactory()
        self.iface.registerOptionsWidgetFactory(self.options_factory)
        self.trace_ui = TraceUi(self.iface, self.add_action, self.open_settings)
        self.trace_ui.dock.notify_requested.connect(self.open_notify)
        self.history_dock = HistoryDock(
            self.iface.mapCanvas(),
            parent=self.iface.mainWindow(),
            message_bar=self.iface.messageBar(),
        )
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.history_dock)
        self.history_dock.hide()
        self.add_action("history.svg", tr("Intervention history"), self.show_history)
        self.background = BackgroundDispatch(self.iface.mainWindow())
        self.background.start()

    def show_history(self) -> None:
        """Open the history dock on fresh data (showing it reads the store)."""
        if self.history_dock.isVisible():
            self.history_dock.refresh()
        show_in_tabs(self.history_dock)  # a tab over the results, not a strip under them

    def open_notify(self, work_site) -> None:
        """The notify dialog for the traced work site (kept open, not modal)."""
        if work_site is None or work_site.customers is None:
            self.iface.messageBar().pushWarning(
                tr("Water Outage Notifier"),
                tr("Map a customers layer in the settings to notify customers."),
            )
            return
        from .dialogs.notify_dialog import NotifyDialog
        from .gis.map_layout import mapped_background

        self.notify_dialog = NotifyDialog.for_work_site(
            work_site,
            self.trace_ui.session.crs,
            background=mapped_background(),
            parent=self.iface.mainWindow(),
        )
        # A notice sent changes the history: the dock (and its history layer) follow.
        self.notify_dialog.sent.connect(lambda _result: self.history_dock.refresh())
        self.notify_dialog.show()

    def open_settings(self) -> None:
        """The settings dialog: the project's layers and the plugin-wide settings."""
        SettingsDialog(self.iface.mainWindow()).exec()
        if self.background is not None:
            self.background.start()  # the interval may have changed

    def add_action(self, icon: str, text: str, callback, checkable: bool = False) -> QAction:
        """Add an action to the plugin's toolbar and menu, and remember it for ``unload``."""
        action = QAction(QIcon(icon_path(icon)), text, self.iface.mainWindow())
        action.setCheckable(checkable)
        action.triggered.connect(callback)
        self.toolbar.addAction(action)
        self.iface.addPluginToMenu(self.menu, action)
        self.actions.append(action)
        return action

    def unload(self) -> None:
        if self.background is not None:
            self.background.stop()
            self.background.deleteLater()
            self.background = None
        if self.notify_dialog is not None:
            self.notify_dialog.close()
            self.notify_dialog = None
        if self.trace_ui is not None:
            self.trace_ui.unload()
            self.trace_ui = None
        if self.history_dock is not None:
            self.history_dock.clear_highlight()
            self.iface.removeDockWidget(self.history_dock)
            self.history_dock.deleteLater()
            self.history_dock = None
        for action in self.actions:
            self.iface.removePluginMenu(self.menu, action)
            action.deleteLater()
        self.actions.clear()
        if self.options_factory is not None:
            self.iface.unregisterOptionsWidgetFactory(self.options_factory)
            self.options_factory = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_bridge(self._log_handler)
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None
