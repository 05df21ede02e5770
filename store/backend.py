"""Opening the store from a connection spec: a SQLite file or a PostgreSQL database.

One operator keeps the default, a SQLite file with nothing to set up; a
team points every QGIS at one PostgreSQL database. The settings hold only
a spec with no secret in it: a file path, a DSN without a password
(``postgresql://outage@db.example/utility`` or ``host=… dbname=…``; libpq
reads the password from ``~/.pgpass`` or a service file), or, on the QGIS
side, a saved connection or an ``authcfg`` that ``gis`` turns into a
``connect`` callable with the credentials from QgsAuthManager.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Union

from .db import Database
from .postgres_backend import DEFAULT_SCHEMA, PostgresDatabase

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
    spec: str | None = None,
    *,
    connect: Callable[[], Any] | None = None,
    schema: str = DEFAULT_SCHEMA,
) -> AnyDatabase:
    """The store's database for ``spec`` (path or DSN), or for a ``connect`` callable.

    ``schema`` is the PostgreSQL schema holding the store's tables; two
    teams (or two test runs) can share one database with two schemas.
    """
    if connect is not None:
        return PostgresDatabase(connect=connect, schema=schema)
    if not spec or not spec.strip():
        raise ValueError("database: no SQLite file or PostgreSQL connection given.")
    if is_postgres_spec(spec):
        return PostgresDatabase(spec.strip(), schema=schema)
    return Database(spec)
