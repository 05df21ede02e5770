"""Screenshots of the plugin's windows for the README, taken by tests under Xvfb.

The windows are taken at their default sizes (a dock docked at QGIS's
width) and in Italian, the pilot's language: ``docs/screenshots``. With
``SCREENSHOTS_LANG=en`` the same windows are taken in English for the
README's English section: ``docs/screenshots/en``. Run with a real X server
so fonts and styles look as on a desktop::

    QT_QPA_PLATFORM=xcb SCREENSHOTS=1 xvfb-run -a -s "-screen 0 1600x1000x24" \
        .venv/bin/python -m pytest tests/qgis/test_settings_screens.py -q
"""

from __future__ import annotations

import os
import time
from contextlib import contextmanager
from pathlib import Path

from qgis.core import QgsApplication, QgsMapRendererParallelJob, QgsMapSettings, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLibraryInfo, QSize, Qt, QThreadPool, QTranslator
from qgis.PyQt.QtGui import QColor, QImage
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QMainWindow, QWidget

SCREENSHOT_DIR = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
I18N = Path(__file__).resolve().parents[2] / "i18n"
LOCALE_KEY = "locale/userLocale"
#: The QGIS locale of each language the screenshots are taken in.
LOCALES = {"it": "it_IT", "en": "en_US"}


def wanted() -> bool:
    """The README's screenshots are rewritten only on request (``make screenshots``)."""
    return os.environ.get("SCREENSHOTS") == "1"


def language() -> str:
    """The language the screenshots are taken in: ``it`` unless ``SCREENSHOTS_LANG`` says."""
    return os.environ.get("SCREENSHOTS_LANG", "it")


def screenshot_dir(tmp_path: Path) -> Path:
    """Where the screen tests write: ``docs/screenshots`` (``/en`` for English) on request,
    else a scratch folder.

    The screen tests always run (under Xvfb in ``make test``), so the windows
    they show are checked on every run; only ``make screenshots`` replaces the
    README's pictures.
    """
    if not wanted():
        return tmp_path
    return SCREENSHOT_DIR if language() == "it" else SCREENSHOT_DIR / language()


def map_dir(tmp_path: Path) -> Path:
    """Where a map render goes: a map has no interface words, so it is kept once, beside the
    Italian pictures (the English run writes it to the scratch folder)."""
    return screenshot_dir(tmp_path) if language() == "it" else tmp_path


@contextmanager
def interface_in(language_code: str, plugin_catalogue=None):
    """QGIS's interface in ``language_code`` as QGIS sets it up: the locale the plugin reads,
    Qt's own words and the plugin's catalogue (``plugin_catalogue``, a loaded ``QTranslator``,
    or the built ``i18n/*.qm``). English needs no catalogue: it is the source language."""
    settings = QgsSettings()
    previous = settings.value(LOCALE_KEY, None)
    settings.setValue(LOCALE_KEY, LOCALES[language_code])
    translators = []
    if language_code != "en":
        qt = QTranslator()
        qt.load(
            f"qtbase_{language_code}",
            QLibraryInfo.location(QLibraryInfo.LibraryLocation.TranslationsPath),
        )
        plugin = plugin_catalogue or QTranslator()
        if plugin_catalogue is None:
            path = I18N / f"water_outage_notifier_{language_code}.qm"
            assert plugin.load(str(path)), f"{path}: run `make transcompile`"
        translators = [qt, plugin]
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        if translators:
            threads_quiet()
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
        if previous is None:
            settings.remove(LOCALE_KEY)
        else:
            settings.setValue(LOCALE_KEY, previous)


def threads_quiet(limit: float = 60.0) -> None:
    """Wait (processing events) until no worker thread can be inside ``tr()``.

    Removing a translator takes Qt's translator lock for writing while the main
    thread holds Python's GIL; a worker thread translating through a catalogue
    written in Python (the tests' recording one) holds that lock for reading
    and waits for the GIL: a deadlock no test timeout can break (seen in a clean
    CI run: a map render in a pooled thread, at the end of an Italian test).
    """
    pool, tasks = QThreadPool.globalInstance(), QgsApplication.taskManager()
    deadline = time.monotonic() + limit
    while (pool.activeThreadCount() or tasks.countActiveTasks()) and time.monotonic() < deadline:
        QTest.qWait(20)


def assert_painted(path: Path) -> None:
    """The PNG at ``path`` shows something: it has more than a handful of colours."""
    image = QImage(str(path))
    assert not image.isNull(), path
    step_x, step_y = max(1, image.width() // 64), max(1, image.height() // 64)
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), step_x)
        for y in range(0, image.height(), step_y)
    }
    assert len(colours) > 8, f"{path} looks blank"


def grab(widget, path) -> Path:
    """Show ``widget``, let Qt lay it out and paint it, and save it as a PNG at ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    widget.show()
    widget.raise_()
    for _ in range(5):
        QgsApplication.processEvents()
    if not widget.grab().save(str(path), "PNG"):
        raise OSError(f"Could not write the screenshot {path}")
    return path


def render_results(project, results: list, crs, extent, size: tuple, path) -> Path:
    """Render ``results`` (the trace's layers) over the project's own layers to a PNG.

    Checked to be painted; ``extent`` in ``crs``, ``size`` in pixels.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    settings = QgsMapSettings()
    settings.setDestinationCrs(crs)
    result_ids = {layer.id() for layer in results}
    others = [x for x in project.layerTreeRoot().layerOrder() if x.id() not in result_ids]
    settings.setLayers(list(results) + others)
    settings.setBackgroundColor(QColor("white"))
    settings.setOutputSize(QSize(*size))
    settings.setExtent(extent)
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    if not job.renderedImage().save(str(path), "PNG"):
        raise OSError(f"Could not write the map {path}")
    assert_painted(path)
    return path


#: QGIS's width for a panel docked beside the map, in pixels.
DOCK_WIDTH = 300


@contextmanager
def docked_beside_map(dock, width: int = DOCK_WIDTH, height: int = 900):
    """``dock`` docked on the right of a 1400 px main window at ``width`` and shown; on the
    way out the dock is taken out again (still alive: signals may still reach it) and the
    window closed.

    The window is ``height`` tall, so the dock is too (less its title).
    """
    window = QMainWindow()
    window.setCentralWidget(QWidget())
    window.resize(1400, height)
    dock.setParent(window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resizeDocks([dock], [width], Qt.Orientation.Horizontal)
    window.show()
    for _ in range(10):
        QgsApplication.processEvents()
    try:
        yield window
    finally:
        window.removeDockWidget(dock)
        dock.setParent(None)
        window.close()
