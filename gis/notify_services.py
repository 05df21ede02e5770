"""The notify pipeline's services and options, made from the plugin settings.

The dialogs and ``outage:notify`` both send through these, so a profile,
its credentials (read from QgsAuthManager at the moment of sending), the
proxy, the database and the call-centre email are set up one way only; the
history dock reads and changes interventions through :func:`open_history`.
"""

from __future__ import annotations

import getpass
from dataclasses import replace
from datetime import datetime

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QDate, QDateTime, QTime

from ..messages.preview import SendRules
from ..notify.backoff import RetryPolicy
from ..notify.request import MailCopy, MessageOptions, Services
from ..sms_gateway.profile import Credentials, GatewayProfile
from ..sms_gateway.provider import Provider, create_provider
from ..store.errors import StoreError
from ..store.interventions import ROME, InterventionStore
from ..store.outbox import Outbox
from .auth import AuthError, gateway_credentials, requests_proxies
from .i18n import tr
from .publish_services import make_publisher
from .settings_store import PluginSettings
from .store_access import open_store, store_error_text


class NotifySetupError(RuntimeError):
    """The settings cannot send yet; the message says what to fix and where."""


def wall_clock(value) -> datetime | None:
    """A QDateTime as the naive wall-clock time the operator typed (Rome time)."""
    if value is None or not value.isValid():
        return None
    date, time = value.date(), value.time()
    return datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())


def rome_picker_time(value: datetime | None = None) -> QDateTime:
    """``value`` (aware; now when None) on the Rome wall clock, for a date-time picker
    that ``wall_clock`` reads back: the operator sees and types Rome time,
    whatever the computer's time zone."""
    moment = (value or datetime.now(ROME)).astimezone(ROME)
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def operator_name() -> str:
    """Who signs the notice in the history: the QGIS user's full name, else the login."""
    return QgsApplication.userFullName() or QgsApplication.userLoginName() or getpass.getuser()


def message_options(
    settings: PluginSettings,
    language: str | None = None,
    override_window: bool = False,
    sender: str | None = None,
) -> MessageOptions:
    """What the SMS says and which checks it passes, from the Messages settings."""
    messages = settings.messages
    try:
        window = messages.send_window
    except ValueError as error:
        raise NotifySetupError(
            tr("Messages settings: the send window is not valid ({error}).").format(error=error)
        ) from error
    return MessageOptions(
        language=language or messages.language,
        utility_name=messages.utility_name,
        callcentre_number=messages.call_centre_number,
        link=messages.short_link_base or None,
        templates_dir=messages.templates_dir or None,
        rules=SendRules(max_segments=int(messages.max_segments), window=window, sender=sender),
        override_window=override_window,
        voice=bool(settings.voice_profile),
        customer_email=settings.email.enabled and bool(settings.email.host),
    )


def gateway_profile(settings: PluginSettings, name: str = "") -> GatewayProfile:
    """The profile called ``name``, or the one selected for sending."""
    profile = settings.profile(name or None)
    if profile is None:
        known = ", ".join(p.name for p in settings.profiles) or tr("none")
        raise NotifySetupError(
            tr(
                "No SMS gateway profile '{name}' (profiles: {known}). Add one in the plugin "
                "settings, SMS gateway tab."
            ).format(name=name or settings.selected_profile, known=known)
        )
    return profile


def open_services(
    settings: PluginSettings,
    profile: GatewayProfile,
    database: str = "",
    dry_run_file: str = "",
    with_email: bool = True,
    public_map: bytes | None = None,
) -> Services:
    """Database, outbox, history, provider, mail and publisher for one notify run.

    ``dry_run_file`` replaces the profile's provider by the File gateway
    writing there (same sender, no credentials needed). ``public_map`` is
    the public page's map of the intervention, drawn in the GUI thread.
    """
    if dry_run_file:
        profile = replace(profile, provider="file", options={"path": dry_run_file}, authcfg="")
    try:
        mail = _mail_copy(settings) if with_email else None
    except AuthError as error:
        raise NotifySetupError(str(error)) from error
    provider = open_provider(profile)
    try:
        history = open_history(settings, database)
    except StoreError as error:
        provider.close()
        raise NotifySetupError(store_error_text(error)) from error
    publisher = None if dry_run_file else make_publisher(settings, public_map)
    retry = RetryPolicy.from_options(profile.options)
    voice = None if dry_run_file else _voice_provider(settings, provider)
    return replace(
        history, provider=provider, mail=mail, publisher=publisher, retry=retry, voice=voice
    )


def _voice_provider(settings: PluginSettings, sms: Provider) -> Provider | None:
    """The provider landlines are called through (``voice_profile``), None when none is set."""
    if not settings.voice_profile:
        return None
    try:
        return open_provider(gateway_profile(settings, settings.voice_profile))
    except NotifySetupError:
        sms.close()
        raise


def open_provider(profile: GatewayProfile) -> Provider:
    """The profile's gateway, its credentials read from QgsAuthManager now, with the proxy."""
    try:
        credentials = (
            gateway_credentials(profile.authcfg, profile.name) if profile.authcfg else Credentials()
        )
        return create_provider(profile, credentials, requests_proxies(profile.base_url))
    except (AuthError, ValueError) as error:
        raise NotifySetupError(str(error)) from error


def open_history(
    settings: PluginSettings, location: str = "", publishing: bool = False
) -> Services:
    """The store's outbox and history, no gateway: for reading and changing interventions.

    ``location`` replaces the settings' store (Processing's DATABASE).
    ``publishing`` adds the public pages' publisher for a change of state;
    its upload is left waiting for a background task (``upload_now=False``).
    Raises ``StoreError``.
    """
    db = open_store(settings, location)
    publisher = make_publisher(settings, upload_now=False) if publishing else None
    try:
        return Services(
            outbox=Outbox(db), store=InterventionStore(db), provider=None, publisher=publisher
        )
    except StoreError:
        db.close()
        raise


def _mail_copy(settings: PluginSettings) -> MailCopy | None:
    email = settings.email
    if not email.enabled or not email.host:
        return None
    return MailCopy(email.smtp_settings(), email.from_address, tuple(email.call_centre))
