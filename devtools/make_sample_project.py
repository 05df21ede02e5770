"""Build ``sample_data/imola_sample.qgz``: the sample town, styled to be read at a glance.

    QT_QPA_PLATFORM=offscreen /usr/bin/python3 devtools/make_sample_project.py [--png out.png]

Opening the bundled project must show an operator a readable network map
with no set-up and no internet (so no web basemap): pipes by size, valves by
state (the closed and the broken ones stand out), the sources, and the
customers with the sensitive ones prominent, over a quiet background of
named streets and buildings (the group *Sfondo*, generated with the town),
which the call-centre's map and the crew sheet print too. Layers are referenced by a
relative path, so the project works wherever the plugin is installed.
``--png`` also renders the full extent headless, to check the look.
"""

from __future__ import annotations

import argparse
import runpy
import sys
from pathlib import Path

if __name__ == "__main__" and not __package__:
    # Run as a script: register the checkout as the package, as the tests do.
    runpy.run_path(str(Path(__file__).resolve().parents[1] / "tests" / "conftest.py"))
    __package__ = "water_outage_notifier.devtools"  # noqa: A001

from qgis.core import (
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsCoordinateReferenceSystem,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProject,
    QgsReferencedRectangle,
    QgsRendererCategory,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QFont

from ..gis.mapping import save_mapping  # noqa: E402
from .sample_mapping import sample_mapping, table_of  # noqa: E402

SAMPLE_DIR = Path(__file__).resolve().parents[1] / "sample_data"
GPKG_NAME = "imola_sample.gpkg"
PROJECT_NAME = "imola_sample.qgz"
BACKGROUND = "#f6f4ee"
STREET_CASING = "#c8c2b4"
BUILDING_FILL = "#e4ddd0"

# (low, high, label, colour, width mm)
PIPE_CLASSES = (
    (0, 99, "Allacci 60-80 mm", "#9fb7c9", 0.25),
    (100, 149, "Distribuzione 100-125 mm", "#5b9bd5", 0.4),
    (150, 299, "Distribuzione 150-200 mm", "#2e6fb7", 0.6),
    (300, 399, "Dorsali 300 mm", "#1b3f8b", 1.0),
    (400, 9999, "Adduttrici 400-500 mm", "#0b1f4d", 1.5),
)
# value, label, symbol properties; a cross has no fill, its stroke is the mark
_CROSS = {"size": "3.4", "outline_width": "0.7"}
VALVE_STATES = (
    ("aperta", "Aperta (manovrabile)", {"name": "circle", "color": "#2ca02c", "size": "1.6"}),
    ("chiusa", "Chiusa (normalmente)", {"name": "square", "color": "#d62728", "size": "3.0"}),
    ("inoperabile", "Inoperabile", {"name": "cross2", "outline_color": "#ff7f0e", **_CROSS}),
    ("guasta", "Guasta", {"name": "cross2", "outline_color": "#000000", **_CROSS}),
    (None, "Stato mancante", {"name": "circle", "color": "#9e9e9e", "size": "1.6"}),
)
SOURCE_KINDS = (
    ("serbatoio", "Serbatoio", {"name": "square", "color": "#1f77b4", "size": "6"}),
    ("pozzo", "Pozzo", {"name": "triangle", "color": "#17becf", "size": "6.5"}),
    ("immissione", "Immissione", {"name": "diamond", "color": "#9467bd", "size": "6"}),
)
CUSTOMER_CATEGORIES = (
    ("domestica", "Domestica", {"name": "circle", "color": "#7f7f7f", "size": "0.8"}),
    ("condominio", "Condominio", {"name": "square", "color": "#8c564b", "size": "1.4"}),
    ("commerciale", "Commerciale", {"name": "circle", "color": "#b07aa1", "size": "1.1"}),
    ("scuola", "Scuola", {"name": "star", "color": "#e6b800", "size": "3.6"}),
    ("dialisi", "Dialisi domiciliare", {"name": "cross_fill", "color": "#e377c2", "size": "3.4"}),
    ("ospedale", "Ospedale", {"name": "cross_fill", "color": "#c00000", "size": "5.5"}),
)


def _marker(props: dict) -> QgsMarkerSymbol:
    return QgsMarkerSymbol.createSimple(
        {"outline_color": "#202020", "outline_width": "0.15", **props}
    )


def _categorised(field: str, table: tuple) -> QgsCategorizedSymbolRenderer:
    categories = [
        QgsRendererCategory(value, _marker(props), label) for value, label, props in table
    ]
    return QgsCategorizedSymbolRenderer(field, categories)


def _pipes_renderer() -> QgsGraduatedSymbolRenderer:
    ranges = []
    for low, high, label, colour, width in PIPE_CLASSES:
        symbol = QgsLineSymbol.createSimple(
            {"line_color": colour, "line_width": str(width), "capstyle": "round"}
        )
        ranges.append(QgsRendererRange(low, high, symbol, label))
    renderer = QgsGraduatedSymbolRenderer("diametro", ranges)
    renderer.setClassAttribute("diametro")
    return renderer


def _label(layer: QgsVectorLayer, size: float, colour: str, halo: float, **placement) -> None:
    """Label ``layer`` with its ``nome`` field; ``placement`` sets QgsPalLayerSettings fields."""
    settings = QgsPalLayerSettings()
    settings.fieldName = "nome"
    for name, value in placement.items():
        setattr(settings, name, value)
    text = QgsTextFormat()
    # Name a font every QGIS install has; the default one differs by platform and
    # a missing font raises a warning each time the project opens.
    text.setFont(QFont("DejaVu Sans"))
    text.setSize(size)
    text.setColor(QColor(colour))
    buffer = text.buffer()
    buffer.setEnabled(True)
    buffer.setSize(halo)
    settings.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)


def _style_streets(layer: QgsVectorLayer) -> None:
    """White streets with a grey casing, through roads wider, named along the line."""
    root = QgsRuleBasedRenderer.Rule(None)
    for expression, casing, width, label in (
        ("\"tipo\" = 'principale'", 4.2, 3.4, "Strade principali"),
        ("", 3.0, 2.4, "Strade"),
    ):
        symbol = QgsLineSymbol.createSimple(
            {"line_color": STREET_CASING, "line_width": str(casing), "capstyle": "round"}
        )
        fill = QgsLineSymbol.createSimple(
            {"line_color": "#ffffff", "line_width": str(width), "capstyle": "round"}
        )
        symbol.appendSymbolLayer(fill.symbolLayer(0).clone())
        root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, label))
    root.children()[-1].setIsElse(True)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    _label(
        layer,
        7.5,
        "#555555",
        0.8,
        placement=QgsPalLayerSettings.Placement.Curved,
        repeatDistance=120,
        repeatDistanceUnit=QgsUnitTypes.RenderUnit.RenderMillimeters,
    )


def _style_buildings(layer: QgsVectorLayer) -> None:
    layer.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple(
                {"color": BUILDING_FILL, "outline_color": "#c9c2b6", "outline_width": "0.1"}
            )
        )
    )


def build_project(directory: Path = SAMPLE_DIR) -> QgsProject:
    """Create and save the styled project next to the GeoPackage in ``directory``."""
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(directory / PROJECT_NAME))
    project.setTitle("Water Outage Notifier - Imola (dati di esempio)")
    project.setCrs(QgsCoordinateReferenceSystem("EPSG:32632"))
    project.setBackgroundColor(QColor(BACKGROUND))
    project.writeEntryBool("Paths", "/Absolute", False)
    gpkg = str(directory / GPKG_NAME)

    def add(table: str, title: str, in_tree: bool = True) -> QgsVectorLayer:
        layer = QgsVectorLayer(f"{gpkg}|layername={table}", title, "ogr")
        if not layer.isValid():
            raise RuntimeError(f"cannot open layer {table} of {gpkg}")
        project.addMapLayer(layer, in_tree)
        return layer

    pipes = add("condotte", "Condotte")
    pipes.setRenderer(_pipes_renderer())
    customers = add("utenze", "Utenze")
    customers.setRenderer(_categorised("categoria", CUSTOMER_CATEGORIES))
    valves = add("valvole", "Valvole")
    valves.setRenderer(_categorised("stato", VALVE_STATES))
    sources = add("fonti", "Fonti")
    sources.setRenderer(_categorised("tipo", SOURCE_KINDS))
    _label(sources, 9, "#0b1f4d", 1.0, dist=2.0)
    add("contatti", "Contatti")
    background = project.layerTreeRoot().addGroup("Sfondo")
    for table, title, style in (
        ("strade", "Strade", _style_streets),
        ("edifici", "Edifici", _style_buildings),
    ):
        layer = add(table, title, in_tree=False)
        style(layer)
        background.addLayer(layer)
    layer_ids = {table_of(layer): layer.id() for layer in project.mapLayers().values()}
    save_mapping(sample_mapping(layer_ids), project)
    extent = pipes.extent()
    extent.scale(1.03)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, project.crs()))
    if not project.write():
        raise RuntimeError(f"cannot write {project.fileName()}")
    return project


def render_png(project: QgsProject, path: str, width: int = 1600) -> None:
    """Render the project's map layers over their full extent to ``path``."""
    layers = [layer for layer in project.layerTreeRoot().layerOrder() if layer.isSpatial()]
    extent = project.viewSettings().defaultViewExtent()
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(project.crs())
    settings.setBackgroundColor(QColor(BACKGROUND))
    height = round(width * extent.height() / extent.width())
    settings.setOutputSize(QSize(width, height))
    settings.setExtent(extent)
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    job.renderedImage().save(path, "png")


def main(argv: list | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--png", help="also render the full extent to this PNG file")
    args = parser.parse_args(argv)
    app = QgsApplication([], False)
    app.initQgis()
    try:
        project = build_project()
        print(f"wrote {project.fileName()}")
        if args.png:
            render_png(project, args.png)
            print(f"rendered {args.png}")
    finally:
        QgsProject.instance().clear()
        app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
