"""Affected customers: who loses water, how to reach them, who gets a flyer.

Pure core (no Qt, no QGIS). The QGIS adapter reads the mapped customers
layer and contacts table into a :class:`CustomerTable` (details read on
demand) and :class:`ContactInput` records, builds one :class:`CustomerIndex` per network model,
and asks it on every click (:meth:`CustomerIndex.select`) or announcement
(:meth:`CustomerIndex.select_ids`).
"""

from ..common.vocabulary import (
    INVALID_PHONE,
    LANDLINE,
    NO_CONSENT,
    NO_PHONE,
    OPTED_OUT,
    UNREACHABLE_REASONS,
)
from .csv_export import customers_csv, flyers_csv, safe_cell
from .flyers import FlyerStop, FlyerStreet, flyer_list
from .index import CustomerIndex
from .phones import PhoneNormalizer, PhoneResult
from .records import (
    CONSENT_VALUES,
    MAX_SNAP_DISTANCE,
    ContactInput,
    CustomerDetails,
    CustomerInput,
    CustomerSettings,
)
from .selection import (
    ISOLATED,
    SELECTED,
    UNSUPPLIED,
    AffectedCustomer,
    CustomerSelection,
    Recipient,
)
from .table import CustomerTable

__all__ = [
    "CONSENT_VALUES",
    "INVALID_PHONE",
    "ISOLATED",
    "LANDLINE",
    "MAX_SNAP_DISTANCE",
    "NO_CONSENT",
    "NO_PHONE",
    "OPTED_OUT",
    "UNREACHABLE_REASONS",
    "SELECTED",
    "UNSUPPLIED",
    "AffectedCustomer",
    "ContactInput",
    "CustomerDetails",
    "CustomerIndex",
    "CustomerInput",
    "CustomerSelection",
    "CustomerSettings",
    "CustomerTable",
    "FlyerStop",
    "FlyerStreet",
    "PhoneNormalizer",
    "PhoneResult",
    "Recipient",
    "customers_csv",
    "flyer_list",
    "flyers_csv",
    "safe_cell",
]
