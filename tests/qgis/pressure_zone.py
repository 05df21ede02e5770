"""The hydraulic zone of ``tests/hydraulic_zone.py`` as a real GeoPackage and a project mapping."""

from __future__ import annotations

import time

import hydraulic_zone as zone
from gpkg_layers import UTM, line, point, write_layer
from qgis.core import QgsApplication
from water_outage_notifier.gis.mapping import LINK_BY_FIELD, LayerMapping, ProjectMapping


def build_zone(path) -> dict:
    """Pipes, valves, sources and customers of the zone in ``path``; layers by role."""
    pipes = write_layer(
        path,
        "pipes",
        "LineString",
        UTM,
        {"code": str, "link": str},
        [(line(*zone.polyline(p)), {"code": p, "link": f"L-{p[:2]}"}) for p in zone.PIPES],
    )
    valves = write_layer(
        path,
        "valves",
        "Point",
        UTM,
        {"vid": str, "state": str},
        [(point(*xy), {"vid": v, "state": "open"}) for v, xy in zone.VALVES.items()],
    )
    sources = write_layer(
        path, "sources", "Point", UTM, {"sid": str}, [(point(*zone.NODES["R1"]), {"sid": "R1"})]
    )
    customers = write_layer(
        path,
        "customers",
        "Point",
        UTM,
        {"cid": str, "pipe": str, "phone": str},
        [
            (point(*xy), {"cid": cid, "pipe": pipe, "phone": f"333 000 000{n}"})
            for n, (cid, (pipe, xy)) in enumerate(zone.CUSTOMERS.items(), start=1)
        ],
    )
    return {"pipes": pipes, "valves": valves, "sources": sources, "customers": customers}


def zone_mapping(layers: dict) -> ProjectMapping:
    return ProjectMapping(
        pipes=LayerMapping(layers["pipes"].id(), {"id": "code"}),
        valves=LayerMapping(layers["valves"].id(), {"id": "vid", "status": "state"}),
        sources=LayerMapping(layers["sources"].id(), {"id": "sid"}),
        customers=LayerMapping(
            layers["customers"].id(), {"id": "cid", "pipe": "pipe", "phone": "phone"}
        ),
        customer_link=LINK_BY_FIELD,
    )


def wait_for_pressure(session, limit: int = 3000) -> None:
    """Let the pressure tasks finish (a guard against hanging, not a timing check)."""
    for _ in range(limit):
        if not session.busy and not session.pressure_tasks:
            return
        QgsApplication.processEvents()
        time.sleep(0.01)
    raise AssertionError("the pressure check never finished")


def pressure_answer(low: int) -> dict:
    """The parts of a work site's report that a simulation leaving ``low`` customers at low
    pressure fills (merged over a traced report, or a report of its own)."""
    return {
        "hydraulics": {
            "status": "done",
            "time": "steady_state",
            "clock": "",
            "min_pressure_m": 15.0,
            "max_drop": 0.3,
            "model": {"pipes_missing_from_model": 0, "links_missing_from_gis": 0},
            "closed_links": [],
            "closure_not_in_model": [],
            "low_nodes": [],
        },
        "customers": {"low_pressure": [f"C{i}" for i in range(low)]},
        "pipes": {"low_pressure": {"pipe_ids": ["P1"]}},
    }
