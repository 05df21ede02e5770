"""Unit-test fixtures: the store's two back ends, for tests that must pass on both.

``backend`` is parametrised: a SQLite file in ``tmp_path``, and a fresh
schema in the PostgreSQL database named by ``OUTAGE_TEST_PG_DSN`` (``make
postgres`` starts one and ``make test`` passes it on; without it the
PostgreSQL cases are skipped, and CI always has it). Each schema is dropped
after its test.
"""

from __future__ import annotations

import os
import sys
import uuid

import pytest
from hypothesis import settings
from water_outage_notifier.store.backend import open_database

# Helpers next to this file (customer_records, publish_support).
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

# CI explores the same examples on every run, so a red build is reproducible; developers
# keep hypothesis's random exploration (and its example database) to find new cases.
settings.register_profile("ci", derandomize=True, database=None)
if os.environ.get("CI"):
    settings.load_profile("ci")

PG_DSN = os.environ.get("OUTAGE_TEST_PG_DSN", "")
needs_postgres = pytest.mark.skipif(
    not PG_DSN, reason="no PostgreSQL: run `make postgres` (sets OUTAGE_TEST_PG_DSN for make test)"
)
BACKENDS = ["sqlite", pytest.param("postgresql", marks=needs_postgres)]


class Backend:
    """Opens named databases of one kind; the same name is the same database."""

    def __init__(self, kind: str, folder):
        self.kind = kind
        self.folder = folder
        self.run = uuid.uuid4().hex[:10]
        self.schemas: set[str] = set()

    def spec(self, name: str = "store") -> tuple[str, str]:
        """(connection spec, PostgreSQL schema) for ``open_database``, e.g. in a subprocess."""
        if self.kind == "sqlite":
            return str(self.folder / f"{name}.sqlite"), "unused"
        schema = f"t_{self.run}_{name}"
        self.schemas.add(schema)
        return PG_DSN, schema

    def open(self, name: str = "store"):
        spec, schema = self.spec(name)
        return open_database(spec, schema=schema)

    def drop(self) -> None:
        if not self.schemas:
            return
        import psycopg2

        with psycopg2.connect(PG_DSN) as conn, conn.cursor() as cursor:
            for schema in self.schemas:
                cursor.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.close()


@pytest.fixture(params=BACKENDS)
def backend(request, tmp_path):
    chosen = Backend(request.param, tmp_path)
    yield chosen
    chosen.drop()
