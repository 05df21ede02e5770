"""Real upload servers on 127.0.0.1 for the publishing tests: SFTP (asyncssh) and WebDAV
(wsgidav on cheroot, the WSGI server it is made for).

Each serves a temporary folder, asks for a login, and stops with its test.
The SFTP server's host key is written to a known_hosts file, as an
administrator would, because the uploader refuses unknown hosts.
"""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass
from pathlib import Path

import asyncssh
import pytest
from cheroot import wsgi

USER = "publisher"
PASSWORD = "s3cret-upload"


@dataclass
class Server:
    url: str
    root: Path
    known_hosts: str = ""


class _Login(asyncssh.SSHServer):
    def begin_auth(self, username):
        return True

    def password_auth_supported(self):
        return True

    def validate_password(self, username, password):
        return username == USER and password == PASSWORD


@pytest.fixture()
def sftp_server(tmp_path):
    """An SFTP server jailed in ``tmp_path/sftp``; its URL points at ``/www``."""
    root = tmp_path / "sftp"
    root.mkdir()
    loop = asyncio.new_event_loop()
    key = asyncssh.generate_private_key("ssh-ed25519")

    def jailed(channel):
        return asyncssh.SFTPServer(channel, chroot=str(root).encode())

    async def start():
        return await asyncssh.listen(
            "127.0.0.1",
            0,
            server_host_keys=[key],
            server_factory=_Login,
            sftp_factory=jailed,
        )

    listener = loop.run_until_complete(start())
    port = listener.sockets[0].getsockname()[1]
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    known_hosts = tmp_path / "known_hosts"
    known_hosts.write_text(f"[127.0.0.1]:{port} {key.export_public_key().decode()}")
    yield Server(f"sftp://127.0.0.1:{port}/www", root / "www", str(known_hosts))

    async def stop():
        listener.close()
        await listener.wait_closed()
        await asyncio.sleep(0.2)  # lets the last session's handler finish

    asyncio.run_coroutine_threadsafe(stop(), loop).result(10)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)
    loop.close()


@pytest.fixture()
def webdav_server(tmp_path):
    """A WebDAV server (Basic login) sharing ``tmp_path/dav`` at ``/dav``."""
    from wsgidav.wsgidav_app import WsgiDAVApp

    root = tmp_path / "dav"
    root.mkdir()
    app = WsgiDAVApp(
        {
            "provider_mapping": {"/dav": str(root)},
            "simple_dc": {"user_mapping": {"*": {USER: {"password": PASSWORD}}}},
            "http_authenticator": {
                "accept_basic": True,
                "accept_digest": False,
                "default_to_digest": False,
            },
            "verbose": 0,
            "logging": {"enable": False},
        }
    )
    server = wsgi.Server(("127.0.0.1", 0), app)
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    yield Server(f"http://127.0.0.1:{server.bind_addr[1]}/dav/site", root / "site")
    server.stop()
    thread.join(10)
