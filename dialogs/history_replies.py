"""The history dock's *Replies on map* button: where the "still no water" replies come from.

For the selected intervention, enabled when customers answered "1" to its
water-back notice: the network model (with its customers) is built or
loaded from the cache in a ``QgsTask``, then the replies are counted per
valve segment (``notify.reply_map``) and drawn as one layer per
intervention (``gis.reply_map_layer``), added or refreshed, and the map
zooms to it. The dock's message line and QGIS's message bar (a warning when
a cluster is found) say the count, each cluster with the valves to check,
and the numbers that could not be drawn.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsCoordinateTransform, QgsProject
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QPushButton

from ..gis.features import LayerError
from ..gis.i18n import tr
from ..gis.mapping import load_mapping
from ..gis.model import BuildModelTask, ModelSources
from ..gis.reply_map_layer import no_replies_text, reply_map_summary, show_reply_map
from ..gis.store_access import StoreError, store_error_text
from ..notify.reply_map import has_no_water_replies, reply_map


class RepliesMapAction(QObject):
    """The *Replies on map* button of ``dock`` and the model build it waits for."""

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.task: BuildModelTask | None = None
        self.reference = ""
        self.layer = None
        self.button = QPushButton(tr("Replies on map"), dock.widget())
        self.button.setToolTip(
            tr('Where the customers answered "1" (still no water) to the water-back notice')
        )
        self.button.clicked.connect(self.show_selected)

    def update_buttons(self, item) -> None:
        """Enabled for an intervention with "1" replies, while no map of them is being made."""
        self.button.setEnabled(
            item is not None and self.task is None and self._has_replies(item.reference)
        )

    def _has_replies(self, reference: str) -> bool:
        try:
            with self.dock.open_history() as services:
                return has_no_water_replies(services, reference)
        except StoreError:
            return False

    def show_selected(self) -> None:
        """Build (or load) the model in the background, then draw the selected one's replies."""
        item = self.dock.chosen()
        if item is None:
            return
        if not self._has_replies(item.reference):
            self.dock.announce(no_replies_text(item.reference))
            return
        try:
            sources = ModelSources.from_mapping(load_mapping())
        except LayerError as error:
            self.dock.announce(str(error), Qgis.MessageLevel.Warning)
            return
        self.reference = item.reference
        self.task = BuildModelTask(sources, self._built)
        self.dock.message.setText(
            tr("Reading the network and the customers for {reference}…").format(
                reference=item.reference
            )
        )
        self.dock.update_buttons()
        QgsApplication.taskManager().addTask(self.task)

    def _built(self, model, error: str) -> None:
        self.task = None
        self.dock.update_buttons()
        if model is None:
            self.dock.announce(
                tr("The network model could not be built: {error}").format(
                    error=error or tr("cancelled")
                ),
                Qgis.MessageLevel.Warning,
            )
            return
        try:
            with self.dock.open_history() as services:
                result = reply_map(services, self.reference, model)
        except StoreError as error:
            self.dock.announce(store_error_text(error), Qgis.MessageLevel.Warning)
            return
        self.layer = show_reply_map(result, model.network, model.crs)
        self.zoom_to(self.layer)
        self.dock.announce(
            "\n".join(reply_map_summary(result)),
            Qgis.MessageLevel.Warning if result.clusters else Qgis.MessageLevel.Info,
        )

    def zoom_to(self, layer) -> None:
        canvas = self.dock.canvas
        transform = QgsCoordinateTransform(
            layer.crs(), canvas.mapSettings().destinationCrs(), QgsProject.instance()
        )
        extent = transform.transformBoundingBox(layer.extent())
        extent.scale(1.5)
        canvas.setExtent(extent)
        canvas.refresh()
