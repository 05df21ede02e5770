"""The network model kept warm for clicks, rebuilt when its layers change.

Building the model reads every pipe, valve, source and customer: seconds on
a whole utility. It is built once per mapped set of layers and kept; a click
then only asks it questions. Any change to a mapped layer (edits committed,
features added or deleted, geometry or attribute changes, a reload, a
changed data source) drops the model, and the next click rebuilds it. Reading
goes through :class:`LayerSnapshot`, so the build can run in a ``QgsTask``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property

from qgis.core import QgsTask
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..common.gc_pause import collector_paused
from ..common.log_words import say
from ..customers.index import CustomerIndex
from ..work_site import WarningIndex, WorkSite, analyse, model_warnings
from .customer_reader import (
    CustomerLayers,
    details_reader,
    read_contacts,
    read_customers,
    read_services,
)
from .features import LayerError, LayerSnapshot
from .i18n import tr
from .mapping import ProjectMapping, validate_mapping
from .model_store import ModelStore, model_parts, parts_crs
from .network_reader import NetworkLayers, layer_notes, read_network, working_crs
from .progress import FeedbackProgress

LOG = logging.getLogger("water_outage_notifier.gis")

# Layer signals after which the model no longer matches the data.
_CHANGE_SIGNALS = (
    "afterCommitChanges",
    "featureAdded",
    "featuresDeleted",
    "geometryChanged",
    "attributeValueChanged",
    "dataSourceChanged",
    "willBeDeleted",
    "dataChanged",
)


@dataclass
class NetworkModel:
    """A built network, its CRS, and the customers indexed on it."""

    network: object
    crs: object
    index: CustomerIndex | None = None
    notes: list = field(default_factory=list)
    cached: bool = False  # loaded from the model cache (nothing new to store)

    @cached_property
    def warnings(self) -> WarningIndex:
        """The data warnings by area, so each click reports its own in constant time."""
        return model_warnings(self.network, self.index)

    def analyse(self, pieces: Iterable[int], failed_valves: Iterable = ()) -> WorkSite:
        """Trace the work site and select its customers."""
        return analyse(self.network, pieces, self.index, failed_valves, self.warnings)


@dataclass
class ModelSources:
    """Snapshots of the mapped layers, taken in the main thread."""

    network: NetworkLayers
    customers: CustomerLayers | None
    mapping: ProjectMapping
    store: ModelStore | None = None

    @classmethod
    def from_mapping(cls, mapping: ProjectMapping) -> ModelSources:
        problems = validate_mapping(mapping)
        if problems:
            raise LayerError(" ".join(problems))

        def snap(role):
            layer = mapping.layer(role)
            return LayerSnapshot(layer) if layer is not None else None

        network = NetworkLayers(
            pipes=snap("pipes"),
            pipe_id_field=mapping.pipes.field_name("id"),
            valves=snap("valves"),
            valve_id_field=mapping.valves.field_name("id"),
            valve_status_field=mapping.valves.field_name("status"),
            sources=snap("sources"),
            source_id_field=mapping.sources.field_name("id"),
            pipe_status_field=mapping.pipes.field_name("status"),
            valve_type_field=mapping.valves.field_name("type"),
        )
        customers = mapping.customer_layers(LayerSnapshot)
        store = ModelStore.for_mapping(mapping)
        return cls(network=network, customers=customers, mapping=mapping, store=store)

    def build(self, progress: FeedbackProgress | None = None, keep: bool = True) -> NetworkModel:
        """The model from the cache when its layers did not change, else read and built;
        safe to call from a task. A built model is stored in the cache unless ``keep`` is
        False (the map tool stores it after the first answer: :class:`KeepModelTask`)."""
        progress = progress or FeedbackProgress(None)
        if self.store is not None:
            parts = self.store.load()
            if parts is not None:
                progress.set_progress(100)
                return self._from_parts(parts)
        model = self._build(progress)
        if keep and not progress.is_canceled():
            self.keep(model)
        return model

    def keep(self, model: NetworkModel) -> None:
        """Store a built ``model`` in the cache (nothing for a cached one or no cache)."""
        if self.store is not None and not model.cached:
            self.store.save(model_parts(model))

    def _from_parts(self, parts: dict) -> NetworkModel:
        index = parts["index"]
        if index is not None:
            index.customers.read_details_with(details_reader(self.customers))
        say(LOG, logging.INFO, "model_from_cache", folder=str(self.store.folder))
        return NetworkModel(parts["network"], parts_crs(parts), index, parts["notes"], cached=True)

    def _build(self, progress: FeedbackProgress) -> NetworkModel:
        """Read the customers in a thread of their own while the network is read and built.

        Neither needs the other until the index links them, and much of both
        is numpy or GDAL work that lets the other thread run: on a machine with
        a core to spare the customers cost no waiting. The collector stays
        paused throughout (each side pauses it too; a side that finished first
        must not turn it back on under the other).
        """
        index = None
        with collector_paused(), ThreadPoolExecutor(max_workers=1) as pool:
            read = None
            if self.customers is not None:
                read = pool.submit(self._read_customers, working_crs(self.network.pipes)[0])
            network, crs, notes = read_network(
                self.network, self.mapping.network_settings(), progress.part(0, 80)
            )
            if read is not None:
                notes += customer_layer_notes(self.customers, crs)
                customers, contacts, services = read.result()
                progress.part(80, 100).set_progress(50)
                index = CustomerIndex.build(
                    customers,
                    network,
                    self.mapping.customer_settings(),
                    contacts=contacts,
                    services=services,
                )
        progress.part(80, 100).set_progress(100)
        return NetworkModel(network=network, crs=crs, index=index, notes=notes)

    def _read_customers(self, crs) -> tuple:
        """The customers, contacts and service lines, read in the working ``crs``."""
        layers = self.customers
        return (
            read_customers(layers, crs),
            read_contacts(layers),
            read_services(layers, crs),
        )


def customer_layer_notes(layers: CustomerLayers, crs) -> list:
    """Notes on the customer and service layers read into ``crs``: impossible coordinates
    in degrees, a ballpark datum transformation (:func:`.network_reader.layer_notes`)."""
    return [
        note
        for layer in (layers.customers, layers.services)
        if layer is not None
        for note in layer_notes(layer, crs)
    ]


class BuildModelTask(QgsTask):
    """Builds the model in the background; the result is read in ``finished``."""

    def __init__(self, sources: ModelSources, on_done):
        super().__init__(
            tr("Water Outage Notifier: building the network model"), QgsTask.Flag.CanCancel
        )
        self.sources = sources
        self.model: NetworkModel | None = None
        self.error = ""
        self._on_done = on_done

    def run(self) -> bool:
        # No GUI here: only the snapshots are read.
        try:
            # a task is a feedback; the model is cached after it answers (KeepModelTask)
            self.model = self.sources.build(FeedbackProgress(self), keep=False)
        except Exception as error:  # reported in finished(), in the main thread
            self.error = str(error)
            return False
        return not self.isCanceled()

    def finished(self, result: bool) -> None:
        self._on_done(self.model if result else None, self.error)


class KeepModelTask(QgsTask):
    """Stores a built model in the cache in the background, once it has answered the click.

    Storing a whole utility's model takes seconds; the operator should not
    wait for it. The model is only read meanwhile.
    """

    def __init__(self, sources: ModelSources, model: NetworkModel, on_done):
        super().__init__(tr("Water Outage Notifier: caching the network model"))
        self.sources, self.model, self._on_done = sources, model, on_done

    def run(self) -> bool:
        self.sources.keep(self.model)  # a failure is logged there, never raised
        return True

    def finished(self, result: bool) -> None:
        self._on_done(self)


class ModelCache(QObject):
    """Keeps one model for the current mapping and drops it when a layer changes."""

    invalidated = pyqtSignal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model: NetworkModel | None = None
        self._key = ""
        self._watched: list = []

    def current(self, mapping: ProjectMapping) -> NetworkModel | None:
        """The model if it was built for this very mapping, else None."""
        return self.model if self._key == mapping.to_json() else None

    def build_now(self, mapping: ProjectMapping, feedback=None) -> NetworkModel:
        """Build in the calling thread (console, tests, small networks)."""
        model = ModelSources.from_mapping(mapping).build(FeedbackProgress(feedback))
        self.store(mapping, model)
        return model

    def store(self, mapping: ProjectMapping, model: NetworkModel) -> None:
        """Keep ``model`` for ``mapping`` and watch its layers for changes."""
        self._unwatch()
        self.model = model
        self._key = mapping.to_json()
        for role in ProjectMapping.LAYER_ROLES:
            layer = mapping.layer(role)
            if layer is not None:
                self._watch(layer)
        say(LOG, logging.INFO, "model_ready", count=len(model.network.pieces))

    def invalidate(self, *_args) -> None:
        """Forget the model; the next request rebuilds it."""
        if self.model is not None:
            say(LOG, logging.INFO, "model_rebuilt")
        self._unwatch()
        self.model = None
        self._key = ""
        self.invalidated.emit()

    def _watch(self, layer) -> None:
        for name in _CHANGE_SIGNALS:
            signal = getattr(layer, name, None)
            if signal is not None:
                signal.connect(self.invalidate)
                self._watched.append(signal)

    def _unwatch(self) -> None:
        for signal in self._watched:
            try:
                signal.disconnect(self.invalidate)
            except (TypeError, RuntimeError):  # layer already deleted
                pass
        self._watched = []
