"""The shared SQLite database: versioned schemas per component."""

import pytest
from water_outage_notifier.store.db import Database, SchemaTooNew

V1 = "CREATE TABLE things (id INTEGER PRIMARY KEY, name TEXT)"
V2 = "ALTER TABLE things ADD COLUMN colour TEXT; CREATE INDEX things_name ON things(name)"


def test_migrations_apply_in_order_and_only_once(tmp_path):
    path = str(tmp_path / "store.sqlite")
    assert Database(path).ensure_schema("things", [V1]) == 1
    db = Database(path)
    assert db.ensure_schema("things", [V1, V2]) == 2
    assert db.ensure_schema("things", [V1, V2]) == 2
    with db.transaction() as conn:
        conn.execute("INSERT INTO things (name, colour) VALUES ('valve', 'red')")
    row = db.connection().execute("SELECT colour FROM things").fetchone()
    assert row["colour"] == "red"


def test_newer_schema_is_refused_with_a_clear_message(tmp_path):
    path = str(tmp_path / "store.sqlite")
    Database(path).ensure_schema("things", [V1, V2])
    with pytest.raises(SchemaTooNew, match="version 2 of the 'things' tables"):
        Database(path).ensure_schema("things", [V1])


def test_failed_transaction_leaves_nothing(tmp_path):
    db = Database(str(tmp_path / "store.sqlite"))
    db.ensure_schema("things", [V1])
    with pytest.raises(RuntimeError):
        with db.transaction() as conn:
            conn.execute("INSERT INTO things (name) VALUES ('pipe')")
            raise RuntimeError("crash in the middle")
    assert db.connection().execute("SELECT COUNT(*) FROM things").fetchone()[0] == 0
