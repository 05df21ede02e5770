"""The marked examples of the docs, for the tests that run them as written.

An example sits between ``<!-- example: name -->`` and ``<!-- end example -->``
around one fenced Python block (docs/gateways.md, docs/voice.md).
"""

from __future__ import annotations

import re
from pathlib import Path

DOCS = Path(__file__).resolve().parents[1] / "docs"


def example(name: str, page: str = "gateways.md") -> str:
    """The code of the example ``name`` of ``docs/<page>``."""
    found = re.search(
        rf"<!-- example: {name} -->\s*```python\n(.*?)```\s*<!-- end example -->",
        (DOCS / page).read_text(encoding="utf-8"),
        re.S,
    )
    assert found, f"docs/{page} has no example '{name}'"
    return found.group(1)


def documented_options(name: str) -> dict:
    """The provider options an example of docs/gateways.md defines, run as a user runs it."""
    scope: dict = {}
    exec(example(name), scope)  # noqa: S102 - the documentation's own block
    return scope["options"]
