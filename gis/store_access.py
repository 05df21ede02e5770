"""Open the outbox and history store the settings point at.

One operator keeps the default SQLite file in the QGIS profile; a team
enters a PostgreSQL connection (a DSN with no password in it) and picks its
login in the QGIS authentication database. The password is read from
QgsAuthManager at the moment of connecting and is never stored in the
settings, the project or a log.
"""

from __future__ import annotations

from functools import partial

from ..store.backend import is_postgres_spec, open_database
from .auth import database_login
from .settings_store import PluginSettings


def open_store(settings: PluginSettings, override: str = ""):
    """The database for ``override`` (a path or DSN) or the settings' store.

    Raises ``AuthError`` when the login cannot be read, and the store's own
    ``StoreUnavailable`` or ``SchemaTooNew`` with their explanations.
    """
    spec = override or settings.database_file()
    if is_postgres_spec(spec) and settings.database_authcfg:
        import psycopg2  # only a PostgreSQL store needs it

        user, password = database_login(settings.database_authcfg)
        return open_database(
            connect=partial(
                psycopg2.connect, spec, user=user, password=password, connect_timeout=10
            )
        )
    return open_database(spec)
