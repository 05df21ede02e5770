"""Skebby, Aruba and Mobyt: one REST v1.0 platform under three brands.

Batches of up to 1,000 recipients, and the client chooses the ``order_id``,
which is what makes a lost answer recoverable: we ask for the order
(``GET /sms/{order_id}``) before sending anything again. A 404 means the
order never arrived; an order that exists lists a status per recipient. A
session expires without warning, so a 401 logs in again once; a second 401
in a row is a real credentials problem and stops. A login answered 5xx or
429 is an outage, not a refusal: nothing was sent, and it goes again later.

Per-recipient statuses (the platform's documented list):

* pending: WAITING, SENT (to the SMSC), WAIT4DLVR, SCHEDULED;
* delivered: DLVRD;
* sent but not delivered: ERROR, TIMEOUT, KO (refused by the SMSC), DEMO
  (a demo account: nothing reaches the phone);
* refused for this number: INVALIDDST, UNKNRCPT, UNKNPFX, BLACKLISTED,
  INVALIDCONTENTS, TOOM4NUM/TOOM4USER (the platform's flood limits).
  A number missing from an existing order was dropped as invalid
  (``allowInvalidRecipients``).

An unknown status counts as pending: the order holds the number, so it was
taken, and a later poll will see where it went.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import datetime, timezone

from .. import reasons
from ..http import TransportError
from ..privacy import SECRETS
from ..provider import (
    AuthenticationError,
    Capabilities,
    Delivery,
    InboundMessage,
    Outcome,
    OutgoingMessage,
    Provider,
    RecipientResult,
    Reconcile,
    RedirectedError,
    StatusReport,
    StatusUnavailableError,
    SubmitResult,
    UnreadableLoginError,
    refusal_reason,
)
from .common import (
    ask,
    error_result,
    json_body,
    json_object,
    redirect_text,
    transport_result,
    unreadable,
)

DEFAULT_BASE_URL = "https://api.skebby.it"
API = "/API/v1.0/REST"
PENDING_STATUSES = frozenset({"WAITING", "SENT", "WAIT4DLVR", "SCHEDULED"})
DELIVERED_STATUSES = frozenset({"DLVRD"})
UNDELIVERED_STATUSES = frozenset({"ERROR", "TIMEOUT", "KO", "DEMO"})
REFUSED_STATUSES = frozenset(
    {"INVALIDDST", "UNKNRCPT", "UNKNPFX", "BLACKLISTED", "INVALIDCONTENTS", "TOOM4NUM", "TOOM4USER"}
)
#: The ``dropped`` status: a number the order does not list was refused as invalid.
DROPPED = "INVALIDDST"


def delivery_of(status: str) -> Delivery:
    """One recipient's platform status, normalised (see the module docstring)."""
    status = status.upper()
    if status in DELIVERED_STATUSES:
        return Delivery.DELIVERED
    if status in UNDELIVERED_STATUSES:
        return Delivery.UNDELIVERED
    if status in REFUSED_STATUSES:
        return Delivery.REFUSED
    return Delivery.ACCEPTED


class SkebbyProvider(Provider):
    """Credentials: ``username`` and ``password``. Options: ``auth_mode``
    ("session" or "token"), ``message_type`` (default "GP", high quality)."""

    name = "skebby"
    capabilities = Capabilities(
        max_batch=1000,
        client_reference=True,
        status_lookup=True,
        reconcile=Reconcile.REFERENCE,
        inbound=True,
    )

    def __init__(self, profile, credentials, http):
        super().__init__(profile, credentials, http)
        self._keys: dict[str, str] | None = None
        self._login_lock = threading.Lock()

    def _url(self, path: str) -> str:
        return f"{(self.profile.base_url or DEFAULT_BASE_URL).rstrip('/')}{API}{path}"

    def _login(self, stale: dict | None) -> dict[str, str]:
        """Log in unless another thread already replaced the ``stale`` keys."""
        with self._login_lock:
            if self._keys is not None and self._keys is not stale:
                return self._keys
            token_mode = self.profile.options.get("auth_mode") == "token"
            response = self.http.request(
                "GET",
                self._url("/token" if token_mode else "/login"),
                auth=(self.credentials.username, self.credentials.password),
            )
            if 300 <= response.status_code < 400:  # before anything was sent
                raise RedirectedError(redirect_text(response), in_doubt=False)
            if response.status_code == 200 and ";" not in response.text:
                raise UnreadableLoginError(
                    f"Skebby login answered HTTP 200 without a session: {response.text[:120]}"
                )
            if response.status_code == 429 or response.status_code >= 500:  # nothing sent
                code = (
                    reasons.THROTTLED if response.status_code == 429 else reasons.NETWORK_UNREACHED
                )
                raise TransportError(f"Skebby login: HTTP {response.status_code}", True, code)
            if response.status_code != 200:
                raise AuthenticationError(
                    f"Skebby login refused (HTTP {response.status_code}); check the user "
                    "name and password of the gateway profile."
                )
            user_key, secret = response.text.strip().split(";", 1)
            SECRETS.add(user_key, secret)  # session keys are secrets too, in every log line
            header = "Access_token" if token_mode else "Session_key"
            self._keys = {"user_key": user_key, header: secret}
            return self._keys

    def _call(self, method: str, path: str, **kwargs):
        """One authenticated request; a 401 logs in again once, not twice."""
        keys = self._keys or self._login(None)
        response = self.http.request(method, self._url(path), headers=keys, **kwargs)
        if response.status_code == 401:
            keys = self._login(keys)
            response = self.http.request(method, self._url(path), headers=keys, **kwargs)
            if response.status_code == 401:
                raise AuthenticationError("Skebby refused a fresh session twice in a row.")
        return response

    def submit(self, batch_ref: str, messages: Sequence[OutgoingMessage]) -> SubmitResult:
        texts = {message.text for message in messages}
        if len(texts) != 1:
            raise ValueError("A Skebby request carries one text for all its recipients.")
        order = {
            "message_type": self.profile.options.get("message_type", "GP"),
            "message": texts.pop(),
            "recipient": [message.phone for message in messages],
            "sender": self.profile.sender,
            "order_id": batch_ref,
            "returnCredits": False,
            "allowInvalidRecipients": True,
        }
        try:
            response = self._call("POST", "/sms", json=order)
        except TransportError as exc:
            return transport_result(exc, can_ask=True)
        if response.status_code not in (200, 201):
            return error_result(response, can_ask=True, provider="Skebby")
        data = json_object(response)
        if data is None or "result" not in data:
            return unreadable(response, can_ask=True, missing="a result")
        if data["result"] != "OK":
            return SubmitResult(Outcome.FAILED, code=reasons.REQUEST_REFUSED, detail=str(data))
        total = str(data.get("total_sent", len(messages)))
        if not total.isdigit():
            return unreadable(response, can_ask=True, missing="a count of numbers sent")
        if int(total) >= len(messages):
            accepted = RecipientResult(Outcome.ACCEPTED, batch_ref)
            return SubmitResult(Outcome.ACCEPTED, {m.ref: accepted for m in messages})
        return SubmitResult(Outcome.ACCEPTED, self._split_partial(batch_ref, messages))

    def _split_partial(self, batch_ref, messages) -> dict[str, RecipientResult]:
        """Which recipients of a partly accepted order went through, per number."""
        try:
            statuses = self.lookup(batch_ref, messages)
        except StatusUnavailableError as exc:
            unsure = RecipientResult(Outcome.UNCERTAIN, batch_ref, exc.code, str(exc))
            return {message.ref: unsure for message in messages}
        if statuses is None:  # the order it just took is not listed yet: ask later
            unsure = RecipientResult(
                Outcome.UNCERTAIN, batch_ref, reasons.NOT_LISTED_YET, "order not found yet"
            )
            return {message.ref: unsure for message in messages}
        results = {}
        for message in messages:
            report = statuses[message.ref]
            if report.delivery is Delivery.REFUSED:
                results[message.ref] = RecipientResult(
                    Outcome.FAILED, code=refusal_reason(report.code), detail=f"Skebby {report.code}"
                )
            else:
                results[message.ref] = RecipientResult(Outcome.ACCEPTED, batch_ref)
        return results

    def lookup(self, batch_ref, messages):
        """The order's per-recipient statuses; ``None`` when no such order exists."""
        response = ask(self, lambda: self._call("GET", f"/sms/{batch_ref}"))
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise StatusUnavailableError(f"Skebby order status: HTTP {response.status_code}")
        recipients = (json_object(response) or {}).get("recipients")
        if not isinstance(recipients, list):  # a proxy's page: no proof of any status
            raise StatusUnavailableError("Skebby order status: an answer without its recipients")
        by_phone = {}
        for row in recipients:
            if not isinstance(row, dict):
                continue
            status = str(row.get("status", "")).upper()
            report = StatusReport(delivery_of(status), batch_ref, status)
            by_phone[digits(row.get("destination"))] = report
        dropped = StatusReport(Delivery.REFUSED, batch_ref, DROPPED)
        return {m.ref: by_phone.get(digits(m.phone), dropped) for m in messages}

    def inbound(self, since: float) -> list[InboundMessage]:
        """Replies: the received-SMS history (``srsmshistory``) from ``since`` on."""
        start = datetime.fromtimestamp(since, timezone.utc).strftime("%Y%m%d%H%M%S")
        response = ask(self, lambda: self._call("GET", f"/srsmshistory?from={start}"))
        if response.status_code != 200:
            raise StatusUnavailableError(f"Skebby received SMS: HTTP {response.status_code}")
        found = []
        for row in json_body(response).get("srsmshistory") or []:
            try:
                at = datetime.strptime(str(row.get("sms_date")), "%Y%m%d%H%M%S")
            except ValueError:
                continue
            found.append(
                InboundMessage(
                    f"skebby-{row.get('id_message')}",
                    "+" + digits(row.get("sender")),
                    str(row.get("message") or ""),
                    at.replace(tzinfo=timezone.utc).timestamp(),
                )
            )
        return sorted(found, key=lambda message: message.at)


def digits(phone) -> str:
    """A number's digits: the platform may echo it with or without the "+"."""
    return "".join(ch for ch in str(phone or "") if ch.isdigit())
