"""Wait for apt's locks before `make setup` installs Debian packages.

On a fresh machine another apt run (unattended-upgrades, a second `make`)
often holds the dpkg lock; apt-get then fails at once with "Could not get
lock". This waits until no process holds apt's lock files, up to a limit,
and then says which process holds them, so the person at the keyboard can
decide. Run with Debian's own Python (no venv exists yet at that point).

    python3 devtools/apt_lock.py [--timeout SECONDS] [LOCK_FILE ...]

Exit status 0 when the locks are free, 1 when they are still held after
the timeout. The holders are read from ``/proc/locks`` (dpkg and apt take
POSIX ``fcntl`` locks), so nothing is locked or opened here.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

APT_LOCKS = (
    "/var/lib/dpkg/lock-frontend",
    "/var/lib/dpkg/lock",
    "/var/lib/apt/lists/lock",
    "/var/cache/apt/archives/lock",
)
POLL_SECONDS = 2.0


def holders(lock_file: str, proc_locks: str = "/proc/locks") -> list[int]:
    """Process ids holding a lock on ``lock_file`` (none when it does not exist)."""
    try:
        inode = os.stat(lock_file).st_ino
        lines = Path(proc_locks).read_text().splitlines()
    except OSError:
        return []
    found = []
    for line in lines:
        fields = line.split()
        # "1: POSIX  ADVISORY  WRITE 1234 fe:00:2146627 0 EOF" ("->" marks a waiter)
        if len(fields) < 6 or fields[1] == "->":
            continue
        pid, device_inode = fields[4], fields[5]
        if device_inode.rsplit(":", 1)[-1] == str(inode) and pid.isdigit():
            found.append(int(pid))
    return sorted(set(found))


def command_line(pid: int) -> str:
    """What process ``pid`` runs, for the message."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return "(ended)"
    return " ".join(part.decode(errors="replace") for part in raw.split(b"\0") if part)


def held(lock_files) -> dict[str, list[int]]:
    """The lock files some process holds, with their holders."""
    return {path: pids for path in lock_files if (pids := holders(path))}


def describe(busy: dict[str, list[int]]) -> str:
    return "; ".join(
        f"{path} by " + ", ".join(f"process {pid} ({command_line(pid)})" for pid in pids)
        for path, pids in busy.items()
    )


def wait(lock_files, timeout: float, say=print, poll: float = POLL_SECONDS) -> bool:
    """True once no lock is held; False when some still is after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    told = False
    while True:
        busy = held(lock_files)
        if not busy:
            return True
        if time.monotonic() >= deadline:
            say(
                f"apt is still locked after {timeout:.0f} s: {describe(busy)}. "
                "Let that run finish (or stop it), then run make again; "
                "APT_LOCK_WAIT=<seconds> changes how long make waits."
            )
            return False
        if not told:
            say(f"Waiting up to {timeout:.0f} s for apt's lock, held by {describe(busy)} ...")
            told = True
        time.sleep(poll)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=300.0)
    parser.add_argument("lock_files", nargs="*", default=list(APT_LOCKS))
    arguments = parser.parse_args(argv)
    return 0 if wait(arguments.lock_files, arguments.timeout) else 1


if __name__ == "__main__":
    sys.exit(main())
