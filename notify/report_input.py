"""A notice from the JSON report of ``outage:isolate`` or ``outage:customers``.

Processing chains algorithms through files, so ``outage:notify`` reads the
report written a step before. The report keeps ids, phones, reasons and
places, not the whole customer records, so the selection rebuilt here
carries what the SMS, the history and the masked call-centre CSV need, and
leaves addresses empty.
"""

from __future__ import annotations

from ..customers.selection import LOW_PRESSURE, AffectedCustomer, CustomerSelection, Recipient

REQUIRED_KEYS = ("customers", "recipients", "unreachable", "counts")


class ReportError(ValueError):
    """The report file is not one written by outage:isolate or outage:customers."""


def selection_from_report(report: dict) -> CustomerSelection:
    """The customers and recipients of ``report``, in the report's order."""
    missing = [key for key in REQUIRED_KEYS if key not in report]
    if missing:
        raise ReportError(
            f"The report has no {', '.join(missing)} key(s): use the JSON report of "
            "outage:isolate (with a customers layer) or outage:customers."
        )
    # The low-pressure group keeps water: it is not told of the interruption.
    roles = tuple(role for role in report["customers"] if role != LOW_PRESSURE)
    recipients = []
    phones: dict = {}
    for row, item in enumerate(report["recipients"], start=1):
        phone, members = item.get("phone"), item.get("customers")
        if not phone or not isinstance(members, list):
            raise ReportError(f"Report recipient {row} has no 'phone' or 'customers' list.")
        recipients.append(Recipient(phone=phone, customers=tuple(members), sensitive=False))
        for customer_id in members:
            phones.setdefault(customer_id, []).append(phone)
    unreachable = {item["customer"]: item for item in report["unreachable"]}
    customers = []
    for role in roles:
        for customer_id in report["customers"][role]:
            lost = unreachable.get(customer_id, {})
            customers.append(
                AffectedCustomer(
                    customer_id=customer_id,
                    fid=-1,
                    role=role,
                    category=None,
                    sensitive=bool(lost.get("sensitive", False)),
                    shared_meter=False,
                    units=1,
                    phones=tuple(phones.get(customer_id, ())),
                    reason=lost.get("reason"),
                    address=None,
                    house_number=None,
                    municipality=None,
                    point=None,
                )
            )
    return CustomerSelection(tuple(customers), tuple(recipients), roles)


def places_from_report(report: dict) -> dict:
    """Municipalities and streets, most affected first; empty lists when absent."""
    places = report.get("places") or {}
    return {
        "municipalities": list(places.get("municipalities", ())),
        "streets": list(places.get("streets", ())),
    }


def plan_ids_from_report(report: dict) -> dict:
    """Work-site pipes, valves to close and the isolated pipes (conflict check keys)."""
    pipes = report.get("pipes") or {}
    valves = report.get("valves") or {}
    return {
        "work_pipe_ids": tuple((report.get("work_site") or {}).get("pipe_ids", ())),
        "valves_to_close": tuple(v.get("valve_id") for v in valves.get("to_close", ())),
        "segment_ids": tuple((pipes.get("isolated") or {}).get("pipe_ids", ())),
    }
