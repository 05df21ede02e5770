"""Run ``qgis_process.bin`` in a subprocess with the plugin, as cron or a shell would.

The plugin is found through QGIS_PLUGINPATH (a link to the checkout) and
enabled in a profile of its own. ``with_settings`` starts that profile from
the test's own QGIS settings and authentication database (the gateway
profile, the store, the messages), the master password in the file
QGIS_AUTH_PASSWORD_FILE names, as an unattended server is set up.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

from auth_support import MASTER
from qgis.core import QgsApplication, QgsSettings

ROOT = Path(__file__).resolve().parents[2]


def qgis_process_env(tmp_path: Path, with_settings: bool = False) -> dict:
    """The environment of a ``qgis_process.bin`` run with the plugin enabled."""
    plugins = tmp_path / "plugins"
    if not plugins.exists():
        plugins.mkdir()
        (plugins / "water_outage_notifier").symlink_to(ROOT)
    config = tmp_path / "config"
    profile = config / "profiles" / "default"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        QGIS_CUSTOM_CONFIG_PATH=str(config),
        QGIS_PLUGINPATH=str(plugins),
    )
    if with_settings:
        (profile / "QGIS").mkdir(parents=True, exist_ok=True)
        settings = QgsSettings()
        settings.sync()
        shutil.copy(settings.fileName(), profile / "QGIS" / "QGIS3.ini")
        shutil.copy(QgsApplication.qgisAuthDatabaseFilePath(), profile / "qgis-auth.db")
        secret = tmp_path / "master.txt"
        secret.write_text(MASTER + "\n", encoding="utf-8")
        secret.chmod(0o600)
        env["QGIS_AUTH_PASSWORD_FILE"] = str(secret)
    enable = ["qgis_process.bin", "plugins", "enable", "water_outage_notifier"]
    subprocess.run(enable, env=env, check=True, capture_output=True, timeout=120)
    return env


def command(algorithm: str, parameters: dict, project: str | None = None) -> list:
    """The ``qgis_process.bin --json run`` command line for ``algorithm``."""
    line = ["qgis_process.bin", "--json", "run", algorithm]
    if project:
        line.append(f"--PROJECT_PATH={project}")
    return line + ["--"] + [f"{name}={value}" for name, value in parameters.items()]


def run(env: dict, algorithm: str, parameters: dict, project=None, timeout=300) -> dict:
    """Run ``algorithm`` to the end; its JSON answer (``results``, ``log``)."""
    done = subprocess.run(
        command(algorithm, parameters, project),
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, (done.stdout[-2000:], done.stderr[-2000:])
    return json.loads(done.stdout)
