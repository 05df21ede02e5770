"""A local SMTP server that keeps what it receives, for tests and the demo.

It listens on 127.0.0.1 only. Each message is kept in memory (``messages``)
and, when a folder is given, written there as ``.eml`` so the demo's
call-centre email can be opened in any mail client. With a TLS context it
offers STARTTLS (and can require it), and with credentials it requires a
login, so the plugin's real sending code is tested end to end.

Use in-process::

    with LocalSmtpServer(folder) as server:
        ...  # send to 127.0.0.1:server.port
        server.messages[0]

or as a script for ``make demo``::

    python devtools/smtp_server.py --folder demo-output/mail --port 8025
"""

from __future__ import annotations

import argparse
import email
import email.policy
import socket
import ssl
import threading
import time
from email.message import EmailMessage
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

HOST = "127.0.0.1"


def free_port() -> int:
    """A port free on 127.0.0.1 now (aiosmtpd cannot start on port 0)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((HOST, 0))
        return probe.getsockname()[1]


class _Keeper:
    """aiosmtpd handler: parse each message, keep it, write it to the folder."""

    def __init__(self, server: LocalSmtpServer):
        self.server = server

    async def handle_RCPT(self, server, _session, envelope, address, _options):  # noqa: N802
        if self.server.drop_at_rcpt:
            server.transport.close()  # before the message: the client never hands it over
        answer = self.server.refuse.get(address)
        if answer:
            return answer
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, _session, envelope):  # noqa: N802 - aiosmtpd's name
        if self.server.data_answer:
            return self.server.data_answer
        self.server.keep(envelope.content, envelope.mail_from, tuple(envelope.rcpt_tos))
        if self.server.drop_after_data:
            server.transport.close()  # kept, but the client never hears "250"
        return "250 Message accepted for delivery"


class LocalSmtpServer:
    """An SMTP server on 127.0.0.1 that stores what it receives.

    ``tls_context`` enables STARTTLS, ``require_starttls`` refuses mail sent
    without it, ``credentials`` ``(user, password)`` requires that login.
    Faults, set on the running server: ``refuse`` maps an address to the
    answer refusing it (``"550 5.1.1 no such mailbox"``), ``data_answer``
    refuses the message itself (``"451 4.3.0 try later"``),
    ``drop_after_data`` keeps the message, then closes the connection
    before answering it, and ``drop_at_rcpt`` closes it at the first
    recipient, before any message.
    """

    def __init__(
        self,
        folder: str | Path | None = None,
        port: int | None = None,
        tls_context: ssl.SSLContext | None = None,
        require_starttls: bool = False,
        credentials: tuple[str, str] | None = None,
    ):
        self.folder = Path(folder) if folder else None
        self.port = port or free_port()
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, tuple[str, ...]]] = []
        self.refuse: dict[str, str] = {}
        self.data_answer: str | None = None
        self.drop_after_data = False
        self.drop_at_rcpt = False
        self._lock = threading.Lock()
        self._credentials = credentials
        options: dict = {"tls_context": tls_context, "require_starttls": require_starttls}
        if credentials:
            options.update(authenticator=self._authenticate, auth_required=True)
        self._controller = Controller(_Keeper(self), hostname=HOST, port=self.port, **options)

    def _authenticate(self, _server, _session, _envelope, _mechanism, auth_data) -> AuthResult:
        good = (
            isinstance(auth_data, LoginPassword)
            and (
                auth_data.login.decode(),
                auth_data.password.decode(),
            )
            == self._credentials
        )
        return AuthResult(success=good, handled=False)

    def keep(self, content: bytes, mail_from: str, rcpt_tos: tuple[str, ...]) -> None:
        message = email.message_from_bytes(content, policy=email.policy.default)
        with self._lock:
            self.messages.append(message)
            self.envelopes.append((mail_from, rcpt_tos))
            count = len(self.messages)
        if self.folder:
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / f"{count:04d}.eml").write_bytes(content)

    def start(self) -> LocalSmtpServer:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    def __enter__(self) -> LocalSmtpServer:
        return self.start()

    def __exit__(self, *_exc) -> None:
        self.stop()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", default="demo-output/mail", help="where .eml files go")
    parser.add_argument("--port", type=int, default=8025)
    parser.add_argument("--seconds", type=float, default=0, help="stop after this time (0: Ctrl+C)")
    args = parser.parse_args(argv)
    with LocalSmtpServer(args.folder, args.port) as server:
        print(f"SMTP on {HOST}:{server.port}, saving to {server.folder}", flush=True)
        deadline = time.monotonic() + args.seconds if args.seconds else None
        try:
            while deadline is None or time.monotonic() < deadline:
                time.sleep(0.2)
        except KeyboardInterrupt:
            pass
    print(f"{len(server.messages)} message(s) received")


if __name__ == "__main__":
    main()
