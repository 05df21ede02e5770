"""Credentials come from the real QGIS auth database; the proxy from the QGIS options."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsNetworkAccessManager, QgsSettings
from water_outage_notifier.gis.auth import (
    AuthError,
    gateway_credentials,
    requests_proxies,
    smtp_login,
    store_credentials,
)

MASTER = "master-of-the-test-profile"


@pytest.fixture()
def auth_manager(qgis_app):
    """The auth DB of pytest-qgis's temporary profile, unlocked with a master password."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(MASTER, True)
    return manager


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
