"""Customers as the index holds them: what links them, the rest fetched on demand.

A whole utility has a million customers and a click shows a few hundred.
Reading one field through QGIS costs about a microsecond per customer, so
the QGIS adapter reads for every customer only what links and counts it
(id, point, pipe, units) and hands over a ``details`` callable that reads
phone, consent, address, house number, municipality and category for the
fids a click affects. The callable is the QGIS side's (it keeps the layer's
feature source); this room never calls QGIS itself.

The link fields are kept as columns (points as one float array), so
linking a million customers reads arrays and lists, never a million
records; the records are made for the rows a click reads. A plain list of
complete :class:`CustomerInput` records (tests, small layers) is a table
whose details are in its rows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from ..common.columns import ColumnRows, to_columns
from ..common.log_words import say
from .records import CustomerDetails, CustomerInput

#: The columns of every customer: what links and counts it (``point`` an (n, 2) array).
LINK_FIELDS = ("fid", "customer_id", "point", "pipe_id", "units")

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
        self._columns: dict | None = None  # the link fields, made from the rows on first need

    @classmethod
    def of_columns(
        cls, columns: dict, details: DetailsReader | None, source: str = "customers"
    ) -> CustomerTable:
        """A table of the :data:`LINK_FIELDS` columns (what the QGIS reader gives): its rows
        are made on access, their details read by ``details``."""
        table = cls(
            ColumnRows(linked_row, [columns[name] for name in LINK_FIELDS]), details, source
        )
        table._columns = dict(columns)
        return table

    def column(self, name: str):
        """The column of link field ``name`` (see :data:`LINK_FIELDS`)."""
        if self._columns is None:
            self._columns = to_columns(self.rows, LINK_FIELDS, points=("point",))
        return self._columns[name]

    def rows_at(self, positions: Sequence[int]) -> list[CustomerInput]:
        """The rows at ``positions``, in that order."""
        if isinstance(self.rows, ColumnRows):
            return self.rows.at(positions)
        rows = self.rows
        return [rows[p] for p in positions]

    def __getstate__(self) -> dict:
        """What a model cache stores: the link columns, without the details reader.

        Loaded, the rows stay columns and are made on access (a click reads a
        few hundred). The reader holds the layer it reads from; whoever loads
        the table hands it a reader of its own (:meth:`read_details_with`).
        A table of complete records (no reader) keeps every field.
        """
        if self._read_details is None:
            fields = CustomerInput._fields
            columns = to_columns(self.rows, fields, points=("point",))
        else:
            fields = LINK_FIELDS
            columns = {name: self.column(name) for name in fields}
        return {"columns": columns, "fields": fields, "source": self.source}

    def __setstate__(self, state: dict) -> None:
        fields, columns = state["fields"], state["columns"]
        make = linked_row if fields == LINK_FIELDS else CustomerInput
        self.rows = ColumnRows.stored(make, columns, fields)
        self._columns = {name: columns[name] for name in LINK_FIELDS}
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
        if self._read_details is None:
            return [CustomerDetails.of(row) for row in self.rows_at(positions)]
        fids = self.column("fid")
        wanted = [fids[p] for p in positions]
        found = self._read_details(wanted) if positions else {}
        result = [found.get(fid) for fid in wanted]
        missing = [k for k, d in enumerate(result) if d is None]
        if missing:
            rows = self.rows_at([positions[k] for k in missing])
            for k, row in zip(missing, rows):
                result[k] = CustomerDetails.of(row)
            say(
                LOG,
                logging.WARNING,
                "customers_not_reread",
                layer=self.source,
                count=len(missing),
                fids=tuple(wanted[k] for k in missing[:5]),
            )
        return result


def linked_row(fid, customer_id, point, pipe_id, units) -> CustomerInput:
    """A customer record of its link fields (details not filled in)."""
    return CustomerInput(fid, customer_id, point, pipe_id, None, None, None, None, units)
