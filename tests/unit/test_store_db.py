"""The shared database on both back ends (``backend`` fixture in conftest.py):
versioned schemas per component."""

import pytest
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.errors import TOO_NEW, StoreError

V1 = "CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT, seen REAL)"
V2 = "ALTER TABLE things ADD COLUMN colour TEXT; CREATE INDEX things_name ON things(name)"


def test_migrations_apply_in_order_and_only_once(backend):
    assert backend.open().ensure_schema("things", [V1]) == 1
    db = backend.open()
    assert db.ensure_schema("things", [V1, V2]) == 2
    assert db.ensure_schema("things", [V1, V2]) == 2
    with db.transaction() as conn:
        conn.execute("INSERT INTO things (name, colour, seen) VALUES ('valve', 'red', ?)", (1.5e9,))
    row = db.connection().execute("SELECT colour, seen, id FROM things").fetchone()
    assert (row["colour"], row["seen"], row["id"]) == ("red", 1.5e9 + 0.0, 1)


def test_epoch_seconds_keep_their_fraction(backend):
    """REAL must be 8 bytes on PostgreSQL too: a lease time must not move by minutes."""
    db = backend.open()
    db.ensure_schema("things", [V1])
    moment = 1_767_225_600.25
    with db.transaction() as conn:
        conn.execute("INSERT INTO things (name, seen) VALUES ('lease', ?)", (moment,))
    assert db.connection().execute("SELECT seen FROM things").fetchone()[0] == moment


def test_newer_schema_is_refused_with_a_clear_message(backend):
    backend.open().ensure_schema("things", [V1, V2])
    with pytest.raises(StoreError, match="version 2 of the 'things' tables") as refused:
        backend.open().ensure_schema("things", [V1])
    assert refused.value.code == TOO_NEW
    assert refused.value.params["found"] == 2 and refused.value.params["known"] == 1
    assert "Update the plugin" in str(refused.value)


def test_per_back_end_steps_run_only_on_their_back_end(backend):
    other = "postgresql" if backend.kind == "sqlite" else "sqlite"
    step = {backend.kind: "ALTER TABLE things ADD COLUMN mine TEXT", other: "SELECT nothing"}
    db = backend.open()
    assert db.ensure_schema("things", [V1, step]) == 2
    with db.transaction() as conn:
        conn.execute("INSERT INTO things (name, mine) VALUES ('a', 'b')")


def test_failed_transaction_leaves_nothing(backend):
    db = backend.open()
    db.ensure_schema("things", [V1])
    with pytest.raises(RuntimeError):
        with db.transaction() as conn:
            conn.execute("INSERT INTO things (name) VALUES ('pipe')")
            raise RuntimeError("crash in the middle")
    assert db.connection().execute("SELECT COUNT(*) FROM things").fetchone()[0] == 0


def test_a_sqlite_path_opens_the_sqlite_back_end(tmp_path):
    db = Database(str(tmp_path / "sub" / "store.sqlite"))
    assert db.describe().endswith("store.sqlite") and (tmp_path / "sub").is_dir()
