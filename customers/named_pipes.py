"""The pieces of the pipe each customer names, and the nearest of them, for a million at once.

Most utilities keep the pipe id on the customer (``cod_condotta``), so most
customers link by field: to the nearest piece of the pipe they name. Asked one
customer at a time, that was a dictionary look-up, a list and a polyline
measure per customer; here the pipe ids become integer codes (one dictionary
pass), the pieces of each code a CSR table, and the nearest piece of each
customer's pipe a numpy pass over the vertex segments of those pieces.

Distances are measured as :func:`.linking.distance_to_polyline` measures them
(the same operations in the same order, so the same floats), and of two pieces
equally near the first in piece order wins, as it did there.
"""

from __future__ import annotations

from itertools import compress, repeat
from operator import not_

import numpy as np

from ..common.values import id_key

#: Customers measured per numpy pass: bounds the (customer, vertex segment) pairs in memory.
CHUNK = 1 << 17


def is_blank(value: object) -> bool:
    """No pipe named: None, or a value whose text is blank."""
    return value is None or str(value).strip() == ""


class NamedPipes:
    """Pipe-id codes and the pieces of each code (``pieces[offsets[c]:offsets[c + 1]]``,
    in piece order), with the vertices of every piece (``xy[first[p]:first[p + 1]]``)."""

    def __init__(self, code_of: dict, offsets: np.ndarray, pieces: np.ndarray, xy, first):
        self.code_of, self.offsets, self.pieces = code_of, offsets, pieces
        self.xy, self.first = xy, first
        self._keyed: dict | None = None  # code of each id key, made on the first miss

    @classmethod
    def of(cls, network, values) -> NamedPipes:
        """The codes of ``network``'s pipes, read as arrays from a ``trace.Network``, or asked
        pipe by pipe (``pieces_of_pipe``) of a stand-in for the customer ``values``."""
        if all(hasattr(network, name) for name in ("pipe_ids", "piece_pipe", "topology")):
            return cls._of_network(network)
        return cls._of_stand_in(network, values)

    @classmethod
    def _of_network(cls, network) -> NamedPipes:
        pipe_ids = network.pipe_ids
        # the code of an id is the position of its first pipe (several pipes may share one);
        # made reversed, so a repeated id keeps its first
        code_of = dict(zip(reversed(pipe_ids), range(len(pipe_ids) - 1, -1, -1)))
        if len(code_of) == len(pipe_ids):  # every id its own: the codes are the positions
            pipe_code = np.arange(len(pipe_ids), dtype=np.int64)
        else:
            pipe_code = np.fromiter(map(code_of.__getitem__, pipe_ids), np.int64, len(pipe_ids))
        for blank in _blank_keys(code_of):
            del code_of[blank]
        piece_code = pipe_code[np.asarray(network.piece_pipe, dtype=np.int64)]
        order = np.argsort(piece_code, kind="stable")
        offsets = np.zeros(len(pipe_ids) + 1, dtype=np.int64)
        np.cumsum(np.bincount(piece_code, minlength=len(pipe_ids)), out=offsets[1:])
        xy, first = network.topology.all_coords()
        return cls(code_of, offsets, order.astype(np.int64), xy, first)

    @classmethod
    def _of_stand_in(cls, network, values) -> NamedPipes:
        groups = {}
        for value in dict.fromkeys(values):
            pieces = () if is_blank(value) else network.pieces_of_pipe(value)
            if pieces:
                groups[value] = list(pieces)
        sizes = [len(pieces) for pieces in groups.values()]
        offsets = np.concatenate([[0], np.cumsum(sizes, dtype=np.int64)]).astype(np.int64)
        pieces = np.array([p for group in groups.values() for p in group], dtype=np.int64)
        coords = [np.asarray(piece.coords, dtype=float).reshape(-1, 2) for piece in network.pieces]
        first = np.concatenate([[0], np.cumsum([len(c) for c in coords])]).astype(np.int64)
        xy = np.concatenate(coords) if coords else np.zeros((0, 2))
        return cls(dict(zip(groups, range(len(groups)))), offsets, pieces, xy, first)

    def codes(self, values) -> np.ndarray:
        """The code of each value; -1 for a blank one or one naming no piece."""
        codes = np.fromiter(map(self.code_of.get, values, repeat(-1)), np.int64, len(values))
        self._match_keys(codes, values)
        named = codes >= 0
        empty = self.offsets[codes[named] + 1] == self.offsets[codes[named]]
        codes[np.flatnonzero(named)[empty]] = -1  # a pipe left out (out of service)
        return codes

    def _match_keys(self, codes: np.ndarray, values) -> None:
        """Fill in place the -1 of ``codes`` whose value names a pipe by its id key: a pipe
        id typed as text where the pipes hold numbers, or the other way round, or with its
        leading zeros lost ("007" names pipe 7). Only the values whose exact look-up missed."""
        missed = [row for row in np.flatnonzero(codes < 0).tolist() if not is_blank(values[row])]
        if not missed:
            return
        if self._keyed is None:
            self._keyed = {}
            for pipe_id, code in self.code_of.items():
                self._keyed.setdefault(id_key(pipe_id), code)
        for row in missed:
            codes[row] = self._keyed.get(id_key(values[row]), -1)

    def pieces_of(self, code: int) -> list[int]:
        return self.pieces[self.offsets[code] : self.offsets[code + 1]].tolist()

    def expand(self, owners: np.ndarray, codes: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """``(owner, piece)`` pairs: each owner with every piece of its code, in order."""
        counts = self.offsets[codes + 1] - self.offsets[codes]
        rank = np.arange(counts.sum(), dtype=np.int64) - np.repeat(
            np.cumsum(counts) - counts, counts
        )
        return np.repeat(owners, counts), self.pieces[np.repeat(self.offsets[codes], counts) + rank]

    def nearest(self, px, py, codes) -> tuple[np.ndarray, np.ndarray]:
        """For each point, the nearest piece of its code and the squared distance to it."""
        piece = np.zeros(len(codes), dtype=np.int64)
        squared = np.zeros(len(codes))
        for start in range(0, len(codes), CHUNK):
            part = slice(start, start + CHUNK)
            piece[part], squared[part] = self._nearest(px[part], py[part], codes[part])
        return piece, squared

    def _nearest(self, px, py, codes):
        if not len(codes):
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        owner, piece = self.expand(np.arange(len(codes), dtype=np.int64), codes)
        first = self.first
        # a piece of one vertex is one segment from that vertex to itself
        segments = np.maximum(first[piece + 1] - first[piece] - 1, 1)
        row = np.repeat(np.arange(len(piece), dtype=np.int64), segments)
        a = first[piece][row] + (
            np.arange(len(row), dtype=np.int64)
            - np.repeat(np.cumsum(segments) - segments, segments)
        )
        b = np.minimum(a + 1, first[piece + 1][row] - 1)
        d2 = _squared_distance(px[owner[row]], py[owner[row]], self.xy[a], self.xy[b])
        # rows run owner by owner, piece by piece: the first smallest is the first piece's
        starts = np.flatnonzero(np.diff(owner[row], prepend=-1))
        least = np.minimum.reduceat(d2, starts)
        rows_of = np.diff(np.append(starts, len(row)))
        hits = np.flatnonzero(d2 == np.repeat(least, rows_of))
        first_hits = hits[np.diff(owner[row][hits], prepend=-1) != 0]
        return piece[row[first_hits]], least


def _squared_distance(px, py, start, stop) -> np.ndarray:
    """Squared distance from each point to its segment, as ``distance_to_polyline`` computes it."""
    x1, y1, x2, y2 = start[:, 0], start[:, 1], stop[:, 0], stop[:, 1]
    dx, dy = x2 - x1, y2 - y1
    length2 = dx * dx + dy * dy
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(length2 == 0, 0.0, ((px - x1) * dx + (py - y1) * dy) / length2)
    t = np.maximum(0.0, np.minimum(1.0, t))
    ex, ey = x1 + t * dx - px, y1 + t * dy - py
    return ex * ex + ey * ey


def _blank_keys(keys) -> list:
    """The blank ones of ``keys``: whole-column passes for the usual text, number or null
    ids (a million calls of :func:`is_blank` cost a second)."""
    kinds = set(map(type, keys))
    if not kinds <= {int, float, str, type(None)}:
        return [key for key in keys if is_blank(key)]
    texts = list(keys) if kinds == {str} else [key for key in keys if type(key) is str]
    blanks = list(compress(texts, map(not_, map(str.strip, texts))))
    return blanks + [None] * (None in keys)
