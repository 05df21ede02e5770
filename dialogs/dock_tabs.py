"""The plugin's docks share their side of the main window as tabs.

QGIS splits a side between the docks shown there: opened under the results
dock (1366×768 as on 1920×1080), the history's list was a strip with no row
in sight. A dock of the plugin shown while another of its docks is open on
the same side, docked, comes up as a tab over it and in front, each as tall
as the side; a dock the operator has moved elsewhere, or floated, stays
where it is.
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QDockWidget, QMainWindow

#: The object names of the plugin's docks begin so (QGIS saves their places by name).
DOCK_PREFIX = "WaterOutageNotifier"


def show_in_tabs(dock: QDockWidget) -> None:
    """Show ``dock`` in front, as a tab over the plugin's dock already open on its side."""
    window = dock.parentWidget()
    if isinstance(window, QMainWindow) and not dock.isVisible() and not dock.isFloating():
        side = window.dockWidgetArea(dock)
        for other in window.findChildren(QDockWidget):
            if (
                other is not dock
                and other.objectName().startswith(DOCK_PREFIX)
                and other.isVisible()
                and not other.isFloating()
                and window.dockWidgetArea(other) == side
            ):
                window.tabifyDockWidget(other, dock)
                break
    dock.show()
    dock.raise_()
