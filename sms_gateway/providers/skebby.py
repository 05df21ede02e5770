"""Skebby, Aruba and Mobyt: one REST v1.0 platform under three brands.

Batches of up to 1,000 recipients, and the client chooses the ``order_id``,
which is what makes a lost answer recoverable: we ask for the order before
sending anything again. A session expires without warning, so a 401 logs in
again once; a second 401 in a row is a real credentials problem and stops.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence

from ...common.phone_privacy import scrub_phones
from ..http import TransportError
from ..provider import (
    AuthenticationError,
    Capabilities,
    Delivery,
    Outcome,
    OutgoingMessage,
    Provider,
    RecipientResult,
    StatusReport,
    StatusUnavailableError,
    SubmitResult,
)
from .common import error_result, json_body, transport_result

DEFAULT_BASE_URL = "https://api.skebby.it"
API = "/API/v1.0/REST"
PENDING_STATUSES = frozenset({"WAITING", "SENT", "WAIT4DLVR", "SCHEDULED"})
DELIVERED_STATUSES = frozenset({"DLVRD"})


class SkebbyProvider(Provider):
    """Credentials: ``username`` and ``password``. Options: ``auth_mode``
    ("session" or "token"), ``message_type`` (default "GP", high quality)."""

    name = "skebby"
    capabilities = Capabilities(max_batch=1000, client_reference=True, status_lookup=True)

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
            if response.status_code != 200 or ";" not in response.text:
                raise AuthenticationError(
                    f"Skebby login refused (HTTP {response.status_code}); check the user "
                    "name and password of the gateway profile."
                )
            user_key, secret = response.text.strip().split(";", 1)
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
            return transport_result(exc, has_reference=True)
        if response.status_code not in (200, 201):
            return error_result(response, has_reference=True)
        data = json_body(response)
        if data.get("result", "OK") != "OK":
            return SubmitResult(Outcome.FAILED, code="KO", detail=scrub_phones(str(data)[:200]))
        if int(data.get("total_sent", len(messages))) >= len(messages):
            accepted = RecipientResult(Outcome.ACCEPTED, batch_ref)
            return SubmitResult(Outcome.ACCEPTED, {m.ref: accepted for m in messages})
        return SubmitResult(Outcome.ACCEPTED, self._split_partial(batch_ref, messages))

    def _split_partial(self, batch_ref, messages) -> dict[str, RecipientResult]:
        """Which recipients of a partly accepted order went through, per number."""
        try:
            statuses = self.lookup(batch_ref, messages) or {}
        except StatusUnavailableError as exc:
            unsure = RecipientResult(Outcome.UNCERTAIN, batch_ref, detail=str(exc))
            return {message.ref: unsure for message in messages}
        results = {}
        for message in messages:
            report = statuses.get(message.ref)
            if report is None or report.delivery is Delivery.UNDELIVERED:
                code = report.code if report else "INVALIDDST"
                results[message.ref] = RecipientResult(
                    Outcome.FAILED, code=code, detail="refused by the provider for this number"
                )
            else:
                results[message.ref] = RecipientResult(Outcome.ACCEPTED, batch_ref)
        return results

    def lookup(self, batch_ref, messages):
        try:
            response = self._call("GET", f"/sms/{batch_ref}")
        except TransportError as exc:
            raise StatusUnavailableError(str(exc)) from exc
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise StatusUnavailableError(f"Skebby status lookup: HTTP {response.status_code}")
        by_phone = {}
        for row in json_body(response).get("recipients", []):
            status = str(row.get("status", "")).upper()
            if status in DELIVERED_STATUSES:
                delivery = Delivery.DELIVERED
            elif status in PENDING_STATUSES:
                delivery = Delivery.ACCEPTED
            else:
                delivery = Delivery.UNDELIVERED
            by_phone[row.get("destination")] = StatusReport(delivery, batch_ref, status)
        return {m.ref: by_phone[m.phone] for m in messages if m.phone in by_phone}
