"""Twilio Programmable Messaging (the 2010-04-01 Messages API).

One recipient per request and no client reference, so a message whose
answer was lost (a 5xx, a read timeout, a crash) is looked for in Twilio's
message list: ``GET Messages.json?To=<number>``, every page (``PageSize`` up
to 1,000, following ``next_page_uri``), matched on the text. The rules keep
a guess from ever counting as an answer:

* a match counts only if the text carries the intervention reference
  (``OutgoingMessage.reference``): two notices with the same words to the
  same number would otherwise be indistinguishable;
* ids the caller already gave to other messages (``known_ids``) never
  match again, so an earlier re-send of the same text is not taken for it;
* exactly as many matches as messages in doubt for that number and text,
  or the messages are held (``ambiguous_match``);
* a near-identical text (Twilio's smart encoding may rewrite quotes and
  dashes) is held (``similar_message``), never matched nor resent;
* "not in the list" proves nothing until the list has settled: only when
  the attempt is ``list_settle_seconds`` old (default 120) is the message
  ``not_sent``; before that it is held (``not_listed_yet``) with the time to
  ask again. Twilio's list is built asynchronously and is known to lag.

The list is not filtered by ``DateSent``: a message still queued at Twilio
(a big batch drains at the sender's rate, for minutes) has no ``date_sent``
yet, and a ``DateSent`` filter would hide exactly the messages we look for.

Delivery status is read back by message SID (queued, accepted, scheduled,
sending, sent → pending; delivered, read → delivered; undelivered, failed,
canceled → undelivered).
"""

from __future__ import annotations

import email.utils
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from urllib.parse import urlencode

from .. import reasons
from ..http import TransportError
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
    list_settled,
    transport_result,
    unreadable,
)

DEFAULT_BASE_URL = "https://api.twilio.com"
DELIVERY = {
    "delivered": Delivery.DELIVERED,
    "read": Delivery.DELIVERED,
    "undelivered": Delivery.UNDELIVERED,
    "failed": Delivery.UNDELIVERED,
    "canceled": Delivery.UNDELIVERED,
}
#: Twilio error codes of a refused send (HTTP 400), by reason.
REFUSALS = {
    21211: reasons.INVALID_NUMBER,  # invalid 'To' number
    21214: reasons.INVALID_NUMBER,  # 'To' cannot be reached
    21612: reasons.INVALID_NUMBER,  # 'To' not reachable by SMS
    21614: reasons.INVALID_NUMBER,  # 'To' is not a mobile number
    21610: reasons.NUMBER_OPTED_OUT,  # the recipient replied STOP
    21602: reasons.CONTENT_REFUSED,  # body required
    21617: reasons.CONTENT_REFUSED,  # body too long
}
TRIAL_PREFIX = "Sent from your Twilio trial account - "
PAGE_SIZE = 1000  # Twilio's largest page
MAX_PAGES = 200
DEFAULT_LOOKUP_CONCURRENCY = 8
MIN_REFERENCE_LENGTH = 4
TYPOGRAPHY = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)


class TwilioProvider(Provider):
    """Credentials: ``username`` = Account SID, ``password`` (or ``token``) = Auth Token.
    Options: ``messaging_service_sid`` (instead of the sender), ``status_callback``,
    ``list_settle_seconds`` (see the module docstring), ``lookup_concurrency``
    (parallel list requests, default 8), ``list_page_size`` (default 1,000)."""

    name = "twilio"
    capabilities = Capabilities(
        max_batch=1,
        client_reference=False,
        status_lookup=True,
        reconcile=Reconcile.SEARCH,
        inbound=True,
    )

    #: The REST resource of what this provider sends, and its list's key.
    resource = "Messages"
    list_key = "messages"
    #: Twilio's clock minus ours (seconds), from the ``Date`` of its last list:
    #: times Twilio writes (``date_created``) are compared on its clock.
    clock_offset = 0.0

    def _messages_url(self, suffix: str = "") -> str:
        account = self.credentials.username
        return f"{self._base}/2010-04-01/Accounts/{account}/{self.resource}{suffix}.json"

    @property
    def _base(self) -> str:
        return (self.profile.base_url or DEFAULT_BASE_URL).rstrip("/")

    @property
    def _auth(self) -> tuple[str, str]:
        return (self.credentials.username, self.credentials.password or self.credentials.token)

    # -- sending ---------------------------------------------------------
    def submit(self, batch_ref: str, messages: Sequence[OutgoingMessage]) -> SubmitResult:
        (message,) = messages
        form = {"To": message.phone, "Body": message.text}
        options = self.profile.options
        if options.get("messaging_service_sid"):
            form["MessagingServiceSid"] = options["messaging_service_sid"]
        else:
            form["From"] = self.profile.sender
        return self._create(message, form, _refusal)

    def _create(self, message: OutgoingMessage, form: dict, refusal) -> SubmitResult:
        """POST one resource (a message, a call) and read Twilio's answer;
        ``refusal`` reads the reason of a 4xx from its error code."""
        if self.profile.options.get("status_callback"):
            form["StatusCallback"] = self.profile.options["status_callback"]
        try:
            response = self.http.request("POST", self._messages_url(), data=form, auth=self._auth)
        except TransportError as exc:
            return transport_result(exc, can_ask=True)
        if response.status_code in (200, 201):
            sid = json_body(response).get("sid")
            if not isinstance(sid, str) or not sid:
                return unreadable(response, can_ask=True, missing="a sid")
            return SubmitResult(
                Outcome.ACCEPTED, recipients={message.ref: RecipientResult(Outcome.ACCEPTED, sid)}
            )
        return error_result(response, can_ask=True, refusal=refusal, provider="Twilio")

    # -- delivery status -------------------------------------------------
    @staticmethod
    def report_of(row: dict) -> StatusReport:
        """A Twilio message resource as a status report."""
        status = str(row.get("status") or "")
        code = row.get("error_code")
        delivery = DELIVERY.get(status, Delivery.ACCEPTED)
        return StatusReport(delivery, row.get("sid"), str(code) if code else status)

    def _fetch(self, sid: str) -> StatusReport | None:
        """One message's status by SID; ``None`` when Twilio does not know it."""
        response = ask(
            self, lambda: self.http.request("GET", self._messages_url(f"/{sid}"), auth=self._auth)
        )
        if response.status_code == 404:
            return None
        if response.status_code != 200:
            raise StatusUnavailableError(
                f"Twilio {self.resource} status: HTTP {response.status_code}"
            )
        data = json_object(response)
        if data is None or "status" not in data:
            raise StatusUnavailableError(f"Twilio {self.resource} status: an answer without it")
        return self.report_of(data)

    def lookup(self, batch_ref, messages):
        """Statuses of acknowledged messages (never acknowledged ones are skipped)."""
        found = {}
        for message in messages:
            if message.provider_id:
                report = self._fetch(message.provider_id)
                found[message.ref] = report or StatusReport(Delivery.UNKNOWN, message.provider_id)
        return found

    # -- reconciliation --------------------------------------------------
    def _reconcile(self, batches, known_ids):
        """Messages in doubt: by SID when Twilio gave one, else searched in
        the message list of their number (see the module docstring)."""
        found, by_phone = {}, defaultdict(list)
        for messages in batches.values():
            for message in messages:
                if message.provider_id:
                    found[message.ref] = self._resolve_sid(message)
                else:
                    by_phone[message.phone].append(message)
        if by_phone:
            workers = int(self.profile.options.get("lookup_concurrency", 0)) or min(
                DEFAULT_LOOKUP_CONCURRENCY, len(by_phone)
            )
            with ThreadPoolExecutor(max(1, workers), thread_name_prefix="twilio-list") as pool:
                for answer in pool.map(
                    lambda item: self._search(*item, known_ids), by_phone.items()
                ):
                    found.update(answer)
        return found

    def _resolve_sid(self, message: OutgoingMessage) -> Resolution:
        try:
            report = self._fetch(message.provider_id)
        except StatusUnavailableError as exc:
            return Resolution(Finding.HELD, code=exc.code, detail=str(exc), retry_at=exc.retry_at)
        if report is None:
            return Resolution(Finding.HELD, code=reasons.RECORD_LOST, detail=message.provider_id)
        return Resolution(Finding.SENT, report)

    def inbound(self, since: float) -> list[InboundMessage]:
        """Replies: the messages listed with ``direction`` inbound, sent to our
        number (option ``inbound_number``, else the sender when it is a number)
        from the day of ``since`` on. An alphanumeric sender cannot be
        answered: without a number there is nothing to read."""
        number = self.profile.options.get("inbound_number") or self.profile.sender
        if not str(number).startswith("+"):
            return []
        day = datetime.fromtimestamp(since, timezone.utc).strftime("%Y-%m-%d")
        found = []
        for row in self.list_messages(str(number), **{"DateSent>": day}):
            if row.get("direction") != "inbound" or not row.get("date_sent"):
                continue
            at = email.utils.parsedate_to_datetime(row["date_sent"]).timestamp()
            if at >= since:
                found.append(
                    InboundMessage(
                        str(row.get("sid")), str(row.get("from")), row.get("body") or "", at
                    )
                )
        return sorted(found, key=lambda message: message.at)

    def list_messages(self, phone: str, **filters) -> list[dict]:
        """Every message (or call) Twilio lists for ``To=phone``, all pages."""
        size = int(self.profile.options.get("list_page_size", PAGE_SIZE))
        query = {"To": phone, **filters, "PageSize": size}
        url = f"{self._messages_url()}?{urlencode(query)}"
        rows = []
        for _page in range(MAX_PAGES):
            response = ask(self, lambda url=url: self.http.request("GET", url, auth=self._auth))
            if response.status_code != 200:
                raise StatusUnavailableError(
                    f"Twilio {self.resource} list: HTTP {response.status_code}"
                )
            self._note_clock(response)
            data = json_object(response) or {}
            if not isinstance(data.get(self.list_key), list):  # a proxy's page: no list at all
                raise StatusUnavailableError(f"Twilio {self.resource} list: an answer without it")
            rows.extend(row for row in data[self.list_key] if isinstance(row, dict))
            following = data.get("next_page_uri")
            if not following:
                return rows
            if not str(following).startswith("/"):
                raise StatusUnavailableError("Twilio message list: unexpected next page address")
            url = f"{self._base}{following}"
        raise StatusUnavailableError(f"Twilio message list: more than {MAX_PAGES} pages")

    def _note_clock(self, response) -> None:
        """Keep how far Twilio's clock (its answer's ``Date``) is from ours."""
        try:
            theirs = email.utils.parsedate_to_datetime(response.headers.get("Date", ""))
        except (TypeError, ValueError):
            return
        self.clock_offset = theirs.timestamp() - self.clock()

    def _search(self, phone: str, ours: list[OutgoingMessage], known: frozenset) -> dict:
        """Settle the messages in doubt to one number from its message list."""
        try:
            listed = self.list_messages(phone)
        except StatusUnavailableError as exc:
            held = Resolution(Finding.HELD, code=exc.code, detail=str(exc), retry_at=exc.retry_at)
            return {message.ref: held for message in ours}
        candidates = [
            row
            for row in listed
            if str(row.get("direction", "outbound")).startswith("outbound")
            and row.get("sid") not in known
        ]
        by_text = defaultdict(list)
        for message in ours:
            by_text[message.text].append(message)
        found = {}
        for text, group in by_text.items():
            found.update(self._match(text, group, candidates))
        return found

    def _match(self, text: str, group: list[OutgoingMessage], candidates: list[dict]) -> dict:
        """Pair the messages in doubt with the same text to the listed ones, or hold them."""
        exact = [row for row in candidates if same_body(row.get("body"), text)]
        if not exact:
            if any(similar_body(row.get("body"), text) for row in candidates):
                return hold(group, reasons.SIMILAR_MESSAGE)
            settled, retry_at = list_settled(self, group)
            if not settled:
                return hold(group, reasons.NOT_LISTED_YET, retry_at)
            unsent = Resolution(Finding.NOT_SENT, code=reasons.NOT_SENT, detail="not in the list")
            return {message.ref: unsent for message in group}
        if not all(carries(text, message.reference) for message in group):
            return hold(group, reasons.TEXT_WITHOUT_REFERENCE, detail=f"{len(exact)} listed")
        if len(exact) != len(group):
            return hold(
                group, reasons.AMBIGUOUS_MATCH, detail=f"{len(exact)} listed, {len(group)} in doubt"
            )
        rows = sorted(exact, key=lambda row: str(row.get("sid")))
        return {
            message.ref: Resolution(Finding.SENT, self.report_of(row))
            for message, row in zip(group, rows)
        }


def hold(group, code: str, retry_at: float | None = None, detail: str = "") -> dict:
    held = Resolution(Finding.HELD, code=code, detail=detail, retry_at=retry_at)
    return {message.ref: held for message in group}


def same_body(body, text: str) -> bool:
    """Twilio's body is our text (a trial account prefixes a fixed notice)."""
    return isinstance(body, str) and (body == text or body == TRIAL_PREFIX + text)


def similar_body(body, text: str) -> bool:
    """The same words once typography, case and spacing are ignored."""
    return isinstance(body, str) and _loose(body.removeprefix(TRIAL_PREFIX)) == _loose(text)


def _loose(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).translate(TYPOGRAPHY).replace("\u2026", "...")
    return " ".join(text.split()).casefold()


def carries(text: str, reference: str | None) -> bool:
    """Whether ``text`` names ``reference`` as a whole word (INT-2026-0001,
    not INT-2026-00012); references under four characters never count."""
    if not reference or len(reference) < MIN_REFERENCE_LENGTH:
        return False
    pattern = rf"(?<![A-Za-z0-9]){re.escape(reference)}(?![A-Za-z0-9])"
    return re.search(pattern, text) is not None


def _refusal(response) -> str | None:
    """The reason behind a Twilio 4xx, from its error code."""
    try:
        return REFUSALS.get(int(json_body(response).get("code")))
    except (TypeError, ValueError):
        return None
