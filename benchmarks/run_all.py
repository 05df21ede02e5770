"""`make bench`: run every benchmark script and print their tables.

Each ``bench_*.py`` runs in its own process, so one benchmark's memory and
caches do not colour the next. Sizes: ``BENCH_PIPES`` (default ``100000``;
``BENCH_PIPES="100000 1000000"`` adds the whole-utility case, which needs a
few minutes and about 4 GB). Timings are printed, never asserted.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZED = {"bench_trace.py", "bench_model_gpkg.py"}


def main() -> int:
    sizes = os.environ.get("BENCH_PIPES", "100000").split()
    failed = []
    for script in sorted(HERE.glob("bench_*.py")):
        arguments = sizes if script.name in SIZED else []
        print(f"\n## {script.stem} {' '.join(arguments)}".rstrip(), flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(script), *arguments], cwd=HERE.parent)
        print(f"({time.perf_counter() - started:.0f} s)", flush=True)
        if result.returncode:
            failed.append(script.name)
    if failed:
        print("\nFailed: " + ", ".join(failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
