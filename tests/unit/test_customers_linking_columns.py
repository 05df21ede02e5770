"""Linking whole columns gives what linking one customer at a time gave.

``customers.linking`` links a million customers in a few numpy passes. The
reference here is the per-customer linker it replaced (kept in this file as
the specification): for every customer, its service line, else the nearest
piece overall if it belongs to the named pipe, else the named pipe's pieces
measured one by one, else the nearest piece by position. Both must give the
same links in the same order and the same warnings, on the sample town
(deliberately broken pipe references included) and on customers made to hit
every branch: no point, blank and unknown pipe ids, a retired pipe, far
points, split pipes, duplicated ids.
"""

from __future__ import annotations

import random

import pytest
from water_outage_notifier.customers import CustomerIndex, CustomerInput, CustomerSettings
from water_outage_notifier.customers.linking import Linker, distance_to_polyline
from water_outage_notifier.customers.table import CustomerTable
from water_outage_notifier.devtools.sample_town import town
from water_outage_notifier.trace import (
    NetworkSettings,
    PipeInput,
    SourceInput,
    ValveInput,
    build_network,
)

SETTINGS = CustomerSettings(max_snap_distance=50.0, field_names=(("pipe", "cod_condotta"),))


def reference_links(customers, network, settings, served=None):
    """The per-customer linker: ``(pieces, owners, warnings)`` as plain tuples."""
    warnings, pieces, owners, snap = [], [], [], []
    limit = settings.max_snap_distance

    def warn(customer, code, **params):
        warnings.append((code, customer.fid, customer.customer_id, customer.point, params))

    def named_of(customer):
        value = customer.pipe_id
        has_value = value is not None and str(value).strip() != ""
        named = network.pieces_of_pipe(value) if has_value else []
        if has_value and not named:
            retired = network.is_out_of_service(value)
            warn(
                customer,
                "pipe_out_of_service" if retired else "unknown_pipe",
                pipe_id=value,
                field="cod_condotta",
                why="by_position" if customer.point else "not_linked",
            )
        return named, has_value

    for position, customer in enumerate(customers):
        served_pieces = (served or {}).get(str(customer.customer_id))
        if served_pieces:
            pieces += served_pieces
            owners += [position] * len(served_pieces)
            continue
        named, has_value = named_of(customer)
        if customer.point is not None:
            snap.append((position, named))
        elif named:
            pieces += named
            owners += [position] * len(named)
        elif not has_value:
            warn(customer, "customer_unlinked", field="cod_condotta")
    found = network.nearest_pieces([customers[p].point for p, _ in snap], limit) if snap else []
    for (position, named), hit in zip(snap, found):
        customer = customers[position]
        if hit is not None and (not named or hit[0] in named):
            piece = hit[0]
        elif named:
            measured = [
                (distance_to_polyline(customer.point, network.pieces[p].coords), p) for p in named
            ]
            distance, piece = min(measured)
            if distance > limit:
                warn(
                    customer,
                    "customer_far_from_pipe",
                    distance=distance,
                    pipe_id=customer.pipe_id,
                    field="cod_condotta",
                    tolerance=limit,
                )
        else:
            warn(customer, "customer_too_far", tolerance=limit)
            continue
        pieces.append(piece)
        owners.append(position)
    return pieces, owners, warnings


def linked(customers, network, settings=SETTINGS, served=None):
    """The column linker's answer in the reference's terms."""
    linker = Linker(network, settings, served)
    pieces, owners = linker.link_all(CustomerTable.of(customers))
    warnings = [
        (w.code, w.fid, w.feature_id, w.point, dict(w.params or {})) for w in linker.warnings
    ]
    return pieces.tolist(), owners.tolist(), warnings


class StandIn:
    """The network seen through the protocol only (no arrays): the per-pipe path."""

    def __init__(self, network):
        self._network = network
        self.pieces = network.pieces

    def __getattr__(self, name):
        if name in ("nearest_pieces", "nearest_piece", "pieces_of_pipe", "is_out_of_service"):
            return getattr(self._network, name)
        raise AttributeError(name)


@pytest.fixture(scope="module")
def sample():
    """The sample town's trace network (one pipe retired) and its customers as records."""
    network, clients, _contacts = town()
    retired = network.pipes[7].pipe_id
    pipes = [
        PipeInput(
            i, p.pipe_id, p.parts or [p.coords], status="dismessa" if p.pipe_id == retired else None
        )
        for i, p in enumerate(network.pipes)
    ]
    trace = build_network(
        pipes,
        [ValveInput(i, v.valve_id, v.point, v.state) for i, v in enumerate(network.valves)],
        [SourceInput(i, s.source_id, network.nodes[s.node]) for i, s in enumerate(network.sources)],
        NetworkSettings(closed_values=("chiusa",), out_of_service_values=("dismessa",)),
    )
    customers = [
        CustomerInput(i, c.customer_id, c.point, c.pipe_id, units=c.units)
        for i, c in enumerate(clients)
    ]
    return trace, customers, retired


def awkward(customers, retired, network, seed=3):
    """The town's customers with every branch of linking hit many times."""
    rng = random.Random(seed)
    split = next(p.pipe_id for p in network.pieces if len(network.pieces_of_pipe(p.pipe_id)) > 1)
    out = []
    for customer in customers:
        roll = rng.random()
        if roll < 0.05:
            customer = customer._replace(point=None)
        elif roll < 0.10:
            customer = customer._replace(pipe_id=rng.choice([None, "", "  ", "nessuna"]))
        elif roll < 0.13:
            customer = customer._replace(pipe_id=retired)
        elif roll < 0.16:
            x, y = customer.point
            customer = customer._replace(point=(x + rng.uniform(-400, 400), y + 300))
        elif roll < 0.19:
            customer = customer._replace(pipe_id=split)
        elif roll < 0.21:
            customer = customer._replace(point=None, pipe_id=rng.choice([None, split, "X"]))
        elif roll < 0.23:  # by position, far from everything
            x, y = customer.point
            customer = customer._replace(point=(x + 9000, y), pipe_id=rng.choice([None, "X"]))
        out.append(customer)
    return out + out[:50]  # duplicated ids and points


def test_the_sample_town_links_as_one_customer_at_a_time(sample):
    network, customers, _retired = sample
    expected = reference_links(customers, network, SETTINGS)
    assert expected[2], "the sample's broken pipe references give warnings"
    assert linked(customers, network) == expected


def test_every_branch_links_as_one_customer_at_a_time(sample):
    network, customers, retired = sample
    customers = awkward(customers, retired, network)
    expected = reference_links(customers, network, SETTINGS)
    codes = {warning[0] for warning in expected[2]}
    assert codes >= {
        "unknown_pipe",
        "pipe_out_of_service",
        "customer_unlinked",
        "customer_far_from_pipe",
        "customer_too_far",
    }
    assert linked(customers, network) == expected


def test_a_stand_in_network_links_as_the_network_itself(sample):
    network, customers, retired = sample
    customers = awkward(customers, retired, network, seed=5)
    assert linked(customers, StandIn(network)) == linked(customers, network)


def test_service_lines_win_and_keep_their_order(sample):
    network, customers, _retired = sample
    served = {str(c.customer_id): [3, 1] for c in customers[::7]}
    expected = reference_links(customers, network, SETTINGS, served)
    assert linked(customers, network, served=served) == expected


def test_the_index_groups_links_by_piece_in_link_order(sample):
    network, customers, retired = sample
    customers = awkward(customers, retired, network, seed=11)
    pieces, owners, _ = reference_links(customers, network, SETTINGS)
    index = CustomerIndex.build(customers, network, SETTINGS)
    for piece in range(0, len(network.pieces), 13):
        on_piece = [owner for p, owner in zip(pieces, owners) if p == piece]
        assert list(index._members[index._offsets[piece] : index._offsets[piece + 1]]) == on_piece
