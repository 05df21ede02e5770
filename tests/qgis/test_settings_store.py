"""Plugin-wide settings survive a save and a fresh load from the QGIS profile."""

from __future__ import annotations

import logging
import os
from datetime import time

import pytest
from qgis.core import QgsApplication, QgsSettings
from water_outage_notifier.gis.settings_store import (
    ROOT,
    EmailSettings,
    MessageSettings,
    PluginSettings,
)
from water_outage_notifier.sms_gateway.profile import GatewayProfile


@pytest.fixture()
def settings(qgis_app):
    """The QGIS settings of the temporary profile, without any plugin key."""
    store = QgsSettings()
    store.remove(ROOT)
    yield store
    store.remove(ROOT)


def test_defaults_follow_the_brief_and_the_qgis_profile(settings):
    loaded = PluginSettings.load()
    profile_dir = QgsApplication.qgisSettingsDirPath()
    assert loaded.store_location_or_default() == os.path.join(profile_dir, ROOT, "outbox.sqlite")
    assert loaded.messages.send_window == (time(8, 0), time(21, 0))
    assert loaded.messages.max_segments == 3
    assert loaded.messages.language in ("it", "en")
    assert loaded.email.enabled and loaded.email.security == "starttls"
    assert loaded.profiles == [] and loaded.profile() is None


def test_everything_saved_is_loaded_back(settings, tmp_path):
    original = PluginSettings(
        profiles=[
            GatewayProfile(
                "Skebby",
                "skebby",
                "https://api.skebby.it",
                "AcquaImola",
                "ab12cd3",
                rate=5.0,
                concurrency=2,
                options={"message_type": "GP"},
            ),
            GatewayProfile("Prova", "file", sender="AcquaImola", options={"path": "/tmp/x.jsonl"}),
        ],
        selected_profile="Prova",
        email=EmailSettings(
            host="smtp.example.it",
            port=465,
            security="ssl",
            authcfg="m41l000",
            from_address="noreply@example.it",
            call_centre=["cc@example.it", "turno@example.it"],
            timeout=12.5,
        ),
        messages=MessageSettings(
            window_start="07:30",
            window_end="20:00",
            language="it",
            utility_name="Acque Imola",
            call_centre_number="800 123 456",
            short_link_base="https://imola.it/l/",
            templates_dir=str(tmp_path),
            max_segments=2,
            operator_phone="+39 333 1234567",
        ),
        store_location=str(tmp_path / "outbox.sqlite"),
        store_authcfg="pg00001",
    )
    original.save()
    loaded = PluginSettings.load(QgsSettings())
    assert loaded == original
    assert loaded.profile().name == "Prova"
    assert loaded.profile("Skebby").options == {"message_type": "GP"}
    assert loaded.problems() == []


def test_the_store_keys_of_earlier_versions_are_still_read_then_replaced(settings, tmp_path):
    settings.setValue(f"{ROOT}/database_path", "postgresql://gis@db.example.it/utility")
    settings.setValue(f"{ROOT}/database_authcfg", "pg00001")
    loaded = PluginSettings.load()
    assert loaded.store_location == "postgresql://gis@db.example.it/utility"
    assert loaded.store_authcfg == "pg00001"
    loaded.store_location = str(tmp_path / "outbox.sqlite")
    loaded.save()
    assert not settings.contains(f"{ROOT}/database_path")
    assert not settings.contains(f"{ROOT}/database_authcfg")
    again = PluginSettings.load()
    assert again.store_location == str(tmp_path / "outbox.sqlite")
    assert again.store_authcfg == "pg00001"


def test_a_hand_edited_wrong_value_falls_back_with_a_warning(settings, caplog):
    settings.setValue(f"{ROOT}/email/port", "five-eight-seven")
    settings.setValue(f"{ROOT}/email/call_centre", "cc@example.it")  # not a JSON list
    with caplog.at_level(logging.WARNING, logger="water_outage_notifier"):
        loaded = PluginSettings.load()
    assert loaded.email.port == EmailSettings().port
    assert loaded.email.call_centre == []
    text = caplog.text
    assert "email/port" in text and "five-eight-seven" in text and "email/call_centre" in text


def test_unreadable_profiles_are_reported_not_crashed_on(settings, caplog):
    settings.setValue(f"{ROOT}/gateway/profiles", "[{not json")
    with caplog.at_level(logging.WARNING, logger="water_outage_notifier"):
        assert PluginSettings.load().profiles == []
    assert "gateway/profiles" in caplog.text


def test_a_profile_of_the_same_name_is_replaced_and_the_first_is_selected(settings):
    first = PluginSettings().with_profile(GatewayProfile("A", "file", rate=1.0))
    second = first.with_profile(GatewayProfile("A", "file", rate=3.0)).with_profile(
        GatewayProfile("B", "twilio")
    )
    assert [(p.name, p.rate) for p in second.profiles] == [("A", 3.0), ("B", 10.0)]
    assert second.selected_profile == "A"


@pytest.mark.parametrize(
    ("section", "expected"),
    [
        (
            EmailSettings(host="", from_address="x@example.it", call_centre=["a@b.it"]),
            "mail server is missing",
        ),
        (
            EmailSettings(host="h", from_address="nobody", call_centre=["a@b.it"]),
            "'nobody' is not an email",
        ),
        (
            EmailSettings(host="h", from_address="x@example.it", call_centre=[]),
            "no call-centre address",
        ),
        (
            EmailSettings(
                host="h", from_address="x@example.it", call_centre=["a@b.it"], security="tls"
            ),
            "'tls' is unknown",
        ),
        (MessageSettings(window_start="21:00", window_end="08:00"), "start before it ends"),
        (MessageSettings(window_start="8h", window_end="21:00"), "not two HH:MM times"),
        (MessageSettings(language="fr"), "'fr' is not available"),
        (MessageSettings(operator_phone="0542 123456"), "cannot receive a test SMS (landline)"),
        (MessageSettings(short_link_base="imola.it/l"), "must start with https://"),
    ],
)
def test_each_wrong_setting_is_explained(section, expected):
    assert any(expected in problem for problem in section.problems()), section.problems()


def test_a_disabled_email_has_nothing_to_complain_about():
    assert EmailSettings(enabled=False).problems() == []
    assert EmailSettings().problems() != []


def test_duplicate_and_unselected_profiles_are_problems():
    settings = PluginSettings(
        profiles=[GatewayProfile("A", "file"), GatewayProfile("A", "file")],
        selected_profile="Z",
        email=EmailSettings(enabled=False),
    )
    problems = settings.problems()
    assert any("Two gateway profiles are called 'A'" in p for p in problems)
    assert any("No gateway profile is selected" in p for p in problems)
