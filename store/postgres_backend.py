"""The PostgreSQL back end: one database shared by a team of operators.

Many operators on many machines work on one network and one customer base:
they must see the same history and never warn the same customers twice.
The outbox, the interventions and the history live in their own PostgreSQL
schema (``water_outage`` by default) of a database the utility already runs,
next to its PostGIS network if it likes. Another schema is chosen in the
connection string itself, with libpq's own option:
``options=-csearch_path=<schema>`` (URI: ``?options=-csearch_path%3D<schema>``).

The connection behaves like the SQLite one the store was written for
(``execute`` returning a cursor whose rows read by name and by position,
``executemany``, autocommit outside ``transaction()``), so the store's
modules do not know which back end they talk to; SQL differences are in
``dialect``. Credentials never pass through here as settings: the caller
gives a DSN without a password (libpq finds it in ``~/.pgpass`` or a
service file) and, when the QGIS side read one from QgsAuthManager, the
login to connect with. Every failure (server down, login refused, disk
full, connection lost) is a ``StoreError`` naming the server.
"""

from __future__ import annotations

import re
import threading

from .dialect import POSTGRESQL
from .errors import FULL, LOGIN_REFUSED, NO_DATABASE, NO_DRIVER, UNREACHABLE, StoreError
from .guarded import GuardedConnection, guarded
from .schema import StoreDatabase

try:
    import psycopg2
    import psycopg2.extensions
    import psycopg2.extras
except ImportError:  # pragma: no cover - depends on the installation
    psycopg2 = None

DEFAULT_SCHEMA = "water_outage"
_IDENTIFIER = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
_SEARCH_PATH = re.compile(r"-c\s*search_path\s*=\s*([A-Za-z0-9_]+)")
#: Words of libpq and the server (English) for a refused login or a missing database.
_LOGIN_WORDS = ("authentication failed", "no password supplied", "role", "pg_hba.conf")
_NO_DATABASE_WORDS = ('database "', "does not exist")


def schema_of(dsn: str) -> str | None:
    """The schema named by ``options=-csearch_path=…`` in a DSN, or None."""
    if psycopg2 is None:
        return None
    try:
        options = psycopg2.extensions.parse_dsn(dsn).get("options", "")
    except psycopg2.ProgrammingError:
        return None
    found = _SEARCH_PATH.search(options)
    return found.group(1) if found else None


def postgres_error_code(error: BaseException) -> str | None:
    """The store's code for a psycopg2 error, or None when the caller handles it."""
    if psycopg2 is None or not isinstance(error, psycopg2.Error):
        return None
    if isinstance(error, (psycopg2.IntegrityError, psycopg2.ProgrammingError)):
        return None
    sqlstate = getattr(error, "pgcode", None) or ""
    if sqlstate.startswith("53"):  # insufficient resources: disk full, out of memory
        return FULL
    if sqlstate.startswith("28"):
        return LOGIN_REFUSED
    if sqlstate == "3D000":
        return NO_DATABASE
    if isinstance(error, (psycopg2.OperationalError, psycopg2.InterfaceError)):
        # Connection errors carry no SQLSTATE: libpq's (English) words tell them apart.
        text = str(error).lower()
        if all(words in text for words in _NO_DATABASE_WORDS):
            return NO_DATABASE
        if any(words in text for words in _LOGIN_WORDS):
            return LOGIN_REFUSED
        return UNREACHABLE
    return None


class PostgresDatabase(StoreDatabase):
    """A thread-safe handle on the store's schema in one PostgreSQL database.

    Each thread gets its own connection; ``transaction()`` is a READ
    COMMITTED transaction, and the store takes row locks (``FOR UPDATE``,
    ``SKIP LOCKED``) where SQLite relied on its single writer. ``user`` and
    ``password`` are the login read from QgsAuthManager, when there is one;
    ``schema`` None takes the DSN's ``search_path`` option, else the default.
    """

    dialect = POSTGRESQL

    def __init__(
        self,
        dsn: str,
        *,
        user: str | None = None,
        password: str | None = None,
        schema: str | None = None,
        connect_timeout: int = 10,
    ):
        if psycopg2 is None:
            raise StoreError(NO_DRIVER, path=dsn_place(dsn), host="")
        schema = schema or schema_of(dsn) or DEFAULT_SCHEMA
        if not _IDENTIFIER.match(schema):
            raise ValueError(
                f"schema: '{schema}' is not a plain PostgreSQL name "
                "(lower-case letters, digits and _; not starting with a digit)."
            )
        self.schema = schema
        self.integrity_error = psycopg2.IntegrityError
        login = {key: value for key, value in (("user", user), ("password", password)) if value}
        self._connect_args = (dsn, connect_timeout, login)
        self._place = _place(dsn)
        self._local = threading.local()
        with self.transaction() as conn:
            self.dialect.lock(conn, "schema")
            conn.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
        self._create_versions_table()

    def translate(self, error: BaseException) -> StoreError | None:
        """The StoreError naming this server for a psycopg2 error (None: the caller's to handle)."""
        code = postgres_error_code(error)
        if code is None:
            return None
        host, database = self._place
        return StoreError(code, path=f"{host}/{database}", host=host, database=database)

    def connection(self) -> GuardedConnection:
        """The calling thread's connection, opened on first use."""
        conn = getattr(self._local, "conn", None)
        if conn is None or conn.raw.closed:
            raw = guarded(self.translate, self._open)
            raw.autocommit = True
            conn = GuardedConnection(
                raw,
                self.translate,
                POSTGRESQL.sql,
                lambda: raw.cursor(cursor_factory=psycopg2.extras.DictCursor),
            )
            conn.execute(f"SET search_path TO {self.schema}")
            self._local.conn = conn
        return conn

    def _open(self):
        dsn, timeout, login = self._connect_args
        return psycopg2.connect(
            dsn, connect_timeout=timeout, application_name="water_outage_notifier", **login
        )

    def describe(self) -> str:
        """Server, database and schema, for messages (never the password)."""
        host, database = self._place
        return f"{host}/{database} (schema {self.schema})"


def _place(dsn: str) -> tuple[str, str]:
    """``("host:port", "database")`` of a DSN, for messages; never the password."""
    try:
        parts = psycopg2.extensions.parse_dsn(dsn)
    except psycopg2.ProgrammingError:
        return "?", "?"
    host = parts.get("host") or parts.get("hostaddr") or parts.get("service") or "localhost"
    port = parts.get("port")
    return (f"{host}:{port}" if port else host), parts.get("dbname") or parts.get("user") or "?"


def dsn_place(dsn: str) -> str:
    """The server and database of a DSN as one string, for messages."""
    if psycopg2 is None:
        return "PostgreSQL"
    host, database = _place(dsn)
    return f"{host}/{database}"
