"""``make lint``'s room check: import-linter's contracts (``pyproject.toml``) on this checkout.

The repository root is the plugin package, whatever the checkout folder is
called, so the package is registered under its installed name
(``water_outage_notifier``) before import-linter looks for it, as the tests
do. Nothing of the plugin is executed: import-linter reads the imports.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "water_outage_notifier"


def main() -> int:
    spec = importlib.util.spec_from_file_location(
        PACKAGE, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)]
    )
    sys.modules[PACKAGE] = importlib.util.module_from_spec(spec)
    from importlinter.cli import lint_imports

    return lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True)


if __name__ == "__main__":
    sys.exit(main())
