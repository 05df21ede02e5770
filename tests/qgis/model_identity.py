"""Everything a built model answers from, as plain values, so two models can be compared whole.

Two readers (or a model loaded from the cache) are interchangeable only if
every click gives the same answer; comparing what the answers are made of
(pieces and their vertices, segments, valves, supply, warnings, customers
and their links, contacts) proves it for every click at once.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer
from water_outage_notifier.devtools.sample_mapping import SAMPLE_LAYERS, sample_mapping

SAMPLE = Path(__file__).resolve().parents[2] / "sample_data" / "imola_sample.gpkg"


def sample_layers(sources: dict, renamed=lambda name: name):
    """The sample mapping on layers opened from ``sources`` (table -> ogr source).

    ``renamed`` gives a field's name in the files (a Shapefile cuts names to
    ten characters).
    """
    layers = {}
    for table, source in sources.items():
        layer = QgsVectorLayer(source, table, "ogr")
        assert layer.isValid(), source
        QgsProject.instance().addMapLayer(layer)
        layers[table] = layer
    mapping = sample_mapping({table: layer.id() for table, layer in layers.items()})
    for role, (_table, fields) in SAMPLE_LAYERS.items():
        part = getattr(mapping, role)
        part.fields = {key: renamed(name) for key, name in fields.items()}
    return mapping, layers


def segments_parameters(path, output: str) -> dict:
    """``outage:segments`` on the sample mapping's pipes, valves and sources in ``path``."""
    layers = {
        table: QgsVectorLayer(f"{path}|layername={table}", table, "ogr")
        for table in ("condotte", "valvole", "fonti")
    }
    assert all(layer.isValid() for layer in layers.values())
    return {
        "PIPES": layers["condotte"],
        "PIPE_ID_FIELD": "cod_condotta",
        "VALVES": layers["valvole"],
        "VALVE_ID_FIELD": "cod_valvola",
        "VALVE_STATUS_FIELD": "stato",
        "CLOSED_VALUES": "chiusa",
        "INOPERABLE_VALUES": "inoperabile,guasta",
        "SOURCES": layers["fonti"],
        "TOLERANCE": 0.01,
        "OUTPUT": output,
    }


def counted_calls(monkeypatch, module, name: str) -> list:
    """A list that grows by one at each call of ``module.name`` from now on (the calls go through)."""
    count = []
    real = getattr(module, name)

    def counted(*args, **kwargs):
        count.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return count


def spied_columnar_reads(monkeypatch) -> list:
    """The sources each columnar read came from from now on (a read that gave up is not listed)."""
    from water_outage_notifier.gis import features

    done = []
    real = features.read_columns

    def spy(source, *args, **kwargs):
        found = real(source, *args, **kwargs)
        if found is not None:
            done.append(source)
        return found

    monkeypatch.setattr(features, "read_columns", spy)
    return done


def identity(model) -> dict:
    """The plain content of a :class:`~water_outage_notifier.gis.model.NetworkModel`."""
    network, index = model.network, model.index
    topology = network.topology
    xy, first = topology.all_coords()
    out = {
        "crs": model.crs.authid(),
        "notes": [str(note) for note in model.notes],
        "pipe_ids": list(network.pipe_ids),
        "pipe_fids": list(network.pipe_fids),
        "piece_pipe": list(network.piece_pipe),
        "piece_xy": xy.tolist(),
        "piece_first": first.tolist(),
        "piece_ends": (topology.start.tolist(), topology.stop.tolist()),
        "piece_segment": list(network.piece_segment),
        "valves": [(v.fid, v.valve_id, v.point, v.state, v.valve_type) for v in network.valves],
        "valve_kind": list(network.valve_kind),
        "valve_sides": list(network.valve_sides),
        "sources": [(s.fid, s.source_id, s.point) for s in network.sources],
        "supplied": list(network.unit_supplied),
        "warnings": [_warning(w) for w in network.warnings],
    }
    if index is not None:
        out["customers"] = [tuple(row) for row in index.customers.rows]
        out["links"] = (list(index._offsets), list(index._members))
        out["contacts"] = {k: [tuple(c) for c in v] for k, v in index._contacts.items()}
        out["customer_warnings"] = [_warning(w) for w in index.warnings]
        positions = range(0, len(index.customers), 97)
        out["details"] = [tuple(d) for d in index.customers.details(list(positions))]
    return out


def _warning(warning) -> tuple:
    return (warning.code, warning.message, warning.fid, warning.feature_id, warning.point)
