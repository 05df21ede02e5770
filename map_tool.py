"""The click-a-pipe tool: click a pipe, see what to close and who goes dry.

The tool itself only turns a mouse click into a map point and a pick
tolerance (a few pixels, so the operator need not hit the line exactly).
:class:`TraceSession` does the rest on the warm network model: it builds the
model in a background task when needed and runs the waiting click when the
model is ready, keeps the work site (clicked points and selected pipes, so a
rebuilt model resolves them again), the valves the crew found would not
close, and draws the answer as result layers.
"""

from __future__ import annotations

import logging
from typing import Callable

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateTransform,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)
from qgis.gui import QgsAbstractMapToolHandler, QgsMapTool, QgsMessageBar
from qgis.PyQt.QtCore import QObject, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QPushButton

from .dialogs.dock_tabs import show_in_tabs
from .gis.build_progress import BuildProgress
from .gis.features import LayerError, plain_value
from .gis.hydraulic_settings import load_pressure_settings
from .gis.hydraulic_words import problem_text
from .gis.i18n import tr
from .gis.map_layout import mapped_background
from .gis.mapping import load_mapping, validate_mapping
from .gis.model import BuildModelTask, KeepModelTask, ModelCache, ModelSources
from .gis.pressure_task import SHARED_CACHE, PressureTask, link_reader
from .gis.result_layers import add_pressure_layers, clear_results, show_results

LOG = logging.getLogger("water_outage_notifier.map_tool")

#: How close to a pipe a click must be, in screen pixels.
PICK_PIXELS = 6


class TraceMapTool(QgsMapTool):
    """Emits ``picked(point, tolerance, add)`` for each left click, in canvas CRS units.

    ``add`` is True when Shift is held: the pipe joins the work site instead
    of replacing it.
    """

    picked = pyqtSignal(QgsPointXY, float, bool)

    def __init__(self, canvas):
        super().__init__(canvas)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def canvasReleaseEvent(self, event) -> None:  # noqa: N802 - QGIS API name
        if event.button() != Qt.MouseButton.LeftButton:
            return
        add = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        tolerance = self.canvas().mapUnitsPerPixel() * PICK_PIXELS
        self.picked.emit(QgsPointXY(event.mapPoint()), tolerance, add)


class TraceToolHandler(QgsAbstractMapToolHandler):
    """Lets QGIS manage the tool's action (unchecked when another tool takes over)."""

    def isCompatibleWithLayer(self, layer, context) -> bool:  # noqa: N802 - QGIS API name
        return True  # the tool reads the mapped layers, whatever layer is current


def to_model_crs(canvas, model_crs, point: QgsPointXY, tolerance: float) -> tuple:
    """The click ``(x, y)`` and tolerance in the model CRS (the canvas may be in another)."""
    transform = QgsCoordinateTransform(
        canvas.mapSettings().destinationCrs(), model_crs, QgsProject.instance()
    )
    box = QgsRectangle(
        point.x() - tolerance, point.y() - tolerance, point.x() + tolerance, point.y() + tolerance
    )
    box = transform.transformBoundingBox(box)
    centre = transform.transform(point)
    return (centre.x(), centre.y()), max(box.width(), box.height()) / 2.0


class TraceSession(QObject):
    """One work site at a time, traced on the plugin's warm model.

    ``changed(work_site, crs)`` is emitted after each trace (``None, None``
    after "Clear"). With a hydraulic model set, the pressure check follows
    in the background and ``pressure_changed(work_site)`` is emitted when
    its answer is attached. ``open_settings``, when given, adds a button to
    the mapping warnings.
    """

    changed = pyqtSignal(object, object)
    pressure_changed = pyqtSignal(object)

    def __init__(self, iface, open_settings: Callable | None = None, parent=None):
        super().__init__(parent)
        self.iface = iface
        self.open_settings = open_settings
        self.cache = ModelCache(self)
        self.task: BuildModelTask | None = None
        self.progress: BuildProgress | None = None
        self.keeping: list = []  # models being cached, kept until finished: QGIS holds no reference
        self.pressure_tasks: list = []  # kept until finished: QGIS holds no reference
        self._pending: Callable | None = None
        self.picks: list = []  # ("point", (x, y), tolerance) or ("pipe", pipe_id)
        self.failed_valves: list = []
        self.work_site = None
        self.crs = None
        self.layers: dict = {}

    # Requests ---------------------------------------------------------------
    def pick(self, point: QgsPointXY, tolerance: float, add: bool = False) -> None:
        """A click at ``point`` (canvas CRS) with a ``tolerance`` in canvas units."""
        canvas = self.iface.mapCanvas()
        self._with_model(lambda model: self._pick(model, canvas, point, tolerance, add))

    def use_selection(self) -> None:
        """Trace the pipes selected in the mapped pipes layer."""
        self._with_model(self._use_selection)

    def refuse_valve(self, valve_id) -> None:
        """The crew reports ``valve_id`` will not close: trace again around it."""
        if self.work_site is None or valve_id in self.failed_valves:
            return
        self.failed_valves.append(valve_id)
        self._with_model(self._retrace)

    def clear(self) -> None:
        """Forget the work site and remove the result layers."""
        self.picks, self.failed_valves = [], []
        self.work_site = None
        self.layers = {}
        clear_results()
        self.changed.emit(None, None)

    @property
    def busy(self) -> bool:
        """True while the model is being built."""
        return self.task is not None

    # Model -------------------------------------------------------------------
    def _with_model(self, action: Callable) -> None:
        """Run ``action(model)`` now, or once the model is built."""
        mapping = load_mapping()
        problems = validate_mapping(mapping)
        if problems:
            self._warn_mapping(problems)
            return
        model = self.cache.current(mapping)
        if model is not None:
            action(model)
            return
        self._pending = action  # a newer click replaces one still waiting: one answer, one build
        if self.task is not None:
            self.progress.click_queued()
            return
        try:
            sources = ModelSources.from_mapping(mapping)
        except LayerError as error:
            self._warn_mapping([str(error)])
            return
        self.task = BuildModelTask(sources, lambda model, error: self._built(mapping, model, error))
        self.progress = BuildProgress(self.iface.messageBar(), self.task)
        QgsApplication.taskManager().addTask(self.task)

    def _built(self, mapping, model, error: str) -> None:
        sources, self.task = self.task.sources, None
        self.progress.close()
        self.progress = None
        action, self._pending = self._pending, None
        if model is None:
            self._push(
                tr("The network model could not be built: {error}").format(
                    error=error or tr("cancelled")
                ),
                Qgis.MessageLevel.Warning,
            )
            return
        self.cache.store(mapping, model)
        for note in model.notes:
            self._push(str(note), Qgis.MessageLevel.Info)
        if action is not None:
            action(model)
        if not model.cached:
            keeper = KeepModelTask(sources, model, self.keeping.remove)
            self.keeping.append(keeper)
            QgsApplication.taskManager().addTask(keeper)

    # Work site -----------------------------------------------------------------
    def _pick(self, model, canvas, point, tolerance, add) -> None:
        xy, distance = to_model_crs(canvas, model.crs, point, tolerance)
        hit = model.network.nearest_piece(xy, distance)
        if hit is None:
            self._push(
                tr("No pipe within {pixels} pixels of the click.").format(pixels=PICK_PIXELS),
                Qgis.MessageLevel.Info,
            )
            return
        pick = ("point", xy, distance)
        if add and hit[0] in self._pieces(model):
            self.picks = [p for p in self.picks if self._resolve(model, p) != [hit[0]]]
        else:
            self.picks = [*self.picks, pick] if add else [pick]
            if not add:
                self.failed_valves = []
        if not self.picks:
            self.clear()
            return
        self._retrace(model)

    def _use_selection(self, model) -> None:
        mapping = load_mapping()
        layer = mapping.layer("pipes")
        id_field = mapping.pipes.field_name("id")
        ids = [plain_value(feature[id_field]) for feature in layer.selectedFeatures()]
        if not ids:
            self._push(
                tr("Select one or more pipes in the layer '{layer}' first.").format(
                    layer=layer.name()
                ),
                Qgis.MessageLevel.Info,
            )
            return
        missing = [pipe_id for pipe_id in ids if not model.network.pieces_of_pipe(pipe_id)]
        if missing:
            self._push(
                tr(
                    "Pipes layer '{layer}': the selected ids {ids} (field '{field}') are not in "
                    "the network model and were left out."
                ).format(layer=layer.name(), ids=", ".join(map(str, missing)), field=id_field),
                Qgis.MessageLevel.Warning,
            )
        self.picks = [("pipe", pipe_id) for pipe_id in ids if pipe_id not in missing]
        self.failed_valves = []
        if self.picks:
            self._retrace(model)

    def _resolve(self, model, pick) -> list:
        """Piece indices of one pick on ``model`` (a rebuilt model renumbers pieces)."""
        if pick[0] == "pipe":
            return model.network.pieces_of_pipe(pick[1])
        hit = model.network.nearest_piece(pick[1], pick[2])
        return [hit[0]] if hit is not None else []

    def _pieces(self, model) -> list:
        return sorted({piece for pick in self.picks for piece in self._resolve(model, pick)})

    def _retrace(self, model) -> None:
        pieces = self._pieces(model)
        if not pieces:
            self._push(tr("The work site is no longer on any pipe."), Qgis.MessageLevel.Warning)
            return
        self.work_site = model.analyse(pieces, self.failed_valves)
        self.crs = model.crs
        self.layers = show_results(self.work_site, model.crs)
        LOG.info(
            "Work site traced: pipe pieces %d, valves to close %d.",
            len(pieces),
            len(self.work_site.isolation.valves_to_close),
        )
        self._check_pressure(model)  # pending before the dock shows it; answered later
        self.changed.emit(self.work_site, model.crs)

    # Pressure ------------------------------------------------------------------
    def _check_pressure(self, model) -> None:
        """Start the pressure simulation of the current work site when a model is set."""
        settings = load_pressure_settings()
        if not settings.enabled:
            return
        mapping = load_mapping()
        try:
            reader = link_reader(
                mapping.layer("pipes"), mapping.pipes.field_name("id"), settings.link_field
            )
        except LayerError as error:
            self._push(str(error), Qgis.MessageLevel.Warning)
            return
        self.work_site.pressure_pending()
        task = PressureTask(self.work_site, model.network, settings, reader, self._checked)
        self.pressure_tasks.append(task)
        QgsApplication.taskManager().addTask(task)

    def _checked(self, task: PressureTask, finished: bool) -> None:
        """Attach the simulation's answer, if its work site is still the one shown."""
        self.pressure_tasks.remove(task)
        if not finished or task.work_site is not self.work_site or self.work_site is None:
            return  # cancelled, or a newer click replaced it (its own task follows)
        self.work_site.set_pressure(task.answer, task.problem)
        if task.problem is not None:
            self._push(problem_text(task.problem), Qgis.MessageLevel.Warning)
        else:
            self.layers.update(add_pressure_layers(self.work_site, self.crs))
        self.pressure_changed.emit(self.work_site)

    # Messages ------------------------------------------------------------------
    def _push(self, text: str, level) -> None:
        self.iface.messageBar().pushMessage(tr("Water Outage Notifier"), text, level, 6)

    def _warn_mapping(self, problems: list) -> None:
        """Explain why the layers cannot be traced, with a way to the settings."""
        text = tr("The layers are not ready for a trace: {problems}").format(
            problems=" ".join(problems)
        )
        LOG.warning(text)
        if self.open_settings is None:
            self._push(text, Qgis.MessageLevel.Warning)
            return
        item = QgsMessageBar.createMessage(tr("Water Outage Notifier"), text)
        button = QPushButton(tr("Open settings"), item)
        button.clicked.connect(self.open_settings)
        item.layout().addWidget(button)
        self.iface.messageBar().pushWidget(item, Qgis.MessageLevel.Warning, 0)


class TraceUi:
    """The tool's actions, map-tool handler and results dock, added and removed together."""

    def __init__(self, iface, add_action: Callable, open_settings: Callable | None = None):
        from .dialogs.results_dock import ResultsDock

        self.iface = iface
        canvas = iface.mapCanvas()
        self.session = TraceSession(iface, open_settings)
        self.tool = TraceMapTool(canvas)
        self.tool.picked.connect(self.session.pick)
        self.trace_action = add_action(
            "trace.svg", tr("Trace a work site"), lambda: canvas.setMapTool(self.tool), True
        )
        self.trace_action.setToolTip(
            tr("Click a pipe to find the valves to close; Shift-click adds pipes to the work site.")
        )
        self.tool.setAction(self.trace_action)
        self.handler = TraceToolHandler(self.tool, self.trace_action)
        iface.registerMapToolHandler(self.handler)
        selection = add_action(
            "trace.svg", tr("Trace the selected pipes"), self.session.use_selection
        )
        selection.setIcon(QgsApplication.getThemeIcon("/mActionSelectRectangle.svg"))
        add_action("clear.svg", tr("Clear the trace results"), self.session.clear)
        self.dock = ResultsDock(canvas, iface.mainWindow())
        iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.dock.valve_refused.connect(self.session.refuse_valve)
        self.session.changed.connect(self._show)
        self.session.pressure_changed.connect(self._show_pressure)

    def _show(self, work_site, crs) -> None:
        self.dock.show_work_site(work_site, crs, background=mapped_background())
        if work_site is not None:
            self.show_dock()

    def show_dock(self) -> None:
        """The results in front, as a tab over the history dock when that is open beside them."""
        show_in_tabs(self.dock)

    def _show_pressure(self, work_site) -> None:
        self.dock.show_pressure(work_site, layers=list(self.session.layers.values()))

    def unload(self) -> None:
        """Remove what ``__init__`` added (the actions are removed by the plugin)."""
        if self.session.task is not None:
            self.session.task.cancel()
        for task in list(self.session.pressure_tasks):
            task.cancel()
        self.session.changed.disconnect(self._show)
        self.session.pressure_changed.disconnect(self._show_pressure)
        self.iface.unregisterMapToolHandler(self.handler)
        canvas = self.iface.mapCanvas()
        if canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)
        self.iface.removeDockWidget(self.dock)
        self.dock.deleteLater()
        clear_results()
        SHARED_CACHE.clear()
