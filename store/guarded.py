"""The driver's connection and cursors behind a guard that words their failures.

Both back ends hand the store's modules a connection with the sqlite3 calls
they use (``execute``, ``executemany``, ``close``); every call on it and on
the cursors it returns goes through ``translate``, which turns a driver
error into a :class:`~.errors.StoreError` (or returns None for an error
the caller handles itself, such as an integrity error).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .errors import StoreError

Translate = Callable[[BaseException], "StoreError | None"]


def guarded(translate: Translate, call: Callable, *args) -> Any:
    """``call(*args)``, a driver error raised as its StoreError."""
    try:
        return call(*args)
    except StoreError:
        raise
    except Exception as exc:
        error = translate(exc)
        if error is None:
            raise
        raise error from exc


class GuardedCursor:
    """A cursor whose fetches are guarded; other attributes (rowcount, lastrowid) pass through."""

    __slots__ = ("_cursor", "_translate")

    def __init__(self, cursor, translate: Translate):
        self._cursor = cursor
        self._translate = translate

    def fetchone(self):
        return guarded(self._translate, self._cursor.fetchone)

    def fetchall(self):
        return guarded(self._translate, self._cursor.fetchall)

    def __iter__(self):
        return iter(self.fetchall())

    def __getattr__(self, name: str):
        return getattr(self._cursor, name)


class GuardedConnection:
    """A driver connection with guarded ``execute``, ``executemany`` and ``close``.

    ``raw`` is the driver's own connection, for the back end's bookkeeping.
    """

    def __init__(
        self,
        raw,
        translate: Translate,
        adapt: Callable[[str], str] = str,
        cursor: Callable[[], Any] | None = None,
    ):
        self.raw = raw
        self._translate = translate
        self._adapt = adapt
        self._new_cursor = cursor or raw.cursor

    def execute(self, statement: str, params=()):
        cursor = self._cursor()
        guarded(self._translate, cursor.execute, self._adapt(statement), tuple(params))
        return GuardedCursor(cursor, self._translate)

    def executemany(self, statement: str, rows):
        cursor = self._cursor()
        guarded(
            self._translate,
            cursor.executemany,
            self._adapt(statement),
            [tuple(row) for row in rows],
        )
        return GuardedCursor(cursor, self._translate)

    def close(self) -> None:
        self.raw.close()

    def _cursor(self):
        return guarded(self._translate, self._new_cursor)
