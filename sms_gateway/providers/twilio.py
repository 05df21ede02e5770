"""Twilio Programmable Messaging (the 2010-04-01 Messages API).

One recipient per request and no client reference: Twilio cannot tell us
whether a request whose answer was lost went through, so a server error or
a read timeout leaves the message UNCERTAIN for the operator. Delivery
status is read back by message SID.
"""

from __future__ import annotations

from collections.abc import Sequence

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

DEFAULT_BASE_URL = "https://api.twilio.com"
DELIVERY = {
    "delivered": Delivery.DELIVERED,
    "read": Delivery.DELIVERED,
    "undelivered": Delivery.UNDELIVERED,
    "failed": Delivery.UNDELIVERED,
    "canceled": Delivery.UNDELIVERED,
}


class TwilioProvider(Provider):
    """Credentials: ``username`` = Account SID, ``password`` (or ``token``) = Auth Token.
    Options: ``messaging_service_sid`` (instead of the sender), ``status_callback``."""

    name = "twilio"
    capabilities = Capabilities(max_batch=1, client_reference=False, status_lookup=True)

    def _messages_url(self, suffix: str = "") -> str:
        base = (self.profile.base_url or DEFAULT_BASE_URL).rstrip("/")
        return f"{base}/2010-04-01/Accounts/{self.credentials.username}/Messages{suffix}.json"

    @property
    def _auth(self) -> tuple[str, str]:
        return (self.credentials.username, self.credentials.password or self.credentials.token)

    def submit(self, batch_ref: str, messages: Sequence[OutgoingMessage]) -> SubmitResult:
        (message,) = messages
        form = {"To": message.phone, "Body": message.text}
        options = self.profile.options
        if options.get("messaging_service_sid"):
            form["MessagingServiceSid"] = options["messaging_service_sid"]
        else:
            form["From"] = self.profile.sender
        if options.get("status_callback"):
            form["StatusCallback"] = options["status_callback"]
        try:
            response = self.http.request("POST", self._messages_url(), data=form, auth=self._auth)
        except TransportError as exc:
            return transport_result(exc, has_reference=False)
        if response.status_code in (401, 403):
            raise AuthenticationError(
                f"Twilio refused the credentials (HTTP {response.status_code})."
            )
        if response.status_code in (200, 201):
            sid = json_body(response).get("sid")
            return SubmitResult(
                Outcome.ACCEPTED, recipients={message.ref: RecipientResult(Outcome.ACCEPTED, sid)}
            )
        result = error_result(response, has_reference=False)
        code = json_body(response).get("code")
        if result.outcome is Outcome.FAILED and code:
            return SubmitResult(Outcome.FAILED, code=str(code), detail=result.detail)
        return result

    def lookup(self, batch_ref, messages):
        found = {}
        for message in messages:
            if not message.provider_id:
                continue  # never acknowledged: Twilio cannot be asked about it
            try:
                response = self.http.request(
                    "GET", self._messages_url(f"/{message.provider_id}"), auth=self._auth
                )
            except TransportError as exc:
                raise StatusUnavailableError(str(exc)) from exc
            if response.status_code == 404:
                found[message.ref] = StatusReport(Delivery.UNKNOWN, message.provider_id)
            elif response.status_code == 200:
                data = json_body(response)
                delivery = DELIVERY.get(data.get("status"), Delivery.ACCEPTED)
                code = data.get("error_code")
                found[message.ref] = StatusReport(
                    delivery, message.provider_id, str(code) if code else data.get("status")
                )
            else:
                raise StatusUnavailableError(f"Twilio status lookup: HTTP {response.status_code}")
        return found
