"""Make the checkout importable as ``water_outage_notifier``.

The repository root is the plugin package, and its installed folder name is
``water_outage_notifier`` whatever the checkout folder is called. The
package is registered under that name so tests import it exactly as QGIS
does, relative imports included.
"""

import importlib.util
import sys
from pathlib import Path

import pytest

PACKAGE = "water_outage_notifier"
ROOT = Path(__file__).resolve().parents[1]
# Fixtures shared by the unit and the QGIS tests (hydraulic_zone) sit beside this file.
sys.path.insert(0, str(Path(__file__).resolve().parent))

# Helpers shared by the unit and the QGIS tests (opened).
sys.path.insert(0, str(Path(__file__).resolve().parent))

if PACKAGE not in sys.modules:
    spec = importlib.util.spec_from_file_location(
        PACKAGE, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = module
    spec.loader.exec_module(module)


@pytest.fixture()
def emulator():
    """The local gateway emulator on 127.0.0.1 (a real HTTP server), stopped after the test."""
    from water_outage_notifier.devtools.gateway_emulator import GatewayEmulator

    with GatewayEmulator() as running:
        yield running


@pytest.fixture(autouse=True)
def _close_what_the_test_opened():
    """Close what helpers handed to ``opened.close_later`` (see tests/opened.py)."""
    from opened import close_all

    yield
    close_all()


class UploadServer:
    """A test upload server: its URL, the folder it writes to, its login, its known_hosts."""

    username = "publisher"
    password = "s3cret-upload"

    def __init__(self, url: str, root: Path, known_hosts: str = ""):
        self.url = url
        self.root = root
        self.known_hosts = known_hosts


@pytest.fixture()
def sftp_server(tmp_path):
    """An SFTP server (asyncssh) on 127.0.0.1 jailed in ``tmp_path/sftp``; its URL is ``/www``.

    Its host key is written to a known_hosts file, as an administrator
    would, because the uploader refuses unknown hosts.
    """
    import asyncio
    import threading

    import asyncssh

    class Login(asyncssh.SSHServer):
        def begin_auth(self, username):
            return True

        def password_auth_supported(self):
            return True

        def validate_password(self, username, password):
            return (username, password) == (UploadServer.username, UploadServer.password)

    root = tmp_path / "sftp"
    root.mkdir()
    loop = asyncio.new_event_loop()
    key = asyncssh.generate_private_key("ssh-ed25519")

    def jailed(channel):
        return asyncssh.SFTPServer(channel, chroot=str(root).encode())

    listener = loop.run_until_complete(
        asyncssh.listen(
            "127.0.0.1", 0, server_host_keys=[key], server_factory=Login, sftp_factory=jailed
        )
    )
    port = listener.sockets[0].getsockname()[1]
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    known_hosts = tmp_path / "known_hosts"
    known_hosts.write_text(f"[127.0.0.1]:{port} {key.export_public_key().decode()}")
    yield UploadServer(f"sftp://127.0.0.1:{port}/www", root / "www", str(known_hosts))

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
    """A WebDAV server (wsgidav on cheroot, Basic login) on 127.0.0.1; its URL is ``/dav/site``."""
    import threading

    from cheroot import wsgi
    from wsgidav.wsgidav_app import WsgiDAVApp

    root = tmp_path / "dav"
    root.mkdir()
    app = WsgiDAVApp(
        {
            "provider_mapping": {"/dav": str(root)},
            "simple_dc": {
                "user_mapping": {"*": {UploadServer.username: {"password": UploadServer.password}}}
            },
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
    yield UploadServer(f"http://127.0.0.1:{server.bind_addr[1]}/dav/site", root / "site")
    server.stop()
    thread.join(10)
