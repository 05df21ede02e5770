"""Small bridges between QGIS 3.22 (Qt5) and current QGIS (3.34+, Qt6 builds).

Field types moved from ``QVariant.Type`` to ``QMetaType.Type`` in QGIS 3.38,
and Qt6 builds have no ``QVariant.Type`` at all; everything else the plugin
uses is spelled the same on both.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsField, QgsFields

try:  # QGIS >= 3.38 takes QMetaType.Type, and Qt6 builds only that
    from qgis.PyQt.QtCore import QMetaType

    _USE_METATYPE = Qgis.versionInt() >= 33800
except ImportError:  # pragma: no cover - very old PyQt
    _USE_METATYPE = False

if not _USE_METATYPE:
    from qgis.PyQt.QtCore import QVariant

_NAMES = {
    "string": ("QString", "String"),
    "int": ("Int", "Int"),
    "long": ("LongLong", "LongLong"),
    "double": ("Double", "Double"),
    "bool": ("Bool", "Bool"),
}


def new_field(name: str, kind: str) -> QgsField:
    """A ``QgsField`` of ``kind`` (string, int, long, double, bool) on any QGIS."""
    metatype_name, variant_name = _NAMES[kind]
    if _USE_METATYPE:
        return QgsField(name, getattr(QMetaType.Type, metatype_name))
    return QgsField(name, getattr(QVariant, variant_name))


def text_as_text():
    """The layout export setting that keeps text as text (searchable, copyable PDFs)."""
    if hasattr(Qgis, "TextRenderFormat"):  # QGIS >= 3.28
        return Qgis.TextRenderFormat.AlwaysText
    from qgis.core import QgsRenderContext

    return QgsRenderContext.TextRenderFormat.TextFormatAlwaysText


#: The origin of a field read from the data provider (not joined, virtual or added in an edit).
FIELD_FROM_PROVIDER = (
    Qgis.FieldOrigin.Provider  # QGIS >= 3.38
    if hasattr(Qgis, "FieldOrigin")
    else QgsFields.FieldOrigin.OriginProvider
)
