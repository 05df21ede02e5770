"""Read a PostGIS layer's mapped columns and WKB in one query, instead of QGIS's feature loop.

QGIS's ``postgres`` provider hands features over one by one, with a
QgsFeature, attributes and a geometry each. Here one server-side cursor
selects the key, the mapped columns and ``ST_AsBinary(geom, 'NDR')`` (the
very WKB the provider asks for) and psycopg2 fetches them tens of thousands
of rows at a time. The login is the layer's own: its ``authcfg`` read from
the QGIS authentication database in the main thread, or the user, password
or service of its data source (libpq reads ``~/.pgpass`` and services as
usual).

Only a table with a single integer key is read this way, because QGIS then
uses the key as the feature id; a view without a key, a query layer or a
column whose values QGIS would give differently (dates, arrays, text in
``character(n)`` columns, which the database pads and QGIS trims) go
through the provider.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from decimal import Decimal

from qgis.core import QgsDataSourceUri

from ..common.log_words import say
from .i18n import tr

LOG = logging.getLogger("water_outage_notifier.gis")

#: Python types psycopg2 gives that match what QGIS gives, by numpy kinds (see .columnar).
_TYPES = {"iu": (int,), "f": (float, Decimal), "SU": (str,), "b": (bool,)}
_BATCH = 50_000


@dataclass(frozen=True)
class PostgisSource:
    """One PostGIS table, its key and geometry columns, and how to log in."""

    connection: dict = field(repr=False)  # libpq keywords; may hold the password
    schema: str
    table: str
    key: str
    geometry: str
    kinds: dict

    def read(self, names, with_geometry: bool = True, progress=None):
        """``(fids, columns, blobs)`` like :meth:`.columnar.ColumnarSource.read`, or None."""
        import psycopg2

        wanted = [name for name in dict.fromkeys(names) if name]
        if any(self.kinds.get(name, "") not in _TYPES for name in wanted):
            return None
        selected = [self.key, *wanted]
        columns = ", ".join(_quoted(name) for name in selected)
        if with_geometry and self.geometry:
            columns += f", ST_AsBinary({_quoted(self.geometry)}::geometry, 'NDR')"
        query = f"SELECT {columns} FROM {_quoted(self.schema)}.{_quoted(self.table)}"
        try:
            connection = psycopg2.connect(**self.connection)
        except psycopg2.Error as error:
            table = f"{self.schema}.{self.table}"
            say(LOG, logging.INFO, "postgis_through_qgis", table=table, detail=str(error).strip())
            return None
        try:
            found = _fetch(connection, query, len(selected), progress)
        finally:
            connection.close()
        fids, values, blobs = found[0], dict(zip(wanted, found[1 : len(selected)])), found[-1]
        for name in wanted:
            values[name] = _plain(values[name], self.kinds[name])
            if values[name] is None:
                return None
        if not (with_geometry and self.geometry):
            blobs = []
        nothing = [None] * len(fids)
        return list(fids), [values[name] if name else nothing for name in names], blobs


def _fetch(connection, query: str, width: int, progress) -> list:
    """Every column of ``query`` as a list (the last one WKB as bytes, b"" for null)."""
    columns = [[] for _ in range(width + 1)]
    with connection.cursor(name="water_outage_notifier_read") as cursor:
        cursor.itersize = _BATCH
        cursor.execute(query)
        while True:
            rows = cursor.fetchmany(_BATCH)
            if not rows:
                break
            for column, values in zip(columns, zip(*rows)):
                column.extend(values)
            if progress is not None and progress.is_canceled():
                break
    columns[-1] = [b"" if blob is None else bytes(blob) for blob in columns[-1]]
    return columns


def _plain(values: list, kinds: str) -> list | None:
    """``values`` as QGIS gives them (numeric as float), or None if one is of another type."""
    allowed = _TYPES[kinds]
    found = set(map(type, values)) - {type(None)}
    if not found <= set(allowed):
        return None
    if Decimal in found:
        return [None if value is None else float(value) for value in values]
    return values


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def postgis_source(layer, kinds: dict) -> PostgisSource | None:
    """The table behind a ``postgres`` layer and its login, or None (see the module)."""
    uri = QgsDataSourceUri(layer.source())
    key = uri.keyColumn()
    fields = layer.fields()
    index = fields.indexFromName(key) if key and "," not in key else -1
    if uri.sql() or index < 0 or kinds.get(key) != "iu" or not uri.table():
        return None
    if uri.table().lstrip().startswith("("):  # a query layer
        return None
    connection = {
        "host": uri.host(),
        "port": uri.port(),
        "dbname": uri.database(),
        "user": uri.username(),
        "password": uri.password(),
        "service": uri.service(),
        "sslmode": _SSL_MODES.get(int(uri.sslMode()), ""),
    }
    if uri.authConfigId():
        login = _auth_login(uri.authConfigId())
        if login is None:
            return None
        connection["user"], connection["password"] = login
    return PostgisSource(
        {name: value for name, value in connection.items() if value},
        uri.schema() or "public",
        uri.table(),
        key,
        uri.geometryColumn(),
        {name: "" if _padded(fields.field(name)) else kind for name, kind in kinds.items()},
    )


def _padded(field) -> bool:
    """A ``character(n)`` column: the database pads its text with spaces, QGIS trims them,
    so it is read through QGIS (a kind of "" is never read here)."""
    return field.typeName().casefold() in ("bpchar", "char", "character")


#: ``QgsDataSourceUri.SslMode`` values as libpq's sslmode.
_SSL_MODES = {1: "disable", 2: "allow", 3: "require", 4: "verify-ca", 5: "verify-full"}


def _auth_login(authcfg: str) -> tuple[str, str] | None:
    """The layer's ``authcfg`` login, or None when it cannot be read (QGIS reads the layer)."""
    from .auth import AuthError, basic_login

    try:
        return basic_login(authcfg, tr("the PostGIS layers"))
    except AuthError as error:
        say(LOG, logging.INFO, "postgis_login_unread", id=authcfg, detail=str(error))
        return None
