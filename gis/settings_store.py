"""The plugin-wide settings, kept in the QGIS user profile (QgsSettings).

What belongs to one project (which layer holds the pipes) is stored in the
project by ``gis/mapping.py``; what belongs to the operator's workstation
(the SMS gateways, the call-centre email, the message wording) is stored
here under ``water_outage_notifier/``, shared by every project.

No secret is ever written here: gateway and mail-server credentials are
kept in QgsAuthManager and only their authcfg id is stored. The console
helpers ``create_gateway_profile`` and ``create_email_settings`` do both
steps at once, for administrators who script the setup of many desks.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass, field, fields, replace
from datetime import time

from qgis.core import QgsApplication, QgsSettings

from ..common.log_words import say
from ..customers.phones import PhoneNormalizer
from ..mail.smtp import SECURITY_MODES, SmtpSettings
from ..publish.upload import insecure
from ..sms_gateway.profile import GatewayProfile
from ..sms_gateway.provider import provider_names
from .auth import smtp_login, store_credentials
from .i18n import tr, user_language
from .problem_text import profile_problems

LOGGER = logging.getLogger("water_outage_notifier.settings")

ROOT = "water_outage_notifier"
LANGUAGES = ("it", "en")
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}


class SettingsError(ValueError):
    """Settings that cannot be saved as given; the message lists every problem."""


def default_language() -> str:
    """Italian or English, following the QGIS interface; English otherwise."""
    language = user_language()
    return language if language in LANGUAGES else "en"


def default_store_file() -> str:
    """``<QGIS profile folder>/water_outage_notifier/outbox.sqlite``: per user, per profile."""
    return os.path.join(QgsApplication.qgisSettingsDirPath(), ROOT, "outbox.sqlite")


def new_gateway_profile(name: str) -> GatewayProfile:
    """A new profile for the settings dialog: the File gateway, until the operator picks one."""
    return GatewayProfile(name, "file")


def gateway_providers() -> list:
    """The providers a profile can use (the built-in ones and any registered by a script)."""
    return provider_names()


def phone_region_problem(region: str) -> str | None:
    """Why ``region`` cannot read customers' phone numbers, or None when it can."""
    try:
        PhoneNormalizer(region)
    except ValueError:
        return tr("The phone region '{region}' is unknown; use a country code such as IT.").format(
            region=region
        )
    return None


@dataclass
class EmailSettings:
    """The copy of every notice mailed to the call-centre."""

    enabled: bool = True
    host: str = ""
    port: int = 587
    security: str = "starttls"
    authcfg: str = ""
    from_address: str = ""
    call_centre: list = field(default_factory=list)
    cafile: str = ""
    timeout: float = 30.0

    def smtp_settings(self) -> SmtpSettings:
        """What ``mail.smtp.send_email`` needs, the login read from QgsAuthManager now.

        Raises ``gis.auth.AuthError`` when the login cannot be read.
        """
        username, password = smtp_login(self.authcfg)
        return SmtpSettings(
            host=self.host,
            port=int(self.port),
            security=self.security,
            username=username,
            password=password,
            cafile=self.cafile or None,
            timeout=float(self.timeout),
        )

    def problems(self) -> list:
        """What stops the email from being sent, in words the operator can act on."""
        if not self.enabled:
            return []
        found = []
        if not self.host:
            found.append(tr("Email: the mail server is missing."))
        if self.security not in SECURITY_MODES:
            found.append(
                tr("Email: the security '{value}' is unknown; use starttls, ssl or none.").format(
                    value=self.security
                )
            )
        if not 0 < int(self.port) < 65536:
            found.append(tr("Email: the port {port} is not a valid port.").format(port=self.port))
        if not _looks_like_address(self.from_address):
            found.append(
                tr("Email: the sender address '{address}' is not an email address.").format(
                    address=self.from_address
                )
            )
        if not self.call_centre:
            found.append(tr("Email: no call-centre address is given."))
        for address in self.call_centre:
            if not _looks_like_address(address):
                found.append(
                    tr(
                        "Email: the call-centre address '{address}' is not an email address."
                    ).format(address=address)
                )
        if self.cafile and not os.path.isfile(self.cafile):
            found.append(tr("Email: the CA file '{path}' does not exist.").format(path=self.cafile))
        return found


@dataclass
class MessageSettings:
    """What the SMS says and when it may go out."""

    window_start: str = "08:00"
    window_end: str = "21:00"
    language: str = field(default_factory=default_language)
    utility_name: str = ""
    call_centre_number: str = ""
    short_link_base: str = ""
    templates_dir: str = ""
    max_segments: int = 3
    operator_phone: str = ""

    @property
    def send_window(self) -> tuple:
        """``(start, end)`` as ``datetime.time`` for ``messages.rules.check_send_window``."""
        return (time.fromisoformat(self.window_start), time.fromisoformat(self.window_end))

    def problems(self) -> list:
        found = []
        try:
            start, end = self.send_window
            if start >= end:
                found.append(tr("Messages: the send window must start before it ends."))
        except ValueError:
            found.append(
                tr("Messages: the send window '{start}'-'{end}' is not two HH:MM times.").format(
                    start=self.window_start, end=self.window_end
                )
            )
        if self.language not in LANGUAGES:
            found.append(
                tr("Messages: the language '{value}' is not available (it, en).").format(
                    value=self.language
                )
            )
        if int(self.max_segments) < 1:
            found.append(tr("Messages: at least one SMS segment must be allowed."))
        if self.short_link_base and not self.short_link_base.startswith(("https://", "http://")):
            found.append(tr("Messages: the public pages address must start with https://."))
        if self.templates_dir and not os.path.isdir(self.templates_dir):
            found.append(
                tr("Messages: the templates folder '{path}' does not exist.").format(
                    path=self.templates_dir
                )
            )
        if self.operator_phone:
            reason = PhoneNormalizer("IT").normalize(self.operator_phone).reason
            if reason:
                found.append(
                    tr("Messages: your phone number cannot receive a test SMS ({reason}).").format(
                        reason=reason
                    )
                )
        return found


@dataclass
class PublishSettings:
    """The public pages: the folder they are written to and where they are uploaded.

    An empty ``folder`` publishes nothing. ``upload`` is ``""`` (the folder
    is served as it is), ``sftp`` or ``webdav`` (WebDAV or plain HTTP PUT);
    the login lives in QgsAuthManager (``authcfg``). ``known_hosts`` is an
    OpenSSH known_hosts file holding the SFTP server's key (empty: the
    user's own). The pages' public address is the Messages tab's link base.
    """

    folder: str = ""
    upload: str = ""
    upload_url: str = ""
    authcfg: str = ""
    known_hosts: str = ""

    def problems(self) -> list:
        found = []
        if self.upload and self.upload not in ("sftp", "webdav"):
            found.append(
                tr("Public pages: the upload '{value}' is unknown; use sftp or webdav.").format(
                    value=self.upload
                )
            )
        if self.upload and not self.folder:
            found.append(tr("Public pages: choose the folder the pages are written to."))
        if self.upload == "sftp" and not self.upload_url.startswith("sftp://"):
            found.append(tr("Public pages: the SFTP address must start with sftp://."))
        webdav = self.upload == "webdav"
        if webdav and (
            not self.upload_url.startswith(("https://", "http://")) or insecure(self.upload_url)
        ):
            found.append(tr("Public pages: the WebDAV address must start with https://."))
        if self.known_hosts and not os.path.isfile(self.known_hosts):
            found.append(
                tr("Public pages: the known hosts file '{path}' does not exist.").format(
                    path=self.known_hosts
                )
            )
        return found


@dataclass
class PluginSettings:
    """All plugin-wide settings; ``load()`` and ``save()`` go through QgsSettings."""

    profiles: list = field(default_factory=list)
    selected_profile: str = ""
    email: EmailSettings = field(default_factory=EmailSettings)
    messages: MessageSettings = field(default_factory=MessageSettings)
    publish: PublishSettings = field(default_factory=PublishSettings)
    #: Where the outbox and the history live: a SQLite file, or a PostgreSQL
    #: connection string without a password; empty: the default file in the profile.
    store_location: str = ""
    #: QgsAuthManager id of the PostgreSQL login when ``store_location`` is a DSN.
    store_authcfg: str = ""
    #: Minutes between background dispatch passes while QGIS is open
    #: (recovery and delivery reports, ``gis.dispatch_task``); 0 turns them off.
    dispatch_minutes: int = 5
    #: The gateway profile landlines are called through (a voice provider,
    #: docs/voice.md); empty: nobody is called.
    voice_profile: str = ""

    def store_location_or_default(self) -> str:
        """The store's location; the default file follows the QGIS profile."""
        return self.store_location or default_store_file()

    def profile(self, name: str | None = None) -> GatewayProfile | None:
        """The profile called ``name``, or the one selected for sending."""
        wanted = name if name is not None else self.selected_profile
        return next((p for p in self.profiles if p.name == wanted), None)

    def with_profile(self, profile: GatewayProfile) -> PluginSettings:
        """A copy where ``profile`` replaces the one of the same name, or is added."""
        others = [p for p in self.profiles if p.name != profile.name]
        selected = self.selected_profile or profile.name
        return replace(self, profiles=others + [profile], selected_profile=selected)

    def problems(self) -> list:
        found = []
        names = [p.name for p in self.profiles]
        for name in sorted({n for n in names if names.count(n) > 1}):
            found.append(tr("Two gateway profiles are called '{name}'.").format(name=name))
        for profile in self.profiles:
            found.extend(profile_problems(profile))
        if self.profiles and self.profile() is None:
            found.append(tr("No gateway profile is selected for sending."))
        if self.voice_profile and self.profile(self.voice_profile) is None:
            found.append(
                tr("No gateway profile '{name}' to place the calls.").format(
                    name=self.voice_profile
                )
            )
        return found + self.email.problems() + self.messages.problems() + self.publish.problems()

    @classmethod
    def load(cls, settings: QgsSettings | None = None) -> PluginSettings:
        settings = settings or QgsSettings()
        return cls(
            profiles=_read_profiles(settings),
            selected_profile=_read(settings, "gateway/selected", ""),
            email=_read_section(settings, "email", EmailSettings),
            messages=_read_section(settings, "messages", MessageSettings),
            publish=_read_section(settings, "publish", PublishSettings),
            store_location=_read_renamed(settings, "store/location", "database_path"),
            store_authcfg=_read_renamed(settings, "store/authcfg", "database_authcfg"),
            dispatch_minutes=max(0, _read(settings, "gateway/dispatch_minutes", 5)),
            voice_profile=_read(settings, "gateway/voice", ""),
        )

    def save(self, settings: QgsSettings | None = None) -> None:
        settings = settings or QgsSettings()
        profiles = [p.to_dict() for p in self.profiles]
        settings.setValue(f"{ROOT}/gateway/profiles", json.dumps(profiles, sort_keys=True))
        settings.setValue(f"{ROOT}/gateway/selected", self.selected_profile)
        settings.setValue(f"{ROOT}/gateway/dispatch_minutes", self.dispatch_minutes)
        settings.setValue(f"{ROOT}/gateway/voice", self.voice_profile)
        _write_section(settings, "email", self.email)
        _write_section(settings, "messages", self.messages)
        _write_section(settings, "publish", self.publish)
        settings.setValue(f"{ROOT}/store/location", self.store_location)
        settings.setValue(f"{ROOT}/store/authcfg", self.store_authcfg)
        for old in _RENAMED_KEYS:
            settings.remove(f"{ROOT}/{old}")
        settings.sync()


# Reading and writing QgsSettings -------------------------------------------


def _read(settings: QgsSettings, key: str, default):
    """The value at ``key`` converted to the type of ``default``.

    The ini file keeps strings, and a user may have edited it by hand: a
    value that does not convert is reported and replaced by the default.
    """
    raw = settings.value(f"{ROOT}/{key}", None)
    if raw is None:
        return default
    try:
        if isinstance(default, bool):
            return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
        if isinstance(default, int):
            return int(raw)
        if isinstance(default, float):
            return float(raw)
        if isinstance(default, list):
            value = json.loads(raw)
            if not isinstance(value, list):
                raise ValueError("not a list")
            return [str(item) for item in value]
        return str(raw)
    except (TypeError, ValueError):
        say(
            LOGGER,
            logging.WARNING,
            "setting_unreadable",
            key=f"{ROOT}/{key}",
            value=str(raw),
            default=json.dumps(default) if isinstance(default, list) else str(default),
        )
        return default


#: Keys of earlier versions, read when the new one is absent and removed on save.
_RENAMED_KEYS = ("database_path", "database_authcfg")


def _read_renamed(settings: QgsSettings, key: str, old_key: str) -> str:
    """The text at ``key``, or at its name in earlier versions (``old_key``)."""
    if settings.contains(f"{ROOT}/{key}"):
        return _read(settings, key, "")
    return _read(settings, old_key, "")


def _read_section(settings: QgsSettings, prefix: str, cls):
    defaults = cls()
    values = {
        f.name: _read(settings, f"{prefix}/{f.name}", getattr(defaults, f.name))
        for f in fields(cls)
    }
    return cls(**values)


def _write_section(settings: QgsSettings, prefix: str, section) -> None:
    for f in fields(section):
        value = getattr(section, f.name)
        settings.setValue(
            f"{ROOT}/{prefix}/{f.name}", json.dumps(value) if isinstance(value, list) else value
        )


def _read_profiles(settings: QgsSettings) -> list:
    text = _read(settings, "gateway/profiles", "")
    if not text:
        return []
    try:
        return [GatewayProfile.from_dict(item) for item in json.loads(text)]
    except (TypeError, ValueError, AttributeError):
        say(LOGGER, logging.WARNING, "profiles_unreadable", key=f"{ROOT}/gateway/profiles")
        return []


def _looks_like_address(text: str) -> bool:
    local, _, domain = (text or "").strip().rpartition("@")
    return bool(local) and "." in domain and " " not in text.strip()


# Console helpers ------------------------------------------------------------

_PROFILE_FIELDS = {f.name for f in fields(GatewayProfile)} - {
    "name",
    "provider",
    "base_url",
    "sender",
    "authcfg",
    "options",
}


def create_gateway_profile(
    name: str,
    provider: str,
    base_url: str,
    sender: str,
    username: str | None = None,
    password: str | None = None,
    token: str | None = None,
    **options,
) -> GatewayProfile:
    """Create or replace the SMS gateway profile ``name``, credentials included.

    From the QGIS Python console, for example::

        from water_outage_notifier.gis.settings_store import create_gateway_profile
        create_gateway_profile("Skebby", "skebby", "https://api.skebby.it", "AcquaImola",
                               username="me", password="...", rate=5)

    The secrets go to QgsAuthManager (QGIS asks for the master password)
    and the profile stores only the authcfg id. Keyword options named like a
    profile field (``rate``, ``concurrency``, ``max_batch``, ``connect_timeout``,
    ``read_timeout``) set that field; any other goes to ``profile.options``.
    The first profile created becomes the one selected for sending.
    """
    known = provider_names()
    if provider not in known:
        raise SettingsError(
            tr("Unknown SMS provider '{provider}' (known: {known}).").format(
                provider=provider, known=", ".join(known)
            )
        )
    profile_fields = {k: v for k, v in options.items() if k in _PROFILE_FIELDS}
    extra = {k: v for k, v in options.items() if k not in _PROFILE_FIELDS}
    profile = GatewayProfile(
        name=name,
        provider=provider,
        base_url=base_url,
        sender=sender,
        options=extra,
        **profile_fields,
    )
    _raise_problems(profile_problems(profile))
    settings = PluginSettings.load()
    secrets = {"username": username, "password": password, "token": token}
    if any(secrets.values()):
        previous = settings.profile(name)
        authcfg = store_credentials(
            tr("Water Outage Notifier SMS: {name}").format(name=name),
            secrets,
            previous.authcfg if previous else "",
        )
        profile = replace(profile, authcfg=authcfg)
    settings.with_profile(profile).save()
    say(LOGGER, logging.INFO, "profile_saved", name=name, provider=provider)
    return profile


def create_email_settings(
    host: str,
    from_address: str,
    call_centre: list,
    port: int | None = None,
    security: str = "starttls",
    username: str | None = None,
    password: str | None = None,
    cafile: str = "",
    timeout: float = 30.0,
    enabled: bool = True,
) -> EmailSettings:
    """Set the call-centre email, with the SMTP login stored in QgsAuthManager.

    From the QGIS Python console::

        from water_outage_notifier.gis.settings_store import create_email_settings
        create_email_settings("smtp.example.it", "interruzioni@example.it",
                              ["callcenter@example.it"], username="me", password="...")

    The port defaults to the one of the security mode (587, 465 or 25).
    """
    settings = PluginSettings.load()
    email = EmailSettings(
        enabled=enabled,
        host=host,
        port=port if port is not None else DEFAULT_PORTS.get(security, 587),
        security=security,
        from_address=from_address,
        call_centre=list(call_centre),
        cafile=cafile,
        timeout=float(timeout),
    )
    _raise_problems(email.problems())
    if username or password:
        email.authcfg = store_credentials(
            tr("Water Outage Notifier mail server {host}").format(host=host),
            {"username": username, "password": password},
            settings.email.authcfg,
        )
    replace(settings, email=email).save()
    return email


def _raise_problems(problems: list) -> None:
    if problems:
        raise SettingsError("\n".join(problems))
