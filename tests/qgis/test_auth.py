"""Credentials come from the real QGIS auth database; the proxy from the QGIS options."""

from __future__ import annotations

import zipfile

import pytest
from auth_support import MASTER
from qgis.core import QgsNetworkAccessManager, QgsProject, QgsSettings
from water_outage_notifier.gis.auth import (
    AuthError,
    gateway_credentials,
    requests_proxies,
    smtp_login,
    store_credentials,
)
from water_outage_notifier.gis.mapping import ProjectMapping, save_mapping
from water_outage_notifier.gis.settings_store import (
    ROOT,
    PluginSettings,
    SettingsError,
    create_email_settings,
    create_gateway_profile,
)


def test_stored_credentials_are_read_back_as_gateway_credentials(auth_manager):
    authcfg = store_credentials(
        "sms test", {"username": "AC123", "password": "s3cret!", "account": "imola"}
    )
    credentials = gateway_credentials(authcfg, "Skebby")
    assert (credentials.username, credentials.password) == ("AC123", "s3cret!")
    assert credentials.extra == {"account": "imola"}
    assert "s3cret!" not in repr(credentials)


def test_a_token_is_kept_apart_from_the_password(auth_manager):
    authcfg = store_credentials("token test", {"token": "tok-987"})
    credentials = gateway_credentials(authcfg)
    assert (credentials.token, credentials.password, credentials.username) == ("tok-987", "", "")


def test_storing_again_with_the_same_id_updates_in_place(auth_manager):
    first = store_credentials("mail", {"username": "a", "password": "old"})
    second = store_credentials("mail", {"username": "b", "password": "new"}, first)
    assert second == first
    assert smtp_login(first) == ("b", "new")


def test_no_login_means_empty_smtp_credentials(auth_manager):
    assert smtp_login("") == ("", "")


def test_an_unknown_id_is_explained(auth_manager):
    with pytest.raises(AuthError, match="'nosuch1'.*no longer exists"):
        gateway_credentials("nosuch1", "Skebby")


def test_a_missing_id_names_the_profile(auth_manager):
    with pytest.raises(AuthError, match="No credentials are chosen for the SMS gateway 'Twilio'"):
        gateway_credentials("", "Twilio")


def test_a_locked_database_is_explained_not_crashed_on(auth_manager):
    authcfg = store_credentials("locked", {"username": "u", "password": "p"})
    auth_manager.clearMasterPassword()
    try:
        with pytest.raises(AuthError, match="master password"):
            gateway_credentials(authcfg, "Skebby")
    finally:
        assert auth_manager.setMasterPassword(MASTER, True)
    assert gateway_credentials(authcfg).password == "p"


@pytest.fixture()
def proxy_settings(qgis_app):
    """Write QGIS proxy options as the Options dialog does, and restore them after."""
    settings = QgsSettings()
    keys = (
        "proxy/proxyEnabled",
        "proxy/proxyType",
        "proxy/proxyHost",
        "proxy/proxyPort",
        "proxy/proxyUser",
        "proxy/proxyPassword",
        "proxy/proxyExcludedUrls",
        "proxy/noProxyUrls",
    )
    saved = {key: settings.value(key) for key in keys if settings.contains(key)}

    def configure(**values):
        for key, value in values.items():
            settings.setValue(f"proxy/{key}", value)
        QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()

    yield configure
    for key in keys:
        settings.remove(key)
    for key, value in saved.items():
        settings.setValue(key, value)
    QgsNetworkAccessManager.instance().setupDefaultProxyAndCache()


def test_no_proxy_configured_means_direct(proxy_settings):
    proxy_settings(proxyEnabled=False)
    assert requests_proxies("https://api.skebby.it") is None


def test_the_qgis_http_proxy_becomes_a_requests_proxy(proxy_settings):
    proxy_settings(
        proxyEnabled=True,
        proxyType="HttpProxy",
        proxyHost="proxy.utility.local",
        proxyPort="3128",
        proxyUser="ops",
        proxyPassword="p@ss:word",
    )
    expected = "http://ops:p%40ss%3Aword@proxy.utility.local:3128"
    assert requests_proxies("https://api.twilio.com") == {"http": expected, "https": expected}


def test_an_excluded_url_goes_direct(proxy_settings):
    proxy_settings(
        proxyEnabled=True,
        proxyType="HttpProxy",
        proxyHost="proxy.utility.local",
        proxyPort="3128",
        noProxyUrls=["https://sms.intranet.local"],
    )
    assert requests_proxies("https://sms.intranet.local/api") is None
    assert requests_proxies("https://api.twilio.com") is not None


@pytest.fixture()
def fresh_settings(auth_manager):
    """An unlocked auth DB and no plugin settings yet."""
    QgsSettings().remove(ROOT)
    yield QgsSettings()
    QgsSettings().remove(ROOT)


def _saved_project_text(tmp_path) -> str:
    """The .qgs inside a .qgz written with the plugin's mapping, as text."""
    project = QgsProject()
    save_mapping(ProjectMapping(phone_region="IT"), project)
    path = str(tmp_path / "secrets.qgz")
    assert project.write(path)
    with zipfile.ZipFile(path) as archive:
        return "".join(archive.read(name).decode("utf-8", "replace") for name in archive.namelist())


def test_a_console_profile_keeps_its_secrets_in_the_auth_db_only(fresh_settings, tmp_path):
    password, token = "Pw-only-in-the-auth-db-1", "Tk-only-in-the-auth-db-2"
    profile = create_gateway_profile(
        "Skebby",
        "skebby",
        "https://api.skebby.it",
        "AcquaImola",
        username="imola",
        password=password,
        token=token,
        rate=4,
        message_type="GP",
    )
    assert profile.authcfg and (profile.rate, profile.options) == (4, {"message_type": "GP"})
    stored = PluginSettings.load()
    assert stored.profile("Skebby") == profile and stored.selected_profile == "Skebby"
    credentials = gateway_credentials(stored.profile().authcfg, "Skebby")
    assert (credentials.password, credentials.token) == (password, token)

    fresh_settings.sync()
    with open(fresh_settings.fileName(), encoding="utf-8") as ini:
        ini_text = ini.read()
    assert profile.authcfg in ini_text  # the id is there...
    for secret in (password, token):  # ...the secrets are not
        assert secret not in ini_text
        assert secret not in _saved_project_text(tmp_path)


def test_recreating_a_profile_updates_its_credentials_in_place(fresh_settings):
    first = create_gateway_profile("T", "twilio", "", "AcquaImola", username="AC1", password="a")
    second = create_gateway_profile("T", "twilio", "", "AcquaImola", username="AC1", password="b")
    assert second.authcfg == first.authcfg
    assert gateway_credentials(second.authcfg).password == "b"
    assert len(PluginSettings.load().profiles) == 1


def test_a_console_profile_with_a_wrong_sender_or_provider_is_refused(fresh_settings):
    with pytest.raises(SettingsError, match="at most 11 characters"):
        create_gateway_profile("X", "skebby", "https://api.skebby.it", "AcquaImolaSpa2024")
    with pytest.raises(SettingsError, match="Unknown SMS provider 'smsfoo'.*skebby"):
        create_gateway_profile("X", "smsfoo", "", "AcquaImola")
    assert PluginSettings.load().profiles == []


def test_console_email_settings_keep_the_smtp_login_in_the_auth_db(fresh_settings):
    email = create_email_settings(
        "smtp.example.it",
        "noreply@example.it",
        ["cc@example.it"],
        security="ssl",
        username="mailer",
        password="Mail-secret-3",
    )
    assert email.port == 465 and email.authcfg
    assert PluginSettings.load().email == email
    assert smtp_login(email.authcfg) == ("mailer", "Mail-secret-3")
    fresh_settings.sync()
    with open(fresh_settings.fileName(), encoding="utf-8") as ini:
        assert "Mail-secret-3" not in ini.read()
