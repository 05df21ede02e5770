"""What a test opened and must close before it ends: gateway clients, services, databases.

``make test`` runs with ``-W error::ResourceWarning``: a socket or a database
connection left to the garbage collector fails the run. A helper that opens
something for a test hands it to :func:`close_later`; the autouse fixture in
``tests/conftest.py`` closes everything when the test ends, newest first.
"""

from __future__ import annotations

_OPEN: list = []


def close_later(thing):
    """Close ``thing`` (anything with ``close()``) when the current test ends; returns it."""
    _OPEN.append(thing)
    return thing


def close_all() -> None:
    while _OPEN:
        _OPEN.pop().close()
