"""``outage:segments`` writes, on a generated town, exactly what it wrote before its writing
was made faster (issue 21).

The writing was rewritten for speed: one feature refilled and added per piece
instead of a list of new features per chunk, the formula guard applied to
the attribute rows. The digest below was taken from the code before that
change (commit 83fd91f) on a town made by ``devtools/sample_town.py``; it
covers the output's fields, geometry type and CRS and every feature in
order (its attributes and its geometry's WKB), read back from a memory
layer and from a GeoPackage, with pieces crossing chunk boundaries. A
feature shared between pieces, an attribute row shifted against its
geometry or a lost chunk fails here (``test_processing_trace.py`` checks the
sample town's output against the network's own segments table).
"""

from __future__ import annotations

import hashlib

import pytest
from model_identity import segments_parameters
from qgis.core import QgsVectorLayer, QgsWkbTypes

SEED, PIPES = 7, 1500
#: digest of each output written by the code before the change (commit 83fd91f)
DIGESTS = {
    "memory:": "a457cfb63f00748af89bb403130628198ed593781b802ab78e42cd70ec044362",
    "segments.gpkg": "4e2ed348e0e36cb6ed0b36010cf7e0c37926e3eb26f21317293a3b65a3ac853d",
}


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    from water_outage_notifier.devtools.sample_town import generate

    path = tmp_path_factory.mktemp("segments") / "town.gpkg"
    generate(path, SEED, PIPES, customers=10)
    return path


def rows(layer) -> list:
    """Every feature in fid order: ``(pipe id, segment, supplied, WKB)``."""
    features = sorted(layer.getFeatures(), key=lambda feature: feature.id())
    return [
        (
            str(feature["cod_condotta"]),
            int(feature["segment_id"]),
            bool(feature["supplied"]),
            bytes(feature.geometry().asWkb()),
        )
        for feature in features
    ]


def digest(layer) -> str:
    fields = [(field.name(), field.type()) for field in layer.fields()]
    head = (fields, QgsWkbTypes.displayString(layer.wkbType()), layer.crs().authid())
    sha = hashlib.sha256(repr(head).encode())
    for row in rows(layer):
        sha.update(repr(row[:3]).encode() + row[3])
    return sha.hexdigest()


@pytest.mark.parametrize("output", ["memory:", "segments.gpkg"])
def test_segments_output_is_the_one_written_before(
    run_algorithm, town, tmp_path, output, monkeypatch
):
    from water_outage_notifier.processing_provider import segments

    monkeypatch.setattr(segments, "CHUNK", 500)  # pieces in several chunks, the last one short
    destination = output if output == "memory:" else str(tmp_path / output)
    layer = run_algorithm("outage:segments", segments_parameters(town, destination))["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "segments", "ogr")
    written = rows(layer)
    assert len(written) > 3 * 500 and len(set(written)) == len(written)
    assert digest(layer) == DIGESTS[output]
