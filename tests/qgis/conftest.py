"""Fixtures shared by the pytest-qgis tests."""

from __future__ import annotations

import os
import sys

import pytest

# Helpers next to this file (gpkg_layers, screens).
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


class RecordingInterface:
    """pytest-qgis's interface, completed with the calls QGIS offers and it lacks.

    It records what a plugin adds to the menus, docks and map-tool handlers, so
    a test can prove that ``unload`` removes all of it. Everything else is
    forwarded to pytest-qgis's interface and its real main window and canvas.
    """

    def __init__(self, iface):
        self._iface = iface
        self.menu_actions: dict[str, list] = {}
        self.docks: list = []
        self.map_tool_handlers: list = []

    def __getattr__(self, name):
        return getattr(self._iface, name)

    def addPluginToMenu(self, name, action):  # noqa: N802 - QGIS API name
        self.menu_actions.setdefault(name, []).append(action)

    def removePluginMenu(self, name, action):  # noqa: N802 - QGIS API name
        actions = self.menu_actions.get(name, [])
        if action in actions:
            actions.remove(action)
        if not actions:
            self.menu_actions.pop(name, None)

    def addDockWidget(self, area, dock):  # noqa: N802 - QGIS API name
        self._iface.mainWindow().addDockWidget(area, dock)
        self.docks.append(dock)

    def removeDockWidget(self, dock):  # noqa: N802 - QGIS API name
        self._iface.mainWindow().removeDockWidget(dock)
        self.docks.remove(dock)

    def registerMapToolHandler(self, handler):  # noqa: N802 - QGIS API name
        self.map_tool_handlers.append(handler)

    def unregisterMapToolHandler(self, handler):  # noqa: N802 - QGIS API name
        self.map_tool_handlers.remove(handler)

    def registerOptionsWidgetFactory(self, factory):  # noqa: N802 - QGIS API name
        self.__dict__.setdefault("options_factories", []).append(factory)

    def unregisterOptionsWidgetFactory(self, factory):  # noqa: N802 - QGIS API name
        self.__dict__.setdefault("options_factories", []).remove(factory)


@pytest.fixture(autouse=True)
def message_bar_widgets(qgis_iface):
    """pytest-qgis's message bar, completed with ``pushWidget``/``popWidget`` as QGIS has them.

    Its mock keeps texts only; the widgets shown (such as the model build's
    progress item) are kept in ``widgets`` while on the bar.
    """
    bar = qgis_iface.messageBar()
    bar.widgets = []

    def push_widget(widget, level=None, duration=0):
        bar.widgets.append(widget)

    def pop_widget(widget):
        if widget in bar.widgets:
            bar.widgets.remove(widget)

    bar.pushWidget, bar.popWidget = push_widget, pop_widget
    yield bar.widgets
    bar.widgets.clear()


@pytest.fixture()
def recording_iface(qgis_iface):
    """A fresh recording interface around pytest-qgis's session interface."""
    return RecordingInterface(qgis_iface)


@pytest.fixture()
def outage_provider(qgis_processing):
    """The plugin's ``outage`` provider registered as qgis_process does it."""
    import water_outage_notifier

    plugin = water_outage_notifier.classFactory(None)
    plugin.initProcessing()
    yield plugin.provider
    plugin.unload()


@pytest.fixture()
def run_algorithm(outage_provider):
    """``processing.run`` with the ``outage`` provider loaded."""
    import processing  # importable once pytest-qgis has initialised Processing

    return processing.run


@pytest.fixture()
def screen_language(qgis_app):
    """The interface in the screenshots' language (Italian unless ``SCREENSHOTS_LANG``):
    ask for it before the windows are made, so they are made in it."""
    from screens import interface_in, language

    with interface_in(language()):
        yield language()


@pytest.fixture(autouse=True)
def clean_project(qgis_app):
    """Every test starts and ends with an empty project, so layers never leak between tests."""
    from qgis.core import QgsProject

    QgsProject.instance().clear()
    yield
    QgsProject.instance().clear()


@pytest.fixture()
def auth_manager(qgis_app):
    """The auth DB of pytest-qgis's temporary profile, unlocked with a master password."""
    from auth_support import unlock_auth

    return unlock_auth()


PG_DSN = os.environ.get("OUTAGE_TEST_PG_DSN", "")
STORES = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=pytest.mark.skipif(not PG_DSN, reason="no PostgreSQL: run `make postgres`"),
    ),
]


@pytest.fixture(params=STORES)
def store_location(request, tmp_path):
    """Where the settings put the store: a SQLite file, or a fresh schema on the test cluster.

    The PostgreSQL location is a DSN naming its own schema
    (``options=-csearch_path=…``), exactly what an operator would type, so
    the docks and dialogs open it through the settings like any other.
    """
    if request.param == "sqlite":
        yield str(tmp_path / "history.sqlite")
        return
    import uuid

    import psycopg2

    schema = f"t_{uuid.uuid4().hex[:10]}_qgis"
    yield f"{PG_DSN}?options=-csearch_path%3D{schema}"
    with psycopg2.connect(PG_DSN) as conn, conn.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    conn.close()


@pytest.fixture(autouse=True)
def model_cache_of_its_own(tmp_path):
    """Each test stores models in a cache folder of its own in the profile, removed after it,
    so no test loads a model another test built (its reads and builds are its own).

    Set and restored by hand: the ``monkeypatch`` fixture, made first for an autouse
    fixture, would be undone last, after the test's own fixtures' teardown, and
    the environment a test changed through it would reach them."""
    import shutil

    from water_outage_notifier.gis import model_store

    shared = model_store.FOLDER
    model_store.FOLDER = (*shared, f"test-{tmp_path.name}")
    yield
    shutil.rmtree(model_store.cache_root(), ignore_errors=True)
    model_store.FOLDER = shared
