"""Every shell command and console snippet of the documentation runs, as a reader would.

The blocks come from ``devtools/doc_snippets.py`` (every Markdown file of the
checkout, so a new snippet is run without touching this file); how each
kind runs, and how a block asks for more time, a database or a skip with a
reason, is written in ``docs/contributing.md``. In short:

- ``sh`` blocks run with bash (``-e -o pipefail``) in a scratch copy of the
  checkout (the ``.venv`` is linked in), with a home of their own where the
  plugin is installed and enabled in the default QGIS profile, as after
  ``make deploy``, and the utility's name and call-centre number are set;
  ``/tmp/`` in a command becomes a scratch folder, so parallel runs never
  share files (the PostgreSQL cluster's ``/tmp/water_outage_pg`` stays).
- ``python`` blocks run in this QGIS session as typed in the QGIS Python
  console: ``iface``, ``processing`` and ``qgis.core`` at hand, the plugin's
  provider registered, the sample project open, the working directory a
  scratch folder; the plugin's settings are restored afterwards.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from auth_support import unlock_auth
from qgis.core import QgsProject, QgsSettings
from qgis.PyQt.QtCore import QSettings
from water_outage_notifier.devtools.doc_snippets import snippets

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_PROJECT = ROOT / "sample_data" / "imola_sample.qgz"
PG_DSN = os.environ.get("OUTAGE_TEST_PG_DSN", "")
PLUGIN_KEY = "water_outage_notifier"
#: What a copy of the checkout leaves out: build products, caches and the git link.
NOT_COPIED = shutil.ignore_patterns(
    ".venv", ".git", "__pycache__", ".pytest_cache", ".ruff_cache", ".hypothesis", "demo-output"
)
#: /tmp/ in a command, except the test PostgreSQL cluster's own folder.
SHARED_TMP = re.compile(r"/tmp/(?!water_outage_pg)")
#: The messages settings a utility has filled in before it runs a batch.
UTILITY = {"messages/utility_name": "Acqua Imola", "messages/call_centre_number": "800123456"}

ALL = snippets()
SHELL = [s for s in ALL if s.kind == "shell"]
PYTHON = [s for s in ALL if s.kind == "python"]


def skip_unless_runnable(snippet) -> None:
    if snippet.skip:
        pytest.skip(f"{snippet.name}: {snippet.skip}")
    if "postgres" in snippet.needs and not PG_DSN:
        pytest.skip(f"{snippet.name} needs the test PostgreSQL (make postgres)")


def scratch_tmp(code: str, folder: Path) -> str:
    folder.mkdir(exist_ok=True)
    return SHARED_TMP.sub(f"{folder}/", code)


@pytest.fixture()
def schemas():
    """Fresh PostgreSQL schema names for a block's ``schema`` directives, dropped afterwards."""
    made: dict = {}
    yield made
    if made:
        import psycopg2

        with psycopg2.connect(PG_DSN) as conn, conn.cursor() as cursor:
            for name in made.values():
                cursor.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')
        conn.close()


def installed_home(home: Path, checkout: Path) -> None:
    """A home where the plugin is deployed and enabled in QGIS's default profile."""
    profile = home / ".local" / "share" / "QGIS" / "QGIS3" / "profiles" / "default"
    plugins = profile / "python" / "plugins"
    plugins.mkdir(parents=True)
    (plugins / PLUGIN_KEY).symlink_to(checkout)
    ini = QSettings(str(profile / "QGIS" / "QGIS3.ini"), QSettings.Format.IniFormat)
    ini.setValue(f"PythonPlugins/{PLUGIN_KEY}", True)
    for key, value in UTILITY.items():
        ini.setValue(f"{PLUGIN_KEY}/{key}", value)
    ini.sync()


@pytest.mark.parametrize("snippet", SHELL, ids=[s.name for s in SHELL])
def test_shell_snippet_runs(snippet, tmp_path, schemas):
    skip_unless_runnable(snippet)
    checkout = tmp_path / PLUGIN_KEY
    shutil.copytree(ROOT, checkout, symlinks=True, ignore=NOT_COPIED)
    (checkout / ".venv").symlink_to(ROOT / ".venv")
    installed_home(tmp_path / "home", checkout)
    code = scratch_tmp(snippet.code, tmp_path / "tmp")
    for name in snippet.schemas:
        schemas[name] = f"doc_{name}_{uuid.uuid4().hex[:8]}"
        code = re.sub(rf"\b{re.escape(name)}\b", schemas[name], code)
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("QGIS_CUSTOM_CONFIG_PATH", "QGIS_PLUGINPATH", "PYTHONPATH")
    }
    env["HOME"] = str(tmp_path / "home")
    done = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", code],
        cwd=checkout,
        env=env,
        capture_output=True,
        text=True,
        timeout=snippet.timeout,
    )
    assert done.returncode == 0, (
        f"{snippet.name} failed ({done.returncode}):\n{code}\n--- stdout\n{done.stdout[-3000:]}"
        f"\n--- stderr\n{done.stderr[-3000:]}"
    )


@pytest.fixture()
def console(qgis_iface, outage_provider, tmp_path, monkeypatch):
    """The QGIS Python console's names, with the sample project open in a scratch folder."""
    import processing
    import qgis.core

    unlock_auth()
    settings = QgsSettings()
    saved = {key: settings.value(key) for key in settings.allKeys() if key.startswith(PLUGIN_KEY)}
    assert QgsProject.instance().read(str(SAMPLE_PROJECT))
    monkeypatch.chdir(tmp_path)
    namespace = {name: getattr(qgis.core, name) for name in dir(qgis.core) if name[0] != "_"}
    namespace.update(iface=qgis_iface, processing=processing, __name__="__console__")
    yield namespace
    QgsProject.instance().clear()
    settings.remove(PLUGIN_KEY)
    for key, value in saved.items():
        settings.setValue(key, value)


@pytest.mark.parametrize("snippet", PYTHON, ids=[s.name for s in PYTHON])
def test_python_snippet_runs_in_the_console(snippet, console, tmp_path):
    skip_unless_runnable(snippet)
    code = scratch_tmp(snippet.code, tmp_path / "tmp")
    exec(compile(code, snippet.name, "exec"), console)  # noqa: S102 - the docs' own code
