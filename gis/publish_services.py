"""The public pages' publisher, made from the plugin settings, and its words.

The notify dialog, the history dock, ``outage:publish`` and the demo all
publish through :func:`make_publisher`: the folder and the base URL from
the settings, the upload login read from QgsAuthManager at that moment,
the map rendered here in the calling (GUI or main) thread. Outcomes come
back from the pure room as codes; :func:`outcome_text` says them.
"""

from __future__ import annotations

import logging

from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProject

from ..common.log_words import say
from ..common.vocabulary import CHANGE_REPUBLISHED
from ..publish.flyers import street_flyers
from ..publish.pages import SiteText
from ..publish.records import UPLOAD_FAILED, Publications
from ..publish.service import (
    NO_TARGET,
    NOTHING_TO_RETRY,
    PUBLISHED,
    WRITE_FAILED,
    Publisher,
    PublishOutcome,
)
from ..publish.site import SiteSettings, has_map, notice_of
from ..publish.upload import (
    BAD_URL,
    INSECURE_URL,
    LOGIN_REFUSED,
    MISSING_FILE,
    MISSING_LIBRARY,
    SERVER_ERROR,
    UNKNOWN_HOST_KEY,
    UNREACHABLE,
    UploadTarget,
)
from ..store.interventions import InterventionStore
from .auth import AuthError, basic_login, requests_proxies
from .flyer_pdf import write_street_flyers
from .flyer_sources import flyer_round
from .i18n import tr
from .mapping import load_mapping
from .public_area import public_area
from .public_map import public_background_layers, public_map_png
from .settings_store import PluginSettings

LOG = logging.getLogger("water_outage_notifier.publish")

#: The upload target's login could not be read (no master password, deleted config).
LOGIN_UNAVAILABLE = "upload_login_unavailable"
#: The upload waits for a background task (the history dock never blocks on a server).
UPLOAD_QUEUED = "upload_queued"
NO_FOLDER = "publish_no_folder"


def site_settings(settings: PluginSettings) -> SiteSettings | None:
    """Where and how the pages are written; None when no folder is set."""
    if not settings.publish.folder:
        return None
    messages = settings.messages
    return SiteSettings(
        folder=settings.publish.folder,
        base_url=messages.short_link_base or None,
        text=SiteText(
            messages.utility_name, messages.call_centre_number, messages.templates_dir or None
        ),
    )


def upload_target(settings: PluginSettings) -> UploadTarget | None:
    """The SFTP or WebDAV target with its login read now; None when not set.

    Raises ``AuthError`` when the login cannot be read.
    """
    publish = settings.publish
    if not publish.upload or not publish.upload_url:
        return None
    username, password = basic_login(publish.authcfg, tr("the public pages' server"))
    return UploadTarget(
        kind=publish.upload,
        url=publish.upload_url,
        username=username,
        password=password,
        known_hosts=publish.known_hosts,
        proxies=requests_proxies(publish.upload_url) if publish.upload == "webdav" else None,
    )


def make_publisher(
    settings: PluginSettings, map_png: bytes | None = None, upload_now: bool = True
) -> Publisher | None:
    """The publisher of the settings (None when no folder is set).

    A login that cannot be read does not stop publishing to the folder: the
    upload waits for a retry, and the outcome says why. ``upload_now``
    False leaves the upload waiting (``UPLOAD_QUEUED``) for the caller to
    send in a background task with :func:`make_publisher`'s ``retry_upload``.
    """
    site = site_settings(settings)
    if site is None:
        return None
    if not upload_now and settings.publish.upload:
        return Publisher(site, None, map_png, target_error=UPLOAD_QUEUED)
    try:
        return Publisher(site, upload_target(settings), map_png)
    except AuthError as error:
        say(LOG, logging.WARNING, "upload_login_unreadable", detail=str(error))
        return Publisher(site, None, map_png, target_error=LOGIN_UNAVAILABLE)


def map_crs() -> QgsCoordinateReferenceSystem:
    """The map's CRS: the pipes layer's, else the project's."""
    pipes = load_mapping().layer("pipes")
    return pipes.crs() if pipes is not None else QgsProject.instance().crs()


def public_map(area: tuple) -> bytes | None:
    """The page's map of ``area`` over the project's public background layers (GUI thread)."""
    if not area:
        return None
    return public_map_png(area, map_crs(), public_background_layers())


def stored_area(intervention) -> tuple:
    """The public area generalised from the history's work-site area (pipes' CRS).

    For an intervention notified without one (a batch from a report): the
    stored area already covers the affected pipes; widening and snapping it
    again gives the same coarseness as an area made from the pipes.
    """
    geometry = QgsGeometry.fromWkt(intervention.area_wkt or "")
    if geometry.isNull() or geometry.isEmpty():
        return ()
    crs = map_crs()
    if crs.isGeographic():
        return ()  # areas are recorded in a projected CRS; nothing safe to widen in degrees
    return public_area(geometry, crs)


def publish_again(
    settings: PluginSettings, store: InterventionStore, reference: str, upload_now: bool = True
) -> PublishOutcome:
    """Publish ``reference`` by hand (the dock, ``outage:publish``): page, map, feeds, upload.

    The map is rendered when the folder has none yet; an intervention
    notified without a public area (``outage:notify`` from a report) gets
    it from the history's work-site area. Runs in the GUI or
    main thread (the map is drawn here).
    """
    site = site_settings(settings)
    if site is None:
        return PublishOutcome(reference, CHANGE_REPUBLISHED, NO_FOLDER)
    facts = Publications(store.db).facts([reference]).get(reference)
    streets = facts.streets if facts is not None else ()
    area = facts.area if facts is not None and facts.area else stored_area(store.get(reference))
    extra = {"streets": streets, "area": area} if facts is None or area != facts.area else {}
    map_png = None if has_map(site.folder, reference) else public_map(area)
    publisher = make_publisher(settings, map_png, upload_now)
    return publisher(store, reference, CHANGE_REPUBLISHED, **extra)


def upload_waiting(store: InterventionStore, reference: str) -> bool:
    """Whether a failed upload of ``reference`` left files waiting (the dock's Retry)."""
    state = Publications(store.db).upload_state(reference)
    return state is not None and state.state == UPLOAD_FAILED


def retry_upload(settings: PluginSettings, store: InterventionStore, reference: str):
    """Upload again what a failed upload of ``reference`` left waiting (login read now)."""
    publisher = make_publisher(settings)
    if publisher is None:
        return PublishOutcome(reference, "retry", NO_FOLDER)
    return publisher.retry_upload(store, reference)


def outcome_text(outcome: PublishOutcome | None) -> str:
    """The outcome in one or two sentences for the operator; "" when nothing was published."""
    if outcome is None:
        return ""
    reference = outcome.reference
    if outcome.code != PUBLISHED:
        return _REFUSALS.get(outcome.code, _unexpected)().format(
            reference=reference, **outcome.params
        )
    lines = []
    if outcome.change != "retry":
        lines.append(
            tr("Public page of {reference}: {address}").format(
                reference=reference, address=outcome.url or outcome.page_file
            )
        )
    upload = outcome.upload
    if upload is not None:
        if upload.code == UPLOAD_QUEUED:
            lines.append(tr("Uploading in the background…"))
        elif upload.ok:
            lines.append(tr("Uploaded: {n} file(s).").format(n=len(upload.uploaded)))
        else:
            reason = _UPLOAD_REASONS.get(upload.code, _unexpected)().format(**upload.params)
            lines.append(
                tr(
                    "The upload did not go ({reason}); {n} file(s) wait. The SMS are not "
                    "affected: use Retry upload in the history."
                ).format(reason=reason, n=len(upload.pending))
            )
    return " ".join(lines)


def _unexpected() -> str:
    return tr("an unexpected error, see the log")


_REFUSALS = {
    "not_public": lambda: tr("{reference} is not published: its notice has not gone out yet."),
    "privacy_leak": lambda: tr(
        "{reference} was NOT published: a phone number or a customer code would have appeared "
        "in the pages. Check the address field of the customers layer."
    ),
    WRITE_FAILED: lambda: tr(
        "{reference} was not published: the folder {folder} cannot be written."
    ),
    NO_FOLDER: lambda: tr(
        "No folder is set for the public pages: choose one in the plugin settings, Public pages tab."
    ),
    NO_TARGET: lambda: tr("No upload is set for the public pages."),
    NOTHING_TO_RETRY: lambda: tr("Nothing waits to be uploaded for {reference}."),
    "publish_error": lambda: tr("{reference} was not published: an unexpected error, see the log."),
    LOGIN_UNAVAILABLE: lambda: tr(
        "The login of the public pages' server cannot be read: enter the QGIS master password."
    ),
}
_UPLOAD_REASONS = {
    UNREACHABLE: lambda: tr("the server cannot be reached"),
    LOGIN_REFUSED: lambda: tr("the server refused the login"),
    UNKNOWN_HOST_KEY: lambda: tr("the SFTP server's key is not in the known hosts file"),
    INSECURE_URL: lambda: tr("the address must use https://"),
    BAD_URL: lambda: tr("the address is not valid"),
    SERVER_ERROR: lambda: tr("the server answered with an error"),
    MISSING_FILE: lambda: tr("a file is missing from the folder"),
    MISSING_LIBRARY: lambda: tr("the Python package paramiko is not installed"),
    LOGIN_UNAVAILABLE: lambda: tr("the login cannot be read: enter the QGIS master password"),
}


def write_flyers(
    settings: PluginSettings, store: InterventionStore, reference: str, folder: str, lang: str = ""
) -> list:
    """The flyer PDFs of ``reference`` (one per street) in ``folder``; their paths.

    Raises ``publish.notice.NotPublic`` before the notice went out and
    ``gis.flyer_pdf.FlyerError`` when a PDF cannot be written.
    """
    site = site_settings(settings)
    messages = settings.messages
    base_url = site.base_url if site else (messages.short_link_base or None)
    text = site.text if site else SiteText(messages.utility_name, messages.call_centre_number)
    notice = notice_of(store, Publications(store.db), reference, base_url)
    streets = flyer_round(store.get(reference))
    return write_street_flyers(
        street_flyers(notice, streets, text, lang or messages.language), folder
    )
