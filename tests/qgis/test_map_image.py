"""The map of the affected area, rendered headless to PNG bytes (no canvas involved)."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtGui import QColor, QImage
from trace_town import build_town, town_mapping
from water_outage_notifier.gis.map_image import affected_extent, work_site_png
from water_outage_notifier.gis.model import ModelSources
from water_outage_notifier.gis.result_layers import ISOLATED_PIPES, build_layers


@pytest.fixture()
def work_site(qgis_app, qgis_new_project, tmp_path):
    layers = build_town(tmp_path / "town.gpkg")
    model = ModelSources.from_mapping(town_mapping(layers)).build()
    pieces = model.network.pieces_of_pipe("P1")
    yield model.analyse(pieces), model.crs, layers
    QgsProject.instance().clear()


def colours(image: QImage, step: int = 4) -> set:
    return {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }


def test_the_png_has_the_asked_size_and_shows_the_isolated_pipes_in_red(work_site):
    site, crs, layers = work_site
    png = work_site_png(site, crs, [layers["pipes"]], size=(600, 400))
    image = QImage.fromData(png, "PNG")
    assert (image.width(), image.height()) == (600, 400)
    found = colours(image, 2)
    assert len(found) > 2, "not a blank picture"
    red = QColor("#d7191c").rgb()
    assert red in found, "the isolated pipe's red is drawn"


def test_the_extent_covers_the_isolated_pipes_with_a_margin(work_site):
    site, crs, _ = work_site
    isolated = build_layers(site, crs)[ISOLATED_PIPES]
    extent = affected_extent([isolated], crs)
    assert extent.contains(isolated.extent())
    assert extent.width() > isolated.extent().width()
