"""A local SMS gateway that speaks the Twilio, Skebby and Vonage shapes.

Tests and ``make demo`` send real HTTP requests to it instead of a paid
provider. Faults are switchable per endpoint (429 with or without
Retry-After, 500 before or after recording, a hang after accepting, slow
answers, expired sessions, per-recipient errors) and it counts the messages
it accepted per number, which is how tests prove "exactly once".

In process::

    with GatewayEmulator() as emu:
        emu.add_fault("twilio_send", Fault(status=429, retry_after=2))
        ... emu.url ...
        assert emu.accepted_count("+393331234567") == 1

As a script: ``python devtools/gateway_emulator.py --port 8765``.
"""

from __future__ import annotations

import argparse
import base64
import json
import re
import secrets
import threading
from collections import Counter, deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

TWILIO_SEND = re.compile(r"^/2010-04-01/Accounts/(?P<sid>[^/]+)/Messages\.json$")
TWILIO_STATUS = re.compile(r"^/2010-04-01/Accounts/(?P<sid>[^/]+)/Messages/(?P<msg>[^/]+)\.json$")
SKEBBY = "/API/v1.0/REST"
TWILIO_FLOW = ("queued", "sent", "delivered")
SKEBBY_FLOW = ("WAITING", "SENT", "DLVRD")


@dataclass(frozen=True)
class Fault:
    """What the next request to an endpoint suffers.

    ``status``: answer with this code; ``record_first`` decides whether the
    message was recorded before (a 500 after accepting) or not (a 429).
    ``hang``: seconds to sleep before answering (after recording when
    ``record_first``, which models a read timeout after acceptance).
    ``vonage_status``: a 200 whose body carries this per-message status.
    """

    status: int | None = None
    retry_after: str | None = None
    record_first: bool = False
    hang: float = 0.0
    vonage_status: str | None = None


class _State:
    """Everything the emulator accepted, guarded by one lock."""

    def __init__(self):
        self.lock = threading.Lock()
        self.accepted = Counter()
        self.requests = Counter()
        self.faults: dict[str, deque] = {}
        self.twilio: dict[str, dict] = {}
        self.orders: dict[str, list[dict]] = {}
        self.sessions: set[tuple[str, str]] = set()
        self.logins = 0
        self.invalid: set[str] = set()
        self.undeliverable: set[str] = set()
        self.stuck: set[str] = set()
        self.stopping = threading.Event()


class GatewayEmulator:
    """A ThreadingHTTPServer on 127.0.0.1 (port 0 picks a free port)."""

    def __init__(
        self,
        port: int = 0,
        twilio_sid: str = "ACtest",
        twilio_token: str = "twilio-secret",
        username: str = "utility",
        password: str = "skebby-secret",
    ):
        self.credentials = {
            "twilio": (twilio_sid, twilio_token),
            "skebby": (username, password),
        }
        self.state = _State()
        handler = type("Handler", (_Handler,), {"emulator": self})
        self.server = ThreadingHTTPServer(("127.0.0.1", port), handler)
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
        """Endpoints: twilio_send, twilio_status, skebby_login, skebby_send,
        skebby_status, vonage_send."""
        with self.state.lock:
            self.state.faults.setdefault(endpoint, deque()).extend([fault] * times)

    def set_invalid(self, *phones: str) -> None:
        """Numbers the provider refuses (per recipient)."""
        self.state.invalid.update(phones)

    def set_undeliverable(self, *phones: str) -> None:
        """Numbers accepted but ending undelivered."""
        self.state.undeliverable.update(phones)

    def set_stuck(self, *phones: str) -> None:
        """Numbers that stay 'sent' for ever (no final report)."""
        self.state.stuck.update(phones)

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
            return queue.popleft() if queue else None

    def flow_status(self, phone: str, lookups: int, flow: tuple, failed: str) -> str:
        step = min(lookups, len(flow) - 1)
        if phone in self.state.stuck:
            step = min(step, 1)
        if step == len(flow) - 1 and phone in self.state.undeliverable:
            return failed
        return flow[step]


class _Handler(BaseHTTPRequestHandler):
    emulator: GatewayEmulator
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True

    def log_message(self, format, *args):  # noqa: A002 - stdlib signature
        pass

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
        self._answer(fault.status, {"code": fault.status, "message": "emulated fault"}, headers)

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
        path = urlsplit(self.path).path
        match = TWILIO_STATUS.match(path)
        if match:
            return self._twilio_status(match["sid"], match["msg"])
        if path in (f"{SKEBBY}/login", f"{SKEBBY}/token"):
            return self._skebby_login()
        if path.startswith(f"{SKEBBY}/sms/"):
            return self._skebby_status(path.rsplit("/", 1)[1])
        self._answer(404, {"message": "unknown endpoint"})

    def do_POST(self):  # noqa: N802 - stdlib name
        path = urlsplit(self.path).path
        body = self._body()
        match = TWILIO_SEND.match(path)
        if match:
            return self._twilio_send(match["sid"], body)
        if path == f"{SKEBBY}/sms":
            return self._skebby_send(body)
        if path == "/sms/json":
            return self._vonage_send(body)
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
            message = {
                "sid": "SM" + secrets.token_hex(16),
                "to": to,
                "body": text,
                "from": form.get("From"),
                "lookups": 0,
                "account_sid": sid,
            }
            with state.lock:
                state.twilio[message["sid"]] = message
                state.accepted[to] += 1
            if answer:
                self._answer(201, self._twilio_view(message, "queued"))

        self._run(fault, record)

    @staticmethod
    def _twilio_view(message: dict, status: str) -> dict:
        view = {key: value for key, value in message.items() if key != "lookups"}
        view.update(status=status, error_code=None)
        return view

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
            status = self.emulator.flow_status(
                message["to"], message["lookups"], TWILIO_FLOW, "undelivered"
            )
        self._answer(200, self._twilio_view(message, status))

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
                state.orders[order_id] = [{"destination": p, "lookups": 0} for p in valid]
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
                status = self.emulator.flow_status(
                    row["destination"], row["lookups"], SKEBBY_FLOW, "ERROR"
                )
                recipients.append(
                    {"status": status, "destination": row["destination"], "delivery_date": ""}
                )
        self._answer(
            200, {"recipient_number": len(recipients), "result": "OK", "recipients": recipients}
        )

    # -- Vonage (legacy SMS API), for the generic provider ---------------
    def _vonage_send(self, body: bytes) -> None:
        fault = self.emulator.next_fault("vonage_send")
        form = {key: values[0] for key, values in parse_qs(body.decode()).items()}
        if (form.get("api_key"), form.get("api_secret")) != self.emulator.credentials["skebby"]:
            return self._answer(
                200,
                {
                    "message-count": "1",
                    "messages": [{"status": "4", "error-text": "Bad Credentials"}],
                },
            )
        to = form.get("to", "")
        if to in self.emulator.state.invalid:
            return self._answer(
                200,
                {
                    "message-count": "1",
                    "messages": [{"status": "3", "error-text": "Invalid Parameters"}],
                },
            )

        def record(answer=True):
            with self.emulator.state.lock:
                self.emulator.state.accepted[to] += 1
            if answer:
                self._answer(
                    200,
                    {
                        "message-count": "1",
                        "messages": [
                            {
                                "to": to,
                                "message-id": secrets.token_hex(8),
                                "status": "0",
                                "client-ref": form.get("client-ref", ""),
                            }
                        ],
                    },
                )

        self._run(fault, record)


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
