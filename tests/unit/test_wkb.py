"""Bulk WKB reading (gis/wkb.py) on hand-made WKB: every dimension, both byte orders.

The expected coordinates are the ones written into the WKB, so a parser
that skipped Z/M values wrongly, misread a header or mixed up parts fails.
"""

from __future__ import annotations

import math
import struct

import numpy as np
import pytest
from water_outage_notifier.gis.wkb import (
    LINESTRING,
    multilinestring_wkb,
    read_lines,
    read_points,
)
from water_outage_notifier.trace import NetworkSettings, PipeInput, ValveInput, build_network


def linestring_wkb(coords) -> bytes:
    """Little-endian ISO WKB of a 2D LineString through ``(x, y)`` pairs."""
    xy = np.asarray(coords, dtype="<f8").reshape(-1, 2)
    return struct.pack("<BII", 1, LINESTRING, len(xy)) + xy.tobytes()


# ISO offsets and EWKB flags for Z, M, ZM
DIMENSIONS = {
    "": (0, 0),
    "Z": (1000, 0x80000000),
    "M": (2000, 0x40000000),
    "ZM": (3000, 0xC0000000),
}


def _code(base, dims, ewkb):
    iso, flags = DIMENSIONS[dims]
    return base | flags if ewkb else base + iso


def _vertex(x, y, dims, order):
    extra = [7.5] * len(dims)  # Z and/or M values that must be skipped
    return struct.pack(order + "d" * (2 + len(extra)), x, y, *extra)


def line_wkb(points, dims="", big=False, ewkb=False):
    order = ">" if big else "<"
    head = struct.pack(order + "BII", 0 if big else 1, _code(2, dims, ewkb), len(points))
    return head + b"".join(_vertex(x, y, dims, order) for x, y in points)


def multiline_wkb(lines, dims="", big=False, ewkb=False):
    order = ">" if big else "<"
    head = struct.pack(order + "BII", 0 if big else 1, _code(5, dims, ewkb), len(lines))
    return head + b"".join(line_wkb(line, dims, big, ewkb) for line in lines)


def point_wkb(x, y, dims="", big=False, ewkb=False):
    order = ">" if big else "<"
    head = struct.pack(order + "BI", 0 if big else 1, _code(1, dims, ewkb))
    return head + _vertex(x, y, dims, order)


def as_parts(lines, feature):
    """The parts of one input geometry as lists of (x, y)."""
    out = []
    for k in np.flatnonzero(lines.part_feature == feature).tolist():
        xy = lines.xy[lines.part_start[k] : lines.part_start[k + 1]]
        out.append([tuple(v) for v in xy.tolist()])
    return out


A = [(1.25, 2.5), (3.0, -4.0), (1e6, 5e6)]
B = [(-7.0, 8.0), (9.5, 10.0)]


@pytest.mark.parametrize("dims", ["", "Z", "M", "ZM"])
@pytest.mark.parametrize("big", [False, True])
@pytest.mark.parametrize("ewkb", [False, True])
def test_lines_in_every_dimension_and_byte_order(dims, big, ewkb):
    blobs = [
        line_wkb(A, dims, big, ewkb),
        multiline_wkb([B], dims, big, ewkb),
        multiline_wkb([A, B], dims, big, ewkb),
    ]
    lines = read_lines(blobs)
    assert lines.unreadable == []
    assert as_parts(lines, 0) == [A]
    assert as_parts(lines, 1) == [B]
    assert as_parts(lines, 2) == [A, B]


def test_null_empty_and_unreadable_lines_keep_the_others_in_place():
    circular = struct.pack("<BII", 1, 8, 3) + b"\0" * 48  # CircularString
    blobs = [
        b"",  # null geometry
        line_wkb(A),
        line_wkb([]),  # empty line: one part without vertices
        circular,
        line_wkb(A)[:-4],  # truncated
        multiline_wkb([]),  # empty multi: no part
        multiline_wkb([B, A], dims="Z"),
        bytearray(line_wkb(B)),
    ]
    lines = read_lines(blobs)
    assert lines.unreadable == [3, 4]
    assert as_parts(lines, 0) == []
    assert as_parts(lines, 1) == [A]
    assert as_parts(lines, 2) == [[]]
    assert as_parts(lines, 5) == []
    assert as_parts(lines, 6) == [B, A]
    assert as_parts(lines, 7) == [B]
    assert list(lines.part_feature) == sorted(lines.part_feature)


def test_no_geometry_at_all():
    lines = read_lines([])
    assert lines.xy.shape == (0, 2) and list(lines.part_start) == [0]
    xy, unreadable = read_points([b"", b""])
    assert np.isnan(xy).all() and unreadable == []


@pytest.mark.parametrize("dims", ["", "Z", "M", "ZM"])
@pytest.mark.parametrize("big", [False, True])
def test_points_and_multipoints(dims, big):
    order = ">" if big else "<"
    code = _code(4, dims, False)
    multi = struct.pack(order + "BII", 0 if big else 1, code, 2)
    multi += point_wkb(5.0, 6.0, dims, big) + point_wkb(7.0, 8.0, dims, big)
    empty_multi = struct.pack(order + "BII", 0 if big else 1, code, 0)
    blobs = [point_wkb(1.5, -2.5, dims, big), b"", multi, empty_multi, line_wkb(A)]
    xy, unreadable = read_points(blobs)
    assert xy[0].tolist() == [1.5, -2.5]
    assert xy[2].tolist() == [5.0, 6.0]  # the first point of a multipoint
    assert all(math.isnan(v) for v in xy[[1, 3, 4]].ravel())
    assert unreadable == [4]


def test_written_linestring_reads_back():
    blob = linestring_wkb(A)
    assert as_parts(read_lines([blob]), 0) == [A]


def test_many_lines_written_at_once_as_the_parts_of_one_multilinestring():
    lines = [A, [], B, A[:2]]
    first = np.cumsum([0] + [len(line) for line in lines])
    xy = np.asarray([xy for line in lines for xy in line])
    blob = multilinestring_wkb(xy, first)
    assert blob == struct.pack("<BII", 1, 5, 4) + b"".join(map(linestring_wkb, lines))
    assert as_parts(read_lines([blob]), 0) == lines
    assert as_parts(read_lines([multilinestring_wkb(xy, first[2:])]), 0) == lines[2:], (
        "lines may start past the first vertex"
    )
    assert multilinestring_wkb(np.zeros((0, 2)), [0]) == struct.pack("<BII", 1, 5, 0)


def test_every_piece_of_a_network_written_at_once_reads_back_as_its_coords():
    # P1 is cut twice by mid-span valves, P2 is a two-part pipe, P3 stays whole
    pipes = [
        PipeInput(1, "P1", [[(0.0, 0.0), (10.0, 0.0), (10.0, 10.0)]]),
        PipeInput(2, "P2", [[(10.0, 10.0), (20.0, 10.0)], [(20.0, 10.0), (20.0, 30.0)]]),
        PipeInput(3, "P3", [[(0.0, 0.0), (-5.0, 0.0)]]),
    ]
    valves = [ValveInput(1, "V1", (4.0, 0.0), "open"), ValveInput(2, "V2", (10.0, 6.0), "open")]
    network = build_network(pipes, valves, [], NetworkSettings())
    read = read_lines([multilinestring_wkb(*network.topology.all_coords())])
    assert as_parts(read, 0) == [list(piece.coords) for piece in network.pieces]
    assert len(network.pieces_of_pipe("P1")) == 3
