"""One SQLite database for the outbox, the interventions and the history.

Several components share the file, and each one owns its tables and its
own ordered list of migrations. A component's schema version is stored in
``schema_versions`` so that an older file is upgraded step by step and a
file written by a newer plugin is refused with a clear message instead of
being damaged.

SQLite runs in WAL mode with ``synchronous=FULL``: a committed row survives
a ``kill -9`` or a power cut, which is what the outbox's promise of
"nothing lost, nothing sent twice" rests on.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager


class SchemaTooNew(RuntimeError):
    """The database was written by a newer version of the plugin."""


class Database:
    """A thread-safe handle on one SQLite file.

    Each thread gets its own connection (SQLite connections must not cross
    threads); ``transaction()`` takes an immediate write lock so that a
    read-then-write inside it cannot race another process.
    """

    def __init__(self, path: str, timeout: float = 30.0):
        self.path = path
        self._timeout = timeout
        self._local = threading.local()
        folder = os.path.dirname(os.path.abspath(path))
        os.makedirs(folder, exist_ok=True)
        with self.transaction() as conn:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_versions ("
                " component TEXT PRIMARY KEY, version INTEGER NOT NULL)"
            )

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

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction: committed on success, rolled back on error."""
        conn = self.connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def ensure_schema(self, component: str, migrations: Sequence[str]) -> int:
        """Bring ``component`` up to ``len(migrations)``, one script at a time.

        ``migrations[i]`` upgrades version ``i`` to ``i + 1``; scripts are
        never edited once released, only appended. Returns the version.
        """
        with self.transaction() as conn:
            row = conn.execute(
                "SELECT version FROM schema_versions WHERE component = ?",
                (component,),
            ).fetchone()
            current = row["version"] if row else 0
            if current > len(migrations):
                raise SchemaTooNew(
                    f"The database {self.path} holds version {current} of the "
                    f"'{component}' tables, but this plugin knows only up to "
                    f"version {len(migrations)}. Update the plugin, or choose "
                    "another database file in the settings."
                )
            for script in migrations[current:]:
                for statement in _statements(script):
                    conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_versions (component, version) VALUES (?, ?)"
                " ON CONFLICT(component) DO UPDATE SET version = excluded.version",
                (component, len(migrations)),
            )
        return len(migrations)

    def close(self) -> None:
        """Close the calling thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None


def _statements(script: str) -> list[str]:
    """Split a migration script on ';' (migrations hold no string literals with ';')."""
    return [part.strip() for part in script.split(";") if part.strip()]
