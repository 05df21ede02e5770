"""Affected customers as the selection makes them, for the export tests."""

from __future__ import annotations

from water_outage_notifier.customers import AffectedCustomer


def affected(cid, address=None, number=None, municipality="Imola", phones=(), **extra):
    fields = dict(
        customer_id=cid,
        fid=0,
        role="isolated",
        category="domestica",
        sensitive=False,
        shared_meter=False,
        units=1,
        phones=tuple(phones),
        reason=None if phones else "no_phone",
        address=address,
        house_number=number,
        municipality=municipality,
        point=None,
    )
    fields.update(extra)
    return AffectedCustomer(**fields)
