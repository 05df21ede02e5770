"""A small network whose hydraulic answer is known, as GIS pipes and as an EPANET model.

A reservoir R1 feeds J1; the main P2-P3 carries water east to a zone (J3,
J4). A long, narrow pipe P5 (4 km, 100 mm) also joins J1 to J4. Closing P3
(between the valves V1 and V2) leaves the zone fed through P5 alone: at
the peak hour (pattern factor 1.0) it falls well below 15 m, while at the
model's start (factor 0.5) it only loses about a fifth of its pressure. P6
(valve V3) feeds a dead end P7 (valve V4): closing P6 leaves P7 without water.

The GIS splits the model's link P3 at its valves: P3a (J2 to V1), P3 (V1
to V2) and P3b (V2 to J3); P3a and P3b are not in the model, as a GIS
often holds pieces a model joins. P6 and P7 have mid-span valves.
Coordinates are metres; the GIS lengths need not be the model's.
"""

from __future__ import annotations

INP = """\
[TITLE]
A zone fed through one long small pipe after the closure

[JUNCTIONS]
;ID   Elev  Demand
J1    0     0
J2    0     2
J3    0     3
J4    0     3
J6    0     1
J7    0     1

[RESERVOIRS]
;ID   Head
R1    60

[PIPES]
;ID  Node1  Node2  Length  Diameter  Roughness  MinorLoss  Status
P1   R1     J1     100     400       120        0          Open
P2   J1     J2     500     300       120        0          Open
P3   J2     J3     500     300       120        0          Open
P4   J3     J4     500     200       120        0          Open
P5   J1     J4     4000    100       100        0          Open
P6   J2     J6     300     150       120        0          Open
P7   J6     J7     300     100       120        0          Open

[PATTERNS]
;ID   Multipliers (one an hour)
DAY   0.5  0.6  1.0  0.7

[OPTIONS]
Units      LPS
Headloss   H-W
Pattern    DAY

[TIMES]
Duration          24:00
Pattern Timestep  1:00

[END]
"""

#: The peak of the DAY pattern is its third hour.
PEAK_SECONDS = 2 * 3600

NODES = {
    "R1": (0.0, 0.0),
    "J1": (100.0, 0.0),
    "J2": (600.0, 0.0),
    "J3": (1100.0, 0.0),
    "J4": (1600.0, 0.0),
    "J6": (600.0, -300.0),
    "J7": (600.0, -600.0),
}
#: GIS pipes: id -> polyline through node names and plain points.
PIPES = {
    "P1": ["R1", "J1"],
    "P2": ["J1", "J2"],
    "P3a": ["J2", (620.0, 0.0)],
    "P3": [(620.0, 0.0), (1080.0, 0.0)],
    "P3b": [(1080.0, 0.0), "J3"],
    "P4": ["J3", "J4"],
    "P5": ["J1", (100.0, 800.0), (1600.0, 800.0), "J4"],
    "P6": ["J2", "J6"],
    "P7": ["J6", "J7"],
}
#: Valves: id -> point (V1, V2 where P3 meets P3a and P3b; V3, V4 mid-span).
VALVES = {
    "V1": (620.0, 0.0),
    "V2": (1080.0, 0.0),
    "V3": (600.0, -20.0),
    "V4": (600.0, -320.0),
}
SOURCES = {"R1": NODES["R1"]}
#: Customers: id -> (pipe id, point).
CUSTOMERS = {
    "U-zone-3": ("P4", (1300.0, 5.0)),
    "U-zone-4": ("P4", (1500.0, 5.0)),
    "U-main": ("P2", (400.0, 5.0)),
    "U-dead-end": ("P7", (600.0, -500.0)),
}


def polyline(pipe_id: str) -> list:
    return [NODES[p] if isinstance(p, str) else p for p in PIPES[pipe_id]]


def write_inp(folder, name: str = "zone.inp", text: str = INP) -> str:
    """Write the model (or ``text``) to ``folder``; return its path."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)
