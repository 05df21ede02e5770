"""Pipe ids as people type them: one separator rule wherever a list is typed.

The same rule reads ``PIPE_IDS`` of ``outage:isolate`` and the ``pipe_ids``
column of ``outage:batch``'s CSV, so what works in one works in the other:

- commas, semicolons and vertical bars separate ids, and the spaces inside
  an id are then kept: ``C 001; C 002`` is the two ids ``C 001`` and ``C 002``;
- when the text has none of them, spaces separate ids: ``C001 C002``.

An id with a space in it is therefore written with a separator, even
alone (``C 001;``). Each id is trimmed; empty pieces and repeats are
dropped, the first kept.
"""

from __future__ import annotations

import re

SEPARATORS = ",;|"
_SEPARATOR = re.compile(r"[,;|]")


def split_pipe_ids(text: str | None) -> tuple[str, ...]:
    """The ids in ``text`` by the rule of this module, in typed order."""
    text = text or ""
    pieces = _SEPARATOR.split(text) if _SEPARATOR.search(text) else text.split()
    return tuple(dict.fromkeys(" ".join(piece.split()) for piece in pieces if piece.strip()))
