"""metadata.txt is complete enough for the official plugins repository."""

import configparser
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = (
    "name description about version qgisMinimumVersion author email tracker repository "
    "homepage tags category icon hasProcessingProvider changelog"
).split()


def _general() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]


def test_every_required_key_is_present_and_filled():
    general = _general()
    missing = [key for key in REQUIRED if not general.get(key, "").strip()]
    assert missing == []


def test_values_are_what_qgis_expects():
    general = _general()
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert (ROOT / general["icon"]).is_file()
    assert all(part.isdigit() for part in general["version"].split("."))
    for key in ("tracker", "repository", "homepage"):
        assert general[key].startswith("https://")


def test_changelog_mentions_the_current_version():
    general = _general()
    assert general["version"] in general["changelog"]
    assert general["version"] in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
