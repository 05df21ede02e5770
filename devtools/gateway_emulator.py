"""A local SMS gateway that speaks the Twilio, Skebby, Vonage, ClickSend and Infobip shapes.

Tests and ``make demo`` send real HTTP requests to it instead of a paid
provider. It counts the messages it accepted per number, which is how tests
prove "exactly once", and it offers:

* **faults**, per endpoint, once (``add_fault``) or on every n-th request
  (``fail_every``): 429 with or without Retry-After, 500 before recording,
  **accepted then 500** (``ACCEPTED_THEN_500``, both shapes), a hang after
  recording (a read timeout after acceptance), slow answers, expired
  sessions, per-recipient errors;
* **Twilio's message list**, ``GET Messages.json`` filtered by ``To``,
  ``From`` and ``DateSent`` (``DateSent<``/``DateSent>`` for on-or-before /
  on-or-after), newest first, paged by ``PageSize``/``Page`` with
  ``next_page_uri``. Twilio gives a queued message no ``date_sent``; the
  emulator takes the cautious reading and leaves such a message out of any
  ``DateSent`` filter;
* **replies from customers** (``receive``): Twilio lists them among its
  messages with ``direction`` ``inbound``; Skebby's received-SMS history is
  ``GET /API/v1.0/REST/srsmshistory?from=yyyyMMddHHmmss``; the relay's are
  ``GET /relay/inbound?since=<epoch seconds>`` (``RELAY_OPTIONS`` reads them);
* **Twilio's Calls API** (``POST Calls.json`` with inline ``Twiml``,
  ``GET Calls/{sid}.json``, ``GET Calls.json`` filtered by ``To`` and
  ``From``): a call goes queued, ringing, then in-progress and completed,
  or ends busy, no-answer or failed as ``set_call_outcome`` says per
  number (one outcome per call placed, the last one repeating);
* **delivery statuses that progress**: on each status read (default),
  with time (``progress="time"``), or only on demand (``progress="manual"``
  with ``advance()``); ``set_status`` forces one, even backwards.

In process::

    with GatewayEmulator() as emu:
        emu.add_fault("twilio_send", Fault(status=429, retry_after=2))
        emu.fail_every("skebby_send", 2, ACCEPTED_THEN_500)
        ... emu.url ...
        assert emu.accepted_count("+393331234567") == 1

Endpoints (for faults and ``request_count``): twilio_send, twilio_status,
twilio_list, skebby_login, skebby_send, skebby_status, vonage_send,
clicksend_send, infobip_send, infobip_logs (``gateway_shapes.py``), and the
"relay" (a minimal gateway with a client reference, for the generic
provider: ``POST /relay/messages`` JSON, ``GET /relay/messages/{ref}``, key
in the ``X-Api-Key`` header): relay_send, relay_status; its calls
(``/relay/calls``, the same shapes): relay_call, relay_call_status; Twilio
calls: twilio_call, twilio_call_status, twilio_call_list. Every request is kept
in ``state.seen`` (the last 1,000) so tests can read what really arrived.

As a script: ``python devtools/gateway_emulator.py --port 8765``.
"""

from __future__ import annotations

import argparse
import base64
import email.utils
import json
import re
import secrets
import socket
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, unquote, urlencode, urlsplit

from .gateway_shapes import MarketShapes, route_get, route_post

TWILIO_MESSAGES = re.compile(r"^/2010-04-01/Accounts/(?P<sid>[^/]+)/Messages\.json$")
TWILIO_STATUS = re.compile(r"^/2010-04-01/Accounts/(?P<sid>[^/]+)/Messages/(?P<msg>[^/]+)\.json$")
TWILIO_CALLS = re.compile(r"^/2010-04-01/Accounts/(?P<sid>[^/]+)/Calls\.json$")
TWILIO_CALL = re.compile(r"^/2010-04-01/Accounts/(?P<sid>[^/]+)/Calls/(?P<call>[^/]+)\.json$")
CALL_OUTCOMES = ("completed", "busy", "no-answer", "failed")
SKEBBY = "/API/v1.0/REST"
RELAY = "/relay/messages"
RELAY_INBOUND = "/relay/inbound"
RELAY_CALLS = "/relay/calls"
TWILIO_FLOW = ("queued", "sent", "delivered")
SKEBBY_FLOW = ("WAITING", "SENT", "DLVRD")
TWILIO_UNSENT = frozenset({"queued", "accepted", "scheduled"})  # no date_sent yet
PROGRESS_MODES = ("reads", "time", "manual")


@dataclass(frozen=True)
class Fault:
    """What the next request to an endpoint suffers.

    ``status``: answer with this code; ``record_first`` decides whether the
    message was recorded before (a 500 after accepting) or not (a 429).
    ``hang``: seconds to sleep before answering (after recording when
    ``record_first``, which models a read timeout after acceptance).
    ``vonage_status``: a 200 whose body carries this per-message status.
    ``echo``: the error answer quotes the request (URL, headers, body), as
    debugging gateways do: the way secrets and numbers reach error texts.
    ``body`` (with ``content_type``): the answer's raw body instead of the
    JSON error (an HTML page, an empty or garbled body, an error inside a
    200); ``headers``: extra answer headers (a redirect's ``Location``).
    ``cut``: the answer promises more bytes than it sends, then the
    connection drops (a reset mid-answer); ``trickle``: seconds between the
    answer's bytes, each pause shorter than the client's read timeout.
    """

    status: int | None = None
    retry_after: str | None = None
    record_first: bool = False
    hang: float = 0.0
    vonage_status: str | None = None
    echo: bool = False  # the error body quotes the request, as some gateways do
    body: str | None = None
    content_type: str = "text/html"
    headers: tuple[tuple[str, str], ...] = ()
    cut: bool = False
    trickle: float = 0.0


#: Generic-provider options for the emulator's "relay" gateway (JSON body,
#: client reference, look-up by that reference), for tests and demos.
RELAY_OPTIONS = {
    "url": "{{ base_url }}/relay/messages",
    "headers": {"X-Api-Key": "{{ credentials.password }}", "Content-Type": "application/json"},
    "body": '{"to": "{{ message.phone }}", "text": "{{ message.text }}", "ref": "{{ message.ref }}"}',
    "id_path": "id",
    "client_reference": True,
    "lookup_url": "{{ base_url }}/relay/messages/{{ message.ref }}",
    "lookup_headers": {"X-Api-Key": "{{ credentials.password }}"},
    "undelivered_values": ["failed"],
    "inbound_url": "{{ base_url }}/relay/inbound?since={{ since_epoch }}",
    "inbound_headers": {"X-Api-Key": "{{ credentials.password }}"},
    "inbound_list_path": "messages",
}

#: The same relay as a voice gateway: ``POST /relay/calls``, look-up by reference.
RELAY_VOICE_OPTIONS = {
    **RELAY_OPTIONS,
    "channel": "call",
    "url": "{{ base_url }}/relay/calls",
    "lookup_url": "{{ base_url }}/relay/calls/{{ message.ref }}",
    "delivered_values": ["completed"],
    "undelivered_values": ["failed"],
}

THROTTLED = Fault(status=429, retry_after="0")
SERVER_ERROR = Fault(status=500)
ACCEPTED_THEN_500 = Fault(status=500, record_first=True)


def read_timeout(seconds: float) -> Fault:
    """Record the message, then answer only after ``seconds`` (longer than the
    client's read timeout): the answer is lost though the message was taken."""
    return Fault(record_first=True, hang=seconds)


class _State:
    """Everything the emulator accepted, guarded by one lock."""

    def __init__(self):
        self.lock = threading.Lock()
        self.accepted = Counter()
        self.requests = Counter()
        self.faults: dict[str, deque] = {}
        self.every: dict[str, tuple[int, Fault]] = {}
        self.seen: deque = deque(maxlen=1000)
        self.relay: dict[str, dict] = {}
        self.twilio: dict[str, dict] = {}
        self.received: list[dict] = []
        self.calls: dict[str, dict] = {}
        self.call_outcomes: dict[str, deque] = {}
        self.orders: dict[str, list[dict]] = {}
        self.sessions: set[tuple[str, str]] = set()
        self.logins = 0
        self.invalid: set[str] = set()
        self.undeliverable: set[str] = set()
        self.stuck: set[str] = set()
        self.forced: dict[str, str] = {}
        self.manual_step = 0
        self.stopping = threading.Event()
        self.infobip: dict[str, dict] = {}
        self.out_of_credit = False
        self.same_ids = 0  # answers still to give one id to every message

    def duplicate_ids(self, rows: list[dict], key: str) -> None:
        """A gateway's bug: one id for every message of the answer (``give_same_ids``)."""
        with self.lock:
            if not self.same_ids:
                return
            self.same_ids -= 1
        for row in rows:
            row[key] = rows[0][key]


class _Server(ThreadingHTTPServer):
    """A client killed mid-request (the crash tests do it on purpose) is not an error."""

    def handle_error(self, request, client_address):
        if not isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            super().handle_error(request, client_address)


class GatewayEmulator:
    """A ThreadingHTTPServer on 127.0.0.1 (port 0 picks a free port)."""

    def __init__(
        self,
        port: int = 0,
        twilio_sid: str = "ACtest",
        twilio_token: str = "twilio-secret",
        username: str = "utility",
        password: str = "skebby-secret",
        progress: str = "reads",
        step_seconds: float = 1.0,
        clock: Callable[[], float] = time.time,
        latency: float = 0.0,
    ):
        if progress not in PROGRESS_MODES:
            raise ValueError(f"progress must be one of {PROGRESS_MODES}")
        self.progress = progress
        self.step_seconds = step_seconds
        self.latency = latency  # seconds added to every answer, to stand in for a real network
        self.clock = clock
        self.credentials = {
            "twilio": (twilio_sid, twilio_token),
            "skebby": (username, password),
        }
        self.state = _State()
        handler = type("Handler", (_Handler,), {"emulator": self})
        self.server = _Server(("127.0.0.1", port), handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> GatewayEmulator:
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.state.stopping.set()
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> GatewayEmulator:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- controls --------------------------------------------------------
    def add_fault(self, endpoint: str, fault: Fault, times: int = 1) -> None:
        """The next ``times`` requests to ``endpoint`` suffer ``fault``."""
        with self.state.lock:
            self.state.faults.setdefault(endpoint, deque()).extend([fault] * times)

    def fail_every(self, endpoint: str, every: int, fault: Fault | None) -> None:
        """Every ``every``-th request to ``endpoint`` suffers ``fault`` (None stops it),
        e.g. ``fail_every("twilio_send", 2, SERVER_ERROR)``: 500 on every second one."""
        with self.state.lock:
            if fault is None:
                self.state.every.pop(endpoint, None)
            else:
                self.state.every[endpoint] = (every, fault)

    def set_invalid(self, *phones: str) -> None:
        """Numbers the provider refuses (per recipient)."""
        self.state.invalid.update(phones)

    def give_same_ids(self, answers: int = 1) -> None:
        """The next ``answers`` batch answers (ClickSend, Infobip) give every
        message the first one's id, as a faulty gateway does."""
        with self.state.lock:
            self.state.same_ids = answers

    def set_out_of_credit(self, flag: bool = True) -> None:
        """Vonage answers every send "9" (partner quota exceeded) while set."""
        self.state.out_of_credit = flag

    def set_undeliverable(self, *phones: str) -> None:
        """Numbers accepted but ending undelivered."""
        self.state.undeliverable.update(phones)

    def set_stuck(self, *phones: str) -> None:
        """Numbers that stay 'sent' for ever (no final report)."""
        self.state.stuck.update(phones)

    def set_status(self, phone: str, status: str) -> None:
        """Force the status every message to ``phone`` reports from now on, in
        the provider's own words ("sent", "DLVRD"...), backwards included."""
        with self.state.lock:
            self.state.forced[phone] = status

    def advance(self, steps: int = 1) -> None:
        """Move every message ``steps`` along its status flow (``progress="manual"``)."""
        with self.state.lock:
            self.state.manual_step += steps

    def receive(self, phone: str, text: str, to: str = "+393330000000") -> None:
        """A customer at ``phone`` sends ``text`` to the utility's number ``to``:
        an inbound message in Twilio's list and in Skebby's received SMS."""
        now = self.clock()
        sid = self.credentials["twilio"][0]
        with self.state.lock:
            message_sid = "SM" + secrets.token_hex(16)
            self.state.twilio[message_sid] = {
                "sid": message_sid,
                "to": to,
                "body": text,
                "from": phone,
                "messaging_service_sid": None,
                "account_sid": sid,
                "accepted_at": now,
                "lookups": 0,
                "direction": "inbound",
            }
            self.state.received.append(
                {"id": len(self.state.received) + 1, "sender": phone, "text": text, "at": now}
            )

    def set_call_outcome(self, phone: str, *outcomes: str) -> None:
        """How the next calls to ``phone`` end, one outcome per call placed
        (completed, busy, no-answer, failed); the last one repeats."""
        unknown = set(outcomes) - set(CALL_OUTCOMES)
        if unknown or not outcomes:
            raise ValueError(f"call outcomes are among {CALL_OUTCOMES}, not {sorted(unknown)}")
        with self.state.lock:
            self.state.call_outcomes[phone] = deque(outcomes)

    def calls(self, phone: str | None = None) -> list[dict]:
        """The calls placed (Twilio's and the relay's), oldest first."""
        with self.state.lock:
            return [dict(c) for c in self.state.calls.values() if phone in (None, c["to"])]

    def twilio_messages(self, phone: str | None = None) -> list[dict]:
        """The Twilio-shaped messages the emulator holds, oldest first."""
        with self.state.lock:
            return [dict(m) for m in self.state.twilio.values() if phone in (None, m["to"])]

    def expire_sessions(self) -> None:
        """Every Skebby session key becomes invalid (the next call gets 401)."""
        with self.state.lock:
            self.state.sessions.clear()

    def accepted_count(self, phone: str) -> int:
        return self.state.accepted[phone]

    def total_accepted(self) -> int:
        return sum(self.state.accepted.values())

    def request_count(self, endpoint: str) -> int:
        return self.state.requests[endpoint]

    @property
    def logins(self) -> int:
        return self.state.logins

    # -- internals used by the handler ----------------------------------
    def next_fault(self, endpoint: str) -> Fault | None:
        """Count a request to ``endpoint`` and take the fault planned for it."""
        with self.state.lock:
            self.state.requests[endpoint] += 1
            queue = self.state.faults.get(endpoint)
            if queue:
                return queue.popleft()
            every, fault = self.state.every.get(endpoint, (0, None))
            if every and self.state.requests[endpoint] % every == 0:
                return fault
            return None

    def place_call(self, to: str, text: str, sid: str, **fields) -> dict:
        """Record a call and choose how it ends (caller holds no lock)."""
        with self.state.lock:
            planned = self.state.call_outcomes.get(to)
            outcome = planned[0] if planned else "completed"
            if planned and len(planned) > 1:
                planned.popleft()
            call = {
                "sid": sid,
                "to": to,
                "text": text,
                "outcome": outcome,
                "accepted_at": self.clock(),
                "lookups": 0,
                **fields,
            }
            self.state.calls[sid] = call
            self.state.accepted[to] += 1
        return call

    def call_status(self, call: dict) -> str:
        """Where a call is (caller holds the lock): it rings, then ends as planned."""
        outcome = call["outcome"]
        if outcome == "completed":
            flow = ("queued", "ringing", "in-progress", "completed")
        elif outcome == "failed":
            flow = ("queued", "failed")
        else:
            flow = ("queued", "ringing", outcome)
        return self.flow_status(call["to"], call, flow, flow[-1])

    def flow_status(self, phone: str, record: dict, flow: tuple, failed: str) -> str:
        """Where a message is on its flow (caller holds the lock): forced, or
        by its status reads, the time since acceptance, or manual steps."""
        if phone in self.state.forced:
            return self.state.forced[phone]
        if self.progress == "reads":
            step = record["lookups"]
        elif self.progress == "time":
            step = int((self.clock() - record["accepted_at"]) / self.step_seconds)
        else:
            step = self.state.manual_step
        step = min(step, len(flow) - 1)
        if phone in self.state.stuck:
            step = min(step, 1)
        if step == len(flow) - 1 and phone in self.state.undeliverable:
            return failed
        return flow[step]


class _Handler(MarketShapes, BaseHTTPRequestHandler):
    emulator: GatewayEmulator
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        pass

    def date_time_string(self, timestamp=None):
        """The ``Date`` header by the emulator's clock: a gateway whose clock
        differs from the client's says so, as a real one does."""
        moment = self.emulator.clock() if timestamp is None else timestamp
        return email.utils.formatdate(moment, usegmt=True)

    # -- plumbing --------------------------------------------------------
    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length else b""

    def _answer(self, status: int, payload, headers: dict | None = None) -> None:
        data = payload.encode() if isinstance(payload, str) else json.dumps(payload).encode()
        self.send_response(status)
        content_type = "text/plain" if isinstance(payload, str) else "application/json"
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _basic(self) -> tuple[str, str] | None:
        header = self.headers.get("Authorization", "")
        if not header.startswith("Basic "):
            return None
        user, _, password = base64.b64decode(header[6:]).decode().partition(":")
        return user, password

    def _hang(self, seconds: float) -> None:
        if seconds:
            self.emulator.state.stopping.wait(seconds)

    def _fault_answer(self, fault: Fault) -> None:
        headers = {"Retry-After": fault.retry_after} if fault.retry_after else {}
        headers.update(fault.headers)
        if fault.body is not None or fault.cut or fault.trickle:
            return self._raw_answer(fault, headers)
        answer = {"code": fault.status, "message": "emulated fault"}
        if fault.echo:
            request = self.emulator.state.seen[-1]
            answer["message"] = (
                f"cannot process {request['method']} {request['target']} "
                f"headers={request['headers']} body={request['body']}"
            )
        self._answer(fault.status, answer, headers)

    def _raw_answer(self, fault: Fault, headers: dict) -> None:
        """``fault.body`` as it is: whole, cut short, or trickled byte by byte."""
        data = (fault.body or "").encode()
        self.send_response(fault.status or 200)
        self.send_header("Content-Type", fault.content_type)
        self.send_header("Content-Length", str(len(data) * 2 if fault.cut else len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if fault.cut:
            self.wfile.write(data)
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        for byte in [data[n : n + 1] for n in range(len(data))] if fault.trickle else [data]:
            self.wfile.write(byte)
            self.wfile.flush()
            self._hang(fault.trickle)

    def _note(self, body: bytes = b"") -> None:
        """Keep the request as received, for tests and for ``Fault.echo``."""
        self.emulator.state.seen.append(
            {
                "method": self.command,
                "target": self.path,
                "headers": dict(self.headers.items()),
                "body": body.decode("utf-8", "replace"),
            }
        )

    def _run(self, fault: Fault | None, record) -> None:
        """Apply a fault around ``record()`` (which answers)."""
        if fault is None:
            record()
            return
        if fault.record_first:
            record(answer=False)
            self._hang(fault.hang)
            if fault.status:
                self._fault_answer(fault)
            else:
                self._answer(201, {"result": "OK", "note": "answered late"})
            return
        self._hang(fault.hang)
        if fault.status:
            self._fault_answer(fault)
        elif fault.vonage_status:
            self._answer(
                200,
                {
                    "message-count": "1",
                    "messages": [{"status": fault.vonage_status, "error-text": "Throttled"}],
                },
            )
        else:
            record()

    # -- routing ---------------------------------------------------------
    def do_GET(self):  # noqa: N802 - stdlib name
        self._note()
        self._hang(self.emulator.latency)
        path = urlsplit(self.path).path
        match = TWILIO_STATUS.match(path)
        if match:
            return self._twilio_status(match["sid"], match["msg"])
        match = TWILIO_CALL.match(path)
        if match:
            return self._twilio_call_status(match["sid"], match["call"])
        match = TWILIO_CALLS.match(path)
        if match:
            return self._twilio_call_list(match["sid"])
        match = TWILIO_MESSAGES.match(path)
        if match:
            return self._twilio_list(match["sid"])
        if path in (f"{SKEBBY}/login", f"{SKEBBY}/token"):
            return self._skebby_login()
        if path.startswith(f"{SKEBBY}/sms/"):
            return self._skebby_status(path.rsplit("/", 1)[1])
        if path == f"{SKEBBY}/srsmshistory":
            return self._skebby_received()
        if route_get(self, path):
            return None
        if path == RELAY_INBOUND:
            return self._relay_inbound()
        if path.startswith(f"{RELAY}/"):
            return self._relay_status(unquote(path[len(RELAY) + 1 :]))
        if path.startswith(f"{RELAY_CALLS}/"):
            return self._relay_status(unquote(path[len(RELAY_CALLS) + 1 :]), "relay_call_status")
        self._answer(404, {"message": "unknown endpoint"})

    def do_POST(self):  # noqa: N802 - stdlib name
        path = urlsplit(self.path).path
        body = self._body()
        self._note(body)
        self._hang(self.emulator.latency)
        match = TWILIO_MESSAGES.match(path)
        if match:
            return self._twilio_send(match["sid"], body)
        match = TWILIO_CALLS.match(path)
        if match:
            return self._twilio_call(match["sid"], body)
        if path == f"{SKEBBY}/sms":
            return self._skebby_send(body)
        if route_post(self, path, body):
            return None
        if path == RELAY:
            return self._relay_send(body)
        if path == RELAY_CALLS:
            return self._relay_send(body, "relay_call")
        self._answer(404, {"message": "unknown endpoint"})

    # -- Twilio ----------------------------------------------------------
    def _twilio_ok(self, sid: str) -> bool:
        if self._basic() != self.emulator.credentials["twilio"] or sid != self._basic()[0]:
            self._answer(401, {"code": 20003, "message": "Authenticate", "status": 401})
            return False
        return True

    def _twilio_send(self, sid: str, body: bytes) -> None:
        fault = self.emulator.next_fault("twilio_send")
        if not self._twilio_ok(sid):
            return
        form = {key: values[0] for key, values in parse_qs(body.decode()).items()}
        to, text = form.get("To", ""), form.get("Body", "")
        if not text or not (form.get("From") or form.get("MessagingServiceSid")):
            return self._answer(400, {"code": 21602, "message": "Body and From are required"})
        state = self.emulator.state
        if to in state.invalid:
            return self._answer(
                400, {"code": 21211, "message": f"The 'To' number {to} is not valid", "status": 400}
            )

        def record(answer=True):
            now = self.emulator.clock()
            message = {
                "sid": "SM" + secrets.token_hex(16),
                "to": to,
                "body": text,
                "from": form.get("From") or form.get("MessagingServiceSid"),
                "messaging_service_sid": form.get("MessagingServiceSid"),
                "account_sid": sid,
                "accepted_at": now,
                "lookups": 0,
            }
            with state.lock:
                state.twilio[message["sid"]] = message
                state.accepted[to] += 1
                view = self._twilio_view(message)
            if answer:
                self._answer(201, view)

        self._run(fault, record)

    def _twilio_view(self, message: dict) -> dict:
        """The message resource as Twilio shows it (caller holds the lock)."""
        emulator = self.emulator
        inbound = message.get("direction") == "inbound"
        status = (
            "received"
            if inbound
            else emulator.flow_status(message["to"], message, TWILIO_FLOW, "undelivered")
        )
        created = _rfc2822(message["accepted_at"])
        return {
            "sid": message["sid"],
            "account_sid": message["account_sid"],
            "to": message["to"],
            "from": message["from"],
            "messaging_service_sid": message["messaging_service_sid"],
            "body": message["body"],
            "status": status,
            "direction": "inbound" if inbound else "outbound-api",
            "num_segments": "1",
            "date_created": created,
            "date_updated": created,
            "date_sent": None if status in TWILIO_UNSENT else created,
            "error_code": 30003 if status in ("undelivered", "failed") else None,
            "error_message": None,
            "api_version": "2010-04-01",
            "uri": f"/2010-04-01/Accounts/{message['account_sid']}/Messages/{message['sid']}.json",
        }

    def _twilio_status(self, sid: str, message_sid: str) -> None:
        if not self._twilio_ok(sid):
            return
        state = self.emulator.state
        fault = self.emulator.next_fault("twilio_status")
        if fault and fault.status:
            return self._fault_answer(fault)
        with state.lock:
            message = state.twilio.get(message_sid)
            if message is None:
                return self._answer(404, {"code": 20404, "message": "not found", "status": 404})
            message["lookups"] += 1
            view = self._twilio_view(message)
        self._answer(200, view)

    def _twilio_list(self, sid: str) -> None:
        """``GET Messages.json``: filtered by To, From and DateSent, newest
        first, one page of ``PageSize`` (default 50, at most 1,000)."""
        if not self._twilio_ok(sid):
            return
        fault = self.emulator.next_fault("twilio_list")
        if fault and fault.status:
            return self._fault_answer(fault)
        query = {key: values[0] for key, values in parse_qs(urlsplit(self.path).query).items()}
        try:
            size = min(int(query.get("PageSize", 50)), 1000)
            page = int(query.get("Page", 0))
            dates = {key: _day(query[key]) for key in _DATE_FILTERS if key in query}
        except ValueError:
            return self._answer(400, {"code": 20001, "message": "Invalid parameter", "status": 400})
        to = query.get("To")
        with self.emulator.state.lock:
            views = [
                self._twilio_view(m)
                for m in self.emulator.state.twilio.values()
                if m["account_sid"] == sid and to in (None, m["to"])
            ]
        views = [v for v in reversed(views) if _listed(v, query, dates)]
        views.sort(key=lambda v: email.utils.parsedate_to_datetime(v["date_created"]), reverse=True)
        chunk = views[page * size : (page + 1) * size]
        path = urlsplit(self.path).path
        kept = {k: v for k, v in query.items() if k not in ("Page", "PageToken", "PageSize")}

        def page_uri(number: int) -> str:
            token = {"PageToken": f"PA{number}"} if number else {}
            return f"{path}?{urlencode({**kept, 'PageSize': size, 'Page': number, **token})}"

        more = (page + 1) * size < len(views)
        self._answer(
            200,
            {
                "messages": chunk,
                "page": page,
                "page_size": size,
                "start": page * size,
                "end": page * size + max(len(chunk) - 1, 0),
                "uri": page_uri(page),
                "first_page_uri": page_uri(0),
                "next_page_uri": page_uri(page + 1) if more else None,
                "previous_page_uri": page_uri(page - 1) if page else None,
            },
        )

    # -- Twilio calls ----------------------------------------------------
    def _twilio_call(self, sid: str, body: bytes) -> None:
        """``POST Calls.json``: To, From and Twiml (or Url) → 201, the call queued."""
        fault = self.emulator.next_fault("twilio_call")
        if not self._twilio_ok(sid):
            return
        form = {key: values[0] for key, values in parse_qs(body.decode()).items()}
        to, twiml = form.get("To", ""), form.get("Twiml") or form.get("Url") or ""
        if not form.get("From") or not twiml:
            return self._answer(400, {"code": 21205, "message": "From and Twiml are required"})
        if len(twiml) > 4000:
            return self._answer(400, {"code": 13208, "message": "Twiml too long", "status": 400})
        if to in self.emulator.state.invalid:
            return self._answer(
                400, {"code": 21211, "message": f"The 'To' number {to} is not valid", "status": 400}
            )

        def record(answer=True):
            call = self.emulator.place_call(
                to, twiml, "CA" + secrets.token_hex(16), account_sid=sid, **{"from": form["From"]}
            )
            with self.emulator.state.lock:
                view = self._call_view(call)
            if answer:
                self._answer(201, view)

        self._run(fault, record)

    def _call_view(self, call: dict) -> dict:
        """The call resource as Twilio shows it (caller holds the lock)."""
        status = self.emulator.call_status(call)
        created = _rfc2822(call["accepted_at"])
        account = call["account_sid"]
        return {
            "sid": call["sid"],
            "account_sid": account,
            "to": call["to"],
            "from": call["from"],
            "status": status,
            "direction": "outbound-api",
            "date_created": created,
            "date_updated": created,
            "start_time": None if status in ("queued", "ringing") else created,
            "duration": "20" if status == "completed" else "0",
            "api_version": "2010-04-01",
            "uri": f"/2010-04-01/Accounts/{account}/Calls/{call['sid']}.json",
        }

    def _twilio_call_status(self, sid: str, call_sid: str) -> None:
        if not self._twilio_ok(sid):
            return
        fault = self.emulator.next_fault("twilio_call_status")
        if fault and fault.status:
            return self._fault_answer(fault)
        state = self.emulator.state
        with state.lock:
            call = state.calls.get(call_sid)
            if call is None or call.get("account_sid") != sid:
                return self._answer(404, {"code": 20404, "message": "not found", "status": 404})
            call["lookups"] += 1
            view = self._call_view(call)
        self._answer(200, view)

    def _twilio_call_list(self, sid: str) -> None:
        """``GET Calls.json``: filtered by To and From, newest first, paged like messages."""
        if not self._twilio_ok(sid):
            return
        fault = self.emulator.next_fault("twilio_call_list")
        if fault and fault.status:
            return self._fault_answer(fault)
        query = {key: values[0] for key, values in parse_qs(urlsplit(self.path).query).items()}
        size = min(int(query.get("PageSize", 50)), 1000)
        page = int(query.get("Page", 0))
        with self.emulator.state.lock:
            views = [
                self._call_view(c)
                for c in reversed(list(self.emulator.state.calls.values()))
                if c.get("account_sid") == sid
                and query.get("To") in (None, c["to"])
                and query.get("From") in (None, c["from"])
            ]
        chunk = views[page * size : (page + 1) * size]
        path = urlsplit(self.path).path
        kept = {k: v for k, v in query.items() if k not in ("Page", "PageToken", "PageSize")}
        following = None
        if (page + 1) * size < len(views):
            following = f"{path}?{urlencode({**kept, 'PageSize': size, 'Page': page + 1})}"
        self._answer(
            200, {"calls": chunk, "page": page, "page_size": size, "next_page_uri": following}
        )

    # -- Skebby / Aruba / Mobyt ------------------------------------------
    def _skebby_login(self) -> None:
        state = self.emulator.state
        fault = self.emulator.next_fault("skebby_login")
        if fault and fault.status:
            return self._fault_answer(fault)
        if self._basic() != self.emulator.credentials["skebby"]:
            return self._answer(401, "Bad credentials")
        user_key, session = "U" + secrets.token_hex(4), secrets.token_hex(12)
        with state.lock:
            state.sessions.add((user_key, session))
            state.logins += 1
        self._answer(200, f"{user_key};{session}")

    def _skebby_ok(self) -> bool:
        key = self.headers.get("user_key", "")
        session = self.headers.get("Session_key") or self.headers.get("Access_token") or ""
        with self.emulator.state.lock:
            known = (key, session) in self.emulator.state.sessions
        if not known:
            self._answer(401, {"result": "KO", "error": "session expired or unknown"})
        return known

    def _skebby_send(self, body: bytes) -> None:
        fault = self.emulator.next_fault("skebby_send")
        if fault and fault.status == 401:
            return self._fault_answer(fault)
        if not self._skebby_ok():
            return
        state = self.emulator.state
        try:
            order = json.loads(body)
            recipients = list(order["recipient"])
            text = order["message"]
        except (ValueError, KeyError, TypeError):
            return self._answer(400, {"result": "KO", "error": "malformed request"})
        valid = [phone for phone in recipients if phone not in state.invalid]
        if (
            not text
            or not valid
            or (len(valid) < len(recipients) and not order.get("allowInvalidRecipients"))
        ):
            return self._answer(400, {"result": "KO", "error": "invalid recipients or message"})
        order_id = order.get("order_id") or secrets.token_hex(8)

        def record(answer=True):
            with state.lock:
                now = self.emulator.clock()
                state.orders[order_id] = [
                    {"destination": p, "lookups": 0, "accepted_at": now} for p in valid
                ]
                for phone in valid:
                    state.accepted[phone] += 1
            if answer:
                self._answer(
                    201,
                    {
                        "result": "OK",
                        "order_id": order_id,
                        "total_sent": len(valid),
                        "internal_order_id": order_id,
                    },
                )

        self._run(fault, record)

    def _skebby_received(self) -> None:
        """``GET srsmshistory?from=yyyyMMddHHmmss``: the SMS customers sent, oldest first."""
        if not self._skebby_ok():
            return
        query = {key: values[0] for key, values in parse_qs(urlsplit(self.path).query).items()}
        try:
            since = datetime.strptime(query.get("from", "19700101000000"), "%Y%m%d%H%M%S")
        except ValueError:
            return self._answer(400, {"error": "invalid from date"})
        since = since.replace(tzinfo=timezone.utc).timestamp()
        with self.emulator.state.lock:
            rows = [
                {
                    "id_message": str(row["id"]),
                    "id_sim": "+393330000000",
                    "sender": row["sender"],
                    "message": row["text"],
                    "sms_date": datetime.fromtimestamp(row["at"], timezone.utc).strftime(
                        "%Y%m%d%H%M%S"
                    ),
                    "keyword": "",
                }
                for row in self.emulator.state.received
                if row["at"] >= since
            ]
        self._answer(
            200, {"srsmshistory": rows, "pageNumber": 1, "pageSize": len(rows), "total": len(rows)}
        )

    def _skebby_status(self, order_id: str) -> None:
        fault = self.emulator.next_fault("skebby_status")
        if fault and fault.status:
            return self._fault_answer(fault)
        if not self._skebby_ok():
            return
        state = self.emulator.state
        with state.lock:
            rows = state.orders.get(order_id)
            if rows is None:
                return self._answer(404, {"result": "KO", "error": "order not found"})
            recipients = []
            for row in rows:
                row["lookups"] += 1
                status = self.emulator.flow_status(row["destination"], row, SKEBBY_FLOW, "ERROR")
                recipients.append(
                    {"status": status, "destination": row["destination"], "delivery_date": ""}
                )
        self._answer(
            200, {"recipient_number": len(recipients), "result": "OK", "recipients": recipients}
        )

    # -- "relay": a small gateway with a client reference, for the generic provider --
    def _relay_ok(self) -> bool:
        if self.headers.get("X-Api-Key") != self.emulator.credentials["skebby"][1]:
            self._answer(401, {"error": "bad api key"})
            return False
        return True

    def _relay_inbound(self) -> None:
        """``GET /relay/inbound?since=<epoch>`` → ``{messages: [{id, from, text, received}]}``."""
        if not self._relay_ok():
            return
        query = {key: values[0] for key, values in parse_qs(urlsplit(self.path).query).items()}
        since = float(query.get("since", 0) or 0)
        with self.emulator.state.lock:
            rows = [
                {"id": row["id"], "from": row["sender"], "text": row["text"], "received": row["at"]}
                for row in self.emulator.state.received
                if row["at"] >= since
            ]
        self._answer(200, {"messages": rows})

    def _relay_send(self, body: bytes, endpoint: str = "relay_send") -> None:
        """``POST /relay/messages`` (or ``/relay/calls``, endpoint
        ``relay_call``) JSON ``{to, text, ref}`` → 201 ``{id, status}``."""
        fault = self.emulator.next_fault(endpoint)
        if not self._relay_ok():
            return
        try:
            order = json.loads(body)
            to, text, ref = str(order["to"]), str(order["text"]), str(order["ref"])
        except (ValueError, KeyError, TypeError):
            return self._answer(400, {"error": "malformed request"})
        state = self.emulator.state
        if to in state.invalid:
            return self._answer(422, {"error": f"invalid number {to}"})

        def record(answer=True):
            if endpoint == "relay_call":
                call = self.emulator.place_call(to, text, "RC" + secrets.token_hex(6), ref=ref)
                with state.lock:
                    state.relay[ref] = call
                if answer:
                    self._answer(201, {"id": call["sid"], "status": "queued"})
                return
            entry = {
                "id": "R" + secrets.token_hex(6),
                "to": to,
                "text": text,
                "lookups": 0,
                "accepted_at": self.emulator.clock(),
            }
            with state.lock:
                state.relay[ref] = entry
                state.accepted[to] += 1
            if answer:
                self._answer(201, {"id": entry["id"], "status": "queued"})

        self._run(fault, record)

    def _relay_status(self, ref: str, endpoint: str = "relay_status") -> None:
        """``GET /relay/messages/{ref}`` (or ``/relay/calls/{ref}``) →
        ``{ref, id, status}``, or 404 when never received."""
        fault = self.emulator.next_fault(endpoint)
        if fault and fault.status:
            return self._fault_answer(fault)
        if not self._relay_ok():
            return
        state = self.emulator.state
        with state.lock:
            entry = state.relay.get(ref)
            if entry is None:
                return self._answer(404, {"error": "no such message"})
            entry["lookups"] += 1
            if "outcome" in entry:  # a call
                status, ident = self.emulator.call_status(entry), entry["sid"]
            else:
                status = self.emulator.flow_status(entry["to"], entry, _RELAY_FLOW, "failed")
                ident = entry["id"]
        self._answer(200, {"ref": ref, "id": ident, "status": status})


_DATE_FILTERS = ("DateSent", "DateSent<", "DateSent>")
_RELAY_FLOW = ("queued", "sent", "delivered")


def _rfc2822(seconds: float) -> str:
    return email.utils.format_datetime(datetime.fromtimestamp(seconds, timezone.utc))


def _day(value: str):
    """Twilio's ``YYYY-MM-DD`` (GMT) filter value."""
    return datetime.strptime(value[:10], "%Y-%m-%d").date()


def _listed(view: dict, query: dict, dates: dict) -> bool:
    """Whether a message passes the list filters. A message not yet sent has
    no ``date_sent``, so any ``DateSent`` filter leaves it out."""
    if "To" in query and view["to"] != query["To"]:
        return False
    if "From" in query and view["from"] != query["From"]:
        return False
    if not dates:
        return True
    if view["date_sent"] is None:
        return False
    sent = email.utils.parsedate_to_datetime(view["date_sent"]).date()
    exact, before, after = (dates.get(key) for key in _DATE_FILTERS)
    return (
        (exact is None or sent == exact)
        and (before is None or sent <= before)
        and (after is None or sent >= after)
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=8765)
    args = parser.parse_args()
    emulator = GatewayEmulator(port=args.port)
    print(
        f"SMS gateway emulator on {emulator.url} (Twilio sid ACtest / twilio-secret, "
        "Skebby user utility / skebby-secret); Ctrl+C stops it.",
        flush=True,
    )
    try:
        emulator.server.serve_forever()
    except KeyboardInterrupt:
        emulator.server.server_close()


if __name__ == "__main__":
    main()
