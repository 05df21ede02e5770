"""Pause Python's cycle collector while a model is built.

Building a network (or a customer index) allocates millions of small
acyclic containers; the collector would rescan all of them again and again,
which costs more than the build itself at a million features. Pure rooms
that build large models use :func:`collector_paused` instead of writing
their own.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Disable the cyclic garbage collector inside the block; restore its state after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
