"""Plain input shapes for the trace, filled by the GIS adapters from mapped layers.

They carry ids as the user wrote them (``pipe_id``, ``valve_id``) and the
QGIS feature id (``fid``) so that every warning and every result can be
zoomed to and selected, without the trace ever touching a QgsFeature.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Callable, Union

from ..common.columns import ColumnRows
from ..common.values import attribute_text

Point = tuple[float, float]
Polyline = Sequence[Point]
FeatureId = Union[str, int]

OPERABLE = 0
CLOSED = 1
INOPERABLE = 2
CHECK = 3  # non-return valve: never closed by the crew, lets water pass one way only

#: Pipe status values meaning "out of service" (compared trimmed, ignoring case): the
#: usual English and Italian words. Used only when a pipe status field is mapped.
OUT_OF_SERVICE_VALUES = (
    "abandoned",
    "disused",
    "decommissioned",
    "out of service",
    "inactive",
    "dismessa",
    "dismesso",
    "abbandonata",
    "abbandonato",
    "fuori servizio",
    "fuori esercizio",
    "non in esercizio",
    "disattivata",
    "disattivato",
)

#: Valve types that shut a pipe (compared trimmed, ignoring case): gate, butterfly, ball and
#: plug valves in English and Italian. Any other type (air valve, pressure reducer, hydrant
#: branch, drain ...) is an open joint. Used only when a valve type field is mapped.
ISOLATING_TYPES = (
    "gate",
    "gate valve",
    "sluice",
    "sluice valve",
    "butterfly",
    "butterfly valve",
    "ball",
    "ball valve",
    "plug",
    "plug valve",
    "isolating",
    "isolation valve",
    "saracinesca",
    "valvola a saracinesca",
    "farfalla",
    "a farfalla",
    "valvola a farfalla",
    "sfera",
    "a sfera",
    "valvola a sfera",
    "maschio",
    "valvola a maschio",
    "sezionamento",
    "valvola di sezionamento",
)


@dataclass(frozen=True)
class PipeInput:
    """A pipe feature; ``parts`` is empty for a null or empty geometry.

    ``status`` is the raw value of the mapped status field (None when unmapped
    or null); a value in ``NetworkSettings.out_of_service_values`` leaves the
    pipe out of the network.
    """

    fid: int
    pipe_id: FeatureId
    parts: Sequence[Polyline]
    status: Any = None


@dataclass(frozen=True)
class PipeArrays:
    """Many pipes as flat arrays: the input for big layers, with no Python object per vertex.

    ``fids`` and ``pipe_ids`` hold one entry per pipe. Part ``k`` belongs to
    pipe ``part_pipe[k]`` and has the vertices ``xy[part_start[k]:part_start[k + 1]]``
    of the ``(n, 2)`` float array ``xy``. A pipe with no part is a null or
    empty geometry. ``statuses`` holds one raw status value per pipe, or is
    None when no status field is mapped. :func:`build_network` takes it
    instead of a list of :class:`PipeInput`, with the same meaning and the
    same warnings.
    """

    fids: Sequence[int]
    pipe_ids: Sequence[FeatureId]
    part_pipe: Any
    part_start: Any
    xy: Any
    statuses: Sequence[Any] | None = None


@dataclass(frozen=True)
class ValveInput:
    """A valve feature; ``state`` and ``valve_type`` are raw attribute values (None when null).

    ``valve_type`` is read from the mapped type field; a type not in
    ``NetworkSettings.isolating_types`` makes the valve an open joint.
    """

    fid: int
    valve_id: FeatureId
    point: Point | None
    state: Any = None
    valve_type: Any = None


#: :class:`ValveInput`'s fields, in the order it takes them: the columns of valves kept as
#: a :class:`~..common.columns.ColumnRows` (the readers' form, and the model cache's).
VALVE_FIELDS = ("fid", "valve_id", "point", "state", "valve_type")


def valve_column(valves: Sequence[ValveInput], name: str) -> list:
    """One field (not the point) of every valve: the column itself of valves kept as
    columns, else gathered record by record."""
    if isinstance(valves, ColumnRows):
        return valves.columns[VALVE_FIELDS.index(name)]
    return [getattr(valve, name) for valve in valves]


@dataclass(frozen=True)
class SourceInput:
    """A tank, reservoir, well, plant or inlet from another network.

    ``point`` is where the source is shown (zoomed to, drawn among the sources
    to shut): its point, a multipoint's first point, a point inside a
    footprint; None for a feature with no geometry. A source drawn as several
    points (a well field kept as one multipoint) lists them all in ``points``,
    each the same source. A source drawn as its footprint (a tank's or a
    plant's polygon) gives its rings in ``area`` (outer rings and holes of
    every polygon); it feeds the pipes that end in it (:mod:`.source_areas`).
    """

    fid: int
    source_id: FeatureId
    point: Point | None
    points: tuple[Point, ...] = ()
    area: tuple[Polyline, ...] = ()


@dataclass(frozen=True)
class NetworkSettings:
    """How the layers are read: snapping distance (layer units), state, status and type values.

    ``check_values`` name the non-return (check) valves; it is empty by
    default, so a network has none unless the user maps a value.
    ``out_of_service_values`` and ``isolating_types`` only matter for pipes
    with a status and valves with a type (null values: in service, isolating).
    """

    tolerance: float = 0.01
    closed_values: tuple[str, ...] = ("closed",)
    inoperable_values: tuple[str, ...] = ("broken", "inoperable")
    check_values: tuple[str, ...] = ()
    out_of_service_values: tuple[str, ...] = OUT_OF_SERVICE_VALUES
    isolating_types: tuple[str, ...] = ISOLATING_TYPES

    def state_classifier(self) -> Callable[[Any], int | None]:
        """A function giving OPERABLE, CLOSED, INOPERABLE or CHECK; None for a null or blank state.

        Matching ignores case and surrounding spaces because the values are
        typed by hand in the field survey forms. A value listed twice counts
        as closed first, then inoperable, then check. Answers are memoised: a
        valve layer holds a handful of distinct state values.
        """
        closed = {_fold(v) for v in self.closed_values}
        inoperable = {_fold(v) for v in self.inoperable_values}
        check = {_fold(v) for v in self.check_values}
        known: dict[Any, int | None] = {}

        def classify(raw: Any) -> int | None:
            key = (type(raw), raw)
            if key not in known:
                text = "" if raw is None else _fold(raw)
                if not text or text == "null":
                    known[key] = None
                elif text in closed:
                    known[key] = CLOSED
                elif text in inoperable:
                    known[key] = INOPERABLE
                else:
                    known[key] = CHECK if text in check else OPERABLE
            return known[key]

        return classify

    def out_of_service(self) -> Callable[[Any], bool]:
        """A function telling whether a raw pipe status means out of service (memoised)."""
        return _member_test(self.out_of_service_values, default=False)

    def isolating(self) -> Callable[[Any], bool]:
        """A function telling whether a raw valve type shuts a pipe; a null type counts as one."""
        return _member_test(self.isolating_types, default=True)


def _member_test(values, default: bool) -> Callable[[Any], bool]:
    """``raw -> folded raw in values``; null or blank raw values give ``default``."""
    wanted = {_fold(v) for v in values}
    known: dict[Any, bool] = {}

    def test(raw: Any) -> bool:
        key = (type(raw), raw)
        if key not in known:
            text = "" if raw is None else _fold(raw)
            known[key] = default if not text or text == "null" else text in wanted
        return known[key]

    return test


def is_blank(raw: Any) -> bool:
    """A null, empty or 'NULL' attribute value (as typed in survey forms)."""
    return raw is None or _fold(raw) in ("", "null")


def _fold(value: Any) -> str:
    return attribute_text(value).casefold()


class TraceCanceled(Exception):
    """The user canceled building the network model."""


class ProgressGuard:
    """Report progress and stop promptly when the user cancels.

    ``progress`` is any object with ``set_progress(percent)`` and
    ``is_canceled()`` (a QgsProcessingFeedback or QgsFeedback fits), or None.
    """

    def __init__(self, progress: Any = None):
        self._progress = progress

    def step(self, percent: float) -> None:
        """Publish ``percent`` and raise :class:`TraceCanceled` if canceled."""
        if self._progress is None:
            return
        if self._progress.is_canceled():
            raise TraceCanceled("building the network model was canceled")
        self._progress.set_progress(float(percent))
