"""The SQLite back end: one file for the outbox, the interventions and the history.

The default store, with nothing to set up, for one operator on one machine
(a team shares a PostgreSQL database instead: ``postgres_backend``). The
components' versioned schemas are kept by ``schema.StoreDatabase``.

SQLite runs in WAL mode with ``synchronous=FULL``: a committed row survives
a ``kill -9`` or a power cut, which is what the outbox's promise of
"nothing lost, nothing sent twice" rests on.
"""

from __future__ import annotations

import os
import sqlite3
import threading

from .dialect import SQLITE
from .schema import SchemaTooNew, StoreDatabase

__all__ = ["Database", "SchemaTooNew"]


class Database(StoreDatabase):
    """A thread-safe handle on one SQLite file.

    Each thread gets its own connection (SQLite connections must not cross
    threads); ``transaction()`` takes an immediate write lock so that a
    read-then-write inside it cannot race another process.
    """

    dialect = SQLITE
    integrity_error = sqlite3.IntegrityError

    def __init__(self, path: str, timeout: float = 30.0):
        self.path = path
        self._timeout = timeout
        self._local = threading.local()
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        self._create_versions_table()

    def describe(self) -> str:
        """The file, for messages."""
        return self.path

    def connection(self) -> sqlite3.Connection:
        """The calling thread's connection, opened on first use."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, timeout=self._timeout, isolation_level=None)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            self._local.conn = conn
        return conn
