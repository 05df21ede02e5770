"""Make the checkout importable as ``water_outage_notifier`` for benchmarks.

Same shim as ``tests/conftest.py``: the repository root is the plugin
package, registered under its installed name so relative imports work.
"""

import importlib.util
import sys
from pathlib import Path

PACKAGE = "water_outage_notifier"
ROOT = Path(__file__).resolve().parents[1]

if PACKAGE not in sys.modules:
    spec = importlib.util.spec_from_file_location(
        PACKAGE, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = module
    spec.loader.exec_module(module)
