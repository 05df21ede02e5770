"""Copying the published files to the web server: SFTP or WebDAV / HTTP PUT.

The folder is the site; an upload only copies the files one change wrote,
in the order :func:`~.site.upload_order` gives (maps and alerts before the
pages that show them, indexes and feeds last). Credentials come in as
plain values: the QGIS edge reads them from QgsAuthManager at the moment of
the upload, and they are never logged nor kept.

An upload never raises: the result says what went, what still waits and
why, as a code with plain parameters, so the SMS that triggered it is
never held back and the dock can offer a retry of exactly what is left.
"""

from __future__ import annotations

import ipaddress
import logging
import posixpath
import socket
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlsplit

from ..common.log_words import say

LOG = logging.getLogger("water_outage_notifier.publish")

SFTP = "sftp"
WEBDAV = "webdav"
TARGET_KINDS = (SFTP, WEBDAV)

UPLOADED = "uploaded"
#: Why an upload stopped (the adapters say it in words).
INSECURE_URL = "upload_insecure_url"
BAD_URL = "upload_bad_url"
UNREACHABLE = "upload_unreachable"
LOGIN_REFUSED = "upload_login_refused"
UNKNOWN_HOST_KEY = "upload_unknown_host_key"
SERVER_ERROR = "upload_server_error"
MISSING_FILE = "upload_missing_file"
MISSING_LIBRARY = "upload_missing_library"


@dataclass(frozen=True)
class UploadTarget:
    """Where the site goes: ``sftp://host[:port]/path`` or ``https://host/dav/path``.

    ``known_hosts`` is an OpenSSH known_hosts file for SFTP (empty: the
    user's own); a server whose key is not in it is refused, never trusted
    on first use. ``proxies`` is a ``requests`` proxies mapping for WebDAV.
    """

    kind: str
    url: str
    username: str = ""
    password: str = field(default="", repr=False)
    known_hosts: str = ""
    timeout: float = 30.0
    proxies: dict | None = None

    def describe(self) -> str:
        """The target for messages and the history: the URL without any login."""
        parts = urlsplit(self.url)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
        return f"{parts.scheme}://{host}{port}{parts.path}"


@dataclass(frozen=True)
class UploadResult:
    """``code`` is ``uploaded`` or why it stopped; ``pending`` the files still to send."""

    code: str
    uploaded: tuple[str, ...] = ()
    pending: tuple[str, ...] = ()
    params: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.code == UPLOADED


class _Stop(Exception):
    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code = code
        self.params = params


def upload(target: UploadTarget, folder: str, files: list[str]) -> UploadResult:
    """Copy ``files`` (relative to ``folder``, in order) to ``target``; never raises."""
    sent: list[str] = []
    try:
        _check_url(target)
        send = _sftp if target.kind == SFTP else _webdav
        send(target, folder, files, sent)
    except _Stop as stop:
        return _stopped(target, files, sent, stop.code, stop.params)
    except Exception as error:  # a library's own error: said by its type, never its text
        detail = type(error).__name__
        say(LOG, logging.WARNING, "upload_broke", target=target.describe(), detail=detail)
        return _stopped(target, files, sent, SERVER_ERROR, {"error": type(error).__name__})
    say(LOG, logging.INFO, "uploaded", count=len(sent), target=target.describe())
    return UploadResult(UPLOADED, tuple(sent))


def _stopped(target, files, sent, code, params) -> UploadResult:
    pending = tuple(f for f in files if f not in sent)
    say(
        LOG,
        logging.WARNING,
        "upload_stopped",
        target=target.describe(),
        why=code,
        count=len(sent),
        waiting=len(pending),
    )
    return UploadResult(code, tuple(sent), pending, {"target": target.describe(), **params})


def insecure(url: str) -> bool:
    """Plain ``http://`` to another machine: the login would cross the network in clear."""
    parts = urlsplit(url)
    return parts.scheme == "http" and not _loopback(parts.hostname or "")


def _check_url(target: UploadTarget) -> None:
    parts = urlsplit(target.url)
    if target.kind not in TARGET_KINDS or not parts.hostname:
        raise _Stop(BAD_URL)
    expected = {SFTP: ("sftp",), WEBDAV: ("https", "http")}[target.kind]
    if parts.scheme not in expected:
        raise _Stop(BAD_URL)
    if insecure(target.url):
        raise _Stop(INSECURE_URL)


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _read(folder: str, relative: str) -> bytes:
    try:
        return Path(folder, relative).read_bytes()
    except OSError:
        raise _Stop(MISSING_FILE, file=relative) from None


# -- SFTP ---------------------------------------------------------------------


def _sftp(target: UploadTarget, folder: str, files: list[str], sent: list[str]) -> None:
    try:
        import paramiko
    except ImportError:
        raise _Stop(MISSING_LIBRARY, library="paramiko") from None
    parts = urlsplit(target.url)
    client = paramiko.SSHClient()
    try:
        if target.known_hosts:
            client.load_host_keys(target.known_hosts)
        else:
            client.load_system_host_keys()
        client.set_missing_host_key_policy(paramiko.RejectPolicy())
        try:
            client.connect(
                parts.hostname,
                port=parts.port or 22,
                username=target.username or None,
                password=target.password or None,
                timeout=target.timeout,
                banner_timeout=target.timeout,
                auth_timeout=target.timeout,
                allow_agent=False,
                look_for_keys=False,
            )
        except paramiko.AuthenticationException:
            raise _Stop(LOGIN_REFUSED) from None
        except paramiko.SSHException as error:
            if "not found in known_hosts" in str(error) or isinstance(
                error, paramiko.BadHostKeyException
            ):
                raise _Stop(UNKNOWN_HOST_KEY, host=parts.hostname) from None
            raise _Stop(SERVER_ERROR, error=type(error).__name__) from None
        except (OSError, socket.timeout):
            raise _Stop(UNREACHABLE, host=parts.hostname) from None
        sftp = client.open_sftp()
        made: set[str] = set()
        for relative in files:
            remote = posixpath.join(parts.path or "/", relative)
            _sftp_folders(sftp, posixpath.dirname(remote), made)
            temporary = posixpath.join(
                posixpath.dirname(remote), ".uploading-" + posixpath.basename(remote)
            )
            with sftp.open(temporary, "wb") as stream:
                stream.write(_read(folder, relative))
            sftp.posix_rename(temporary, remote)
            sent.append(relative)
    finally:
        client.close()


def _sftp_folders(sftp, path: str, made: set) -> None:
    """Create ``path`` and its parents on the server when missing."""
    if not path or path == "/" or path in made:
        return
    _sftp_folders(sftp, posixpath.dirname(path), made)
    try:
        sftp.stat(path)
    except OSError:
        sftp.mkdir(path)
    made.add(path)


# -- WebDAV / HTTP PUT ------------------------------------------------------------


def _webdav(target: UploadTarget, folder: str, files: list[str], sent: list[str]) -> None:
    import requests

    base = target.url.rstrip("/") + "/"
    auth = (target.username, target.password) if target.username else None
    with requests.Session() as session:
        session.auth = auth
        session.proxies = target.proxies or {}
        made: set[str] = set()
        _collection(session, base, "", made, target)
        for relative in files:
            folders = relative.split("/")[:-1]
            for depth in range(1, len(folders) + 1):
                _collection(session, base, "/".join(folders[:depth]) + "/", made, target)
            data = _read(folder, relative)
            response = _call(session, "PUT", base + quote(relative), target, data=data)
            if response.status_code not in (200, 201, 204):
                raise _refusal(response)
            sent.append(relative)


def _collection(session, base: str, relative: str, made: set, target: UploadTarget) -> None:
    """MKCOL a folder once (``""``: the base itself).

    "Already there" (405), a plain PUT server without MKCOL (501) or a
    folder above the user's own (403) are not errors: the PUT that follows
    gives the verdict. Only a refused login stops here.
    """
    if relative in made:
        return
    response = _call(session, "MKCOL", base + quote(relative), target)
    if response.status_code == 401:
        raise _Stop(LOGIN_REFUSED)
    made.add(relative)


def _call(session, method: str, url: str, target: UploadTarget, **kwargs):
    import requests

    try:
        return session.request(method, url, timeout=target.timeout, **kwargs)
    except requests.ConnectionError:
        raise _Stop(UNREACHABLE, host=urlsplit(url).hostname) from None
    except requests.Timeout:
        raise _Stop(UNREACHABLE, host=urlsplit(url).hostname) from None


def _refusal(response) -> _Stop:
    if response.status_code in (401, 403):
        return _Stop(LOGIN_REFUSED)
    return _Stop(SERVER_ERROR, status=response.status_code)
