"""Build the plugin zip and deploy the plugin from one allowlist.

``make zip`` and ``make deploy`` both call this, so what a user installs from
the zip and what a developer deploys into a profile are the same files. The
allowlist keeps tests, developer tools, caches and anything executable out of
the package, as the QGIS plugins repository requires.
"""

from __future__ import annotations

import argparse
import configparser
import os
import shutil
import stat
import zipfile
from pathlib import Path

PACKAGE = "water_outage_notifier"
ROOT = Path(__file__).resolve().parents[1]

FILES = (
    "metadata.txt",
    "__init__.py",
    "plugin.py",
    "map_tool.py",
    "work_site.py",
    "dependencies.py",
    "missing_dependencies.py",
    "resources.py",
    "resources.qrc",
    "LICENSE",
    "README.md",
    "CHANGELOG.md",
)
#: Folders shipped in the plugin. A new code folder must be added here on purpose;
#: ``tests/unit/test_package_zip.py`` fails until it is (or is listed in DEVELOPER_FOLDERS).
FOLDERS = (
    "common",
    "trace",
    "customers",
    "messages",
    "templates",
    "sms_gateway",
    "store",
    "mail",
    "notify",
    "publish",
    "hydraulics",
    "gis",
    "processing_provider",
    "dialogs",
    "icons",
    "i18n",
    "sample_data",
)
#: Folders that never ship: tests, developer tools, benchmarks, docs, CI.
DEVELOPER_FOLDERS = ("tests", "devtools", "benchmarks", "docs", ".ci")
SUFFIXES = (
    ".py",
    ".j2",
    ".css",
    ".svg",
    ".png",
    ".ui",
    ".qm",
    ".gpkg",
    ".qgz",
    ".md",
    ".qml",
    ".txt",
)
EXCLUDED_PARTS = ("__pycache__", ".pytest_cache")


def plugin_files(root: Path = ROOT) -> list[Path]:
    """Every file that belongs in the installed plugin, relative to ``root``."""
    files = [Path(name) for name in FILES if (root / name).is_file()]
    for folder in FOLDERS:
        base = root / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            relative = path.relative_to(root)
            if (
                path.is_file()
                and path.suffix in SUFFIXES
                and not any(part in EXCLUDED_PARTS for part in relative.parts)
                and not path.name.startswith(".")
            ):
                files.append(relative)
    return files


def build_zip(destination: Path, root: Path = ROOT) -> Path:
    """Write the zip: one top folder ``water_outage_notifier``, files mode 0644."""
    with zipfile.ZipFile(destination, "w", zipfile.ZIP_DEFLATED) as archive:
        for relative in plugin_files(root):
            info = zipfile.ZipInfo(
                f"{PACKAGE}/{relative.as_posix()}", date_time=(2026, 1, 1, 0, 0, 0)
            )
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, (root / relative).read_bytes())
    return destination


def deploy(profile_plugins: Path, root: Path = ROOT) -> Path:
    """Replace the installed copy in a QGIS profile's plugins folder."""
    target = profile_plugins / PACKAGE
    if target.exists():
        shutil.rmtree(target)
    for relative in plugin_files(root):
        (target / relative).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(root / relative, target / relative)
    return target


def enable(profile_dir: Path) -> Path:
    """Mark the plugin enabled in a profile's ``QGIS3.ini`` so QGIS loads it at start."""
    ini = profile_dir / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str  # QSettings keys are case-sensitive
    if ini.exists():
        parser.read(ini, encoding="utf-8")
    if not parser.has_section("PythonPlugins"):
        parser.add_section("PythonPlugins")
    parser.set("PythonPlugins", PACKAGE, "true")
    with open(ini, "w", encoding="utf-8") as handle:
        parser.write(handle, space_around_delimiters=False)
    return ini


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("zip").add_argument("--out", default=f"{PACKAGE}.zip")
    deploy_parser = sub.add_parser("deploy")
    deploy_parser.add_argument("--profile", default="default")
    args = parser.parse_args()
    if args.command == "zip":
        print(build_zip(Path(args.out)))
    else:
        profile = Path(os.path.expanduser("~/.local/share/QGIS/QGIS3/profiles")) / args.profile
        print(f"Deployed to {deploy(profile / 'python' / 'plugins')}")
        print(f"Enabled in {enable(profile)}")


if __name__ == "__main__":
    main()
