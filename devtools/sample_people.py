"""Customers and their contacts for the sample town.

Customers are houses along the distribution pipes, numbered like a street
(odd numbers on one side, even on the other). Their phone numbers are
typed the many ways real contracts hold them, so the plugin's phone
normalisation, consent and "cannot reach" reasons all get exercised. Shared
(condominium) meters get several contacts, and one administrator looks after
several buildings, so the same number appears under several meters.

All numbers are random and fictional.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from . import sample_names as names
from .sample_network import Weighted

# Category, weight, units range. Sensitive customers are rare, as in life.
CATEGORIES = (
    ("domestica", 7700, (1, 1)),
    ("condominio", 1000, (4, 40)),
    ("commerciale", 900, (1, 1)),
    ("scuola", 35, (1, 1)),
    ("dialisi", 25, (1, 1)),
    ("ospedale", 4, (1, 1)),
)

# How the mobile number is typed on the contract: kind -> weight.
PHONE_KINDS = (
    ("spaced", 25),  # 333 123 4567
    ("compact", 14),  # 3331234567
    ("plus", 15),  # +39 333 1234567
    ("double_zero", 5),  # 0039 3331234567
    ("bare_country", 4),  # 39 333 1234567
    ("dashed", 5),  # 333-123-4567
    ("landline", 8),  # 0542 123456
    ("invalid", 2),  # 12345
    ("empty", 6),  # ''
    ("null", 16),  # NULL
)
CONSENT = Weighted(("si", "no", None), (72, 14, 14))
RESIDENT_CONSENT = Weighted(("si", "no", None), (85, 10, 5))
SUFFIX = Weighted(("", "A", "B", "/B"), (91, 4, 2, 3))
BAD_PIPE_REFERENCES = 5


@dataclass
class Customer:
    customer_id: str
    point: tuple
    pipe_id: str
    street: str
    house_number: str
    comune: str
    category: str
    units: int
    phone: str | None
    consent: str | None


def phone_number(rng: random.Random, kind: str) -> str | None:
    """A phone number typed the ``kind`` way (see ``PHONE_KINDS``)."""
    if kind == "null":
        return None
    if kind == "empty":
        return ""
    if kind == "landline":
        return f"{names.LANDLINE_PREFIX} {100000 + int(rng.random() * 900000)}"
    if kind == "invalid":
        return str(1000 + int(rng.random() * 99000))
    prefix = names.MOBILE_PREFIXES[int(rng.random() * len(names.MOBILE_PREFIXES))]
    digits = f"{int(rng.random() * 10_000_000):07d}"
    a, b = digits[:3], digits[3:]
    return {
        "spaced": f"{prefix} {a} {b}",
        "compact": f"{prefix}{digits}",
        "plus": f"+39 {prefix} {digits}",
        "double_zero": f"0039 {prefix}{digits}",
        "bare_country": f"39 {prefix} {digits}",
        "dashed": f"{prefix}-{a}-{b}",
    }[kind]


def _pick(rng: random.Random, table: tuple, k: int) -> list:
    return rng.choices([row[0] for row in table], weights=[row[1] for row in table], k=k)


class _SegmentGrid:
    """Uniform grid of pipe segments: exact nearest pipe within ``cell`` metres."""

    def __init__(self, pipes: list, cell: float):
        self.cell = cell
        self.cells: dict = {}
        for index, pipe in enumerate(pipes):
            for (x1, y1), (x2, y2) in zip(pipe.coords, pipe.coords[1:]):
                for cx in range(int(min(x1, x2) // cell), int(max(x1, x2) // cell) + 1):
                    for cy in range(int(min(y1, y2) // cell), int(max(y1, y2) // cell) + 1):
                        self.cells.setdefault((cx, cy), []).append((index, x1, y1, x2, y2))

    def nearest(self, x: float, y: float) -> int:
        best, best_d = -1, math.inf
        cx, cy = int(x // self.cell), int(y // self.cell)
        for i in (cx - 1, cx, cx + 1):
            for j in (cy - 1, cy, cy + 1):
                for index, x1, y1, x2, y2 in self.cells.get((i, j), ()):
                    dx, dy = x2 - x1, y2 - y1
                    t = ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)
                    t = min(1.0, max(0.0, t))
                    d = math.hypot(x1 + t * dx - x, y1 + t * dy - y)
                    if d < best_d or (d == best_d and index < best):
                        best, best_d = index, d
        return best


def make_customers(rng: random.Random, pipes: list, count: int, exact_nearest: bool) -> list:
    """Place ``count`` customers along the distribution and service pipes.

    With ``exact_nearest`` each customer's pipe is the truly nearest pipe
    (the sample); without it, the pipe it was placed along, which is nearly
    always the nearest and keeps million-customer networks fast.
    """
    served = [i for i, p in enumerate(pipes) if p.kind != "main"]
    cumulative, total = [], 0.0
    for i in served:
        total += math.dist(pipes[i].coords[0], pipes[i].coords[-1])
        cumulative.append(total)
    # sorted, so customer ids run along the streets and the R-tree fills in spatial order
    chosen = sorted(rng.choices(served, cum_weights=cumulative, k=count))
    categories = _pick(rng, CATEGORIES, count)
    for category in (row[0] for row in CATEGORIES):
        if category not in categories:
            categories[rng.randrange(count)] = category
    units = {row[0]: row[2] for row in CATEGORIES}
    phones = _pick(rng, PHONE_KINDS, count)
    grid = _SegmentGrid(pipes, 40.0) if exact_nearest else None
    customers = []
    for n, (index, category, phone_kind) in enumerate(zip(chosen, categories, phones), start=1):
        pipe = pipes[index]
        (xa, ya), (xb, yb) = pipe.coords[0], pipe.coords[-1]
        length = math.hypot(xb - xa, yb - ya)
        t, side = 0.2 + 0.6 * rng.random(), 1 if rng.random() < 0.5 else -1
        offset = min(rng.uniform(7.0, 18.0), length * 0.3) * side / length
        x, y = xa + t * (xb - xa) - (yb - ya) * offset, ya + t * (yb - ya) + (xb - xa) * offset
        if grid is not None:
            pipe = pipes[grid.nearest(x, y)]
        along = x if abs(xb - xa) > abs(yb - ya) else y
        number = 2 * (int(along // 9) % 150) + (1 if side < 0 else 2)
        suffix = SUFFIX(rng)
        low, high = units[category]
        phone = phone_number(rng, phone_kind)
        consent = CONSENT(rng) if phone else None
        customers.append(
            Customer(
                f"U{n:07d}", (round(x, 2), round(y, 2)), pipe.pipe_id, pipe.street,
                f"{number}{suffix}", pipe.comune, category,
                low if low == high else rng.randint(low, high), phone, consent,
            )
        )  # fmt: skip
    return customers


def break_pipe_references(rng: random.Random, customers: list, pipe_count: int) -> list:
    """Point a handful of customers at pipe ids that do not exist; return their ids."""
    broken = rng.sample(customers, BAD_PIPE_REFERENCES)
    for i, customer in enumerate(sorted(broken, key=lambda c: c.customer_id)):
        customer.pipe_id = f"C{pipe_count + 1001 + i:06d}"
    return sorted(c.customer_id for c in broken)


def make_contacts(rng: random.Random, customers: list) -> list:
    """Rows ``(cod_utenza, nome, ruolo, cellulare, consenso)`` for shared meters."""
    condos = [c for c in customers if c.category == "condominio"]
    administrators = [
        (
            f"{rng.choice(names.ADMINISTRATOR_FIRMS)} {rng.choice(names.SURNAMES)}",
            phone_number(rng, "spaced"),
        )
        for _ in range(max(3, len(condos) // 6))
    ]
    rows = []
    for condo in condos:
        admin_name, admin_phone = rng.choice(administrators)
        rows.append((condo.customer_id, admin_name, "amministratore", admin_phone, "si"))
        for _ in range(rng.randint(0, min(6, condo.units))):
            person = f"{rng.choice(names.FIRST_NAMES)} {rng.choice(names.SURNAMES)}"
            kind = _pick(rng, PHONE_KINDS[:6], 1)[0]
            consent = RESIDENT_CONSENT(rng)
            rows.append((condo.customer_id, person, "residente", phone_number(rng, kind), consent))
    return rows
