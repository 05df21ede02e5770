"""The layer and field mapping of the sample town, as an operator would make it.

One definition for the sample project (``make_sample_project.py`` stores it
in ``imola_sample.qgz``), the demo, the benchmarks and the screenshot tests.
"""

from __future__ import annotations

from ..gis.mapping import LayerMapping, ProjectMapping

#: role -> (GeoPackage table, {field role: field name})
SAMPLE_LAYERS = {
    "pipes": ("condotte", {"id": "cod_condotta"}),
    "valves": ("valvole", {"id": "cod_valvola", "status": "stato", "type": "tipo"}),
    "sources": ("fonti", {"id": "cod_fonte"}),
    "customers": (
        "utenze",
        {
            "id": "cod_utenza",
            "pipe": "cod_condotta",
            "phone": "cellulare",
            "consent": "consenso",
            "address": "indirizzo",
            "house_number": "civico",
            "municipality": "comune",
            "category": "categoria",
            "units": "unita",
        },
    ),
    "contacts": (
        "contatti",
        {
            "customer": "cod_utenza",
            "phone": "cellulare",
            "consent": "consenso",
            "name": "nome",
            "role": "ruolo",
        },
    ),
}


def sample_mapping(layer_ids: dict) -> ProjectMapping:
    """The sample's mapping; ``layer_ids`` maps each GeoPackage table to its layer id."""
    roles = {
        role: LayerMapping(layer_ids[table], dict(fields))
        for role, (table, fields) in SAMPLE_LAYERS.items()
    }
    return ProjectMapping(
        **roles,
        closed_values=["chiusa"],
        inoperable_values=["inoperabile", "guasta"],
        consent_values=["si"],
        sensitive_values=["ospedale", "dialisi", "scuola"],
        shared_meter_values=["condominio"],
    )


def table_of(layer) -> str:
    """The GeoPackage table behind a sample layer (``...gpkg|layername=condotte``)."""
    return layer.source().split("layername=")[-1].split("|")[0]
