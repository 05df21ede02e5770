"""The PostgreSQL back end: one database shared by a team of operators.

Many operators on many machines work on one network and one customer base:
they must see the same history and never warn the same customers twice.
The outbox, the interventions and the history live in their own PostgreSQL
schema (``water_outage`` by default) of a database the utility already runs,
next to its PostGIS network if it likes.

The connection behaves like the SQLite one the store was written for
(``execute`` returning a cursor whose rows read by name and by position,
``executemany``, autocommit outside ``transaction()``), so the store's
modules do not know which back end they talk to; SQL differences are in
``dialect``. Credentials never pass through here as settings: the caller
gives a DSN without a password (libpq finds it in ``~/.pgpass`` or a
service file) or a ``connect`` callable (the QGIS side builds it from a
QGIS connection or an ``authcfg``).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

from .dialect import POSTGRESQL
from .schema import StoreDatabase

try:
    import psycopg2
    import psycopg2.extras
except ImportError:  # pragma: no cover - depends on the installation
    psycopg2 = None

DEFAULT_SCHEMA = "water_outage"
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class StoreUnavailable(ConnectionError):  # noqa: N818 - reads as a state, like SchemaTooNew
    """The PostgreSQL server cannot be reached or refused the connection."""


class _Connection:
    """A psycopg2 connection with the sqlite3 calls the store uses."""

    def __init__(self, raw):
        self.raw = raw

    def execute(self, statement: str, params=()):
        cursor = self.raw.cursor(cursor_factory=psycopg2.extras.DictCursor)
        cursor.execute(POSTGRESQL.sql(statement), tuple(params))
        return cursor

    def executemany(self, statement: str, rows):
        cursor = self.raw.cursor(cursor_factory=psycopg2.extras.DictCursor)
        cursor.executemany(POSTGRESQL.sql(statement), [tuple(row) for row in rows])
        return cursor

    def close(self) -> None:
        self.raw.close()


class PostgresDatabase(StoreDatabase):
    """A thread-safe handle on the store's schema in one PostgreSQL database.

    Each thread gets its own connection; ``transaction()`` is a READ
    COMMITTED transaction, and the store takes row locks (``FOR UPDATE``,
    ``SKIP LOCKED``) where SQLite relied on its single writer.
    """

    dialect = POSTGRESQL

    def __init__(
        self,
        dsn: str | None = None,
        *,
        connect: Callable[[], Any] | None = None,
        schema: str = DEFAULT_SCHEMA,
        connect_timeout: int = 10,
    ):
        if psycopg2 is None:
            raise StoreUnavailable(
                "The PostgreSQL store needs the psycopg2 module (Debian: python3-psycopg2; "
                "the QGIS installers for Windows and macOS include it)."
            )
        if (dsn is None) == (connect is None):
            raise ValueError("Give the PostgreSQL store either a DSN or a connect function.")
        if not _IDENTIFIER.match(schema):
            raise ValueError(
                f"schema: '{schema}' is not a plain PostgreSQL name "
                "(lower-case letters, digits and _; not starting with a digit)."
            )
        self.schema = schema
        self.integrity_error = psycopg2.IntegrityError
        self._connect = connect or (
            lambda: psycopg2.connect(
                dsn, connect_timeout=connect_timeout, application_name="water_outage_notifier"
            )
        )
        self._local = threading.local()
        with self.transaction() as conn:
            self.dialect.lock(conn, "schema")
            conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        self._create_versions_table()

    def connection(self) -> _Connection:
        """The calling thread's connection, opened on first use."""
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.raw.closed:
            try:
                raw = self._connect()
            except psycopg2.OperationalError as exc:
                raise StoreUnavailable(
                    f"Cannot open the PostgreSQL store: {str(exc).strip()}"
                ) from None
            raw.autocommit = True
            conn = _Connection(raw)
            conn.execute(f"SET search_path TO {self.schema}")
            self._local.conn = conn
        return conn

    def describe(self) -> str:
        """Server, database and schema, for messages (never the password)."""
        info = self.connection().raw.info
        return f"{info.user}@{info.host}:{info.port}/{info.dbname} (schema {self.schema})"
