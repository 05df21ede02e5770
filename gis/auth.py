"""Secrets from the QGIS authentication database, and the QGIS proxy for ``requests``.

Gateway passwords, API tokens and SMTP logins live only in QgsAuthManager,
encrypted with the user's master password; settings and projects keep the
authcfg id alone. This module is the single place that turns an id into
credentials, at the moment of sending, so a secret never sits in a
setting, a project file or a log line.

The proxy configured in QGIS Options (Network) is reused for the SMS
gateways so the plugin works behind the utility's corporate proxy without
a second configuration.
"""

from __future__ import annotations

import logging
from urllib.parse import quote

from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsNetworkAccessManager, QgsSettings
from qgis.PyQt.QtNetwork import QNetworkProxy

from ..common.log_words import say
from ..sms_gateway.profile import Credentials
from .i18n import tr

LOGGER = logging.getLogger("water_outage_notifier.auth")

AUTH_METHOD = "Basic"
# Keys of a Basic config that map to Credentials fields; any other key goes to ``extra``.
_KNOWN_KEYS = ("username", "password", "token", "realm")


class AuthError(RuntimeError):
    """A credential cannot be read: no id, an unknown id, or a locked database."""


def _unlocked_manager():
    """The auth manager, after making sure the master password is available.

    Inside QGIS ``setMasterPassword(True)`` asks the user for it (once per
    session); headless, or when the user cancels, it fails and we explain.
    """
    manager = QgsApplication.authManager()
    if manager.isDisabled():
        raise AuthError(
            tr("The QGIS authentication system is disabled: {reason}").format(
                reason=manager.disabledMessage()
            )
        )
    if not manager.masterPasswordIsSet() and not manager.setMasterPassword(True):
        raise AuthError(
            tr(
                "The QGIS master password is not set or was not entered, so the stored "
                "credentials cannot be read. Set it in Settings > Options > Authentication."
            )
        )
    return manager


def master_password_entered() -> bool:
    """Whether the stored credentials can be read without asking anyone: the
    master password is entered (a background pass must never prompt for it)."""
    return QgsApplication.authManager().masterPasswordIsSet()


def load_config(authcfg: str, purpose: str) -> QgsAuthMethodConfig:
    """The decrypted configuration ``authcfg``; ``purpose`` names what it is for."""
    if not authcfg:
        raise AuthError(
            tr(
                "No credentials are chosen for {purpose}. Choose an authentication "
                "configuration in the plugin settings."
            ).format(purpose=purpose)
        )
    manager = _unlocked_manager()
    if authcfg not in manager.configIds():
        raise AuthError(
            tr(
                "The authentication configuration '{id}' for {purpose} no longer exists "
                "in the QGIS authentication database."
            ).format(id=authcfg, purpose=purpose)
        )
    config = QgsAuthMethodConfig()
    ok, config = manager.loadAuthenticationConfig(authcfg, config, True)
    if not ok or not config.isValid(True):
        raise AuthError(
            tr(
                "The authentication configuration '{id}' for {purpose} cannot be decrypted; "
                "check the QGIS master password."
            ).format(id=authcfg, purpose=purpose)
        )
    return config


def gateway_credentials(authcfg: str, profile_name: str = "") -> Credentials:
    """Credentials for an SMS gateway profile, read from ``authcfg``.

    A Basic configuration gives ``username`` and ``password``; a ``token``
    key (written by ``create_gateway_profile``) gives the API token; any
    other key goes to ``extra`` for providers that need more (an account id).
    """
    purpose = tr("the SMS gateway '{name}'").format(name=profile_name)
    values = dict(load_config(authcfg, purpose).configMap())
    return Credentials(
        username=values.get("username", ""),
        password=values.get("password", ""),
        token=values.get("token", ""),
        extra={key: value for key, value in values.items() if key not in _KNOWN_KEYS},
    )


def basic_login(authcfg: str, purpose: str) -> tuple[str, str]:
    """``(username, password)`` of a Basic configuration; empty when no login is needed."""
    if not authcfg:
        return "", ""
    config = load_config(authcfg, purpose)
    return config.config("username"), config.config("password")


def smtp_login(authcfg: str) -> tuple[str, str]:
    """``(username, password)`` for the call-centre mail server; empty when no login is needed."""
    return basic_login(authcfg, tr("the mail server"))


def database_login(authcfg: str) -> tuple[str, str]:
    """``(username, password)`` for the shared PostgreSQL store."""
    return basic_login(authcfg, tr("the shared database"))


def store_credentials(name: str, values: dict, authcfg: str = "") -> str:
    """Store ``values`` (username, password, token ...) encrypted; returns the authcfg id.

    With an existing ``authcfg`` the configuration is updated in place, so
    re-creating a profile does not leave orphaned secrets behind.
    """
    manager = _unlocked_manager()
    config = QgsAuthMethodConfig(AUTH_METHOD)
    config.setName(name)
    for key, value in values.items():
        if value:
            config.setConfig(key, str(value))
    if authcfg and authcfg in manager.configIds():
        config.setId(authcfg)
        if not manager.updateAuthenticationConfig(config):
            raise AuthError(
                tr("Could not update the authentication configuration '{id}'.").format(id=authcfg)
            )
        return authcfg
    ok, config = manager.storeAuthenticationConfig(config)
    if not ok:
        raise AuthError(
            tr(
                "Could not store the credentials '{name}' in the QGIS authentication database."
            ).format(name=name)
        )
    say(LOGGER, logging.INFO, "credentials_stored", name=name, id=config.id())
    return config.id()


# Proxy ----------------------------------------------------------------------

_PROXY_SCHEMES = {
    QNetworkProxy.ProxyType.HttpProxy: "http",
    QNetworkProxy.ProxyType.HttpCachingProxy: "http",
    QNetworkProxy.ProxyType.Socks5Proxy: "socks5h",  # needs requests[socks]
}


def requests_proxies(url: str = "") -> dict | None:
    """The QGIS proxy as a ``requests`` ``proxies`` dict, or None to go direct.

    None also when QGIS uses the system proxy: ``requests`` then reads the
    same ``HTTP(S)_PROXY`` environment the system proxy comes from. A ``url``
    listed in the QGIS proxy exclusions goes direct too.
    """
    settings = QgsSettings()
    if not settings.value("proxy/proxyEnabled", False, type=bool):
        return None
    manager = QgsNetworkAccessManager.instance()
    if url and any(
        prefix and url.startswith(prefix)
        for prefix in list(manager.excludeList()) + list(manager.noProxyList())
    ):
        return None
    proxy = QNetworkProxy(manager.fallbackProxy())
    proxy_authcfg = settings.value("proxy/authcfg", "")
    if proxy_authcfg:
        _, proxy = QgsApplication.authManager().updateNetworkProxy(proxy, proxy_authcfg)
    scheme = _PROXY_SCHEMES.get(proxy.type())
    if scheme is None or not proxy.hostName():
        return None
    login = ""
    if proxy.user():
        login = f"{quote(proxy.user(), safe='')}:{quote(proxy.password(), safe='')}@"
    address = f"{scheme}://{login}{proxy.hostName()}:{proxy.port()}"
    return {"http": address, "https": address}
