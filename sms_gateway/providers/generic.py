"""A provider described by templates, for gateways without their own module.

Method, URL, headers and body are jinja2 templates rendered in a
``SandboxedEnvironment`` (the operator types them; they must not reach
Python internals) with ``StrictUndefined`` (a typo is an error, not an empty
field). The rules are written for operators in ``docs/gateways.md``.

**Every value is encoded for the place it is rendered in**, so a street
called ``Via Roma&to=+19005550100`` stays one value and the ``+`` of a phone
stays a ``+``:

* the URL: percent-encoded (``+`` → ``%2B``, ``&`` → ``%26``, ``/`` → ``%2F``);
  ``{{ base_url }}`` is the profile's own address and goes in as written;
* the body: by ``body_encoding`` (default from the ``Content-Type`` header):
  ``form`` percent-encodes, ``json`` escapes for a JSON string, ``xml``
  escapes markup; ``none`` inserts values raw (an explicit opt-in);
* headers: inserted as written, but a value holding CR or LF is refused
  before anything is sent and the message is FAILED (``header_crlf``).

Filters: ``|raw`` inserts one value exactly as it is (opt-in);
``|urlencode`` percent-encodes (in a JSON body too); ``|tojson`` writes a
complete JSON value (a list of phones, a quoted string), which a URL still
percent-encodes.

Options (``profile.options``): ``method``, ``url``, ``headers`` (dict),
``body``, ``body_encoding``, ``basic_auth`` (HTTP Basic from the
credentials, on every request), ``id_path``, ``status_path``,
``accepted_values``, ``retry_values``, ``stop_values``, ``max_batch``,
``client_reference``; a per-recipient answer (``recipients.py``):
``recipients_path``, ``recipient_ref_path``, ``recipient_phone_path``,
``recipient_id_path``, ``recipient_status_path``, ``refused_reasons``;
the look-up (same templates and rules): ``lookup_url`` (or ``status_url``),
``lookup_method``, ``lookup_headers``, ``lookup_body``,
``lookup_status_path`` (or ``report_path``), ``lookup_list_path`` (an
empty list there: not found, once ``list_settle_seconds`` have passed),
``delivered_values``,
``undelivered_values``, ``refused_values``, ``not_sent_values``,
``not_found_statuses``; the replies customers send (``inbound``):
``inbound_url`` (names ``since``, ISO 8601 UTC, and ``since_epoch`` too),
``inbound_method``, ``inbound_headers``, ``inbound_body``, ``inbound_list_path``
(where the list is in the answer), ``inbound_id_path``, ``inbound_phone_path``,
``inbound_text_path``, ``inbound_time_path`` (epoch seconds or ISO 8601).
A voice gateway is the same provider with ``channel: call``: its text is
the speech text, and ``unanswered_values`` (default ``busy``, ``no-answer``)
are calls that rang out unanswered, placed again as ``notify.redial`` allows.
Template names: ``base_url``, ``sender``, ``credentials``, ``batch_ref``,
``message`` (first message: ``ref``, ``phone``, ``text``, ``provider_id``,
``reference``), ``messages``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime, timezone
from urllib.parse import quote, urlencode

from jinja2 import StrictUndefined, TemplateError, UndefinedError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import escape

from ...common.vocabulary import CALL, SMS
from .. import reasons
from ..http import GatewayStop, TransportError
from ..provider import (
    Capabilities,
    Delivery,
    Finding,
    InboundMessage,
    Outcome,
    OutgoingMessage,
    Provider,
    RecipientResult,
    Reconcile,
    Resolution,
    StatusReport,
    StatusUnavailableError,
    SubmitResult,
)
from .common import (
    ask,
    error_result,
    json_body,
    json_object,
    json_path,
    list_settled,
    retry_after,
    transport_result,
    unreadable,
)
from .recipients import batch_outcome, read_recipients, stop_if_refused

METHODS = frozenset({"GET", "POST", "PUT", "PATCH"})


class TemplateStop(GatewayStop):
    """A template of the profile cannot be rendered: nothing is sent."""

    code = reasons.INVALID_REQUEST


class Encoded(str):
    """A value already written for ``place`` ("url", "json", "xml"; "raw"
    for anywhere): the renderer leaves it alone there, encodes it elsewhere."""

    place = "raw"

    def __new__(cls, text: str, place: str):
        value = super().__new__(cls, text)
        value.place = place
        return value


def _url(value: str) -> str:
    return quote(value, safe="")


def _json(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)[1:-1]


def _xml(value: str) -> str:
    return str(escape(value))


ENCODERS = {"url": _url, "json": _json, "xml": _xml, "none": str, "header": str}
BODY_ENCODINGS = {"form": "url", "json": "json", "xml": "xml", "none": "none"}
CONTENT_TYPES = {
    "form": "application/x-www-form-urlencoded",
    "json": "application/json",
    "xml": "application/xml",
}


def _environment(place: str) -> SandboxedEnvironment:
    """A sandbox whose every ``{{ value }}`` is encoded for ``place``."""
    encode = ENCODERS[place]

    def finalize(value):
        if isinstance(value, Encoded) and value.place in (place, "raw"):
            return value
        return encode("" if value is None else str(value))

    env = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, finalize=finalize)
    env.filters["raw"] = lambda value: Encoded(str(value), "raw")
    env.filters["urlencode"] = lambda value: Encoded(
        urlencode(value) if isinstance(value, dict) else _url(str(value)), "url"
    )
    env.filters["tojson"] = lambda value: Encoded(json.dumps(value, ensure_ascii=False), "json")
    return env


ENVIRONMENTS = {place: _environment(place) for place in ENCODERS}


def _moment(value) -> float | None:
    """Epoch seconds from a number or an ISO 8601 text (``Z`` for UTC); None otherwise."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).timestamp()


def body_encoding(options: dict, headers: dict) -> str:
    """``form``, ``json``, ``xml`` or ``none``: the option, else the Content-Type."""
    chosen = options.get("body_encoding")
    if chosen:
        if chosen not in BODY_ENCODINGS:
            raise TemplateStop(f"body_encoding '{chosen}' is not one of {sorted(BODY_ENCODINGS)}")
        return chosen
    kind = next((v for k, v in headers.items() if k.lower() == "content-type"), "").lower()
    return "json" if "json" in kind else "xml" if "xml" in kind else "form"


class GenericHttpProvider(Provider):
    """Any HTTP gateway, configured by templates in the profile options."""

    name = "generic"

    def __init__(self, profile, credentials, http):
        options = profile.options
        if not options.get("url"):
            raise ValueError(
                f"Profile '{profile.name}': the generic provider needs a 'url' option."
            )
        self.channel = options.get("channel", SMS)
        if self.channel not in (SMS, CALL):
            raise ValueError(
                f"Profile '{profile.name}': channel '{self.channel}' is not '{SMS}' or '{CALL}'."
            )
        problems = profile.generic_problems()
        if problems:
            raise ValueError(" ".join(problem.message for problem in problems))
        self.lookup_url = options.get("lookup_url") or options.get("status_url")
        by_reference = bool(options.get("client_reference", False)) and bool(self.lookup_url)
        self.capabilities = Capabilities(
            max_batch=int(options.get("max_batch", 1)),
            client_reference=bool(options.get("client_reference", False)),
            status_lookup=bool(self.lookup_url),
            reconcile=Reconcile.REFERENCE if by_reference else Reconcile.NONE,
            inbound=bool(options.get("inbound_url")),
        )
        super().__init__(profile, credentials, http)

    # -- rendering -------------------------------------------------------
    def _render(self, template: str, context: dict, place: str) -> str:
        try:
            return ENVIRONMENTS[place].from_string(str(template)).render(context)
        except UndefinedError:
            raise
        except TemplateError as exc:
            raise TemplateStop(
                f"Profile '{self.profile.name}': the generic provider template "
                f"'{str(template)[:60]}' cannot be rendered: {exc}"
            ) from exc

    def _context(self, batch_ref: str, messages: Sequence[OutgoingMessage]) -> dict:
        # A missing value is left out, not None, so that a template needing it
        # fails on it (e.g. a look-up by provider id before the provider gave one).
        rows = [{k: v for k, v in asdict(m).items() if v is not None} for m in messages]
        return {
            "base_url": Encoded(self.profile.base_url.rstrip("/"), "url"),
            "sender": self.profile.sender,
            "credentials": asdict(self.credentials),
            "batch_ref": batch_ref,
            "message": rows[0],
            "messages": rows,
        }

    def _request(self, prefix: str, context: dict) -> dict:
        """Method, URL, headers and body of the send (``prefix`` "") or the
        look-up (``prefix`` "lookup_"), rendered; raises ``UndefinedError``."""
        options = self.profile.options
        url = {"": options["url"], "lookup_": self.lookup_url}.get(prefix) or options.get(
            f"{prefix}url"
        )
        headers = {
            name: self._render(value, context, "header")
            for name, value in (options.get(f"{prefix}headers") or {}).items()
        }
        method = self._render(
            options.get(f"{prefix}method", "POST" if not prefix else "GET"), context, "header"
        )
        request = {
            "method": method.strip().upper(),
            "url": self._render(url, context, "url"),
            "headers": headers,
        }
        if options.get("basic_auth"):  # HTTP Basic from the credentials (ClickSend, Plivo...)
            request["auth"] = (self.credentials.username, self.credentials.password)
        body = options.get(f"{prefix}body")
        if body:
            encoding = body_encoding(options, headers)
            if encoding in CONTENT_TYPES and not any(k.lower() == "content-type" for k in headers):
                headers["Content-Type"] = CONTENT_TYPES[encoding]
            place = BODY_ENCODINGS[encoding]
            request["data"] = self._render(body, context, place).encode("utf-8")
        if request["method"] not in METHODS:
            raise TemplateStop(f"Profile '{self.profile.name}': unknown HTTP method '{method}'.")
        return request

    # -- sending ---------------------------------------------------------
    def submit(self, batch_ref: str, messages: Sequence[OutgoingMessage]) -> SubmitResult:
        options = self.profile.options
        can_ask = self.capabilities.reconcile is not Reconcile.NONE
        try:
            request = self._request("", self._context(batch_ref, messages))
        except UndefinedError as exc:
            raise TemplateStop(f"Profile '{self.profile.name}': {exc}") from exc
        try:
            response = self.http.request(**request)
        except TransportError as exc:
            return transport_result(exc, can_ask=can_ask)
        if not 200 <= response.status_code < 300:
            return error_result(response, can_ask=can_ask, provider=self.profile.name)
        # The answer's evidence (its status when the profile reads one, else its
        # id, else its per-recipient list) must be there: a 200 without it (a
        # proxy's page, an error message) is no proof the gateway took the message.
        data = json_object(response) or {}
        # An empty path would name the whole answer, never an id or a status.
        provider_id = json_path(data, options["id_path"]) if options.get("id_path") else None
        status = json_path(data, options["status_path"]) if options.get("status_path") else None
        if options.get("status_path"):
            evidence, value = "status_path", status
        elif options.get("recipients_path"):
            evidence, value = "", None  # the list is the evidence, read below
        else:
            evidence, value = "id_path", provider_id
        if options.get(evidence) and (value is None or isinstance(value, (dict, list))):
            return unreadable(response, can_ask, f"{evidence} '{options[evidence]}'")
        status = None if status is None else str(status)
        stop_if_refused(options, [status])
        if status is not None and status in options.get("retry_values", []):
            return SubmitResult(
                Outcome.RETRY, code=reasons.THROTTLED, detail=f"status {status}: throttled"
            )
        if status is not None and status not in options["accepted_values"]:
            return SubmitResult(
                Outcome.FAILED, code=reasons.REQUEST_REFUSED, detail=f"status {status}: {data}"
            )
        if options.get("recipients_path"):
            found = read_recipients(options, data, messages, can_ask)
            if found is None:
                missing = f"recipients_path '{options['recipients_path']}'"
                return unreadable(response, can_ask, missing)
            return SubmitResult(batch_outcome(found), found, retry_after=retry_after(response))
        accepted = RecipientResult(
            Outcome.ACCEPTED, None if provider_id is None else str(provider_id)
        )
        return SubmitResult(Outcome.ACCEPTED, {message.ref: accepted for message in messages})

    # -- look-ups ----------------------------------------------------------
    def _look(self, batch_ref: str, message: OutgoingMessage) -> Resolution:
        """One message's record at the provider, through the look-up templates."""
        by_reference = True
        try:
            bare = OutgoingMessage(
                message.ref, message.phone, message.text, None, message.reference
            )
            request = self._request("lookup_", self._context(batch_ref, [bare]))
        except UndefinedError:
            if not message.provider_id:
                return Resolution(Finding.HELD, code=reasons.LOOKUP_NEEDS_ID)
            by_reference = False
            try:
                request = self._request("lookup_", self._context(batch_ref, [message]))
            except UndefinedError as exc:
                raise TemplateStop(f"Profile '{self.profile.name}': {exc}") from exc
        try:
            response = ask(self, lambda: self.http.request(**request))
        except StatusUnavailableError as exc:
            return Resolution(Finding.HELD, code=exc.code, detail=str(exc), retry_at=exc.retry_at)
        options = self.profile.options
        if response.status_code in options.get("not_found_statuses", [404]):
            if by_reference:
                return Resolution(Finding.NOT_SENT, code=reasons.NOT_SENT, detail="not found")
            return Resolution(Finding.HELD, code=reasons.RECORD_LOST, detail=message.provider_id)
        if response.status_code != 200:
            return Resolution(
                Finding.HELD,
                code=reasons.LOOKUP_UNAVAILABLE,
                detail=f"HTTP {response.status_code}",
            )
        answer = json_object(response) or {}
        if options.get("lookup_list_path") and json_path(answer, options["lookup_list_path"]) == []:
            return self._absent(message, by_reference)
        path = options.get("lookup_status_path") or options.get("report_path", "status")
        value = json_path(answer, path)
        if value is None or isinstance(value, (dict, list)):  # a proxy's page, another shape
            detail = f"HTTP 200 without a status at '{path}'"
            return Resolution(Finding.HELD, code=reasons.LOOKUP_UNAVAILABLE, detail=detail)
        value = str(value)
        if value in options.get("not_sent_values", []):
            return Resolution(Finding.NOT_SENT, code=reasons.NOT_SENT, detail=value)
        if value in options.get("refused_values", []):
            report = StatusReport(Delivery.REFUSED, message.provider_id, value)
            return Resolution(Finding.REFUSED, report, reasons.REQUEST_REFUSED, value)
        unanswered = options.get("unanswered_values", ["busy", "no-answer"])
        if value in options.get("delivered_values", ["delivered"]):
            delivery = Delivery.DELIVERED
        elif self.channel == CALL and value in unanswered:
            delivery = Delivery.UNANSWERED
        elif value in options.get("undelivered_values", ["undelivered", "failed"]):
            delivery = Delivery.UNDELIVERED
        else:
            delivery = Delivery.ACCEPTED
        return Resolution(Finding.SENT, StatusReport(delivery, message.provider_id, value))

    def _absent(self, message: OutgoingMessage, by_reference: bool) -> Resolution:
        """The look-up's list is empty: never sent, once the list has had time
        to show the attempt (``list_settle_seconds``); a known id gone is lost."""
        if not by_reference:
            return Resolution(Finding.HELD, code=reasons.RECORD_LOST, detail=message.provider_id)
        settled, ready = list_settled(self, [message])
        if not settled:
            return Resolution(Finding.HELD, code=reasons.NOT_LISTED_YET, retry_at=ready)
        return Resolution(Finding.NOT_SENT, code=reasons.NOT_SENT, detail="not listed")

    def inbound(self, since: float) -> list[InboundMessage]:
        """Replies through the profile's ``inbound_*`` options (module docstring)."""
        options = self.profile.options
        context = {
            "base_url": Encoded(self.profile.base_url.rstrip("/"), "url"),
            "sender": self.profile.sender,
            "credentials": asdict(self.credentials),
            "since": datetime.fromtimestamp(since, timezone.utc).isoformat(timespec="seconds"),
            "since_epoch": int(since),
        }
        try:
            request = self._request("inbound_", context)
        except UndefinedError as exc:
            raise TemplateStop(f"Profile '{self.profile.name}': {exc}") from exc
        response = ask(self, lambda: self.http.request(**request))
        if response.status_code != 200:
            raise StatusUnavailableError(f"Replies: HTTP {response.status_code}")
        rows = json_path(json_body(response), options.get("inbound_list_path", ""))
        found = []
        for row in rows if isinstance(rows, list) else []:
            at = _moment(json_path(row, options.get("inbound_time_path", "received")))
            phone = json_path(row, options.get("inbound_phone_path", "from"))
            if at is None or not phone:
                continue
            text = json_path(row, options.get("inbound_text_path", "text"))
            ident = json_path(row, options.get("inbound_id_path", "id"))
            found.append(InboundMessage(f"{self.name}-{ident}", str(phone), str(text or ""), at))
        return sorted((m for m in found if m.at >= since), key=lambda m: m.at)

    def lookup(self, batch_ref, messages):
        """Delivery status per message; a message the look-up cannot settle is left out."""
        found = {}
        for message in messages:
            resolution = self._look(batch_ref, message)
            if resolution.finding is Finding.NOT_SENT:
                found[message.ref] = StatusReport(Delivery.UNKNOWN)
            elif resolution.report is not None:
                found[message.ref] = resolution.report
        return found

    def _reconcile(self, batches, known_ids):
        return {
            message.ref: self._look(batch_ref, message)
            for batch_ref, messages in batches.items()
            for message in messages
        }
