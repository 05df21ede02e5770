"""The Python packages the plugin needs inside QGIS, checked before it loads.

QGIS's plugin manager cannot install Python packages, and an import error
during ``classFactory`` shows the user a traceback. Checking first lets the
plugin explain what to install instead (see :mod:`.missing_dependencies`).
"""

from __future__ import annotations

import importlib.util

#: Import name -> the name to install (pip, and Debian's python3-<name>).
REQUIRED = {
    "numpy": "numpy",
    "requests": "requests",
    "jinja2": "jinja2",
    "phonenumbers": "phonenumbers",
    "openpyxl": "openpyxl",
    "segno": "segno",
}


#: Import name -> install name of packages only some features need: the plugin loads
#: without them, and the feature says what to install when asked (``owa-epanet``: the
#: pressure check with a hydraulic model; not packaged by Debian, so pip it is).
OPTIONAL = {"epanet": "owa-epanet"}


def missing_optional() -> list:
    """Install names of the optional packages QGIS's Python cannot import."""
    return [name for module, name in OPTIONAL.items() if importlib.util.find_spec(module) is None]


def missing_packages() -> list:
    """Install names of the required packages QGIS's Python cannot import."""
    return [name for module, name in REQUIRED.items() if importlib.util.find_spec(module) is None]


def install_hint(missing: list) -> str:
    """How to install ``missing`` on the usual platforms, in one paragraph."""
    names = " ".join(missing)
    debian = " ".join(f"python3-{name}" for name in missing)
    return (
        f"Water Outage Notifier needs the Python package(s) {', '.join(missing)}. "
        f"On Debian or Ubuntu: sudo apt-get install {debian}. "
        f"On Windows, in the OSGeo4W Shell: python -m pip install {names}. "
        f"On macOS, in the QGIS Python console: import pip; pip.main(['install', {', '.join(repr(n) for n in missing)}]). "
        "Then restart QGIS."
    )
