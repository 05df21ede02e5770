"""The customer index: built once per network model, asked on every click.

Building links every customer to its pipe pieces and stores the links as
two flat integer arrays (piece -> customer positions, CSR layout), so a click
costs time proportional to the customers it touches, never to the layer.
Phone numbers are normalised on first need and cached (``phones``), and
the descriptive fields of a layer read through QGIS are fetched for the
affected customers only (``table``).
"""

from __future__ import annotations

import logging
import math
from array import array
from collections.abc import Iterable, Mapping, Sequence
from itertools import repeat

import numpy as np

from ..common.columns import ColumnRows, GroupedRows, as_points, to_columns
from ..common.data_warning import DataWarning
from ..common.gc_pause import collector_paused
from ..common.log_words import say
from ..common.phone_privacy import mask_phone
from ..common.values import attribute_text, id_key, keyed
from .linking import Linker, NetworkLike
from .phones import PhoneNormalizer
from .problems import CONTACTS_ROLE, CUSTOMERS_ROLE, OPT_OUT_ROLE, data_warning
from .reachability import ContactChecker, chooses_email
from .records import ContactInput, CustomerDetails, CustomerInput, CustomerSettings
from .selection import ISOLATED, SELECTED, UNSUPPLIED, AffectedCustomer, CustomerSelection, assemble
from .services import ServiceInput, customer_key, service_links
from .table import CustomerTable

LOG = logging.getLogger("water_outage_notifier.customers")


class CustomerIndex:
    """Customers of one network model, indexed by pipe piece and by id.

    Build it with :meth:`build`; ``warnings`` lists every customer, contact
    or opt-out entry that could not be used as given.
    """

    def __init__(
        self,
        customers: CustomerTable,
        piece_links: tuple[list[int], list[int]],
        piece_count: int,
        settings: CustomerSettings,
    ) -> None:
        self.customers = customers
        self.settings = settings
        self.warnings: list[DataWarning] = []
        self._offsets, self._members = _compress(*piece_links, piece_count)
        # First position of each id (None: not made yet); later ones of a duplicated id apart.
        self._first_by_id: dict[object, int] | None = {}
        self._more_by_id: dict[object, list[int]] = {}
        self._contacts: Mapping[int, list[ContactInput]] = {}
        self._sensitive = _folded(settings.sensitive_values)
        self._shared = _folded(settings.shared_meter_values)
        self.normalizer = PhoneNormalizer(settings.phone_region)
        self.checker = ContactChecker(
            self.normalizer, settings.consent_values, self._opt_out(settings.opt_out)
        )

    @classmethod
    def build(
        cls,
        customers: Iterable[CustomerInput],
        network: NetworkLike,
        settings: CustomerSettings | None = None,
        contacts: Iterable[ContactInput] = (),
        services: Iterable[ServiceInput] = (),
    ) -> CustomerIndex:
        """Link customers to ``network`` pieces and join their contacts.

        ``customers`` is a :class:`CustomerTable` (what the QGIS reader gives)
        or any iterable of complete :class:`CustomerInput` records;
        ``services`` the service lines, which link their customers first.
        """
        settings = settings or CustomerSettings()
        customers = CustomerTable.of(customers)
        with collector_paused():
            served, service_warnings = _served(services, customers, network)
            linker = Linker(network, settings, served)
            links = linker.link_all(customers)
            index = cls(customers, links, len(network.pieces), settings)
            index.warnings[:0] = service_warnings + linker.warnings
            index._index_ids()
            index._join_contacts(contacts)
        say(
            LOG,
            logging.INFO,
            "customers_indexed",
            count=len(customers),
            pieces=len(network.pieces),
            warnings=len(index.warnings),
        )
        return index

    @classmethod
    def for_selection(
        cls,
        customers: Iterable[CustomerInput],
        settings: CustomerSettings | None = None,
        contacts: Iterable[ContactInput] = (),
    ) -> CustomerIndex:
        """Customers indexed by id only, with their contacts: no network, no linking.

        An announcement picks customers by attribute (a street, a town), so
        building the network would only cost time; :meth:`select_ids` then
        gives their recipients with the same phone and consent rules.
        """
        settings = settings or CustomerSettings()
        index = cls(CustomerTable.of(customers), ([], []), 0, settings)
        index._index_ids()
        index._join_contacts(contacts)
        return index

    # -- questions ----------------------------------------------------------

    def positions_on(self, pieces: Iterable[int]) -> set[int]:
        """Positions of the customers linked to any of ``pieces``."""
        offsets, members = self._offsets, self._members
        found: set[int] = set()
        for piece in pieces:
            found.update(members[offsets[piece] : offsets[piece + 1]])
        return found

    def count_on_pieces(self, pieces: Iterable[int], excluding: Iterable[int] = ()) -> int:
        """How many customers lose water on ``pieces`` beyond those on ``excluding``.

        Plan B and inoperable valves: the trace gives the extra pieces a
        valve costs, this gives the extra customers.
        """
        return len(self.positions_on(pieces) - self.positions_on(excluding))

    def select(self, isolation) -> CustomerSelection:
        """Customers of an ``IsolationResult``; ``isolated`` wins over ``unsupplied``."""
        isolated = self.positions_on(isolation.isolated_pieces)
        unsupplied = self.positions_on(isolation.unsupplied_pieces) - isolated
        positions = [*isolated, *unsupplied]
        roles = [ISOLATED] * len(isolated) + [UNSUPPLIED] * len(unsupplied)
        return assemble(self._describe(positions, roles), (ISOLATED, UNSUPPLIED))

    def select_pieces(
        self, pieces: Iterable[int], role: str, excluding: Iterable[int] = ()
    ) -> CustomerSelection:
        """Customers on ``pieces`` but not on ``excluding``, all given ``role``.

        The low-pressure group of a closure: its pieces keep water, and a
        customer also linked to an isolated or unsupplied piece is told of
        the interruption instead.
        """
        positions = sorted(self.positions_on(pieces) - self.positions_on(excluding))
        return assemble(self._describe(positions, [role] * len(positions)), (role,))

    def select_ids(self, customer_ids: Iterable[object], role: str = SELECTED) -> CustomerSelection:
        """Customers chosen by id (an announcement), all given ``role``.

        Unknown ids are logged and left out: they come from the customers
        layer itself, so one missing means the layer changed since indexing.
        """
        positions: set[int] = set()
        missing = []
        for customer_id in customer_ids:
            found = self._positions_of(customer_id)
            if found is None:
                missing.append(customer_id)
            else:
                positions.update(found)
        if missing:
            ids = tuple(str(customer_id) for customer_id in missing[:5])
            say(LOG, logging.WARNING, "customers_not_indexed", count=len(missing), ids=ids)
        return assemble(self._describe(list(positions), [role] * len(positions)), (role,))

    def pieces_of_ids(self, customer_ids: Iterable[object]) -> dict[object, list[int]]:
        """The pipe pieces each known customer id is linked to (``[]``: linked to none);
        ids not in the index are left out.

        The replies map asks this of a notice's customers: one pass over the
        links (numpy), whatever their number.
        """
        owner_of: dict[int, object] = {}
        for customer_id in customer_ids:
            for position in self._positions_of(customer_id) or ():
                owner_of[position] = customer_id
        found: dict[object, list[int]] = {cid: [] for cid in owner_of.values()}
        if not owner_of:
            return found
        offsets = np.frombuffer(self._offsets, dtype=np.int64)
        members = np.frombuffer(self._members, dtype=np.int32)
        piece_of_link = np.repeat(np.arange(len(offsets) - 1), np.diff(offsets))
        hit = np.isin(members, np.fromiter(owner_of, dtype=np.int64, count=len(owner_of)))
        for position, piece in zip(members[hit].tolist(), piece_of_link[hit].tolist()):
            found[owner_of[position]].append(piece)
        return found

    # -- persisted ----------------------------------------------------------

    def __getstate__(self) -> dict:
        """What a model cache stores: the id lookup is left to be made.

        Loading a million-entry dict cost more than the rest of the index.
        """
        state = dict(self.__dict__)
        state["_first_by_id"] = None
        return state

    # -- building -----------------------------------------------------------

    def _index_ids(self) -> None:
        """Positions by id, and warnings for bad units and duplicate ids in layer order.

        Whole-column passes: a million customers are mostly clean, so only
        the few bad ones are visited one by one.
        """
        rows = self.customers
        ids = rows.column("customer_id")
        first = self._first_by_id = _first_positions(ids)
        bad_units = _bad_units(rows.column("units"))
        duplicates = []
        if len(first) < len(ids):
            duplicates = [position for position, cid in enumerate(ids) if first[cid] != position]
        for position in duplicates:
            self._more_by_id.setdefault(ids[position], []).append(position)
        for position, bad in sorted(
            [(p, "units") for p in bad_units] + [(p, "id") for p in duplicates]
        ):
            if bad == "units":
                self._warn_units(rows[position])
            else:
                self._warn_duplicate(rows[position], rows[first[ids[position]]])

    def _positions_of(self, customer_id: object) -> list[int] | None:
        if self._first_by_id is None:  # loaded from a cache: made on the first announcement
            self._first_by_id = _first_positions(self.customers.column("customer_id"))
        first = self._first_by_id.get(customer_id)
        if first is None:
            return None
        return [first, *self._more_by_id.get(customer_id, ())]

    def _warn_duplicate(self, customer: CustomerInput, owner: CustomerInput) -> None:
        self._warn(
            "duplicate_id",
            CUSTOMERS_ROLE,
            customer.fid,
            customer.customer_id,
            f"customer id {customer.customer_id!r} in the {self.settings.field('id')} is also "
            f"used by feature {owner.fid}; both are kept",
            customer.point,
            {"field": self.settings.field_name("id"), "other_fid": owner.fid},
        )

    def _warn_units(self, customer: CustomerInput) -> None:
        self._warn(
            "invalid_units",
            CUSTOMERS_ROLE,
            customer.fid,
            customer.customer_id,
            f"{self.settings.field('units')} value {customer.units!r} is not a positive whole "
            "number; 1 is used",
            customer.point,
            {"field": self.settings.field_name("units"), "units": customer.units},
        )

    def _join_contacts(self, contacts: Iterable[ContactInput]) -> None:
        """Each contact under every customer of its id, in table order; a contact whose id
        matches no customer is a warning (one look-up per contact, no record made)."""
        if not isinstance(contacts, ColumnRows):
            fields = ContactInput._fields
            contacts = ColumnRows.stored(ContactInput, to_columns(list(contacts), fields), fields)
        customer_ids = contacts.columns[ContactInput._fields.index("customer_id")]
        first = self._first_by_id
        owners = np.fromiter(map(first.get, customer_ids, repeat(-1)), np.int64, len(contacts))
        _match_keys(owners, customer_ids, self.customers.column("customer_id"))
        rows = np.arange(len(contacts), dtype=np.int64)
        repeated = self._more_by_id  # positions of a duplicated id beyond its first
        more = [
            (row, position)
            for row, customer_id in enumerate(customer_ids if repeated else ())
            for position in repeated.get(customer_id, ())
        ]
        for row in np.flatnonzero(owners < 0).tolist():
            contact = contacts[row]
            self._warn(
                "unknown_customer",
                CONTACTS_ROLE,
                contact.fid,
                contact.customer_id,
                f"customer id {contact.customer_id!r} in the "
                f"{self.settings.field('contact_customer')} matches "
                "no customer; contact not used",
                params={"field": self.settings.field_name("contact_customer")},
            )
        if more:
            extra_rows, extra_owners = np.asarray(more, dtype=np.int64).T
            rows = np.concatenate([rows, extra_rows])
            owners = np.concatenate([owners, extra_owners])
        order = np.argsort(rows, kind="stable")  # a contact's owners one after the other
        rows, owners = rows[order], owners[order]
        linked = owners >= 0
        self._contacts = GroupedRows.of(
            owners[linked], contacts.reordered(rows[linked]), len(self.customers)
        )

    def _opt_out(self, numbers: Iterable[object]) -> frozenset[str]:
        """Opt-out entries as E.164, so any typing of a number matches."""
        normalized = set()
        for row, raw in enumerate(numbers, start=1):
            e164 = self.normalizer.normalize(raw).e164
            if e164 is None:
                self._warn(
                    "invalid_opt_out",
                    OPT_OUT_ROLE,
                    None,
                    row,
                    f"number {mask_phone(str(raw))} is not a mobile number; ignored",
                    params={"phone": mask_phone(str(raw))},
                )
            else:
                normalized.add(e164)
        return frozenset(normalized)

    def _warn(self, code, role, fid, feature_id, what, point=None, params=None) -> None:
        self.warnings.append(data_warning(code, role, what, fid, feature_id, point, params))

    # -- describing ---------------------------------------------------------

    def _describe(self, positions: list[int], roles: list[str]) -> list[AffectedCustomer]:
        """The affected customers at ``positions``, their details read in one go."""
        rows = self.customers.rows_at(positions)
        details = self.customers.details(positions)
        contacts = self._contacts
        return [
            self._affected(row, d, contacts.get(p, ()), role)
            for p, row, d, role in zip(positions, rows, details, roles)
        ]

    def _affected(
        self,
        customer: CustomerInput,
        details: CustomerDetails,
        contacts: Sequence[ContactInput],
        role: str,
    ) -> AffectedCustomer:
        pairs = [(details.phone, details.consent)] if details.phone is not None else []
        pairs += [(c.phone, c.consent) for c in contacts]
        phones, reason = self.checker.check_all(pairs)
        prefers_email = chooses_email(details.channel)
        landlines = emails = ()
        if not phones:  # a call, else an email, may reach them (``channels``)
            landlines = self.checker.landlines(pairs)
        if prefers_email or not phones:
            emails = self.checker.emails(
                [(details.email, details.consent)] + [(c.email, c.consent) for c in contacts]
            )
        category = _fold(details.category)
        return AffectedCustomer(
            customer_id=customer.customer_id,
            fid=customer.fid,
            role=role,
            category=details.category,
            sensitive=category in self._sensitive,
            shared_meter=category in self._shared,
            units=_units(customer.units) or 1,
            phones=phones,
            reason=reason,
            address=details.address,
            house_number=details.house_number,
            municipality=details.municipality,
            point=customer.point,
            landlines=landlines,
            emails=emails,
            prefers_email=prefers_email,
        )


def _served(services, customers: CustomerTable, network) -> tuple[dict, list]:
    """Pieces each customer's service lines meet, and the service lines' warnings."""
    services = list(services)
    if not services:
        return {}, []
    points = dict(
        zip(
            map(customer_key, customers.column("customer_id")), as_points(customers.column("point"))
        )
    )
    points.pop(None, None)
    tolerance = getattr(getattr(network, "settings", None), "tolerance", 0.01)
    return service_links(services, network, points, tolerance)


def _match_keys(found: np.ndarray, values: Sequence, targets: Sequence) -> None:
    """Fill in place the -1 of ``found`` whose value names a target by its id key
    ("007" a customer 7): the few values whose exact look-up missed."""
    missed = np.flatnonzero(found < 0).tolist()
    if not missed:
        return
    first = keyed(targets)
    for row in missed:
        found[row] = first.get(id_key(values[row]), -1)


def _fold(value: object) -> str:
    return attribute_text(value).casefold()


def _folded(values: Iterable[object]) -> frozenset[str]:
    return frozenset(_fold(v) for v in values) - {""}


def _units(value: object) -> int | None:
    """Units behind a meter; ``None`` when the value is not a positive whole number."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return 1
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        return None
    if not math.isfinite(number) or number < 1 or not number.is_integer():
        return None
    return int(number)


def _bad_units(values: list) -> list[int]:
    """Positions of the values that are not a number of units (see :func:`_units`); whole
    integer columns, the usual case, in one numpy pass."""
    if set(map(type, values)) == {int}:
        try:
            return np.flatnonzero(np.array(values, dtype=np.int64) < 1).tolist()
        except OverflowError:  # a number beyond 64 bits: one by one below
            pass
    return [
        position
        for position, units in enumerate(values)
        if not (type(units) is int and units > 0) and _units(units) is None
    ]


def _first_positions(ids: list) -> dict:
    """``{id: first position}``; built reversed, so a duplicated id keeps its first."""
    return dict(zip(reversed(ids), range(len(ids) - 1, -1, -1)))


def _compress(pieces: list[int], owners: list[int], piece_count: int) -> tuple[array, array]:
    """CSR arrays: the customers of piece ``p`` are ``members[offsets[p]:offsets[p+1]]``.

    A stable sort keeps each piece's customers in link order.
    """
    pieces_np = np.asarray(pieces, dtype=np.int64)
    order = np.argsort(pieces_np, kind="stable")
    counts = np.bincount(pieces_np, minlength=piece_count)
    offsets = np.zeros(piece_count + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    members = np.asarray(owners, dtype=np.int32)[order]
    return array("q", offsets.tobytes()), array("i", members.tobytes())
