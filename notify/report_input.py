"""A notice from the JSON report of ``outage:isolate`` or ``outage:customers``, checked again.

Processing chains algorithms through files, so ``outage:notify`` reads the
report written a step before. A file can be edited, or come from anywhere,
so nothing in it is trusted:

- its shape is checked before use: a list where an object belongs, a text
  recipient or a missing key is a :class:`ReportError` with a ``code`` and
  the place in the file, never a raw ``TypeError``;
- the report says *who* is affected (customer ids and roles, places, the
  work's pipes and valves); *how to reach them* is read again when the
  notice goes out (:func:`selection_now`): the customers layer's numbers
  for those customers, through the same phone, consent and opt-out rules
  as a click. A number of the report that is no longer a consented mobile
  of its customers (a typo, a withdrawn consent, an opt-out, a number
  added to the file by hand) is not sent to, and the operator is told.

The selection rebuilt from the report alone (:func:`selection_from_report`)
carries what the history and the masked call-centre CSV need, and leaves
addresses empty.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace

from ..customers.phones import NO_PHONE
from ..customers.selection import (
    LOW_PRESSURE,
    AffectedCustomer,
    CustomerSelection,
    Recipient,
    assemble,
)

REQUIRED_KEYS = ("customers", "recipients", "unreachable", "counts")

# Codes of ReportError; the adapters hold their words.
NOT_JSON = "report_not_json"
NOT_OBJECT = "report_not_object"
MISSING_KEYS = "report_missing_keys"
WRONG_SHAPE = "report_wrong_shape"
#: What :data:`WRONG_SHAPE` expected at the place it names.
OBJECT, LIST, TEXT, IDENTIFIER, TRUE_FALSE = "object", "list", "text", "id", "true_false"

_ENGLISH = {
    NOT_JSON: "The report is not JSON (line {line}, column {column}).",
    NOT_OBJECT: "The report is a JSON {found}, not an object.",
    MISSING_KEYS: (
        "The report has no {keys} key(s): use the JSON report of outage:isolate "
        "(with a customers layer) or outage:customers."
    ),
    WRONG_SHAPE: "The report's '{where}' should be {expected}, not {found}.",
}


class ReportError(ValueError):
    """The report file is not one written by outage:isolate or outage:customers.

    ``code`` is one of the module's codes and ``params`` its values
    (``where`` is a place in the file such as ``recipients[3].phone``).
    """

    def __init__(self, code: str, **params):
        super().__init__(_ENGLISH[code].format(**params))
        self.code = code
        self.params = params


def parse_report(text: str) -> dict:
    """The report object in ``text``, or a :class:`ReportError`."""
    try:
        report = json.loads(text)
    except json.JSONDecodeError as error:
        raise ReportError(NOT_JSON, line=error.lineno, column=error.colno) from None
    except RecursionError:  # nested thousands of levels deep: not a report either
        raise ReportError(NOT_JSON, line=1, column=1) from None
    if not isinstance(report, dict):
        raise ReportError(NOT_OBJECT, found=_kind(report))
    return report


def selection_from_report(report: dict) -> CustomerSelection:
    """The customers and recipients of ``report``, in the report's order."""
    missing = [key for key in REQUIRED_KEYS if key not in report]
    if missing:
        raise ReportError(MISSING_KEYS, keys=", ".join(missing))
    # The low-pressure group keeps water: it is not told of the interruption.
    roles = {
        role: ids
        for role, ids in _object(report["customers"], "customers").items()
        if role != LOW_PRESSURE
    }
    _object(report["counts"], "counts")
    recipients = []
    phones: dict = {}
    for row, item in enumerate(_list(report["recipients"], "recipients")):
        where = f"recipients[{row}]"
        _object(item, where)
        phone = _text(item.get("phone"), f"{where}.phone")
        members = tuple(_ids(item.get("customers"), f"{where}.customers"))
        recipients.append(Recipient(phone=phone, customers=members, sensitive=False))
        for customer_id in members:
            phones.setdefault(customer_id, []).append(phone)
    unreachable = {}
    for row, item in enumerate(_list(report["unreachable"], "unreachable")):
        where = f"unreachable[{row}]"
        _object(item, where)
        customer_id = _id(item.get("customer"), f"{where}.customer")
        reason = item.get("reason")
        if reason is not None:
            _text(reason, f"{where}.reason")
        sensitive = _true_false(item.get("sensitive", False), f"{where}.sensitive")
        unreachable[customer_id] = (reason, sensitive)
    customers = []
    for role, ids in roles.items():
        for customer_id in _ids(ids, f"customers.{role}"):
            reason, sensitive = unreachable.get(customer_id, (None, False))
            customers.append(
                AffectedCustomer(
                    customer_id=customer_id,
                    fid=-1,
                    role=role,
                    category=None,
                    sensitive=sensitive,
                    shared_meter=False,
                    units=1,
                    phones=tuple(phones.get(customer_id, ())),
                    reason=reason,
                    address=None,
                    house_number=None,
                    municipality=None,
                    point=None,
                )
            )
    return CustomerSelection(tuple(customers), tuple(recipients), tuple(roles))


def places_from_report(report: dict) -> dict:
    """Municipalities and streets, most affected first; empty lists when absent."""
    places = _optional_object(report, "places", "places")
    found = {}
    for key in ("municipalities", "streets"):
        names = _list(places.get(key, ()), f"places.{key}")
        found[key] = [_text(name, f"places.{key}[{n}]") for n, name in enumerate(names)]
    return found


def plan_ids_from_report(report: dict) -> dict:
    """Work-site pipes, valves to close and the isolated pipes (conflict check keys)."""
    pipes = _optional_object(report, "pipes", "pipes")
    valves = _optional_object(report, "valves", "valves")
    work_site = _optional_object(report, "work_site", "work_site")
    isolated = _optional_object(pipes, "isolated", "pipes.isolated")
    to_close = _list(valves.get("to_close", ()), "valves.to_close")
    return {
        "work_pipe_ids": tuple(_ids(work_site.get("pipe_ids", ()), "work_site.pipe_ids")),
        "valves_to_close": tuple(
            _id(_object(valve, f"valves.to_close[{n}]").get("valve_id"), f"valves.to_close[{n}]")
            for n, valve in enumerate(to_close)
        ),
        "segment_ids": tuple(_ids(isolated.get("pipe_ids", ()), "pipes.isolated.pipe_ids")),
    }


@dataclass(frozen=True)
class NumberChanges:
    """How the numbers sent to differ from the report's: the report's phones not sent
    to (``dropped``, as written there), the layer's new ones (``added``), and the
    customer ids the customers layer no longer has (``missing``)."""

    dropped: tuple = ()
    added: tuple = ()
    missing: tuple = ()


def selection_now(reported: CustomerSelection, index) -> tuple[CustomerSelection, NumberChanges]:
    """The report's customers with the numbers ``index`` gives them now.

    ``index`` is a :class:`~..customers.index.CustomerIndex` of the customers
    layer as it is when the notice goes out, with the utility's consent
    values and opt-out list: each customer keeps its role from the report
    and gets its reachable numbers, or its reason, from the layer. A
    customer the layer no longer has is unreachable (``no_phone``). A
    customer the report marks sensitive stays sensitive.
    """
    by_role: dict = {}
    for customer in reported.customers:
        by_role.setdefault(customer.role, []).append(customer.customer_id)
    current = {}
    for role, ids in by_role.items():
        for customer in index.select_ids(dict.fromkeys(ids), role).customers:
            current.setdefault(customer.customer_id, customer)
    affected, missing = [], []
    for customer in reported.customers:
        now = current.get(customer.customer_id)
        if now is None:
            missing.append(customer.customer_id)
            affected.append(replace(customer, phones=(), reason=customer.reason or NO_PHONE))
        else:
            affected.append(replace(now, sensitive=now.sensitive or customer.sensitive))
    selection = assemble(_distinct(affected), reported.roles)
    before = [recipient.phone for recipient in reported.recipients]
    after = {recipient.phone for recipient in selection.recipients}
    changes = NumberChanges(
        dropped=tuple(phone for phone in dict.fromkeys(before) if phone not in after),
        added=tuple(r.phone for r in selection.recipients if r.phone not in set(before)),
        missing=tuple(missing),
    )
    return selection, changes


def _distinct(customers: list) -> list:
    """One entry per (customer, role): a report may list a customer twice."""
    return list({(c.customer_id, c.role): c for c in customers}.values())


# -- shapes ------------------------------------------------------------------


def _kind(value) -> str:
    if isinstance(value, dict):
        return OBJECT
    if isinstance(value, list):
        return LIST
    if isinstance(value, str):
        return TEXT
    if isinstance(value, bool):
        return TRUE_FALSE
    return "null" if value is None else "number"


def _expect(ok: bool, value, where: str, expected: str):
    if not ok:
        raise ReportError(WRONG_SHAPE, where=where, expected=expected, found=_kind(value))
    return value


def _object(value, where: str) -> dict:
    return _expect(isinstance(value, dict), value, where, OBJECT)


def _optional_object(parent: dict, key: str, where: str) -> dict:
    """``parent[key]``, an object or absent (null: absent, as the reports write it)."""
    value = parent.get(key)
    return {} if value is None else _object(value, where)


def _list(value, where: str) -> list:
    return _expect(isinstance(value, (list, tuple)), value, where, LIST)


def _text(value, where: str) -> str:
    return _expect(isinstance(value, str), value, where, TEXT)


def _true_false(value, where: str) -> bool:
    return _expect(isinstance(value, bool), value, where, TRUE_FALSE)


def _id(value, where: str):
    """A feature id as the user's layer holds it: text or a whole number."""
    is_id = isinstance(value, str) or (isinstance(value, int) and not isinstance(value, bool))
    return _expect(is_id, value, where, IDENTIFIER)


def _ids(values, where: str) -> list:
    return [_id(value, f"{where}[{n}]") for n, value in enumerate(_list(values, where))]
