"""`make setup` waits for apt's lock and names its holder; `make qgis PROFILE=x` opens x."""

from __future__ import annotations

import fcntl
import os
import subprocess
from pathlib import Path

from water_outage_notifier.devtools import apt_lock

ROOT = Path(__file__).resolve().parents[2]


def test_a_held_lock_is_waited_for_then_named_with_its_holder(tmp_path):
    lock_file = tmp_path / "lock-frontend"
    said = []
    with open(lock_file, "w") as handle:
        fcntl.lockf(handle, fcntl.LOCK_EX)  # a POSIX lock, as dpkg takes it
        assert apt_lock.holders(str(lock_file)) == [os.getpid()]
        assert not apt_lock.wait([str(lock_file)], timeout=0.3, say=said.append, poll=0.05)
    assert said[0].startswith("Waiting up to 0 s for apt's lock")
    assert f"process {os.getpid()} (" in said[-1]
    assert "pytest" in said[-1], "the holder's command line is shown"
    assert "APT_LOCK_WAIT" in said[-1]
    assert apt_lock.wait([str(lock_file)], timeout=0.3, say=said.append, poll=0.05)


def test_free_or_missing_lock_files_do_not_wait(tmp_path):
    (tmp_path / "lock").write_text("")
    said = []
    assert apt_lock.wait([str(tmp_path / "lock"), str(tmp_path / "absent")], 5, said.append)
    assert said == []


def planned(*arguments: str) -> str:
    """What ``make -n`` would run (nothing is run but recursive makes)."""
    command = ["make", "-n", "--no-print-directory", *arguments]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=True).stdout


def test_make_qgis_starts_qgis_on_the_profile_it_deploys_to():
    shown = planned("qgis", "PROFILE=pilot_test")
    deploy = next(line for line in shown.splitlines() if "package.py deploy" in line)
    start = next(line for line in shown.splitlines() if " qgis --nologo" in line)
    assert deploy.endswith("--profile pilot_test")
    assert "--profile pilot_test sample_data/imola_sample.qgz" in start


def test_setup_waits_for_the_apt_lock_before_installing():
    shown = planned("system-packages", "APT_PACKAGES=no-such-pkg-x")
    assert "devtools/apt_lock.py --timeout 300" in shown
    assert "DPkg::Lock::Timeout=300" in shown
