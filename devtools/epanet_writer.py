"""Write an EPANET input file (``.inp``) from plain lists, deterministically.

For models generated from a network the repository already has (the
benchmark's grid, the sample town): the same lists always give the same
bytes, so a committed model can be checked against its generator.
"""

from __future__ import annotations

from typing import NamedTuple


class Junction(NamedTuple):
    node_id: str
    elevation: float
    demand: float  # litres per second, before the pattern
    xy: tuple


class Reservoir(NamedTuple):
    node_id: str
    head: float
    xy: tuple


class Pipe(NamedTuple):
    link_id: str
    node1: str
    node2: str
    length: float
    diameter: float  # millimetres
    roughness: float  # Hazen-Williams C
    status: str = "Open"


def inp_text(
    title: str,
    junctions: list,
    reservoirs: list,
    pipes: list,
    pattern: tuple = (),
    pattern_step: str = "1:00",
) -> str:
    """The whole ``.inp`` file: LPS, Hazen-Williams, one demand pattern named ``DAY``."""
    lines = ["[TITLE]", title, "", "[JUNCTIONS]", ";ID\tElev\tDemand"]
    lines += [f"{j.node_id}\t{j.elevation:.2f}\t{j.demand:.4f}" for j in junctions]
    lines += ["", "[RESERVOIRS]", ";ID\tHead"]
    lines += [f"{r.node_id}\t{r.head:.2f}" for r in reservoirs]
    lines += ["", "[PIPES]", ";ID\tNode1\tNode2\tLength\tDiameter\tRoughness\tMinorLoss\tStatus"]
    lines += [
        f"{p.link_id}\t{p.node1}\t{p.node2}\t{p.length:.2f}\t{p.diameter:g}\t{p.roughness:g}\t0\t"
        f"{p.status}"
        for p in pipes
    ]
    if pattern:
        lines += ["", "[PATTERNS]", ";ID\tMultipliers"]
        for start in range(0, len(pattern), 6):
            chunk = "\t".join(f"{f:.2f}" for f in pattern[start : start + 6])
            lines.append(f"DAY\t{chunk}")
    lines += ["", "[OPTIONS]", "Units\tLPS", "Headloss\tH-W"]
    if pattern:
        lines.append("Pattern\tDAY")
    lines += ["", "[TIMES]", "Duration\t24:00", f"Pattern Timestep\t{pattern_step}"]
    lines += ["", "[COORDINATES]", ";Node\tX\tY"]
    lines += [f"{n.node_id}\t{n.xy[0]:.3f}\t{n.xy[1]:.3f}" for n in (*junctions, *reservoirs)]
    lines += ["", "[END]", ""]
    return "\n".join(lines)
