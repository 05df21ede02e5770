"""Customers as the index holds them: what links them, the rest fetched on demand.

A whole utility has a million customers and a click shows a few hundred.
Reading one field through QGIS costs about a microsecond per customer, so
the QGIS adapter reads for every customer only what links and counts it
(id, point, pipe, units) and hands over a ``details`` callable that reads
phone, consent, address, house number, municipality and category for the
fids a click affects. The callable is the QGIS side's (it keeps the layer's
feature source); this room never calls QGIS itself.

A plain list of complete :class:`CustomerInput` records (tests, small
layers) is a table whose details are in its rows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from ..common.columns import ColumnRows, to_columns
from .records import CustomerDetails, CustomerInput

LOG = logging.getLogger("water_outage_notifier.customers")

#: ``details(fids)`` -> ``{fid: CustomerDetails}`` for the fids still in the layer.
DetailsReader = Callable[[Sequence[int]], Mapping[int, CustomerDetails]]


class CustomerTable(Sequence):
    """Customer rows in layer order, and where their details come from.

    ``rows`` are :class:`CustomerInput` records; when ``details`` is given,
    their phone, consent and descriptive fields are not filled in and
    :meth:`details` reads them. ``source`` names the layer in log messages.
    """

    def __init__(
        self,
        rows: list[CustomerInput],
        details: DetailsReader | None = None,
        source: str = "customers",
    ) -> None:
        self.rows = rows
        self._read_details = details
        self.source = source

    def __getstate__(self) -> dict:
        """What a model cache stores: the rows as columns, without the details reader.

        Loaded, the rows stay columns and are made on access (a click reads a
        few hundred). The reader holds the layer it reads from; whoever loads
        the table hands it a reader of its own (:meth:`read_details_with`).
        """
        columns = to_columns(self.rows, CustomerInput._fields, points=("point",))
        return {"columns": columns, "source": self.source}

    def __setstate__(self, state: dict) -> None:
        self.rows = ColumnRows.stored(CustomerInput, state["columns"], CustomerInput._fields)
        self.source = state["source"]
        self._read_details = None

    def read_details_with(self, details: DetailsReader | None) -> None:
        """Read the details of affected customers with ``details`` (a table loaded from a cache)."""
        self._read_details = details

    @classmethod
    def of(cls, customers: Iterable[CustomerInput]) -> CustomerTable:
        """``customers`` as a table: itself, or complete records held in memory."""
        if isinstance(customers, CustomerTable):
            return customers
        return cls(customers if isinstance(customers, list) else list(customers))

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, position):
        return self.rows[position]

    def __iter__(self) -> Iterator[CustomerInput]:
        return iter(self.rows)

    def details(self, positions: Sequence[int]) -> list[CustomerDetails]:
        """Details of the customers at ``positions``, in that order, in one read.

        A fid the reader no longer finds (the layer changed since it was
        read) keeps its row's empty details, so the customer is listed as
        having no phone, and the fids are logged.
        """
        rows = self.rows
        if self._read_details is None:
            return [CustomerDetails.of(rows[p]) for p in positions]
        found = self._read_details([rows[p].fid for p in positions]) if positions else {}
        result = [found.get(rows[p].fid) for p in positions]
        missing = [rows[p].fid for p, d in zip(positions, result) if d is None]
        if missing:
            LOG.warning(
                "Layer '%s': %d affected customer feature(s) could not be read again "
                "(layer changed since the model was built?), e.g. fid %s; listed without phone.",
                self.source,
                len(missing),
                missing[:5],
            )
        return [CustomerDetails.of(rows[p]) if d is None else d for p, d in zip(positions, result)]
