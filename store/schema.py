"""Versioned schemas per component, the same way on every back end.

Several components share one database, and each one owns its tables and
its own ordered list of migrations. A component's version is stored in
``schema_versions`` so that an older database is upgraded step by step and
a database written by a newer plugin is refused with a clear message (a
``StoreError``, code ``store_too_new``) instead of being damaged (an older
plugin on one operator's machine must not break the team's shared
PostgreSQL database).

A migration is one script for both back ends, or a mapping ``{"sqlite": …,
"postgresql": …}`` when the two must differ (an empty script is a step with
nothing to do on that back end). Scripts are written in SQLite types; the
dialect translates them.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any, Union

from .dialect import Dialect
from .errors import TOO_NEW, StoreError

Migration = Union[str, Mapping[str, str]]

_VERSIONS_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_versions ("
    " component TEXT PRIMARY KEY, version INTEGER NOT NULL)"
)


class StoreDatabase:
    """What every back end offers the store: a per-thread ``connection()``,
    ``transaction()``, ``describe()`` for messages, and, here, the versioned
    ``ensure_schema`` and ``close``."""

    dialect: Dialect
    _local: threading.local

    def connection(self) -> Any:  # pragma: no cover - interface
        raise NotImplementedError

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """A write transaction: committed on success, rolled back on error.

        SQLite takes the write lock at once (``BEGIN IMMEDIATE``), so a
        read-then-write inside cannot race another process; PostgreSQL
        relies on the row locks the store takes.
        """
        conn = self.connection()
        conn.execute(self.dialect.begin)
        try:
            yield conn
        except BaseException:
            try:
                conn.execute("ROLLBACK")
            except Exception:  # the connection broke: the server has rolled back
                pass
            raise
        conn.execute("COMMIT")

    def describe(self) -> str:  # pragma: no cover - interface
        raise NotImplementedError

    def _create_versions_table(self) -> None:
        with self.transaction() as conn:
            self.dialect.lock(conn, "schema")
            conn.execute(_VERSIONS_TABLE)

    def ensure_schema(self, component: str, migrations: Sequence[Migration]) -> int:
        """Bring ``component`` up to ``len(migrations)``, one script at a time.

        ``migrations[i]`` upgrades version ``i`` to ``i + 1``; scripts are
        never edited once released, only appended. Returns the version.
        Two plugins starting at once on a fresh PostgreSQL database do not
        both create the tables: the upgrade holds the schema lock.
        """
        with self.transaction() as conn:
            self.dialect.lock(conn, "schema")
            row = conn.execute(
                "SELECT version FROM schema_versions WHERE component = ?", (component,)
            ).fetchone()
            current = row["version"] if row else 0
            if current > len(migrations):
                raise StoreError(
                    TOO_NEW,
                    path=self.describe(),
                    component=component,
                    found=current,
                    known=len(migrations),
                )
            for migration in migrations[current:]:
                for statement in self._statements(migration):
                    conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_versions (component, version) VALUES (?, ?)"
                " ON CONFLICT (component) DO UPDATE SET version = excluded.version",
                (component, len(migrations)),
            )
        return len(migrations)

    def _statements(self, migration: Migration) -> Iterator[str]:
        """This back end's statements of one migration, split on ';'.

        Migrations hold no string literals with ';'.
        """
        if isinstance(migration, Mapping):
            migration = migration.get(self.dialect.name, "")
        script = self.dialect.ddl(migration)
        return (part.strip() for part in script.split(";") if part.strip())

    def close(self) -> None:
        """Close the calling thread's connection."""
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
