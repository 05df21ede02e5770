"""Make the checkout importable as ``water_outage_notifier`` for benchmarks.

The same registration the tests use (``tests/conftest.py``), run from there
so there is one copy of it.
"""

import runpy
from pathlib import Path

runpy.run_path(str(Path(__file__).resolve().parents[1] / "tests" / "conftest.py"))
