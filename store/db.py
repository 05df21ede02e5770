"""The SQLite back end: one file for the outbox, the interventions and the history.

The default store, with nothing to set up, for one operator on one machine
(a team shares a PostgreSQL database instead: ``postgres_backend``). The
components' versioned schemas are kept by ``schema.StoreDatabase``.

SQLite runs in WAL mode with ``synchronous=FULL``: a committed row survives
a ``kill -9`` or a power cut, which is what the outbox's promise of
"nothing lost, nothing sent twice" rests on.

Every failure of the file (damaged, locked by another program for longer
than ``LOCK_WAIT_SECONDS``, disk full, folder missing or read-only) is a
``StoreError`` naming the file; the wait for a lock is bounded so that an
operator is told who holds it instead of watching a frozen window.
"""

from __future__ import annotations

import os
import sqlite3
import threading

from .dialect import SQLITE
from .errors import CANNOT_OPEN, CORRUPT, DISK_ERROR, FULL, LOCKED, READ_ONLY, StoreError
from .guarded import GuardedConnection, guarded
from .schema import StoreDatabase

__all__ = ["LOCK_WAIT_SECONDS", "Database"]

#: How long a write waits for another program's lock before it is reported.
LOCK_WAIT_SECONDS = 10.0

#: sqlite3's error names (Python 3.11+) and, for older Pythons, its stable
#: English messages (``sqlite3_errstr``), to the store's codes.
_BY_NAME = {
    "SQLITE_CORRUPT": CORRUPT,
    "SQLITE_NOTADB": CORRUPT,
    "SQLITE_BUSY": LOCKED,
    "SQLITE_LOCKED": LOCKED,
    "SQLITE_FULL": FULL,
    "SQLITE_CANTOPEN": CANNOT_OPEN,
    "SQLITE_READONLY": READ_ONLY,
    "SQLITE_IOERR": DISK_ERROR,
    "SQLITE_PERM": READ_ONLY,
}
_BY_MESSAGE = (
    ("file is not a database", CORRUPT),
    ("malformed", CORRUPT),
    ("is locked", LOCKED),
    ("is full", FULL),
    ("unable to open", CANNOT_OPEN),
    ("readonly", READ_ONLY),
    ("read-only", READ_ONLY),
    ("disk i/o error", DISK_ERROR),
)


def sqlite_error_code(error: BaseException) -> str | None:
    """The store's code for a sqlite3 error, or None when it is not the file's fault.

    Integrity and programming errors, and an SQL error of the store itself,
    stay what they are: a bug must show as one.
    """
    if not isinstance(error, sqlite3.DatabaseError) or isinstance(
        error, (sqlite3.IntegrityError, sqlite3.ProgrammingError)
    ):
        return None
    name = (getattr(error, "sqlite_errorname", "") or "").split("_")[:2]
    code = _BY_NAME.get("_".join(name))
    if code is not None:
        return code
    text = str(error).lower()
    code = next((code for words, code in _BY_MESSAGE if words in text), None)
    if code is None and type(error) is sqlite3.DatabaseError:
        return CORRUPT  # the bare DatabaseError is SQLite's "not a database" family
    return code


class Database(StoreDatabase):
    """A thread-safe handle on one SQLite file.

    Each thread gets its own connection (SQLite connections must not cross
    threads); ``transaction()`` takes an immediate write lock so that a
    read-then-write inside it cannot race another process. ``timeout`` is
    how long a write waits for another program's lock.
    """

    dialect = SQLITE
    integrity_error = sqlite3.IntegrityError

    def __init__(self, path: str, timeout: float = LOCK_WAIT_SECONDS):
        self.path = path
        self._timeout = timeout
        self._local = threading.local()
        folder = os.path.dirname(os.path.abspath(path))
        try:
            os.makedirs(folder, exist_ok=True)
        except OSError as exc:
            raise StoreError(CANNOT_OPEN, path=path) from exc
        self._create_versions_table()

    def describe(self) -> str:
        """The file, for messages."""
        return self.path

    def translate(self, error: BaseException) -> StoreError | None:
        """The StoreError naming this file for a sqlite3 error (None: not the file's fault)."""
        code = sqlite_error_code(error)
        if code is None:
            return None
        return StoreError(code, path=self.path, seconds=self._timeout)

    def connection(self) -> GuardedConnection:
        """The calling thread's connection, opened on first use."""
        conn = getattr(self._local, "conn", None)
        if conn is None:
            raw = guarded(self.translate, self._open)
            raw.row_factory = sqlite3.Row
            conn = GuardedConnection(raw, self.translate)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.execute("PRAGMA synchronous=FULL")
                conn.execute("PRAGMA foreign_keys=ON")
            except StoreError:
                raw.close()
                raise
            self._local.conn = conn
        return conn

    def _open(self) -> sqlite3.Connection:
        # isolation_level None: the store says BEGIN and COMMIT itself.
        return sqlite3.connect(self.path, timeout=self._timeout, isolation_level=None)
