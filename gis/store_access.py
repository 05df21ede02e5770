"""Open the outbox and history store the settings point at, and word its errors.

One operator keeps the default SQLite file in the QGIS profile; a team
enters a PostgreSQL connection (a DSN with no password in it) and picks its
login in the QGIS authentication database. The password is read from
QgsAuthManager at the moment of connecting and is never stored in the
settings, the project or a log. Every dock, dialog and algorithm opens the
store through :func:`open_store`, and shows the ``StoreError`` it raises
(offered here too, for the dialogs to catch) through :func:`store_error_text`.
"""

from __future__ import annotations

import os

from ..store import errors
from ..store.backend import AnyDatabase, is_postgres_spec, open_database
from ..store.errors import StoreError
from ..store.postgres_backend import dsn_place
from .auth import AuthError, database_login
from .i18n import tr
from .settings_store import PluginSettings, default_store_file

#: Folder of the pilot reports, beside the SQLite file (or in the profile for PostgreSQL).
REPORTS_FOLDER = "reports"

__all__ = [
    "REPORTS_FOLDER",
    "StoreError",
    "failure_text",
    "open_store",
    "report_folder",
    "store_error_text",
]


def open_store(settings: PluginSettings, location: str = "") -> AnyDatabase:
    """The store at ``location`` (a path or DSN; empty: the settings' store).

    The PostgreSQL login comes from the settings' authcfg. Raises
    ``StoreError`` for every problem, the unreadable login included.
    """
    spec = location or settings.store_location_or_default()
    user = password = None
    if is_postgres_spec(spec) and settings.store_authcfg:
        try:
            user, password = database_login(settings.store_authcfg)
        except AuthError as error:
            place = dsn_place(spec)
            raise StoreError(
                errors.LOGIN_UNAVAILABLE, authcfg=settings.store_authcfg, path=place, host=place
            ) from error
    return open_database(spec, user=user, password=password)


def report_folder(settings: PluginSettings) -> str:
    """Where pilot reports go by default: beside the SQLite file, or in the profile."""
    spec = settings.store_location_or_default()
    base = default_store_file() if is_postgres_spec(spec) else spec
    return os.path.join(os.path.dirname(os.path.abspath(base)), REPORTS_FOLDER)


def failure_text(error: BaseException) -> str:
    """Words for an exception that stopped a background task: a store error worded, else its text."""
    return store_error_text(error) if isinstance(error, StoreError) else str(error)


def store_error_text(error: StoreError) -> str:
    """The operator's words for a store error: what happened, where, and what to do."""
    p = dict(error.params)
    words = {
        errors.CORRUPT: tr(
            "The file {path} is not a readable history database (damaged, or not a database). "
            "Restore it from a backup, or choose another file in the plugin settings."
        ),
        errors.LOCKED: tr(
            "The history database {path} is locked by another program (waited {seconds} s). "
            "Close the other program that has it open (a database browser, another QGIS) "
            "and try again."
        ),
        errors.FULL: tr(
            "The disk holding {path} is full: nothing more can be saved. "
            "Free some space and try again."
        ),
        errors.CANNOT_OPEN: tr(
            "The history database {path} cannot be opened or created. Check that its folder "
            "exists and that you may write there, or choose another file in the plugin settings."
        ),
        errors.READ_ONLY: tr(
            "The history database {path} is read-only. Give yourself write permission on the "
            "file and its folder, or choose another file in the plugin settings."
        ),
        errors.DISK_ERROR: tr(
            "The disk reported an error on {path}. Check the disk (or the network share), "
            "then try again."
        ),
        errors.UNREACHABLE: tr(
            "The PostgreSQL server {host} cannot be reached. Check that it is running, the "
            "network, and the connection in the plugin settings, then try again."
        ),
        errors.LOGIN_REFUSED: tr(
            "The PostgreSQL server {host} refused the login. Check the user and password "
            "chosen in the plugin settings."
        ),
        errors.LOGIN_UNAVAILABLE: tr(
            "The login for the PostgreSQL history database cannot be read from the QGIS "
            "authentication database. Choose it again in the plugin settings."
        ),
        errors.NO_DATABASE: tr(
            "The PostgreSQL server {host} has no database {database}. Check the connection "
            "in the plugin settings."
        ),
        errors.TOO_NEW: tr(
            "The history database {path} was written by a newer version of the plugin. "
            "Update the plugin, or choose another database in the plugin settings."
        ),
        errors.NO_DRIVER: tr(
            "The PostgreSQL history database needs the Python module psycopg2 (Debian: "
            "python3-psycopg2; the QGIS installers for Windows and macOS include it)."
        ),
        errors.NOT_SET: tr("No history database is set: choose one in the plugin settings."),
    }
    text = words.get(error.code)
    if text is None:  # a code this version does not know: the core's own sentence
        return str(error)
    if "seconds" in p:
        p["seconds"] = f"{float(p['seconds']):g}"
    return text.format(**{key: p.get(key, "") for key in ("path", "host", "seconds", "database")})
