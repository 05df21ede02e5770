"""Copy GeoPackage layers into a PostGIS schema and name them as QGIS layers.

The team set-up keeps the network where the utility already keeps it, in
PostGIS; the tests and the benchmark check that the trace and the customer
selection give the same answer there as on the sample GeoPackage. GDAL's
``ogr2ogr`` does the copy (COPY, GiST index, feature ids kept), so the
PostGIS tables are what a utility's own import would produce.
"""

from __future__ import annotations

import subprocess
from collections.abc import Sequence


def load_geopackage(gpkg: str, dsn: str, schema: str, tables: Sequence[str]) -> dict[str, str]:
    """Create ``schema``, copy ``tables`` of ``gpkg`` into it (replacing them) and
    return the ``postgres`` provider's source of each table."""
    import psycopg2

    with psycopg2.connect(dsn) as conn, conn.cursor() as cursor:
        cursor.execute(f"CREATE SCHEMA IF NOT EXISTS {schema}")
    conn.close()
    subprocess.run(
        [
            "ogr2ogr",
            "-f",
            "PostgreSQL",
            f"PG:{dsn}",
            gpkg,
            *tables,
            "-overwrite",
            "-preserve_fid",
            "-lco",
            f"SCHEMA={schema}",
            "-lco",
            "GEOMETRY_NAME=geom",
            "-lco",
            "FID=fid",
            "-gt",
            "65536",
        ],
        check=True,
    )
    with psycopg2.connect(dsn) as conn, conn.cursor() as cursor:
        for table in tables:
            cursor.execute(f"ANALYZE {schema}.{table}")
        cursor.execute(
            "SELECT f_table_name FROM geometry_columns WHERE f_table_schema = %s", (schema,)
        )
        spatial = {row[0] for row in cursor.fetchall()}
    conn.close()
    return {table: layer_uri(dsn, schema, table, table in spatial) for table in tables}


def layer_uri(dsn: str, schema: str, table: str, spatial: bool = True) -> str:
    """The ``postgres`` provider's source for one copied table (a table without
    geometry, such as the contacts, is named without a geometry column)."""
    from psycopg2.extensions import parse_dsn

    # QGIS reads libpq's key=value form, not a postgresql:// URI.
    conninfo = " ".join(f"{key}='{value}'" for key, value in parse_dsn(dsn).items())
    geometry = " (geom)" if spatial else ""
    return f'{conninfo} key=\'fid\' table="{schema}"."{table}"{geometry}'


def drop_schema(dsn: str, schema: str) -> None:
    """Remove a schema made by ``load_geopackage`` and everything in it."""
    import psycopg2

    with psycopg2.connect(dsn) as conn, conn.cursor() as cursor:
        cursor.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
    conn.close()
