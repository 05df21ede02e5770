"""Qt translations for the plugin's interface (Italian and English).

The ``.ts`` sources live in ``i18n/``; ``make transcompile`` builds the
``.qm`` files that are loaded here. English is the source language, so a
missing ``.qm`` simply leaves the interface in English.
"""

from __future__ import annotations

import os

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ..resources import PLUGIN_DIR

CONTEXT = "WaterOutageNotifier"


def tr(text: str) -> str:
    """Translate ``text`` in the plugin's single translation context."""
    return QCoreApplication.translate(CONTEXT, text)


def tr_n(text: str, n: int) -> str:
    """Translate a sentence about ``n`` things, ``%n`` standing for the number.

    The catalogue holds one form per plural form of the language (a numerus
    message: "%n utenza" / "%n utenze"), so Italian and English agree with
    the count; Qt puts ``n`` in place of ``%n``. Other ``{placeholders}`` are
    filled by the caller as with :func:`tr`.
    """
    return QCoreApplication.translate(CONTEXT, text, None, n)


def user_language() -> str:
    """Two-letter language of the QGIS interface (``it``, ``en`` ...)."""
    locale = QgsSettings().value("locale/userLocale", "") or QLocale.system().name()
    return str(locale)[:2] or "en"


def decimal_text(value: float, places: int | None = None) -> str:
    """``value`` with ``places`` decimals (None: as few as it needs, like ``{:g}``) in the
    interface's notation: ``0,222`` in Italian, ``0.222`` in English (a figure read beside
    Italian words must not carry a point)."""
    fixed = places is not None
    return QLocale(user_language()).toString(
        float(value), "f" if fixed else "g", places if fixed else 6
    )


def document_language() -> str:
    """The language of the files made for the person at this desk (sheets, reports):
    the interface's when it is Italian, else English."""
    return "it" if user_language() == "it" else "en"


def install_translator() -> QTranslator | None:
    """Load the ``.qm`` for the user's language; returns it so ``unload`` can remove it."""
    path = os.path.join(PLUGIN_DIR, "i18n", f"water_outage_notifier_{user_language()}.qm")
    if not os.path.exists(path):
        return None
    translator = QTranslator()
    if not translator.load(path):
        return None
    QCoreApplication.installTranslator(translator)
    return translator
