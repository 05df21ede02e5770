"""The one way to open the store: a SQLite file or a PostgreSQL database.

One operator keeps the default, a SQLite file with nothing to set up; a
team points every QGIS at one PostgreSQL database. Every caller (the docks
and dialogs through ``gis.store_access.open_store``, Processing, the batch,
the demo, the benchmarks) opens the store here, from a *location* with no
secret in it: a file path, or a DSN without a password
(``postgresql://outage@db.example/utility`` or ``host=… dbname=…``; libpq
reads the password from ``~/.pgpass`` or a service file). The QGIS side
adds the login it read from QgsAuthManager as ``user`` and ``password``.

Whatever goes wrong while opening or later is a ``StoreError`` (``errors``).
"""

from __future__ import annotations

import re
from typing import Union

from .db import LOCK_WAIT_SECONDS, Database
from .errors import NOT_SET, StoreError
from .postgres_backend import PostgresDatabase

AnyDatabase = Union[Database, PostgresDatabase]

_URI = re.compile(r"^postgres(ql)?://", re.IGNORECASE)
# libpq's key=value form: nothing but pairs (a file name may hold '=' and spaces).
_PAIR = r"\w+\s*=\s*(?:'(?:[^'\\]|\\.)*'|[^\s']+)"
_CONNINFO = re.compile(rf"^{_PAIR}(?:\s+{_PAIR})*$")
_CONNINFO_KEY = re.compile(r"(^|\s)(host|hostaddr|dbname|service)\s*=")


def is_postgres_spec(spec: str) -> bool:
    """True for a libpq URI or key=value connection string, False for a file path."""
    text = spec.strip()
    return bool(_URI.match(text) or (_CONNINFO.match(text) and _CONNINFO_KEY.search(text)))


def open_database(
    location: str | None,
    *,
    user: str | None = None,
    password: str | None = None,
    schema: str | None = None,
    lock_wait: float = LOCK_WAIT_SECONDS,
) -> AnyDatabase:
    """The store's database at ``location`` (a SQLite path or a PostgreSQL DSN).

    ``user`` and ``password`` log in to PostgreSQL (ignored for a file);
    ``schema`` is the PostgreSQL schema holding the store's tables (None:
    the DSN's ``search_path`` option, else ``water_outage``), so two teams
    or two test runs can share one database. ``lock_wait`` is how many
    seconds a SQLite write waits for another program's lock.
    """
    if not location or not location.strip():
        raise StoreError(NOT_SET, path="", host="")
    if is_postgres_spec(location):
        return PostgresDatabase(location.strip(), user=user, password=password, schema=schema)
    return Database(location, timeout=lock_wait)
