"""The network of Processing's parameters, built once and then loaded from the model cache.

An analyst's batch runs ``outage:segments``, ``outage:isolate`` and
``outage:batch`` again and again on layers that did not change; each call
used to read and build the whole network. The network is now kept in the
persisted model cache (:mod:`.model_store`, in the QGIS profile) under the
same rules as the map tool's model: the key is every layer's identity
(provider, source, subset filter, feature count, fields, CRS, each file's
size and modification time, a GeoPackage's ``-wal`` too), the field names
and the settings the network is built with, and the project's datum
transformations. A layer with uncommitted edits or not in a local file has no
identity: the network is built every time and never stored. A stale or
damaged entry is deleted and built again. The entry holds the network alone
(no customers, no phone numbers); its CRS and notes are worked out again
from the layers, which costs no read, so the notes are in today's language.

No copy is kept in memory between calls, on purpose. A second call loads the
entry through a memory map, at a small part of the cost of reading the layers
(``make bench``: "repeated call from the cache"). A copy held for the session
would keep hundreds of megabytes to gigabytes of a whole utility alive in a
QGIS that already holds the map tool's own model, long after the batch ended,
with no way for the user to see or free it; and Processing runs algorithms in
background threads at once, which would share one network whose indexes are
made on first use. Each call gets a network of its own.
"""

from __future__ import annotations

from dataclasses import asdict, fields

from ..trace.inputs import NetworkSettings
from .model_store import ModelStore
from .network_reader import NetworkLayers, network_crs, read_network
from .progress import FeedbackProgress


def network_store(layers: NetworkLayers, settings: NetworkSettings) -> ModelStore | None:
    """The cache entry of the network read from ``layers`` with ``settings``, or None when a
    layer has no identity. Everything the build reads is in its key: each layer
    (a role left empty too), each field name and each setting."""
    read = {
        "pipes": (layers.pipes, [layers.pipe_id_field, layers.pipe_status_field]),
        "valves": (
            layers.valves,
            [layers.valve_id_field, layers.valve_status_field, layers.valve_type_field],
        ),
        "sources": (layers.sources, [layers.source_id_field]),
    }
    names = {f.name: getattr(layers, f.name) for f in fields(layers) if f.name.endswith("_field")}
    return ModelStore.for_network(read, {"network": asdict(settings), "fields": names})


def read_network_cached(
    layers: NetworkLayers, settings: NetworkSettings, progress: FeedbackProgress | None = None
):
    """:func:`.network_reader.read_network`'s ``(network, crs, notes)`` and whether the
    network came from the cache: it does when the layers, fields and settings are
    those of a stored entry; a network built here is stored (unless the build was
    cancelled)."""
    progress = progress or FeedbackProgress(None)
    store = network_store(layers, settings)
    parts = store.load() if store is not None else None
    if parts is not None:
        crs, notes = network_crs(layers)
        progress.set_progress(100)
        return parts["network"], crs, notes, True
    network, crs, notes = read_network(layers, settings, progress)
    if store is not None and not progress.is_canceled():
        store.save({"network": network})
    return network, crs, notes, False
