"""The one HTTP client every provider uses, hardened once for all of them.

Every request carries an explicit (connect, read) timeout, verifies TLS
(there is no switch to turn it off), refuses plain ``http://`` except to
this machine (credentials would travel in clear), goes through the caller's
proxies, and is logged without secrets or bodies. Network failures are
translated into the question the sending loop cares about: did the request
surely not reach the provider (safe to retry), might it have been processed
(in doubt), or could it not even be built (permanent)?
"""

from __future__ import annotations

import email.utils
import ipaddress
import logging
import socket
import threading
import time
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import requests
from urllib3.exceptions import NewConnectionError

from . import reasons
from .privacy import GATEWAY_LOGGER, REDACTED, clean, is_secret_name, redact_mapping
from .watchdog import WATCHDOG

LOG = logging.getLogger(GATEWAY_LOGGER)
USER_AGENT = "water-outage-notifier (QGIS plugin)"
LOOPBACK_NAMES = frozenset({"localhost", "localhost."})
#: How http.client says a proxy refused the CONNECT tunnel: nothing went through it.
TUNNEL_REFUSED = "Tunnel connection failed"
#: Errors ``requests`` raises while building a request, before a byte is sent.
NEVER_SENT = (
    requests.exceptions.InvalidHeader,
    requests.exceptions.InvalidURL,
    requests.exceptions.MissingSchema,
    requests.exceptions.InvalidSchema,
    requests.exceptions.InvalidJSONError,
)


class GatewayStop(RuntimeError):
    """Nothing more can be sent until the operator changes the profile
    (credentials refused, an insecure URL). ``code`` is a reason code.
    ``in_doubt``: the request that stopped the run may have been processed
    (a redirect), so its messages are asked about, never simply queued again."""

    code = "stopped"
    in_doubt = False


class InsecureUrlError(GatewayStop):
    """A plain ``http://`` URL to a host that is not this machine."""

    code = reasons.INSECURE_URL


class ProxyAuthError(GatewayStop):
    """The proxy of QGIS refused its login (407): nothing went through it, and
    nothing will until its user or password is corrected in the QGIS network
    settings. Retrying would only wait out the run's patience."""

    code = reasons.PROXY_AUTH_REFUSED


class TransportError(Exception):
    """A request that got no HTTP answer.

    ``safe_to_retry`` is True only when it surely never reached the provider
    (refused, connect timeout, TLS); ``permanent`` when it could not even be
    built (a bad URL, a header with CR/LF), so sending it again cannot help.
    ``code`` is the reason code.
    """

    def __init__(self, message: str, safe_to_retry: bool, code: str, permanent: bool = False):
        super().__init__(clean(message))
        self.safe_to_retry = safe_to_retry
        self.permanent = permanent
        self.code = code


def is_loopback(host: str | None) -> bool:
    """127.0.0.0/8, ::1 or localhost: this machine, where tests and local relays listen."""
    if not host:
        return False
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def url_problem(url: str) -> str | None:
    """The reason code that forbids sending credentials to ``url``, or None."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        return None
    if parts.scheme == "http":
        return None if is_loopback(parts.hostname) else reasons.INSECURE_URL
    return reasons.INVALID_REQUEST


def header_problem(headers: dict | None) -> str | None:
    """The name of the first header whose value holds CR, LF or another
    control character (header injection), or None."""
    for name, value in (headers or {}).items():
        text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
        if any(ord(ch) < 32 and ch != "\t" or ord(ch) == 127 for ch in f"{name}{text}"):
            return str(name)
    return None


def refuse_before_sending(method: str, url: str, headers: dict | None) -> None:
    """Raise before a byte leaves: ``InsecureUrlError`` for plain http to
    another host, a permanent ``TransportError`` for a URL or header holding a
    control character (CR/LF injection) or a scheme that is not http(s)."""
    problem = url_problem(url)
    if problem == reasons.INSECURE_URL:
        raise InsecureUrlError(
            f"Refused to send credentials over plain http:// to {urlsplit(url).hostname}: "
            "use https:// (plain http is allowed only to this machine)."
        )
    if problem or any(ord(ch) < 32 or ord(ch) == 127 for ch in url):
        raise TransportError(
            f"{method} {redact_url(url)}: not a valid http(s) URL",
            False,
            reasons.INVALID_REQUEST,
            True,
        )
    bad_header = header_problem(headers)
    if bad_header:
        raise TransportError(
            f"{method} {redact_url(url)}: header {bad_header} holds a line break; not sent",
            False,
            reasons.HEADER_CRLF,
            permanent=True,
        )


class HttpClient:
    """A thread-safe wrapper on ``requests`` (one session per thread)."""

    def __init__(self, timeout: tuple[float, float], proxies: dict | None = None):
        if len(timeout) != 2 or not all(value and value > 0 for value in timeout):
            raise ValueError("Every request needs a connect and a read timeout above 0 s.")
        self.timeout = (float(timeout[0]), float(timeout[1]))
        self.proxies = dict(proxies or {})
        self._local = threading.local()
        self._sessions: list[requests.Session] = []
        self._lock = threading.Lock()

    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers["User-Agent"] = USER_AGENT
            session.trust_env = False  # proxies come from the caller (QGIS settings) only
            self._local.session = session
            with self._lock:
                self._sessions.append(session)
        return session

    def request(self, method: str, url: str, **kwargs) -> requests.Response:
        """Send one request; raise ``TransportError`` when no answer came back
        and ``InsecureUrlError`` (nothing sent) for plain http to another host."""
        started = time.monotonic()
        refuse_before_sending(method, url, kwargs.get("headers"))
        debug = LOG.isEnabledFor(logging.DEBUG)  # redacting costs: only when shown
        if debug:
            shown = redact_mapping(kwargs.get("headers"))
            if kwargs.get("auth"):
                shown["Authorization"] = REDACTED  # requests adds it from ``auth``
            LOG.debug("%s %s headers=%s", method, redact_url(url), shown)
        try:
            response = self._session().request(
                method,
                url,
                timeout=self.timeout,
                verify=True,
                proxies=self.proxies,
                allow_redirects=False,
                stream=True,  # the body is read below, within its own deadline
                **kwargs,
            )
            self._read_body(response)
        except NEVER_SENT as exc:
            raise TransportError(
                f"{type(exc).__name__} on {redact_url(url)}", False, reasons.INVALID_REQUEST, True
            ) from exc
        except requests.RequestException as exc:
            if proxy_refused_login(exc):
                raise _proxy_refused(method, url) from exc
            safe = never_reached(exc)
            LOG.warning(
                "%s %s: no answer (%s); %s",
                method,
                redact_url(url),
                type(exc).__name__,
                "not sent, safe to retry" if safe else "it may have been processed",
            )
            code = reasons.NETWORK_UNREACHED if safe else reasons.NETWORK_LOST
            raise TransportError(f"{type(exc).__name__} on {redact_url(url)}", safe, code) from exc
        if response.status_code == 407:  # a plain-http request through the proxy
            raise _proxy_refused(method, url)
        if cut_short(response):
            LOG.warning(
                "%s %s: answer cut short; it may have been processed", method, redact_url(url)
            )
            raise TransportError(
                f"answer cut short on {redact_url(url)}", False, reasons.NETWORK_LOST
            )
        if debug:
            LOG.debug(
                "%s %s -> %s in %.0f ms",
                method,
                redact_url(url),
                response.status_code,
                (time.monotonic() - started) * 1000,
            )
        return response

    def _read_body(self, response: requests.Response) -> None:
        """Read the whole body within one read timeout after its headers.

        The read timeout bounds each wait for a byte, not the answer: a
        gateway (or proxy) sending a byte now and then would hold the run
        for ever. Past the deadline the connection is cut, which ends the
        read: a ``ReadTimeout``, an answer lost, so in doubt.
        """

        def cut() -> None:
            sock = getattr(getattr(response.raw, "connection", None), "sock", None)
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

        done = WATCHDOG.watch(self.timeout[1], cut)
        try:
            response.content  # noqa: B018 - reads and keeps the body
        finally:
            expired = done()
        if expired:
            response.close()
            self._session().close()  # no pooled connection that was cut is used again
            raise requests.exceptions.ReadTimeout("the whole answer took longer than the timeout")

    def close(self) -> None:
        """Close every thread's session."""
        with self._lock:
            for session in self._sessions:
                session.close()
            self._sessions.clear()
        self._local = threading.local()


def cut_short(response: requests.Response) -> bool:
    """Whether fewer bytes arrived than the answer's ``Content-Length`` promised
    (the connection dropped mid-answer; urllib3 1.x does not say so itself).
    A compressed answer's length counts compressed bytes: not compared."""
    promised = response.headers.get("Content-Length", "")
    if not promised.isdigit() or response.headers.get("Content-Encoding"):
        return False
    return response.request.method != "HEAD" and len(response.content) < int(promised)


def _proxy_refused(method: str, url: str) -> ProxyAuthError:
    """The stop for a proxy that answered 407, logged once."""
    LOG.error("%s %s: the proxy refused its login (407)", method, redact_url(url))
    return ProxyAuthError(
        "the proxy refused its login (HTTP 407): check the proxy's user and password in the "
        "QGIS network settings"
    )


def _causes(exc: BaseException):
    """The errors ``exc`` wraps, outermost first (urllib3 nests them several deep)."""
    seen = set()
    cause = exc.args[0] if exc.args else None
    while isinstance(cause, BaseException) and id(cause) not in seen:
        seen.add(id(cause))
        yield cause
        cause = (
            getattr(cause, "reason", None)
            or getattr(cause, "original_error", None)
            or cause.__cause__
            or cause.__context__
        )


def proxy_refused_login(exc: requests.RequestException) -> bool:
    """Whether the proxy answered the tunnel (CONNECT) with 407."""
    return any(
        isinstance(cause, OSError) and str(cause).startswith(f"{TUNNEL_REFUSED}: 407")
        for cause in _causes(exc)
    )


def never_reached(exc: requests.RequestException) -> bool:
    """True when the request surely did not reach the provider.

    A refused connection, a connect timeout or a failed TLS handshake happen
    before a byte of the request is sent, and so does a proxy that cannot
    be reached or refuses the tunnel: urllib3 words those, and any
    socket error behind a proxy, "Cannot connect to proxy", so the error it
    wraps (``original_error``) decides. Anything later (read timeout,
    connection reset) may come after the provider recorded it.
    """
    if isinstance(exc, (requests.exceptions.ConnectTimeout, requests.exceptions.SSLError)):
        return True
    if isinstance(exc, requests.exceptions.ConnectionError):
        return any(
            isinstance(cause, NewConnectionError)
            or isinstance(cause, OSError)
            and str(cause).startswith(TUNNEL_REFUSED)
            for cause in _causes(exc)
        )
    return False


def retry_after_seconds(value: str | None, now: float | None = None) -> float | None:
    """The ``Retry-After`` header as seconds (it may be a number or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


def redact_url(url: str) -> str:
    """The URL with every credential value and secret-looking query parameter hidden."""
    parts = urlsplit(clean(url))
    if not parts.query:
        return urlunsplit(parts)
    query = [
        (name, REDACTED if is_secret_name(name) else value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urlunsplit(parts._replace(query=urlencode(query, safe="*")))
