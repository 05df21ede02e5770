"""The plugin names the packages it misses and how to install them."""

import importlib.util

from water_outage_notifier import dependencies


def test_nothing_is_missing_in_the_test_environment():
    assert dependencies.missing_packages() == []
    assert dependencies.missing_optional() == [], "owa-epanet comes with requirements.txt"


def test_the_optional_packages_are_in_the_requirements():
    from pathlib import Path

    requirements = (Path(dependencies.__file__).parent / "requirements.txt").read_text()
    for name in dependencies.OPTIONAL.values():
        assert f"\n{name}>=" in requirements


def test_a_missing_package_is_named_with_install_commands(monkeypatch):
    real = importlib.util.find_spec
    monkeypatch.setattr(
        dependencies.importlib.util,
        "find_spec",
        lambda name: None if name == "phonenumbers" else real(name),
    )
    missing = dependencies.missing_packages()
    assert missing == ["phonenumbers"]
    hint = dependencies.install_hint(missing)
    assert "apt-get install python3-phonenumbers" in hint
    assert "pip install phonenumbers" in hint
