"""Where the "still no water" replies come from: counted per valve segment, clusters flagged.

After the water-back notice a customer may answer "1": the water is still
not back. One such reply is often the customer's own trouble (a stopcock
shut in the house, air in the meter); replies from two or more numbers on
one valve segment point at the network, most often at a valve of that
segment's boundary the crew left shut after the work. So:

- each replying number is followed to the customers the water-back notice
  was sent to for it (the intervention's recipients, as the notify path
  matched them), each customer to the pipe pieces it is linked to (the
  customer index of the model), each piece to its valve segment (the
  segments ``outage:segments`` draws);
- per segment: the numbers that replied, their customers there, and the
  customers of the segment told the water was back (the share is replying
  customers over warned customers);
- a segment with at least ``min_replies`` replying numbers (2 by default:
  two households that do not know each other) is a **cluster**, the code
  ``possible_valve_left_shut``, with the valves the crew would check: the
  operable valves bounding the segment, those the work closed first (a
  normally closed valve is shut by design and left out).

A number is counted once however often it answers, and once in each segment
where it has a customer (two customers on one number count as two
customers, one reply). Numbers whose customers are no longer known
(``unmatched``: not among the water-back recipients with a customer, or the
customer gone from the layer) and customers on no pipe of the model
(``unplaced``) are counted apart: they say something, but not where.
Codes and numbers only; the adapters say them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..common.vocabulary import REPLY_NO_WATER, WATER_BACK
from ..store.replies import Replies, Reply
from ..trace.inputs import OPERABLE
from .request import Services

#: Replying numbers on one segment that make a cluster (see the module).
DEFAULT_MIN_REPLIES = 2

#: The finding of a cluster, and of replies that cannot be placed.
VALVE_LEFT_SHUT = "possible_valve_left_shut"
REPLIES_UNMATCHED = "replies_unmatched"
REPLIES_UNPLACED = "replies_unplaced"


@dataclass(frozen=True)
class Finding:
    """What the replies say, as a code and its parameters (the adapters word it)."""

    code: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class SegmentReplies:
    """The "1" replies of one valve segment."""

    segment_id: int
    numbers: int  # distinct numbers that answered "1"
    customers: int  # their customers on this segment
    warned: int  # customers of this segment told the water was back
    valves: tuple  # ids of the operable valves bounding it, those the work closed first
    closed_by_work: tuple  # of which the work's valves to close
    pieces: tuple[int, ...]  # the segment's pipe pieces (its geometry)
    cluster: bool

    def finding(self, work_valves: tuple = ()) -> Finding | None:
        """``possible_valve_left_shut`` for a cluster, None otherwise.

        Which valves first: those of the segment the work closed; else, when the
        work closed others (the segment was cut off from upstream), those.
        """
        if not self.cluster:
            return None
        if self.closed_by_work:
            why = "closed_by_work"
        else:
            why = "upstream" if work_valves else "boundary"
        return Finding(
            VALVE_LEFT_SHUT,
            {
                "segment_id": self.segment_id,
                "replies": self.numbers,
                "customers": self.customers,
                "warned": self.warned,
                "valves": list(self.valves),
                "closed_by_work": list(self.closed_by_work),
                "work_valves": list(work_valves),
                "why": why,
            },
        )

    @property
    def share(self) -> float:
        """Replying customers over warned customers of the segment (0 when none was warned)."""
        return self.customers / self.warned if self.warned else 0.0


@dataclass(frozen=True)
class ReplyMap:
    """The replies of one intervention per segment, and what could not be placed."""

    reference: str
    segments: tuple[SegmentReplies, ...]  # most replies first
    replies: int  # distinct numbers that answered "1"
    unmatched: int  # of which with no customer known
    unplaced: int  # of which with customers on no pipe of the model
    min_replies: int = DEFAULT_MIN_REPLIES
    work_valves: tuple = ()  # ids of the valves the work closed

    @property
    def clusters(self) -> tuple[SegmentReplies, ...]:
        return tuple(s for s in self.segments if s.cluster)

    def findings(self) -> list[Finding]:
        """A cluster per segment, then the numbers that could not be placed."""
        found = [s.finding(self.work_valves) for s in self.clusters]
        if self.unmatched:
            found.append(Finding(REPLIES_UNMATCHED, {"count": self.unmatched}))
        if self.unplaced:
            found.append(Finding(REPLIES_UNPLACED, {"count": self.unplaced}))
        return found


def map_replies(
    reference: str,
    no_water: Iterable[Reply],
    warned: Iterable,
    index,
    network,
    closed_valves: Iterable = (),
    min_replies: int = DEFAULT_MIN_REPLIES,
) -> ReplyMap:
    """Count ``no_water`` replies per segment of ``network`` (see the module).

    ``warned`` are the water-back recipients (``RecipientState``: phone and
    customer ids), ``index`` the model's ``CustomerIndex`` (None: no customers
    mapped, every number unmatched), ``closed_valves``
    the ids of the valves the work closed.
    """
    customers_of = {r.phone: tuple(r.customer_ids) for r in warned}
    wanted = {c for ids in customers_of.values() for c in ids}
    pieces_of = index.pieces_of_ids(wanted) if index is not None else {}
    segments_of = {
        customer: {network.piece_segment[p] for p in pieces}
        for customer, pieces in pieces_of.items()
    }
    warned_in: dict[int, int] = defaultdict(int)
    for segments in segments_of.values():
        for segment in segments:
            warned_in[segment] += 1
    numbers_in: dict[int, set] = defaultdict(set)
    customers_in: dict[int, set] = defaultdict(set)
    phones = sorted({reply.phone for reply in no_water})
    unmatched = unplaced = 0
    for phone in phones:
        known = [c for c in customers_of.get(phone, ()) if c in segments_of]
        if not known:
            unmatched += 1
            continue
        placed = [(c, s) for c in known for s in segments_of[c]]
        if not placed:
            unplaced += 1
        for customer, segment in placed:
            numbers_in[segment].add(phone)
            customers_in[segment].add(customer)
    work_valves = tuple(dict.fromkeys(closed_valves))
    closed = set(work_valves)
    rows = []
    for segment, numbers in numbers_in.items():
        valves = bounding_valves(network, segment)
        first = tuple(v for v in valves if v in closed)
        rows.append(
            SegmentReplies(
                segment_id=int(segment),
                numbers=len(numbers),
                customers=len(customers_in[segment]),
                warned=warned_in[segment],
                valves=first + tuple(v for v in valves if v not in closed),
                closed_by_work=first,
                pieces=tuple(network.segment_pieces(segment)),
                cluster=len(numbers) >= min_replies,
            )
        )
    rows.sort(key=lambda s: (-s.numbers, s.segment_id))
    return ReplyMap(
        reference, tuple(rows), len(phones), unmatched, unplaced, min_replies, work_valves
    )


def bounding_valves(network, segment: int) -> tuple:
    """Ids of the operable valves on the boundary of ``segment``, in valve-layer order, each
    once: the ones that should be open again. A normally closed valve (a zone's border) is
    left out: shut is its place, and the crew must not open it."""
    ids = []
    for valve in sorted(network.segment_valves[segment]):
        a, b = network.valve_sides[valve]
        if a != b and network.valve_kind[valve] == OPERABLE:
            valve_id = network.valves[valve].valve_id
            if valve_id is not None and valve_id not in ids:
                ids.append(valve_id)
    return tuple(ids)


def no_water_replies(services: Services, reference: str) -> list[Reply]:
    """The "1" replies kept against intervention ``reference``, oldest first."""
    return Replies(services.outbox.db, clock=services.outbox.clock).replies(
        reference, REPLY_NO_WATER
    )


def has_no_water_replies(services: Services, reference: str) -> bool:
    """Whether any customer answered "1" to the water-back notice of ``reference``."""
    return bool(no_water_replies(services, reference))


def reply_map(
    services: Services, reference: str, model, min_replies: int = DEFAULT_MIN_REPLIES
) -> ReplyMap:
    """:func:`map_replies` for a stored intervention on ``model`` (network and customer index).

    Raises ``UnknownInterventionError`` for a reference not in the store.
    """
    intervention = services.store.get(reference)
    return map_replies(
        reference,
        no_water_replies(services, reference),
        services.store.recipients(reference, WATER_BACK),
        model.index,
        model.network,
        intervention.valves_to_close,
        min_replies,
    )
