"""Read GeoPackage, Shapefile and FlatGeobuf layers column by column through GDAL's Arrow stream.

QGIS's feature iterator hands over one feature at a time: on a whole
utility, a million ``nextFeature``/``attributes``/``asWkb`` calls were most of
the time the model took to build. GDAL (3.6 and later, which Debian 12's
QGIS uses) can give a layer's columns as numpy arrays in batches of tens of
thousands (``ogr.Layer.GetArrowStreamAsNumPy``): only the mapped fields and
the geometry as WKB are read, and the WKB goes to the same bulk readers
(:mod:`.wkb`) as the iterator's.

It reads the file, not the layer: what QGIS would show differently from the
file must go through the iterator instead. :func:`columnar_source` therefore
refuses a layer with a subset filter, uncommitted edits, a virtual or joined
field, or a data source with options beyond path and layer. Text GDAL does
not recode (a Shapefile's DBF, whose code page QGIS applies itself) is
decoded in the encoding QGIS uses for the layer. :func:`read_columns`
refuses (returns None) a column whose type it cannot give as QGIS gives it
(dates, lists, binary): the caller then reads through QGIS, so both ways
always give the same values.
"""

from __future__ import annotations

import codecs
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import repeat

import numpy as np
from qgis.core import QgsProviderRegistry

from .compat import FIELD_FROM_PROVIDER
from .postgis_columns import postgis_source

#: The GDAL drivers read this way: files that QGIS reads through its ``ogr`` provider.
COLUMNAR_DRIVERS = ("GPKG", "ESRI Shapefile", "FlatGeobuf")

#: Numpy kinds allowed for each QGIS field type (``QVariant.Type``/``QMetaType.Type``
#: numbers, the same in Qt 5 and 6): Bool, Int, UInt, LongLong, ULongLong, Double, String.
_KINDS = {1: "b", 2: "iu", 3: "iu", 4: "iu", 5: "iu", 6: "f", 10: "SU"}

#: Data source keys that change nothing QGIS reads (``QgsProviderRegistry.decodeUri``).
_PLAIN_URI_KEYS = {"path", "layerName", "layerId"}


@dataclass(frozen=True)
class ColumnarSource:
    """The file, table and field types of a layer that may be read column by column.

    ``kinds`` maps each field name to the numpy kinds its values may come in;
    ``encoding`` is the one QGIS decodes the file's text with when GDAL does
    not recode it (a Shapefile's DBF: QGIS reads its code page itself).
    """

    path: str
    layer_name: str | None
    layer_index: int | None
    kinds: dict
    encoding: str = "UTF-8"

    def read(self, names, with_geometry: bool = True, progress=None):
        """``(fids, columns, blobs)`` as :func:`.features.read_table` gives them, or None.

        ``names`` holds one field name per column wanted (None: not mapped,
        a column of None). Blobs are ISO WKB, ``b""`` for a null geometry.
        None means the layer cannot be read this way (GDAL without the Arrow
        stream, a file that cannot be opened, a column of a type not given as
        QGIS gives it); ``progress`` (a FeedbackProgress) is told after each
        batch, and a cancel stops reading with what was read so far.
        """
        return _read_file(self, names, with_geometry, progress)


def columnar_source(layer):
    """Where to read ``layer`` column by column (a :class:`ColumnarSource`, or a
    :class:`~.postgis_columns.PostgisSource`), or None when the iterator must read it.

    Call in the main thread (it asks the layer about its edit buffer, and a
    PostGIS layer's login is read from the QGIS authentication database).
    """
    if not shown_as_stored(layer):
        return None
    if layer.providerType() == "postgres":
        return postgis_source(layer, field_kinds(layer.fields()))
    if layer.providerType() != "ogr" or layer.dataProvider().storageType() not in COLUMNAR_DRIVERS:
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    if {key for key, value in parts.items() if value not in (None, "")} - _PLAIN_URI_KEYS:
        return None  # a geometry type filter, an open option ...
    layer_id = parts.get("layerId")
    return ColumnarSource(
        parts["path"],
        parts.get("layerName") or None,
        None if layer_id in (None, "") else int(layer_id),
        field_kinds(layer.fields()),
        layer.dataProvider().encoding(),
    )


def shown_as_stored(layer) -> bool:
    """True when QGIS shows ``layer``'s features as its source stores them: no subset
    filter, no uncommitted edits, no virtual (expression) or joined field."""
    if not hasattr(layer, "dataProvider") or layer.subsetString() or layer.isModified():
        return False
    fields = layer.fields()
    return all(fields.fieldOrigin(i) == FIELD_FROM_PROVIDER for i in range(fields.count()))


def field_kinds(fields) -> dict:
    """``{field name: numpy kinds its values may come in}`` ("" for a type not read here)."""
    return {field.name(): _KINDS.get(int(field.type()), "") for field in fields}


def read_columns(source, names, with_geometry: bool = True, progress=None):
    """``(fids, columns, blobs)`` of a file or PostGIS source, or None: see :meth:`ColumnarSource.read`."""
    return source.read(names, with_geometry, progress)


def _read_file(source: ColumnarSource, names, with_geometry: bool = True, progress=None):
    """The Arrow stream read of :meth:`ColumnarSource.read`."""
    with _opened(source) as layer:
        if layer is None or not hasattr(layer, "GetArrowStreamAsNumPy"):
            return None
        codec = "utf-8" if layer.TestCapability("StringsAsUTF8") else text_codec(source.encoding)
        if codec is None:
            return None  # QGIS decodes the text in an encoding Python does not know
        fid_column = layer.GetFIDColumn() or "OGC_FID"
        defn = layer.GetLayerDefn()
        stored = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
        wanted = {name for name in names if name}
        if wanted - set(stored) - {fid_column}:
            return None
        ignored = [name for name in stored if name not in wanted]
        if not with_geometry:
            ignored.append("OGR_GEOMETRY")
        layer.SetIgnoredFields(ignored)
        total = max(layer.GetFeatureCount(force=0), 1)
        geometry_column = layer.GetGeometryColumn() or "wkb_geometry"
        fids: list = []
        columns: dict = {name: [] for name in wanted}
        blobs: list = []
        stream = layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=YES"])
        for batch in stream:
            fids.extend(batch[fid_column].tolist())
            for name in wanted:
                values = _plain(batch[name], source.kinds.get(name, ""), codec)
                if values is None:
                    return None
                columns[name].extend(values)
            if with_geometry:
                blobs.extend(_wkb(batch.get(geometry_column)))
            if progress is not None:
                progress.set_progress(100.0 * len(fids) / total)
                if progress.is_canceled():
                    break
        del stream
    nothing = [None] * len(fids)
    return fids, [columns[name] if name else nothing for name in names], blobs


@contextmanager
def _opened(source: ColumnarSource):
    """The OGR layer of ``source`` (None when it cannot be opened); the file is closed after."""
    from osgeo import gdal

    try:
        dataset = gdal.OpenEx(source.path, gdal.OF_VECTOR | gdal.OF_READONLY)
    except RuntimeError:  # GDAL raises when its exceptions are on
        dataset = None
    if dataset is None:
        yield None
    elif source.layer_name:
        yield dataset.GetLayerByName(source.layer_name)
    else:
        yield dataset.GetLayer(source.layer_index or 0)
    dataset = None  # GDAL closes the file with the last reference


def text_codec(encoding: str) -> str | None:
    """Python's codec for the encoding QGIS names (``ISO-8859-1``, ``windows-1252``...), or None."""
    try:
        return codecs.lookup(encoding).name
    except LookupError:  # "System" and the like
        return None


def _plain(values, kinds: str, codec: str = "utf-8") -> list | None:
    """Python values as QGIS gives them (None for null); None when the kind is not allowed.

    Bytes are text in ``codec``; a byte it cannot read becomes U+FFFD, as in QGIS."""
    kind = values.dtype.kind
    if kind not in kinds:
        return None
    data = np.ma.getdata(values)
    plain = data.tolist()
    if kind == "S":  # bytes.decode one by one is four times numpy's char.decode
        try:
            plain = list(
                map(bytes.decode, plain)
                if codec == "utf-8"
                else map(bytes.decode, plain, repeat(codec))
            )
        except UnicodeDecodeError:  # not in its code page (a DBF that says none)
            plain = [value.decode(codec, "replace") for value in plain]
    for index in np.flatnonzero(np.ma.getmaskarray(values)).tolist():
        plain[index] = None
    return plain


def _wkb(values) -> list:
    """Each geometry's WKB as bytes, ``b""`` for a null geometry (or no geometry column)."""
    if values is None:
        return []
    if values.dtype.kind == "V":  # same-sized geometries (points) come as fixed-width records
        raw, width = np.ma.getdata(values).tobytes(), values.dtype.itemsize
        blobs = [raw[at : at + width] for at in range(0, len(raw), width)]  # a slice: 4x tobytes
        for index in np.flatnonzero(np.ma.getmaskarray(values)).tolist():
            blobs[index] = b""
        return blobs
    return [b"" if value is None else bytes(value) for value in values.tolist()]
