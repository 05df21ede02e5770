"""The store the settings point at: a SQLite file, or PostgreSQL with the login in QgsAuthManager."""

from __future__ import annotations

import os
from urllib.parse import urlparse

import pytest
from qgis.core import QgsProcessingException
from qgis.PyQt.QtCore import QDate, QDateTime, QTime
from water_outage_notifier.gis.auth import store_credentials
from water_outage_notifier.gis.settings_store import PluginSettings
from water_outage_notifier.gis.store_access import open_store, store_error_text
from water_outage_notifier.store.errors import LOGIN_UNAVAILABLE, StoreError
from water_outage_notifier.store.interventions import InterventionStore


def test_a_path_opens_a_sqlite_store(qgis_app, tmp_path):
    db = open_store(PluginSettings(store_location=str(tmp_path / "store.sqlite")))
    InterventionStore(db)
    assert (tmp_path / "store.sqlite").exists()
    assert db.dialect.name == "sqlite"


def test_an_unknown_login_is_named(qgis_app, auth_manager):
    settings = PluginSettings(
        store_location="postgresql://gis@127.0.0.1:1/utility", store_authcfg="nope123"
    )
    with pytest.raises(StoreError) as refused:
        open_store(settings)
    assert refused.value.code == LOGIN_UNAVAILABLE
    assert refused.value.params["authcfg"] == "nope123"
    assert "authentication database" in store_error_text(refused.value)


def _pgpass_password(dsn: str) -> str:
    """The test cluster's password, from the pgpass file ``make postgres`` wrote."""
    user = urlparse(dsn).username
    with open(os.environ["PGPASSFILE"], encoding="utf-8") as handle:
        for line in handle:
            fields = line.strip().split(":")
            if len(fields) == 5 and fields[3] == user:
                return fields[4]
    raise LookupError(user)


@pytest.mark.skipif(
    "OUTAGE_TEST_PG_DSN" not in os.environ, reason="no PostgreSQL: run `make postgres`"
)
def test_a_dsn_with_a_login_opens_the_postgresql_store(qgis_app, auth_manager, monkeypatch):
    dsn = os.environ["OUTAGE_TEST_PG_DSN"]
    password = _pgpass_password(dsn)
    authcfg = store_credentials(
        "outage store", {"username": urlparse(dsn).username, "password": password}
    )
    monkeypatch.delenv("PGPASSFILE")  # the password must come from QgsAuthManager
    db = open_store(PluginSettings(store_location=dsn, store_authcfg=authcfg))
    try:
        assert db.dialect.name == "postgresql"
        assert db.connection().execute("SELECT 1").fetchone()[0] == 1
    finally:
        db.close()


def test_processing_names_a_damaged_store_instead_of_a_traceback(run_algorithm, tmp_path):
    damaged = tmp_path / "history.sqlite"
    damaged.write_bytes(b"not a database" * 400)
    with pytest.raises(QgsProcessingException) as failed:
        run_algorithm(
            "outage:report",
            {
                "START": QDateTime(QDate(2026, 3, 1), QTime(0, 0)),
                "END": QDateTime(QDate(2026, 3, 31), QTime(0, 0)),
                "DATABASE": str(damaged),
                "OUTPUT_FOLDER": str(tmp_path / "report"),
            },
        )
    text = str(failed.value)
    assert str(damaged) in text and "backup" in text
    assert "sqlite3" not in text and "DatabaseError" not in text
