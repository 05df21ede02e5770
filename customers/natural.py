"""Natural ordering of ids and house numbers, as a person reads them.

Crews walk a street in house-number order, so ``2`` comes before ``10`` and
``10`` before ``10A`` and ``10/B``; a plain string sort would give
``10, 10A, 2``.
"""

from __future__ import annotations

import re

_CHUNKS = re.compile(r"(\d+)")


def natural_key(value: object) -> tuple[tuple[int, int, str], ...]:
    """A sort key comparing digit runs as numbers and the rest without case.

    Each chunk is ``(kind, number, text)`` so numbers and words never get
    compared with each other; ``None`` and empty values sort last.
    """
    text = "" if value is None else str(value).strip()
    if not text:
        return ((2, 0, ""),)
    key = []
    for chunk in _CHUNKS.split(text.casefold()):
        if chunk.isdigit():
            key.append((0, int(chunk), chunk))
        elif chunk:
            key.append((1, 0, chunk))
    return tuple(key)
