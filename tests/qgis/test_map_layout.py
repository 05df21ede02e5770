"""The maps people read: the call-centre's picture and the crew sheet, from a print layout.

On the sample town (its project carries a streets-and-buildings background,
as a utility's project carries its own), the Dozza hamlet's branch main is
traced as in ``make demo``; the layout's items are inspected and its PNG is
looked at pixel by pixel.
"""

from __future__ import annotations

import subprocess
from datetime import datetime, timezone
from pathlib import Path

import pytest
from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsProject,
)
from qgis.PyQt.QtGui import QColor, QImage
from water_outage_notifier.devtools.demo import PIPE, planned_window
from water_outage_notifier.dialogs.crew_sheet import write_crew_sheet
from water_outage_notifier.gis.map_image import notice_titles, work_site_layout, work_site_png
from water_outage_notifier.gis.map_layout import background_layers, mapped_background
from water_outage_notifier.gis.mapping import load_mapping
from water_outage_notifier.gis.model import ModelSources
from water_outage_notifier.gis.result_layers import show_results

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "imola_sample.qgz"
RED, ORANGE = QColor("#d7191c").rgb(), QColor("#f28e2b").rgb()
BUILDING = QColor("#e4ddd0").rgb()


@pytest.fixture()
def sample(qgis_app):
    project = QgsProject.instance()
    assert project.read(str(SAMPLE))
    model = ModelSources.from_mapping(load_mapping(project)).build()
    site = model.analyse(model.network.pieces_of_pipe(PIPE))
    yield site, model.crs
    project.clear()


def titles(site) -> tuple:
    start, end = planned_window(datetime.now(timezone.utc))
    places = site.customers.places()
    return notice_titles("planned_interruption", "INT-2026-0042", start, end, places, "it")


def colours(image: QImage, left, top, right, bottom, step: int = 2) -> set:
    """The colours in a rectangle given as shares of the image's width and height."""
    w, h = image.width(), image.height()
    return {
        image.pixel(x, y)
        for x in range(int(left * w), int(right * w), step)
        for y in range(int(top * h), int(bottom * h), step)
    }


def dark(found: set) -> bool:
    return any(QColor(c).lightness() < 60 for c in found)


def test_the_background_is_what_the_project_shows_without_results_or_customers(sample):
    site, crs = sample
    project = QgsProject.instance()
    names = [layer.name() for layer in background_layers(project)]
    assert names == ["Fonti", "Valvole", "Utenze", "Condotte", "Strade", "Edifici"]
    assert "Utenze" not in [layer.name() for layer in mapped_background(project)]
    buildings = project.mapLayersByName("Edifici")[0]
    project.layerTreeRoot().findLayer(buildings.id()).setItemVisibilityChecked(False)
    show_results(site, crs, project)
    shown = [layer.name() for layer in mapped_background(project)]
    assert shown == ["Fonti", "Valvole", "Condotte", "Strade"], "hidden layers and results stay out"


def test_the_call_centre_map_has_title_legend_scale_north_and_the_sms_streets(sample, tmp_path):
    site, crs = sample
    title, subtitle = titles(site)
    assert title == "Interruzione programmata – INT-2026-0042"
    assert "dalle 08:30 alle 12:30" in subtitle and "Dozza, Via del Borgo" in subtitle
    made = work_site_layout(site, crs, mapped_background(), title, subtitle)
    items = made.layout.items()
    texts = [item.text() for item in items if isinstance(item, QgsLayoutItemLabel)]
    assert sorted(texts) == sorted([title, subtitle])
    (legend,) = [item for item in items if isinstance(item, QgsLayoutItemLegend)]
    explained = [layer.name() for layer in legend.model().rootGroup().findLayers()]
    assert {"Isolated pipes", "Unsupplied pipes", "Valves to close", "Affected customers"} <= set(
        explained
    )
    (bar,) = [item for item in items if isinstance(item, QgsLayoutItemScaleBar)]
    (north,) = [item for item in items if isinstance(item, QgsLayoutItemPicture)]
    assert bar.linkedMap() is made.map_item and north.linkedMap() is made.map_item
    drawn = [layer.name() for layer in made.map_item.layers()]
    assert drawn[-2:] == ["Strade", "Edifici"], "the project's own background, under the trace"

    exporter = QgsLayoutExporter(made.layout)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = 120
    page = tmp_path / "map.png"
    assert exporter.exportToImage(str(page), settings) == QgsLayoutExporter.ExportResult.Success
    image = QImage(str(page))
    (labels,) = exporter.labelingResults().values()
    shown = {label.labelText for label in labels.allLabels()}
    named_in_sms = site.customers.places()["streets"][:2]
    assert set(named_in_sms) <= shown, f"{named_in_sms} not among the labels {sorted(shown)}"
    # V001368 is to close; V001369 faces the dry hamlet (not required, optional): both labelled
    assert {"V001368", "V001369"} <= shown, "the valves to close and the optional ones are labelled"

    # The page: the title band is written, the legend shows the pipes' colours, and the
    # map shows the trace over the buildings.
    assert dark(colours(image, 0.02, 0.02, 0.5, 0.07))
    legend_area = colours(image, 0.77, 0.1, 0.99, 0.5, 1)
    assert RED in legend_area and ORANGE in legend_area
    map_area = colours(image, 0.03, 0.12, 0.74, 0.97)
    assert {RED, ORANGE, BUILDING} <= map_area


def test_the_png_is_the_layout_page(sample):
    site, crs = sample
    png = work_site_png(site, crs, mapped_background(), *titles(site), dpi=50)
    image = QImage.fromData(png, "PNG")
    assert (image.width(), image.height()) == (584, 413), "A4 landscape (297 x 210 mm) at 50 dpi"
    assert dark(colours(image, 0.02, 0.02, 0.5, 0.07))


def test_the_crew_sheet_is_the_same_map_with_the_valve_table(sample, tmp_path):
    site, crs = sample
    pdf = tmp_path / "sheet.pdf"
    write_crew_sheet(site, crs, mapped_background(), str(tmp_path / "sheet.csv"), str(pdf))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for words in ("Valves to close", "C002941", "V001368", "V001369", "Legend", "Via del Borgo"):
        assert words in text, words
