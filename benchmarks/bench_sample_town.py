"""Benchmark the synthetic network generator (``devtools/sample_town.py``).

The other benchmarks build their 100k and 1M pipe networks with it on
demand, so its speed decides how long a first ``make bench`` waits.
Prints: pipes asked, features written, seconds, and MB on disk.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _pkg  # noqa: E402,F401
from water_outage_notifier.devtools.sample_town import generate  # noqa: E402

SIZES = (10_000, 100_000)


def main() -> int:
    print(f"{'pipes asked':>12} {'pipes':>9} {'valves':>8} {'customers':>10} {'s':>6} {'MB':>6}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in SIZES:
            out = Path(tmp) / f"net_{size}.gpkg"
            started = time.perf_counter()
            network, customers, _ = generate(out, seed=1, pipes=size, customers=size)
            elapsed = time.perf_counter() - started
            mb = out.stat().st_size / 1e6
            print(
                f"{size:>12} {len(network.pipes):>9} {len(network.valves):>8}"
                f" {len(customers):>10} {elapsed:>6.1f} {mb:>6.1f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
