"""A provider described by templates, for gateways without their own module.

Method, URL, headers and body are jinja2 templates rendered in a
``SandboxedEnvironment`` (the operator types them; they must not reach
Python internals) with ``StrictUndefined`` (a typo is an error, not an empty
field). Dotted JSON paths read the message id and status from the answer;
status values sort the answer into accepted, throttled (e.g. Vonage "1",
safe to retry) or refused.

Options (``profile.options``): ``method``, ``url``, ``headers`` (dict),
``body``, ``id_path``, ``status_path``, ``accepted_values``, ``retry_values``,
``max_batch``, ``client_reference`` and, for status lookups, ``status_url``,
``report_path``, ``delivered_values``, ``undelivered_values``.
Template names: ``base_url``, ``sender``, ``credentials``, ``batch_ref``,
``message`` (first message: ``ref``, ``phone``, ``text``), ``messages``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict

from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

from ...common.phone_privacy import scrub_phones
from ..http import TransportError
from ..provider import (
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

_ENV = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)


def json_path(data, path: str):
    """``messages.0.status`` → data["messages"][0]["status"]; None when absent."""
    for part in path.split(".") if path else ():
        if isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        elif isinstance(data, dict) and part in data:
            data = data[part]
        else:
            return None
    return data


class GenericHttpProvider(Provider):
    """Any HTTP gateway, configured by templates in the profile options."""

    name = "generic"

    def __init__(self, profile, credentials, http):
        options = profile.options
        missing = [key for key in ("url", "body") if not options.get(key)]
        if missing:
            raise ValueError(
                f"Profile '{profile.name}': the generic provider needs the option(s) "
                f"{', '.join(missing)}."
            )
        self.capabilities = Capabilities(
            max_batch=int(options.get("max_batch", 1)),
            client_reference=bool(options.get("client_reference", False)),
            status_lookup=bool(options.get("status_url")),
        )
        super().__init__(profile, credentials, http)

    def _render(self, template: str, context: dict) -> str:
        try:
            return _ENV.from_string(template).render(context)
        except TemplateError as exc:
            raise ValueError(
                f"Profile '{self.profile.name}': the generic provider template "
                f"'{template[:60]}' cannot be rendered: {exc}"
            ) from exc

    def _context(self, batch_ref: str, messages: Sequence[OutgoingMessage]) -> dict:
        rows = [asdict(message) for message in messages]
        return {
            "base_url": self.profile.base_url.rstrip("/"),
            "sender": self.profile.sender,
            "credentials": asdict(self.credentials),
            "batch_ref": batch_ref,
            "message": rows[0],
            "messages": rows,
        }

    def submit(self, batch_ref: str, messages: Sequence[OutgoingMessage]) -> SubmitResult:
        options = self.profile.options
        context = self._context(batch_ref, messages)
        headers = {
            name: self._render(value, context) for name, value in options.get("headers", {}).items()
        }
        safe_lookup = self.capabilities.client_reference and self.capabilities.status_lookup
        try:
            response = self.http.request(
                self._render(options.get("method", "POST"), context),
                self._render(options["url"], context),
                headers=headers,
                data=self._render(options["body"], context).encode("utf-8"),
            )
        except TransportError as exc:
            return transport_result(exc, has_reference=safe_lookup)
        if not 200 <= response.status_code < 300:
            return error_result(response, has_reference=safe_lookup)
        data = json_body(response)
        provider_id = json_path(data, options.get("id_path", ""))
        status = json_path(data, options.get("status_path", ""))
        status = None if status is None else str(status)
        if status is not None and status in options.get("retry_values", []):
            return SubmitResult(Outcome.RETRY, code=status, detail="throttled by the provider")
        if status is not None and status not in options.get("accepted_values", [status]):
            return SubmitResult(Outcome.FAILED, code=status, detail=scrub_phones(str(data)[:200]))
        accepted = RecipientResult(
            Outcome.ACCEPTED, None if provider_id is None else str(provider_id)
        )
        return SubmitResult(Outcome.ACCEPTED, {message.ref: accepted for message in messages})

    def lookup(self, batch_ref, messages):
        options = self.profile.options
        found = {}
        for message in messages:
            context = self._context(batch_ref, [message])
            try:
                response = self.http.request("GET", self._render(options["status_url"], context))
            except TransportError as exc:
                raise StatusUnavailableError(str(exc)) from exc
            if response.status_code == 404:
                found[message.ref] = StatusReport(Delivery.UNKNOWN)
                continue
            if response.status_code != 200:
                raise StatusUnavailableError(f"status lookup: HTTP {response.status_code}")
            value = str(json_path(json_body(response), options.get("report_path", "status")))
            if value in options.get("delivered_values", ["delivered"]):
                delivery = Delivery.DELIVERED
            elif value in options.get("undelivered_values", ["undelivered", "failed"]):
                delivery = Delivery.UNDELIVERED
            else:
                delivery = Delivery.ACCEPTED
            found[message.ref] = StatusReport(delivery, message.provider_id, value)
        return found
