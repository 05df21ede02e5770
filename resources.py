"""Paths to the plugin's icons.

Icons are loaded by file path, so the plugin works without a compiled Qt
resources module; ``resources.qrc`` lists the same files for Qt Designer.
"""

from __future__ import annotations

import os

PLUGIN_DIR = os.path.dirname(os.path.abspath(__file__))


def icon_path(name: str) -> str:
    """Absolute path of an icon shipped in ``icons/``."""
    return os.path.join(PLUGIN_DIR, "icons", name)
