"""The hydraulic model loaded once and kept while its file stays the same.

The key is the file's identity: its real path, modification time and size.
Saving the ``.inp`` again (or replacing it) changes the key, so the next
question loads it afresh; nothing watches the file. The match with the GIS
is kept beside it for one network model and one link field, and is made
again when either changes (a rebuilt network model is a new object).
"""

from __future__ import annotations

import os
import threading
from typing import Callable

from ..trace.inputs import valve_column
from .matching import ModelMatch, match_model
from .model import HydraulicModel
from .problems import MODEL_NOT_FOUND, HydraulicProblem


def file_key(path: str) -> tuple:
    """``(real path, mtime in ns, size)`` of ``path``; the ``model_not_found`` problem if absent."""
    try:
        status = os.stat(path)
    except OSError:
        raise HydraulicProblem(MODEL_NOT_FOUND, file=os.path.basename(path)) from None
    return (os.path.realpath(path), status.st_mtime_ns, status.st_size)


class HydraulicCache:
    """One loaded model and its match with one network; safe to ask from a task's thread."""

    def __init__(self, load: Callable[[str], HydraulicModel] = HydraulicModel):
        self._load = load
        self._lock = threading.Lock()
        self._key: tuple | None = None
        self._model: HydraulicModel | None = None
        self._match_key: tuple | None = None
        self._match: ModelMatch | None = None
        self._network = None  # the matched network, kept alive so its id() is not reused
        self.loads = 0

    def model(self, path: str) -> HydraulicModel:
        """The model of ``path``, loaded now if the file is new or changed."""
        key = file_key(path)
        with self._lock:
            if key != self._key:
                self._drop()
                self._model = self._load(path)
                self._key = key
                self.loads += 1
            return self._model

    def prepared(
        self,
        path: str,
        network,
        link_field: str = "",
        links_of_pipes: Callable[[], dict] | None = None,
    ) -> tuple:
        """``(model, match)`` for ``network``; ``links_of_pipes()`` reads the link field.

        The match is made once per model, network and link field; after a
        match problem (``model_ids_do_not_match``) it is tried again on the
        next call.
        """
        model = self.model(path)
        key = (self._key, id(network), link_field)
        with self._lock:
            if key != self._match_key:
                self._match, self._match_key, self._network = None, None, None
                model.directions.clear()  # they belong to the previous network
                self._match = match_model(
                    model.link_ids,
                    network.pipe_ids,
                    links_of_pipes() if link_field and links_of_pipes else None,
                    valve_column(network.valves, "valve_id"),  # no record per valve
                    link_field,
                )
                self._match_key = key
                self._network = network
            return model, self._match

    def clear(self) -> None:
        """Forget the model (the plugin unloads, or the setting changed)."""
        with self._lock:
            self._drop()

    def _drop(self) -> None:
        if self._model is not None:
            self._model.close()
        self._model, self._key = None, None
        self._match, self._match_key, self._network = None, None, None
