"""Every way the store's database fails is one StoreError naming the file or server.

Real failures, no mocks: a damaged file, a write lock held by another
process, a disk that fills up (a tiny tmpfs mounted in a private mount
namespace of a child process), a server nobody listens on, a wrong
password and a database that does not exist on the test cluster.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse, urlunparse

import pytest
from water_outage_notifier.store import errors
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.errors import StoreError
from water_outage_notifier.store.interventions import InterventionDraft, InterventionStore
from water_outage_notifier.store.outbox import Outbox

from .conftest import PG_DSN, needs_postgres

ROOT = Path(__file__).resolve().parents[2]


def _opened(path, **options):
    db = open_database(str(path), **options)
    InterventionStore(db)
    Outbox(db)
    return db


def test_a_file_that_is_not_a_database_is_named(tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_bytes(b"this is not SQLite" * 100)
    with pytest.raises(StoreError) as failed:
        _opened(bad)
    assert failed.value.code == errors.CORRUPT
    assert failed.value.params["path"] == str(bad)
    assert str(bad) in str(failed.value) and "backup" in str(failed.value)


def test_a_damaged_database_is_named(tmp_path):
    path = tmp_path / "store.sqlite"
    db = _opened(path)
    db.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page : len(data)] = b"\xff" * (len(data) - page)  # every page after the header
    path.write_bytes(bytes(data))
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    with pytest.raises(StoreError) as failed:
        InterventionStore(open_database(str(path))).select()
    assert failed.value.code == errors.CORRUPT


HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.read()
"""


def test_a_lock_held_by_another_program_is_named_after_a_bounded_wait(tmp_path):
    path = tmp_path / "store.sqlite"
    _opened(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(StoreError) as failed:
            _opened(path, lock_wait=0.3)
    finally:
        holder.communicate("")
    assert failed.value.code == errors.LOCKED
    assert "locked by another program" in str(failed.value) and str(path) in str(failed.value)
    _opened(path).close()  # the lock released, the store opens again


FILL_DISK = """
import os, subprocess, sys
sys.path.insert(0, {tests!r})
import conftest  # registers the checkout as water_outage_notifier
from datetime import datetime, timedelta
from water_outage_notifier.store.backend import open_database
from water_outage_notifier.store.errors import StoreError
from water_outage_notifier.store.interventions import InterventionDraft, InterventionStore
folder = sys.argv[1]
subprocess.run(["mount", "-t", "tmpfs", "-o", "size=400k", "tmpfs", folder], check=True)
try:
    store = InterventionStore(open_database(os.path.join(folder, "store.sqlite")))
    start = datetime(2026, 3, 2, 8)
    for n in range(100000):
        store.create(InterventionDraft(
            "planned_interruption", start, start + timedelta(hours=2), "rossi",
            customer_ids=tuple(f"C{{n}}-{{i}}" for i in range(200)), notes="x" * 2000))
    print("never full")
except StoreError as error:
    print(error.code, error.params["path"])
"""


def test_a_full_disk_is_named(tmp_path):
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare (util-linux) is needed to mount a tiny disk for this test")
    folder = tmp_path / "tiny"
    folder.mkdir()
    result = subprocess.run(
        [unshare, "--user", "--map-root-user", "--mount", sys.executable, "-c"]
        + [FILL_DISK.format(tests=str(ROOT / "tests")), str(folder)],
        capture_output=True,
        text=True,
        timeout=240,
        cwd=str(ROOT),
    )
    if "Operation not permitted" in result.stderr and not result.stdout:
        pytest.skip(f"no private mount namespace here: {result.stderr.strip()[:200]}")
    assert result.stdout.split() == [errors.FULL, str(folder / "store.sqlite")], result.stderr


def test_a_folder_that_cannot_be_created_is_named(tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError) as failed:
        open_database(str(blocker / "store.sqlite"))
    assert failed.value.code == errors.CANNOT_OPEN
    assert str(blocker / "store.sqlite") in str(failed.value)


def test_an_unreachable_server_is_named():
    # Port 9 on 127.0.0.1: nothing listens there, the connection is refused at once.
    with pytest.raises(StoreError) as failed:
        open_database("host=127.0.0.1 port=9 dbname=utility user=outage connect_timeout=2")
    assert failed.value.code == errors.UNREACHABLE
    assert failed.value.params["host"] == "127.0.0.1:9"
    assert "cannot be reached" in str(failed.value)


def _with(dsn: str, **changes) -> str:
    parts = urlparse(dsn)
    user = changes.get("user", parts.username)
    password = changes.get("password")
    netloc = f"{user}{':' + password if password else ''}@{parts.hostname}:{parts.port}"
    return urlunparse(parts._replace(netloc=netloc, path=changes.get("path", parts.path)))


@needs_postgres
def test_a_refused_login_is_named(monkeypatch):
    monkeypatch.delenv("PGPASSFILE", raising=False)  # only the wrong password is offered
    with pytest.raises(StoreError) as failed:
        open_database(PG_DSN, password="not-the-password")
    assert failed.value.code == errors.LOGIN_REFUSED
    host = urlparse(PG_DSN)
    assert failed.value.params["host"] == f"{host.hostname}:{host.port}"
    assert "refused the login" in str(failed.value)


@needs_postgres
def test_a_missing_database_is_named():
    with pytest.raises(StoreError) as failed:
        open_database(_with(PG_DSN, path="/no_such_database"))
    assert failed.value.code == errors.NO_DATABASE
    assert failed.value.params["database"] == "no_such_database"


@needs_postgres
def test_the_schema_comes_from_the_connection_string(backend_schema):
    dsn = f"{PG_DSN}?options=-csearch_path%3D{backend_schema}"
    db = open_database(dsn)
    try:
        assert db.schema == backend_schema
        InterventionStore(db).create(
            InterventionDraft("emergency", "2026-03-02T08:00", "2026-03-02T10:00", "rossi")
        )
        row = db.connection().execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = ?",
            (backend_schema,),
        )
        assert row.fetchone()[0] > 0
    finally:
        db.close()


@pytest.fixture()
def backend_schema():
    import uuid

    import psycopg2

    schema = f"t_{uuid.uuid4().hex[:10]}_dsn"
    yield schema
    with psycopg2.connect(PG_DSN) as conn, conn.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    conn.close()


def test_the_english_text_of_every_code_formats():
    params = dict(
        path="/x/store.sqlite",
        host="db:5432",
        seconds=10.0,
        authcfg="abc1234",
        database="utility",
        component="outbox",
        found=3,
        known=2,
    )
    codes = [v for name, v in vars(errors).items() if name.isupper() and isinstance(v, str)]
    assert len(codes) == 13
    for code in codes:
        text = str(StoreError(code, **params))
        assert "{" not in text and code not in text, code  # its own sentence, filled in
