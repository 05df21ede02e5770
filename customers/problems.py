"""Data warnings of the customers room, worded the same way for every layer.

Bad customers, contacts and opt-out entries are reported, never raised and
never skipped silently; the shape is the shared ``DataWarning`` so the dock
lists the problems of every layer in one table.
"""

from __future__ import annotations

from ..common.data_warning import DataWarning
from .records import Point

CUSTOMERS_ROLE = "customers"
CONTACTS_ROLE = "contacts"
OPT_OUT_ROLE = "opt_out"


def data_warning(
    code: str,
    role: str,
    what: str,
    fid: int | None = None,
    feature_id: object = None,
    point: Point | None = None,
) -> DataWarning:
    """A warning naming the layer role, the feature (or list entry) and the problem."""
    where = f"feature {fid} (id {feature_id!r})" if fid is not None else f"entry {feature_id}"
    return DataWarning(
        code=code,
        message=f"Layer '{role}', {where}: {what}.",
        role=role,
        fid=fid,
        feature_id=feature_id,
        point=point,
    )
