"""Read line and point coordinates out of WKB in bulk, with no Python object per vertex.

Reading a big pipe layer vertex by vertex through ``QgsPointXY`` objects cost
more than building the network itself. QGIS hands each geometry over in one
call as WKB (``QgsGeometry.asWkb``); here the headers are read in one pass
and every coordinate is then copied out with numpy at once. Z and M values
are skipped: the trace works in plan.

No QGIS import: it is tested on hand-made WKB, and against QGIS's own
reading in the QGIS tests.
"""

from __future__ import annotations

import struct
from collections.abc import Sequence
from struct import unpack_from
from typing import NamedTuple

import numpy as np

POINT, LINESTRING, MULTIPOINT, MULTILINESTRING = 1, 2, 4, 5
_EWKB_Z, _EWKB_M, _EWKB_SRID = 0x80000000, 0x40000000, 0x20000000


class Lines(NamedTuple):
    """The parts of many (multi)line geometries, flattened.

    Part ``k`` belongs to geometry ``part_feature[k]`` (its position in the
    input) and has the vertices ``xy[part_start[k]:part_start[k + 1]]``.
    ``unreadable`` lists the geometries that are not (multi)linestrings, such
    as curves, or whose WKB is damaged; they have no part here.
    """

    part_feature: np.ndarray
    part_start: np.ndarray
    xy: np.ndarray
    unreadable: list[int]


class _Unreadable(Exception):
    pass


def read_lines(blobs: Sequence) -> Lines:
    """Parts and vertices of LineString/MultiLineString WKB (2D, Z, M, ZM; ISO or EWKB codes).

    An empty blob (a null geometry) or an empty line gives no part.
    """
    buf, start, size = _joined(blobs)
    fast = _usual_lines(buf, start, size)
    feature = np.flatnonzero(fast[0])
    runs = [array[feature] for array in fast[1:]]
    others = np.flatnonzero(~fast[0] & (size > 0)).tolist()
    odd_feature, odd_runs, unreadable = [], [], []
    for index in others:
        try:
            parts = _line_parts(buf, int(start[index]), int(start[index] + size[index]))
        except (_Unreadable, struct.error):
            unreadable.append(index)
        else:
            odd_feature.extend([index] * len(parts))
            odd_runs.extend(parts)
    if odd_runs:
        feature = np.concatenate([feature, odd_feature])
        runs = [np.concatenate([a, b]) for a, b in zip(runs, _columns(odd_runs))]
        order = np.argsort(feature, kind="stable")
        feature, runs = feature[order], [a[order] for a in runs]
    part_start = np.concatenate([[0], np.cumsum(runs[1])]).astype(np.int64)
    return Lines(feature.astype(np.int64), part_start, _gather(buf, *runs), unreadable)


def read_points(blobs: Sequence) -> tuple[np.ndarray, list[int]]:
    """``(x, y)`` of each Point (first point of a MultiPoint) as an (n, 2) array.

    Null and empty geometries give NaN. The second value lists the geometries
    that are not points or whose WKB is damaged (NaN as well).
    """
    buf, start, size = _joined(blobs)
    code, dims = _code(buf, start, size)
    fast = (code % 1000 == POINT) & (size == 5 + 8 * dims)
    found = np.flatnonzero(fast)
    runs = [start[found] + 5, np.ones(len(found), dtype=np.int64), dims[found], 0 * found]
    odd_found, odd_runs, unreadable = [], [], []
    for index in np.flatnonzero(~fast & (size > 0)).tolist():
        try:
            point = _first_point(buf, int(start[index]), int(start[index] + size[index]))
        except (_Unreadable, struct.error):
            unreadable.append(index)
        else:
            if point is not None:
                odd_found.append(index)
                odd_runs.append(point)
    if odd_runs:
        found = np.concatenate([found, odd_found]).astype(np.int64)
        runs = [np.concatenate([a, b]) for a, b in zip(runs, _columns(odd_runs))]
    xy = np.full((len(blobs), 2), np.nan)
    xy[found] = _gather(buf, *runs)
    return xy, unreadable


def _joined(blobs: Sequence):
    """All blobs in one buffer, with the start and size of each."""
    size = np.fromiter(map(len, blobs), dtype=np.int64, count=len(blobs))
    return b"".join(blobs), np.cumsum(size) - size, size


def _columns(runs) -> list[np.ndarray]:
    return [np.asarray(column, dtype=np.int64) for column in zip(*runs)]


def _uint32(octets: np.ndarray, at: np.ndarray) -> np.ndarray:
    """Little-endian unsigned 32-bit integers at byte positions ``at`` (clipped in range)."""
    at = np.clip(at, 0, max(len(octets) - 4, 0))
    # the four bytes of each as one (n, 4) gather, read as little-endian words
    picked = octets[np.minimum(at[:, None] + np.arange(4), len(octets) - 1)]
    return picked.view("<u4").ravel().astype(np.int64)


def _code(buf, start: np.ndarray, size: np.ndarray):
    """ISO geometry code (-1 when not little-endian ISO) and dimensions of each blob."""
    octets = np.frombuffer(buf, dtype=np.uint8)
    if not len(octets):
        return np.full(len(start), -1, dtype=np.int64), np.full(len(start), 2, dtype=np.int64)
    code = _uint32(octets, start + 1)
    iso = (size >= 5) & (octets[np.minimum(start, len(octets) - 1)] == 1) & (code < 4000)
    code = np.where(iso, code, -1)
    thousands = code // 1000
    dims = 2 + np.isin(thousands, (1, 3)) + np.isin(thousands, (2, 3))
    return code, dims.astype(np.int64)


def _usual_lines(buf, start: np.ndarray, size: np.ndarray):
    """Which blobs are the usual shapes, read at once: a little-endian ISO LineString,
    or a MultiLineString of one part; with the ``(offset, vertices, dimensions, big)`` run."""
    octets = np.frombuffer(buf, dtype=np.uint8)
    code, dims = _code(buf, start, size)
    single = code % 1000 == LINESTRING
    count = _uint32(octets, start + 5)
    single &= size == 9 + 8 * dims * count
    multi = (code % 1000 == MULTILINESTRING) & (count == 1) & (size >= 18)
    inner, _ = _code(buf, start + 9, size - 9)
    inner_count = _uint32(octets, start + 14)
    multi &= (inner == code - 3) & (size == 18 + 8 * dims * inner_count)
    offset = start + np.where(multi, 18, 9)
    return single | multi, offset, np.where(multi, inner_count, count), dims, 0 * start


def _header(buf, at: int) -> tuple[str, int, int]:
    """Byte order prefix for struct, base geometry type and number of dimensions."""
    order = buf[at]
    if order not in (0, 1):
        raise _Unreadable
    prefix = "<" if order == 1 else ">"
    (code,) = unpack_from(prefix + "I", buf, at + 1)
    if code & _EWKB_SRID:
        raise _Unreadable  # PostGIS EWKB with an SRID: QGIS never hands it over
    dims = 2 + bool(code & _EWKB_Z) + bool(code & _EWKB_M)
    thousands, base = divmod(code & 0x0FFFFFFF, 1000)
    if thousands > 3:
        raise _Unreadable
    dims += thousands in (1, 3)  # ISO Z
    dims += thousands in (2, 3)  # ISO M
    return prefix, base, dims


def _linestring(buf, at: int, end: int) -> tuple[tuple[int, int, int, bool], int]:
    """One LineString's ``(offset, vertices, dimensions, big endian)`` and where it stops."""
    prefix, base, dims = _header(buf, at)
    if base != LINESTRING:
        raise _Unreadable
    (count,) = unpack_from(prefix + "I", buf, at + 5)
    stop = at + 9 + 8 * dims * count
    if stop > end:
        raise _Unreadable
    return (at + 9, count, dims, prefix == ">"), stop


def _line_parts(buf, at: int, end: int) -> list:
    prefix, base, _dims = _header(buf, at)
    if base == LINESTRING:
        return [_linestring(buf, at, end)[0]]
    if base != MULTILINESTRING:
        raise _Unreadable
    (count,) = unpack_from(prefix + "I", buf, at + 5)
    parts, at = [], at + 9
    for _ in range(count):
        part, at = _linestring(buf, at, end)
        parts.append(part)
    return parts


def _first_point(buf, at: int, end: int):
    """``(offset, 1, dimensions, big endian)`` of the first point; None when empty."""
    prefix, base, dims = _header(buf, at)
    if base == MULTIPOINT:
        (count,) = unpack_from(prefix + "I", buf, at + 5)
        if count == 0:
            return None
        at += 9
        prefix, base, dims = _header(buf, at)
    if base != POINT or at + 5 + 8 * dims > end:
        raise _Unreadable
    return (at + 5, 1, dims, prefix == ">")  # an empty point is NaN, NaN in WKB


def _gather(buf, offset, count, dims, big) -> np.ndarray:
    """The x, y of every vertex of the runs (``offset``, ``count`` vertices of ``dims``
    doubles, ``big`` endian) in ``buf``.

    Runs start at any byte, so ``buf`` is seen as doubles from each of the
    eight possible starting bytes (views, not copies) and every vertex is
    read from the view its run is aligned with.
    """
    total = int(np.sum(count))
    if not total:
        return np.zeros((0, 2))
    first = np.cumsum(count) - count
    rank = np.arange(total, dtype=np.int64) - np.repeat(first, count)
    byte = np.repeat(offset, count) + rank * np.repeat(8 * dims, count)
    key = byte % 8 + 8 * np.repeat(big, count)
    xy = np.empty((total, 2))
    for k in np.flatnonzero(np.bincount(key)).tolist():  # 16 keys at most: no sort
        shift = k % 8
        doubles = np.frombuffer(
            buf, dtype=">f8" if k >= 8 else "<f8", count=(len(buf) - shift) // 8, offset=shift
        )
        chosen = key == k
        index = (byte[chosen] - shift) // 8
        xy[chosen, 0] = doubles[index]
        xy[chosen, 1] = doubles[index + 1]
    return xy


_LINE_HEADER = np.dtype([("order", "u1"), ("code", "<u4"), ("count", "<u4")])  # 9 bytes, packed


def multilinestring_wkb(xy: np.ndarray, first) -> bytes:
    """Little-endian ISO WKB of one 2D MultiLineString whose part ``i`` runs through
    ``xy[first[i]:first[i + 1]]``.

    Written in one numpy pass (every header and vertex into one buffer) for
    QGIS to parse in one call and split into its parts
    (``asGeometryCollection``): a ``struct`` call and a ``fromWkb`` call per
    pipe piece were a large share of writing a whole network.
    """
    first = np.asarray(first, dtype=np.int64)
    count = np.diff(first)
    header = np.zeros(len(count) + 1, dtype=_LINE_HEADER)
    header["order"] = 1
    header["code"] = [MULTILINESTRING] + [LINESTRING] * len(count)
    header["count"] = np.concatenate([[len(count)], count])
    size = 9 + np.concatenate([[0], 16 * count])
    is_header = np.zeros(int(np.sum(size)), dtype=bool)
    is_header[((np.cumsum(size) - size)[:, None] + np.arange(9)).ravel()] = True
    out = np.empty(len(is_header), dtype=np.uint8)
    out[is_header] = header.view(np.uint8)
    vertices = np.ascontiguousarray(xy[first[0] : first[-1]], dtype="<f8")
    out[~is_header] = vertices.view(np.uint8).ravel()
    return out.tobytes()
