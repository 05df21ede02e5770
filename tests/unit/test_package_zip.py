"""`make zip` builds a package the QGIS plugins repository accepts.

The rules mirror the repository's upload validator: one top folder named like
the package, metadata.txt and a licence inside it, no tests, no compiled or
cached files, nothing hidden and nothing executable.
"""

import configparser
import stat
import zipfile

import pytest
from water_outage_notifier.devtools.package import PACKAGE, build_zip, deploy

MAX_BYTES = 25 * 1024 * 1024


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> zipfile.ZipFile:
    path = build_zip(tmp_path_factory.mktemp("zip") / f"{PACKAGE}.zip")
    assert path.stat().st_size < MAX_BYTES
    with zipfile.ZipFile(path) as opened:
        yield opened


def test_single_top_folder_named_like_the_package(archive):
    tops = {name.split("/", 1)[0] for name in archive.namelist()}
    assert tops == {PACKAGE}
    assert "-" not in PACKAGE


def test_metadata_licence_and_entry_point_are_inside(archive):
    names = set(archive.namelist())
    for required in ("metadata.txt", "LICENSE", "__init__.py", "plugin.py"):
        assert f"{PACKAGE}/{required}" in names
    parser = configparser.ConfigParser(interpolation=None)
    parser.read_string(archive.read(f"{PACKAGE}/metadata.txt").decode("utf-8"))
    assert parser["general"]["name"]
    assert "def classFactory" in archive.read(f"{PACKAGE}/__init__.py").decode("utf-8")


def test_no_tests_caches_compiled_hidden_or_developer_files(archive):
    for name in archive.namelist():
        parts = name.split("/")
        assert not any(part.startswith(".") for part in parts), name
        assert not any(
            part in ("tests", "devtools", "benchmarks", "__pycache__") for part in parts
        ), name
        assert not name.endswith((".pyc", ".pyo", ".so", ".dll", ".exe", ".sh", ".zip")), name
        assert ".." not in parts, name


def test_nothing_is_executable_or_a_link(archive):
    for info in archive.infolist():
        mode = info.external_attr >> 16
        assert stat.S_ISREG(mode), info.filename
        assert not mode & 0o111, info.filename


def test_deploy_copies_the_same_files(tmp_path, archive):
    target = deploy(tmp_path / "plugins")
    deployed = {
        p.relative_to(tmp_path / "plugins").as_posix() for p in target.rglob("*") if p.is_file()
    }
    zipped = {name for name in archive.namelist() if not name.endswith("/")}
    assert deployed == zipped


def test_enable_keeps_other_settings(tmp_path):
    from water_outage_notifier.devtools.package import enable

    ini = tmp_path / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir()
    ini.write_text("[PythonPlugins]\nprocessing=true\n\n[qgis]\nCamelKey=1\n", encoding="utf-8")
    enable(tmp_path)
    text = ini.read_text(encoding="utf-8")
    assert f"{PACKAGE}=true" in text
    assert "processing=true" in text and "CamelKey=1" in text


def test_every_code_folder_is_either_shipped_or_a_developer_folder():
    from water_outage_notifier.devtools.package import DEVELOPER_FOLDERS, FOLDERS, ROOT

    code_folders = {
        path.parent.relative_to(ROOT).parts[0]
        for path in ROOT.glob("*/**/*.py")
        if not path.relative_to(ROOT).parts[0].startswith(".")
    }
    assert code_folders - set(FOLDERS) - set(DEVELOPER_FOLDERS) == set()


def test_every_root_module_is_shipped():
    from water_outage_notifier.devtools.package import FILES, ROOT

    modules = {path.name for path in ROOT.glob("*.py")}
    assert modules - set(FILES) == set()
