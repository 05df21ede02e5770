"""A tiny town for the map-tool, results-dock and crew-sheet tests.

Two sources feed one straight main from both ends (UTM 32N, metres from
X0, Y0)::

    S1 --P1-- V1 --P2a-- V2 --P2b-- V3 --P3-- V4 --P4-- S2
    0        100        200        300       400       500

V1 and V2 are operable, V2 sits in mid-span of P2 (so P2 is two pieces),
V3 is broken (inoperable) and V4 is normally closed. Customers stand 10 m
north of each piece: C1 on P2a, C2 on P2b (no phone), C3 on P3 (a
hospital, sensitive), C4 on P4. V9 lies 60 m off the main: a data warning. Customers are linked to the nearest pipe.
"""

from __future__ import annotations

import time

from gpkg_layers import UTM, line, point, utm, write_layer
from qgis.core import QgsApplication, QgsProject, QgsRectangle
from water_outage_notifier.gis.mapping import (
    LINK_BY_NEAREST,
    LayerMapping,
    ProjectMapping,
    save_mapping,
)


def town_extent() -> QgsRectangle:
    return QgsRectangle(*utm(-20, -120), *utm(520, 120))


def build_town(path) -> dict:
    """Write the town to ``path``, add its layers to the project and map them."""
    layers = {
        "pipes": write_layer(
            path,
            "condotte",
            "MultiLineString",
            UTM,
            {"codice": str},
            [
                (line((0, 0), (100, 0)), {"codice": "P1"}),
                (line((100, 0), (300, 0)), {"codice": "P2"}),
                (line((300, 0), (400, 0)), {"codice": "P3"}),
                (line((400, 0), (500, 0)), {"codice": "P4"}),
            ],
        ),
        "valves": write_layer(
            path,
            "valvole",
            "Point",
            UTM,
            {"codice": str, "stato": str},
            [
                (point(100, 0), {"codice": "V1", "stato": "open"}),
                (point(200, 0), {"codice": "V2", "stato": "open"}),
                (point(300, 0), {"codice": "V3", "stato": "broken"}),
                (point(400, 0), {"codice": "V4", "stato": "closed"}),
                (point(250, 60), {"codice": "V9", "stato": "open"}),
            ],
        ),
        "sources": write_layer(
            path,
            "fonti",
            "Point",
            UTM,
            {"nome": str},
            [(point(0, 0), {"nome": "S1"}), (point(500, 0), {"nome": "S2"})],
        ),
        "customers": write_layer(
            path,
            "utenze",
            "Point",
            UTM,
            {
                "cid": str,
                "tel": str,
                "ok": str,
                "cat": str,
                "via": str,
                "civico": str,
                "comune": str,
                "unita": int,
            },
            [
                (
                    point(150, 10),
                    {
                        "cid": "C1",
                        "tel": "333 123 4567",
                        "ok": "si",
                        "cat": "domestica",
                        "via": "Via Emilia",
                        "civico": "1",
                        "comune": "Imola",
                        "unita": 1,
                    },
                ),
                (
                    point(250, 10),
                    {
                        "cid": "C2",
                        "tel": None,
                        "ok": "si",
                        "cat": "domestica",
                        "via": "Via Emilia",
                        "civico": "3",
                        "comune": "Imola",
                        "unita": 4,
                    },
                ),
                (
                    point(350, 10),
                    {
                        "cid": "C3",
                        "tel": "347 765 4321",
                        "ok": "si",
                        "cat": "ospedale",
                        "via": "Viale Amendola",
                        "civico": "2",
                        "comune": "Imola",
                        "unita": 1,
                    },
                ),
                (
                    point(450, 10),
                    {
                        "cid": "C4",
                        "tel": "333 999 8888",
                        "ok": "si",
                        "cat": "domestica",
                        "via": "Via Selice",
                        "civico": "9",
                        "comune": "Imola",
                        "unita": 1,
                    },
                ),
            ],
        ),
    }
    QgsProject.instance().addMapLayers(list(layers.values()))
    save_mapping(town_mapping(layers))
    return layers


def town_mapping(layers: dict) -> ProjectMapping:
    return ProjectMapping(
        pipes=LayerMapping(layers["pipes"].id(), {"id": "codice"}),
        valves=LayerMapping(layers["valves"].id(), {"id": "codice", "status": "stato"}),
        sources=LayerMapping(layers["sources"].id(), {"id": "nome"}),
        customers=LayerMapping(
            layers["customers"].id(),
            {
                "id": "cid",
                "phone": "tel",
                "consent": "ok",
                "category": "cat",
                "address": "via",
                "house_number": "civico",
                "municipality": "comune",
                "units": "unita",
            },
        ),
        customer_link=LINK_BY_NEAREST,
        sensitive_values=["ospedale"],
    )


def wait_for_model(session, limit: int = 3000) -> None:
    """Let the background build finish (a guard against hanging, not a timing check)."""
    for _ in range(limit):
        if not session.busy:
            return
        QgsApplication.processEvents()
        time.sleep(0.01)
    raise AssertionError("the network model was never built")


def session_with_dock(iface, canvas, extent, pipes):
    """A trace session whose results a fresh dock shows, on a canvas set to ``extent`` (UTM)."""
    from qgis.core import QgsCoordinateReferenceSystem
    from water_outage_notifier.dialogs.results_dock import ResultsDock
    from water_outage_notifier.map_tool import TraceSession

    canvas.resize(800, 400)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem(UTM))
    canvas.setExtent(extent)
    session = TraceSession(iface)
    dock = ResultsDock(canvas)
    session.changed.connect(lambda site, crs: dock.show_work_site(site, crs, [pipes]))
    dock.valve_refused.connect(session.refuse_valve)
    return session, dock


#: The branch main of the sample town's Dozza hamlet: shutting it leaves the hamlet dry, and
#: the trace has every kind of row (plan B, optional valves with reasons, sources to shut).
SAMPLE_PIPE = "C002941"


def trace_sample_town(iface, folder, pipe: str = SAMPLE_PIPE):
    """Open a copy of the sample project in ``folder`` and trace ``pipe``.

    Returns the session (its ``work_site`` traced) and the pipes layer.
    """
    import shutil
    from pathlib import Path

    from water_outage_notifier.gis.mapping import load_mapping, save_mapping
    from water_outage_notifier.map_tool import TraceSession

    sample = Path(__file__).resolve().parents[2] / "sample_data"
    for name in ("imola_sample.gpkg", "imola_sample.qgz"):
        shutil.copy(sample / name, Path(folder) / name)
    project = QgsProject.instance()
    assert project.read(str(Path(folder) / "imola_sample.qgz"))
    mapping = load_mapping(project)
    save_mapping(mapping)
    session = TraceSession(iface)
    pipes = mapping.layer("pipes")
    pipes.selectByExpression(f"\"cod_condotta\" = '{pipe}'")
    session.use_selection()
    wait_for_model(session)
    assert session.work_site is not None and session.work_site.isolation.valves_to_close
    return session, pipes
