"""The history of interventions: filtered listings and rows for a QGIS layer.

Operators look back by period, state, municipality and kind ("every
pressure drop in Dozza last month"), and want the affected areas on the map.
The filters run in SQL on indexed columns; the layer rows are plain dicts
with a WKT geometry so that the QGIS adapter, not this pure core, builds
the layer.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..common.vocabulary import CALL, EMAIL, SMS
from .interventions import Intervention, InterventionStore, When, iso, to_rome

#: Field names and types of the history layer, in order, for the QGIS adapter.
HISTORY_LAYER_FIELDS: tuple[tuple[str, str], ...] = (
    ("reference", "string"),
    ("kind", "string"),
    ("state", "string"),
    ("planned_start", "datetime"),
    ("planned_end", "datetime"),
    ("operator", "string"),
    ("municipalities", "string"),
    ("customers", "integer"),
    ("segments", "integer"),
    ("unreachable", "integer"),
    ("created_at", "datetime"),
    ("notified_at", "datetime"),
    ("started_at", "datetime"),
    ("finished_at", "datetime"),
    ("cancelled_at", "datetime"),
    # what the provider took of the first notice, per channel
    ("sms_sent", "integer"),
    ("calls_placed", "integer"),
    ("emails_sent", "integer"),
)
#: The per-channel fields of HISTORY_LAYER_FIELDS, by outbox channel.
SENT_FIELDS = {SMS: "sms_sent", CALL: "calls_placed", EMAIL: "emails_sent"}


def list_interventions(
    store: InterventionStore,
    start: When | None = None,
    end: When | None = None,
    states: Sequence[str] = (),
    municipality: str | None = None,
    kinds: Sequence[str] = (),
    bbox: tuple[float, float, float, float] | None = None,
) -> list[Intervention]:
    """Interventions whose planned window meets [start, end), all given filters combined.

    A window that merely touches the range (ends exactly at ``start``) is
    left out; naive bounds are Rome time. Municipality matching ignores case.
    ``bbox`` (xmin, ymin, xmax, ymax, in the pipes' CRS) keeps the areas
    whose extent meets it, e.g. the map canvas extent.
    """
    where: list[str] = []
    params: list[Any] = []
    if start is not None:
        where.append("i.end_ts > ?")
        params.append(int(to_rome(start, "start").timestamp()))
    if end is not None:
        where.append("i.start_ts < ?")
        params.append(int(to_rome(end, "end").timestamp()))
    for column, values in (("state", states), ("kind", kinds)):
        if values:
            where.append(f"i.{column} IN ({','.join('?' * len(values))})")
            params.extend(values)
    if municipality:
        where.append(
            "i.id IN (SELECT intervention_id FROM intervention_municipalities"
            " WHERE lower(municipality) = lower(?))"
        )
        params.append(municipality.strip())
    if bbox is not None:
        where.append(
            "i.area_xmin <= ? AND i.area_xmax >= ? AND i.area_ymin <= ? AND i.area_ymax >= ?"
        )
        params.extend((bbox[2], bbox[0], bbox[3], bbox[1]))
    return store.select(" AND ".join(where) or "1=1", params)


def history_layer_rows(
    interventions: Sequence[Intervention], sent: dict[str, dict] | None = None
) -> list[dict[str, Any]]:
    """One dict per intervention, keys as HISTORY_LAYER_FIELDS plus ``wkt``.

    Times are ISO strings in Rome time (the adapter parses them into
    QDateTime); ``wkt`` is None when no area was recorded, so the adapter
    can keep the feature without a geometry rather than drop it. ``sent``
    gives per reference what the provider took of the first notice per
    channel (``notify.history.sent_per_channel``); none: zeros.
    """
    sent = sent or {}
    return [
        {
            "reference": item.reference,
            "kind": item.kind,
            "state": item.state,
            "planned_start": iso(item.planned_start),
            "planned_end": iso(item.planned_end),
            "operator": item.operator,
            "municipalities": ", ".join(item.municipalities),
            "customers": len(item.customer_ids),
            "segments": len(item.segment_ids),
            "unreachable": len(item.unreachable),
            "created_at": iso(item.created_at),
            "notified_at": _optional_iso(item.notified_at),
            "started_at": _optional_iso(item.started_at),
            "finished_at": _optional_iso(item.finished_at),
            "cancelled_at": _optional_iso(item.cancelled_at),
            **{
                name: sent.get(item.reference, {}).get(channel, 0)
                for channel, name in SENT_FIELDS.items()
            },
            "wkt": item.area_wkt,
        }
        for item in interventions
    ]


def _optional_iso(moment) -> str | None:
    return iso(moment) if moment is not None else None
