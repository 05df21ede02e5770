"""The built model kept on disk, so a project opened again on unchanged data answers in seconds.

Building a whole utility's model reads a million pipes and customers; most
days none of them changed since yesterday. The model is stored in the QGIS
profile (``<profile>/water_outage_notifier/model_cache/``, one entry per
project: a ``model.pickle`` and its ``key.json``), not beside the project:
it holds the contacts' phone numbers, and project folders are often shared.
Processing's networks, read from parameters rather than a project's mapping,
are kept under ``processing/`` by the same rules (:mod:`.network_cache`).

An entry is used only when its key is the key of the layers as they are now
and its data is intact:

- the **key** is a SHA-256 over the cache format, the whole mapping (layers,
  fields, values and settings), the project's datum transformations and, for
  each mapped layer, its provider, data source, subset filter, feature count,
  fields, CRS, and the size and modification time of each of its files (a
  GeoPackage's ``-wal`` too, when it holds anything);
- the **data** is checked against the size and SHA-1 in ``key.json`` before
  it is unpickled (a damaged or half-written file is never read).

A layer with uncommitted edits, or one that is not a local file (PostGIS,
memory layers), has no such identity: no entry is read or written, and the
model is built as before. Anything wrong with an entry (stale, damaged,
unreadable) deletes it, and the model is built and stored again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import mmap
import os
import pickle
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProject,
    QgsProviderRegistry,
)

from ..common.gc_pause import collector_paused
from .compat import FIELD_FROM_PROVIDER

LOG = logging.getLogger("water_outage_notifier.gis")

#: Raised whenever what is stored changes shape or meaning: older entries are then stale.
#: 4: customers link to pipes and contacts by id key ("007" names pipe 7); valves without
#: a state field are no longer warned of; curves are cut within 1 mm of their arcs.
#: 5: the topology keeps its cut table (the pieces of many positions found in bulk).
#: 6: sources keep every point of a multipoint and a footprint's rings (each point and each
#: pipe end in a footprint is the same source).
FORMAT = 6
FOLDER = ("water_outage_notifier", "model_cache")
DATA, KEY = "model.pickle", "key.json"


def cache_root() -> Path:
    """Where every project's entry lives: the user's QGIS profile."""
    return Path(QgsApplication.qgisSettingsDirPath(), *FOLDER)


def layer_identity(layer, read=()) -> dict | None:
    """What tells whether ``layer``'s data changed; None when it cannot be told.

    Call in the main thread. Only layers of local files have one, only without
    uncommitted edits, and only when the fields ``read`` (names) are the file's
    own: a virtual field's expression or a joined layer may change its values
    with no change to the file. The text encoding QGIS reads the file in
    (*Layer Properties › Source*, for a Shapefile without a code page) is part of it.
    """
    if layer.providerType() != "ogr" or layer.isModified():
        return None
    fields = layer.fields()
    for name in read:
        index = fields.indexOf(name)
        if index >= 0 and fields.fieldOrigin(index) != FIELD_FROM_PROVIDER:
            return None
    path = QgsProviderRegistry.instance().decodeUri("ogr", layer.source()).get("path")
    if not path or not os.path.isfile(path):
        return None
    return {
        "provider": layer.providerType(),
        "source": layer.source(),
        "subset": layer.subsetString(),
        "count": layer.featureCount(),
        "fields": [(field.name(), field.typeName()) for field in fields],
        "encoding": layer.dataProvider().encoding(),
        "crs": layer.crs().toWkt(),
        "files": [_stat(file) for file in _files_of(Path(path))],
    }


def _identities(layers: dict) -> dict | None:
    """The identities by role of ``layers`` (role -> ``(layer, names of the fields read)``;
    None layers left out), or None when one has none."""
    identities = {}
    for role, (layer, read) in layers.items():
        if layer is not None:
            identities[role] = layer_identity(layer, read)
            if identities[role] is None:
                return None
    return identities


def _key(settings: dict, identities: dict) -> str:
    """The SHA-256 of everything a model is made from: the cache format, the ``settings``,
    the layers' ``identities`` and the project's datum transformations (layers in
    another CRS are moved into the pipes' by them)."""
    transforms = QgsProject.instance().transformContext().coordinateOperations()
    material = json.dumps(
        {
            "format": FORMAT,
            "mapping": settings,
            "layers": identities,
            "transforms": sorted((list(pair), operation) for pair, operation in transforms.items()),
        },
        sort_keys=True,
    )
    return hashlib.sha256(material.encode()).hexdigest()


def clear_cache() -> None:
    """Delete every stored model (the next build of each project and network reads its layers)."""
    shutil.rmtree(cache_root(), ignore_errors=True)


def _files_of(path: Path) -> list[Path]:
    """The file and its companions that hold data: a GeoPackage's journal, a Shapefile's
    .dbf/.shx/.prj/.cpg.

    An empty journal holds nothing: QGIS makes one whenever it opens a GeoPackage
    for writing (a subset filter set, an edit session started) and removes it on
    closing, so its coming and going is no change of the data.
    """
    journal = Path(f"{path}-wal")
    companions = [path.with_suffix(s) for s in (".dbf", ".shx", ".prj", ".cpg")]
    if journal.exists() and journal.stat().st_size > 0:
        companions.append(journal)
    return [path] + [file for file in companions if file != path and file.exists()]


def _stat(path: Path) -> tuple:
    status = path.stat()
    return (str(path), status.st_size, status.st_mtime_ns)


class ModelStore:
    """One entry in the cache, for the model of one state of its layers."""

    def __init__(self, folder: Path, key: str):
        self.folder = Path(folder)
        self.key = key

    @classmethod
    def for_mapping(cls, mapping, root: Path | None = None) -> ModelStore | None:
        """The project's entry for ``mapping``'s layers as they are now; None when a layer has
        no identity (see :func:`layer_identity`). Call in the main thread."""
        identities = _identities(
            {
                role: (mapping.layer(role), getattr(mapping, role).fields.values())
                for role in mapping.LAYER_ROLES
            }
        )
        if identities is None:
            return None
        settings = json.loads(mapping.to_json())
        for role in mapping.LAYER_ROLES:  # the layers are known by their data, not their ids
            settings[role]["layer_id"] = ""
        project = QgsProject.instance().absoluteFilePath() or "unsaved project"
        name = hashlib.sha256(project.encode()).hexdigest()[:16]
        return cls((root or cache_root()) / name, _key(settings, identities))

    @classmethod
    def for_network(cls, layers: dict, settings: dict) -> ModelStore | None:
        """The entry of a network read from ``layers`` (role -> ``(layer or None, names of
        the fields read)``) with ``settings`` (the field names and values it is read and built with, plain
        JSON values); None when a layer has no identity.

        Processing has no project mapping: its entries live under ``processing/``,
        one per set of data sources, so a batch alternating between two networks
        keeps both, while a changed file, field or setting replaces its own.
        """
        identities = _identities(layers)
        if identities is None:
            return None
        sources = sorted((role, identity["source"]) for role, identity in identities.items())
        name = hashlib.sha256(json.dumps(sources).encode()).hexdigest()[:16]
        return cls(cache_root() / "processing" / name, _key(settings, identities))

    # -- reading --------------------------------------------------------------

    def load(self) -> dict | None:
        """The stored parts of the model (see :func:`model_parts`), or None.

        None when there is no entry, its key differs, or its data is not the
        data its key file describes; a bad entry is deleted.
        """
        try:
            described = json.loads((self.folder / KEY).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return self._bad("its key file cannot be read")
        if described.get("format") != FORMAT or described.get("key") != self.key:
            return self._bad("the layers, the mapping or the settings changed")
        why, parts = self._unpickled(described)
        return parts if why is None else self._bad(why)

    def _unpickled(self, described: dict) -> tuple[str | None, dict | None]:
        """``(None, parts)``, or why the data cannot be used and None.

        The file is mapped, not read: checksummed and unpickled where the
        system keeps it, without a copy of hundreds of megabytes (faulting in
        fresh memory for that copy was most of the load's system time). It is
        unmapped before a bad entry is deleted.
        """
        try:
            with (
                open(self.folder / DATA, "rb") as file,
                mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data,
            ):
                if len(data) != described.get("size") or _digest(data) != described.get("sha1"):
                    return "its data is damaged", None
                try:
                    with collector_paused():
                        return None, pickle.loads(data)
                except Exception:  # a checksum collision or a class changed without FORMAT
                    return "its data cannot be unpickled", None
        except ValueError:  # an empty file cannot be mapped
            return "its data is damaged", None
        except OSError:
            return "its data cannot be read", None

    def _bad(self, why: str) -> None:
        LOG.info("Network model cache in %s not used: %s.", self.folder, why)
        self.discard()
        return None

    # -- writing --------------------------------------------------------------

    def save(self, parts: dict) -> None:
        """Store ``parts``; the key file is written last, so a half-written entry is never read.

        The pickle is streamed to the file through the checksum, so no second
        copy of a model's hundreds of megabytes is held in memory.
        """
        try:
            self.discard()
            self.folder.mkdir(parents=True, exist_ok=True)
            with _replaced(self.folder / DATA) as file, collector_paused():
                written = _Checksummed(file)
                pickle.dump(parts, written, protocol=5)
            described = {
                "format": FORMAT,
                "key": self.key,
                "size": written.size,
                "sha1": written.digest.hexdigest(),
            }
            with _replaced(self.folder / KEY) as file:
                file.write(json.dumps(described).encode("utf-8"))
        except OSError as error:  # a full disk or a read-only profile: only slower next time
            LOG.warning("The network model could not be cached in %s: %s", self.folder, error)

    def discard(self) -> None:
        """Delete the entry (key first, so its data is never taken for valid)."""
        for name in (KEY, DATA):
            try:
                (self.folder / name).unlink()
            except FileNotFoundError:
                pass


def _digest(data: bytes) -> str:
    return _new_digest(data).hexdigest()


def _new_digest(data: bytes = b""):
    """SHA-1: it finds damage, not tampering (whoever can write the profile can write its key
    file too), and reads 500 MB in a fraction of a second."""
    return hashlib.sha1(data, usedforsecurity=False)


class _Checksummed:
    """A file to write to that counts and checksums what goes through it."""

    def __init__(self, file):
        self.file = file
        self.digest = _new_digest()
        self.size = 0

    def write(self, data) -> int:
        self.digest.update(data)  # bytes, or a PickleBuffer over a numpy array's memory
        self.size += memoryview(data).nbytes
        return self.file.write(data)


@contextmanager
def _replaced(path: Path):
    """A new file that takes the place of ``path`` once fully written (never a half file)."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            yield file
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def model_parts(model) -> dict:
    """A :class:`~.model.NetworkModel` as plain parts (its CRS as WKT and authority id)."""
    return {
        "network": model.network,
        "crs": (model.crs.authid(), model.crs.toWkt()),
        "index": model.index,
        "notes": list(model.notes),
    }


def parts_crs(parts: dict) -> QgsCoordinateReferenceSystem:
    """The CRS of stored parts, by authority id when it has one."""
    authid, wkt = parts["crs"]
    crs = QgsCoordinateReferenceSystem(authid) if authid else QgsCoordinateReferenceSystem()
    return crs if crs.isValid() else QgsCoordinateReferenceSystem.fromWkt(wkt)
