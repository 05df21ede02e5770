"""Write an OGC GeoPackage with nothing but the standard library.

The sample generator must make networks of a million pipes in seconds and
run where QGIS is not installed (CI, plain Python 3.9), so it cannot go
through OGR. This module writes the few parts of the GeoPackage 1.3
specification a vector layer needs: the core metadata tables, the GPKG
geometry blob (standard header plus little-endian WKB) and the R-tree
spatial index with its maintenance triggers, so that QGIS and GDAL can
open, query and even edit the result.

Nothing time-dependent is written (``last_change`` is fixed), so the same
input gives the same file content.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import struct
from collections.abc import Iterable, Sequence

from .gpkg_rtree import bulk_load

APPLICATION_ID = 0x47504B47  # "GPKG"
USER_VERSION = 10300  # GeoPackage 1.3.0
FIXED_TIMESTAMP = "2024-01-01T00:00:00.000Z"

POINT = "POINT"
LINESTRING = "LINESTRING"
MULTILINESTRING = "MULTILINESTRING"
POLYGON = "POLYGON"
_WKB_TYPES = {POINT: 1, LINESTRING: 2, POLYGON: 3, MULTILINESTRING: 5}

_HEADER_NO_ENVELOPE = struct.Struct("<2sBBi")
_HEADER_XY_ENVELOPE = struct.Struct("<2sBBi4d")
_FLAGS_LE = 0b00000001  # little-endian, no envelope
_FLAGS_LE_XY = 0b00000011  # little-endian, xy envelope
_POINT_WKB = struct.Struct("<BI2d")
_COUNT_WKB = struct.Struct("<BII")
_UINT = struct.Struct("<I")

WGS84_UTM32N_WKT = (
    'PROJCS["WGS 84 / UTM zone 32N",GEOGCS["WGS 84",DATUM["WGS_1984",'
    'SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
    'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],'
    'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AUTHORITY["EPSG","4326"]],PROJECTION["Transverse_Mercator"],'
    'PARAMETER["latitude_of_origin",0],PARAMETER["central_meridian",9],'
    'PARAMETER["scale_factor",0.9996],PARAMETER["false_easting",500000],'
    'PARAMETER["false_northing",0],UNIT["metre",1,AUTHORITY["EPSG","9001"]],'
    'AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","32632"]]'
)
_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
    'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],'
    'AUTHORITY["EPSG","4326"]]'
)

_CORE_SCHEMA = """
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
  identifier TEXT UNIQUE, description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (
  table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,
  definition TEXT NOT NULL, scope TEXT NOT NULL,
  CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name));
"""

# The GeoPackage 1.3 R-tree triggers keep the index right when QGIS edits a
# layer; the ST_* functions they call are supplied by GDAL at edit time.
_RTREE_TRIGGERS = """
CREATE TRIGGER "rtree_{t}_{c}_insert" AFTER INSERT ON "{t}"
WHEN (new."{c}" NOT NULL AND NOT ST_IsEmpty(NEW."{c}")) BEGIN
  INSERT OR REPLACE INTO "rtree_{t}_{c}" VALUES (NEW."{i}",
    ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"), ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}"));
END;
CREATE TRIGGER "rtree_{t}_{c}_update1" AFTER UPDATE OF "{c}" ON "{t}"
WHEN OLD."{i}" = NEW."{i}" AND (NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}")) BEGIN
  INSERT OR REPLACE INTO "rtree_{t}_{c}" VALUES (NEW."{i}",
    ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"), ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}"));
END;
CREATE TRIGGER "rtree_{t}_{c}_update2" AFTER UPDATE OF "{c}" ON "{t}"
WHEN OLD."{i}" = NEW."{i}" AND (NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}")) BEGIN
  DELETE FROM "rtree_{t}_{c}" WHERE id = OLD."{i}";
END;
CREATE TRIGGER "rtree_{t}_{c}_update3" AFTER UPDATE ON "{t}"
WHEN OLD."{i}" != NEW."{i}" AND (NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}")) BEGIN
  DELETE FROM "rtree_{t}_{c}" WHERE id = OLD."{i}";
  INSERT OR REPLACE INTO "rtree_{t}_{c}" VALUES (NEW."{i}",
    ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"), ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}"));
END;
CREATE TRIGGER "rtree_{t}_{c}_update4" AFTER UPDATE ON "{t}"
WHEN OLD."{i}" != NEW."{i}" AND (NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}")) BEGIN
  DELETE FROM "rtree_{t}_{c}" WHERE id IN (OLD."{i}", NEW."{i}");
END;
CREATE TRIGGER "rtree_{t}_{c}_delete" AFTER DELETE ON "{t}"
WHEN old."{c}" NOT NULL BEGIN
  DELETE FROM "rtree_{t}_{c}" WHERE id = OLD."{i}";
END;
"""


def point_blob(srs_id: int, x: float, y: float) -> bytes:
    """Encode a point; points carry no envelope, as the specification advises."""
    return _HEADER_NO_ENVELOPE.pack(b"GP", 0, _FLAGS_LE, srs_id) + _POINT_WKB.pack(1, 1, x, y)


def _linestring_wkb(coords: Sequence[tuple[float, float]]) -> bytes:
    flat = [v for xy in coords for v in xy]
    return _COUNT_WKB.pack(1, 2, len(coords)) + struct.pack(f"<{len(flat)}d", *flat)


def line_blob(
    srs_id: int, parts: Sequence[Sequence[tuple[float, float]]], multi: bool
) -> tuple[bytes, tuple[float, float, float, float]]:
    """Encode a (multi)linestring with its xy envelope; return it with the bbox.

    The bbox ``(minx, maxx, miny, maxy)`` is returned too, so the R-tree is
    filled from it directly instead of through SQL functions SQLite lacks.
    """
    xs = [x for part in parts for x, _ in part]
    ys = [y for part in parts for _, y in part]
    bbox = (min(xs), max(xs), min(ys), max(ys))
    if multi:
        body = _COUNT_WKB.pack(1, 5, len(parts)) + b"".join(_linestring_wkb(p) for p in parts)
    else:
        body = _linestring_wkb(parts[0])
    return _HEADER_XY_ENVELOPE.pack(b"GP", 0, _FLAGS_LE_XY, srs_id, *bbox) + body, bbox


def polygon_blob(
    srs_id: int, rings: Sequence[Sequence[tuple[float, float]]]
) -> tuple[bytes, tuple[float, float, float, float]]:
    """Encode a polygon (closed rings, the outer one first) with its xy envelope and bbox."""
    xs = [x for ring in rings for x, _ in ring]
    ys = [y for ring in rings for _, y in ring]
    bbox = (min(xs), max(xs), min(ys), max(ys))
    body = _COUNT_WKB.pack(1, 3, len(rings))
    for ring in rings:
        flat = [v for xy in ring for v in xy]
        body += _UINT.pack(len(ring)) + struct.pack(f"<{len(flat)}d", *flat)
    return _HEADER_XY_ENVELOPE.pack(b"GP", 0, _FLAGS_LE_XY, srs_id, *bbox) + body, bbox


class GeoPackage:
    """A new GeoPackage file being written; use as a context manager.

    Everything goes into one transaction, committed on a clean exit, which
    is what makes million-row layers fast.
    """

    def __init__(self, path: str, srs_id: int, srs_name: str, srs_definition: str):
        if os.path.exists(path):
            os.remove(path)
        self.path = path
        self.srs_id = srs_id
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = OFF")
        self.conn.execute("PRAGMA synchronous = OFF")
        self.conn.execute("PRAGMA cache_size = -262144")  # 256 MB: the R-trees stay in memory
        self.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        self.conn.execute(f"PRAGMA user_version = {USER_VERSION}")
        self.conn.execute("BEGIN")
        self._run_script(_CORE_SCHEMA)
        self.conn.executemany(
            "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
            [
                ("Undefined cartesian SRS", -1, "NONE", -1, "undefined", None),
                ("Undefined geographic SRS", 0, "NONE", 0, "undefined", None),
                ("WGS 84 geodetic", 4326, "EPSG", 4326, _WGS84_WKT, None),
                (srs_name, srs_id, "EPSG", srs_id, srs_definition, None),
            ],
        )

    def __enter__(self) -> GeoPackage:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        self.conn.close()

    def _run_script(self, script: str) -> None:
        """Run statements one by one: ``executescript`` would commit mid-file."""
        statement = ""
        for line in script.strip().splitlines(keepends=True):
            statement += line
            if sqlite3.complete_statement(statement):
                self.conn.execute(statement)
                statement = ""

    def _create_table(self, name: str, columns: Sequence[tuple[str, str]], geom: str) -> str:
        cols = ['"fid" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL']
        if geom:
            cols.append(f'"geom" {geom}')
        cols += [f'"{col}" {sql_type}' for col, sql_type in columns]
        self.conn.execute(f'CREATE TABLE "{name}" ({", ".join(cols)})')
        marks = ", ".join("?" * (len(columns) + (1 if geom else 0)))
        names = ", ".join(([] if not geom else ['"geom"']) + [f'"{c}"' for c, _ in columns])
        return f'INSERT INTO "{name}" ({names}) VALUES ({marks})'

    def add_attribute_table(
        self,
        name: str,
        columns: Sequence[tuple[str, str]],
        rows: Iterable[Sequence],
        description: str = "",
    ) -> None:
        """Add a table without geometry (``data_type`` 'attributes')."""
        self.conn.executemany(self._create_table(name, columns, ""), rows)
        self.conn.execute(
            "INSERT INTO gpkg_contents (table_name, data_type, identifier, description,"
            " last_change) VALUES (?, 'attributes', ?, ?, ?)",
            (name, name, description, FIXED_TIMESTAMP),
        )

    def add_feature_table(
        self,
        name: str,
        geometry_type: str,
        columns: Sequence[tuple[str, str]],
        rows: Iterable[Sequence],
        description: str = "",
    ) -> int:
        """Add a vector layer; each row is ``(geometry, *attributes)``.

        The geometry is ``(x, y)`` for points, a list of parts (each a list
        of ``(x, y)``) for lines and a list of closed rings for polygons.
        Returns the number of features written.
        """
        insert = self._create_table(name, columns, geometry_type)
        boxes: list[tuple[int, float, float, float, float]] = []
        srs = self.srs_id
        multi = geometry_type == MULTILINESTRING

        def encoded():
            for fid, (geometry, *attrs) in enumerate(rows, start=1):
                if geometry is None:
                    yield (None, *attrs)
                    continue
                if geometry_type == POINT:
                    x, y = geometry
                    boxes.append((fid, x, x, y, y))
                    yield (point_blob(srs, x, y), *attrs)
                else:
                    if geometry_type == POLYGON:
                        blob, bbox = polygon_blob(srs, geometry)
                    else:
                        blob, bbox = line_blob(srs, geometry, multi)
                    boxes.append((fid, *bbox))
                    yield (blob, *attrs)

        self.conn.executemany(insert, encoded())
        extent = _extent(boxes)
        self.conn.execute(
            "INSERT INTO gpkg_contents VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?, ?)",
            (name, name, description, FIXED_TIMESTAMP, *extent, srs),
        )
        self.conn.execute(
            "INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)",
            (name, geometry_type, srs),
        )
        self._add_rtree(name, boxes)
        return len(boxes)

    def _add_rtree(self, table: str, boxes: list) -> None:
        """Index ``boxes`` ``(fid, minx, maxx, miny, maxy)`` as the GeoPackage R-tree extension."""
        rtree = f"rtree_{table}_geom"
        bulk_load(self.conn, rtree, boxes)
        self._run_script(_RTREE_TRIGGERS.format(t=table, c="geom", i="fid"))
        self.conn.execute(
            "INSERT INTO gpkg_extensions VALUES (?, 'geom', 'gpkg_rtree_index',"
            " 'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
            (table,),
        )


def _extent(boxes: list) -> tuple:
    if not boxes:
        return (None, None, None, None)
    return (
        min(b[1] for b in boxes),
        min(b[3] for b in boxes),
        max(b[2] for b in boxes),
        max(b[4] for b in boxes),
    )


def content_digest(path: str) -> str:
    """SHA-256 of every row of every user and metadata table, in key order.

    Comparing this rather than file bytes keeps the check independent of
    the SQLite library version that laid out the pages.
    """
    digest = hashlib.sha256()
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'rtree_%' ORDER BY name"
            )
        ]
        for table in tables:
            digest.update(table.encode())
            for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1, 2'):
                digest.update(repr(row).encode())
    finally:
        conn.close()
    return digest.hexdigest()
