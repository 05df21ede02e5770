"""One store-level error for everything that stops the database, whichever back end.

An operator cannot act on ``sqlite3.DatabaseError: file is not a database``
or on a psycopg2 traceback, and Processing must not print one either. Each
back end turns its driver's errors into a :class:`StoreError` at the point
where it talks to the driver (opening, each statement, each fetch), so no
raw driver error leaves the store. The error carries a stable ``code`` and
plain ``params`` (the file, or the server); the QGIS side words it
(``gis.store_access.store_error_text``), and ``str()`` is an English
sentence for logs and plain-Python callers.

Integrity errors are not store failures: the store's own modules catch them
(a reference already taken) and they pass through unchanged, as do
programming errors (a bug must show as one).
"""

from __future__ import annotations

#: The file is not a SQLite database, or it is damaged.
CORRUPT = "store_corrupt"
#: Another program holds the database's write lock longer than the store waits.
LOCKED = "store_locked"
#: The disk (or the server's disk) is full.
FULL = "store_full"
#: The file or its folder cannot be opened or created (missing folder, permissions).
CANNOT_OPEN = "store_cannot_open"
#: The file or its folder is read-only.
READ_ONLY = "store_read_only"
#: The disk reported an error reading or writing the file.
DISK_ERROR = "store_disk_error"
#: The PostgreSQL server cannot be reached, or the connection to it broke.
UNREACHABLE = "store_unreachable"
#: The PostgreSQL server refused the login.
LOGIN_REFUSED = "store_login_refused"
#: The login for the PostgreSQL store cannot be read from the QGIS authentication database.
LOGIN_UNAVAILABLE = "store_login_unavailable"
#: The PostgreSQL database named in the connection does not exist.
NO_DATABASE = "store_no_database"
#: The database was written by a newer version of the plugin.
TOO_NEW = "store_too_new"
#: PostgreSQL was chosen but the psycopg2 module is not installed.
NO_DRIVER = "store_no_driver"
#: No SQLite file or PostgreSQL connection is given at all.
NOT_SET = "store_not_set"

_ENGLISH = {
    CORRUPT: "The file {path} is not a readable store database (damaged, or not a database). "
    "Restore it from a backup, or choose another file in the settings.",
    LOCKED: "The database {path} is locked by another program (waited {seconds:g} s). "
    "Close the other program that has it open (a database browser, another QGIS) "
    "and try again.",
    FULL: "The disk holding {path} is full: nothing more can be saved. "
    "Free some space and try again.",
    CANNOT_OPEN: "The database {path} cannot be opened or created. "
    "Check that its folder exists and that you may write there, or choose another file.",
    READ_ONLY: "The database {path} is read-only. "
    "Give yourself write permission on the file and its folder, or choose another file.",
    DISK_ERROR: "The disk reported an error on {path}. "
    "Check the disk (or the network share), then try again.",
    UNREACHABLE: "The PostgreSQL server {host} cannot be reached. "
    "Check that it runs, the network and the connection in the settings, then try again.",
    LOGIN_REFUSED: "The PostgreSQL server {host} refused the login. "
    "Check the user and password chosen in the settings.",
    LOGIN_UNAVAILABLE: "The login {authcfg} for the PostgreSQL store cannot be read from the "
    "QGIS authentication database. Choose it again in the settings.",
    NO_DATABASE: "The PostgreSQL server {host} has no database {database}. "
    "Check the connection in the settings.",
    TOO_NEW: "The database {path} holds version {found} of the '{component}' tables, but this "
    "plugin knows only up to version {known}. Update the plugin, or choose another "
    "database in the settings.",
    NO_DRIVER: "The PostgreSQL store needs the psycopg2 module (Debian: python3-psycopg2; "
    "the QGIS installers for Windows and macOS include it).",
    NOT_SET: "No SQLite file or PostgreSQL connection is given for the store.",
}


class StoreError(RuntimeError):
    """The store cannot be used now: ``code`` says why, ``params`` name the place.

    ``params`` always holds ``path`` (the file, or the server and database
    for PostgreSQL, never a password) and, for PostgreSQL, ``host``.
    """

    def __init__(self, code: str, **params):
        self.code = code
        self.params = params
        super().__init__(english(code, params))


def english(code: str, params: dict) -> str:
    """The English sentence of ``code``; the QGIS side uses its own translated words."""
    try:
        return _ENGLISH[code].format(**params)
    except (KeyError, IndexError, ValueError):
        return f"The store cannot be used ({code})."
