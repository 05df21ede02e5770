"""Screenshots of the plugin's windows for the README, taken by tests under Xvfb.

Run with a real X server so fonts and styles look as on a desktop::

    QT_QPA_PLATFORM=xcb SCREENSHOTS=1 xvfb-run -a -s "-screen 0 1600x1000x24" \
        .venv/bin/python -m pytest tests/qgis/test_settings_screens.py -q
"""

from __future__ import annotations

import os
from pathlib import Path

from qgis.core import QgsApplication

SCREENSHOT_DIR = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def wanted() -> bool:
    """Screenshots are only taken on request (``SCREENSHOTS=1``), never in CI."""
    return os.environ.get("SCREENSHOTS") == "1"


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
