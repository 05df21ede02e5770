"""The open feeds: GeoJSON of the current areas, CAP 1.2 alerts and their Atom feed.

The **GeoJSON** (RFC 7946: WGS 84 longitude/latitude) holds one feature per
current intervention, its generalised area and what the page says, for
anyone's map. The **CAP 1.2** messages (OASIS Common Alerting Protocol)
are what public alerting systems and aggregators read: one message per
published change, never rewritten (each has its own identifier and lists
the earlier ones in ``references``), announced by an Atom feed of the
latest message of every intervention that is current or closed recently.

Words come from the pages' ``public/words.<lang>.j2``; the codes CAP
prescribes (category, urgency, severity...) are chosen here.
"""

from __future__ import annotations

import json
import re
import uuid
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

from ..common.vocabulary import CANCELLED, CHANGE_CANCELLED, FINISHED, IN_PROGRESS
from ..messages import dates
from ..store.interventions import iso
from .notice import PublicNotice
from .pages import LANGUAGES, PAGE_FILES, SiteText, words

CAP_NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2"
ATOM_NAMESPACE = "http://www.w3.org/2005/Atom"
CAP_MEDIA_TYPE = "application/cap+xml"
AREAS_FILE = "feeds/areas.geojson"
ATOM_FILE = "feeds/cap.atom"
CAP_FOLDER = "feeds/cap"
#: How long a finished or cancelled work stays in the Atom feed (its all-clear).
CLOSED_KEPT = timedelta(days=2)
#: A notice whose start is this close is "Expected" rather than "Future".
EXPECTED_WITHIN = timedelta(hours=1)
HEADLINE_LENGTH = 160
_RESTRICTED = re.compile(r"[\s,<&]+")


# -- GeoJSON --------------------------------------------------------------


def areas_geojson(notices: list[PublicNotice], text: SiteText) -> str:
    """A FeatureCollection of the current notices (no geometry when no area is known)."""
    labels = words(LANGUAGES[0], text.templates_dir)
    features = [
        {
            "type": "Feature",
            "id": notice.reference,
            "geometry": (
                {"type": "MultiPolygon", "coordinates": notice.area} if notice.area else None
            ),
            "properties": {
                "reference": notice.reference,
                "kind": notice.kind,
                "kind_label": labels.kinds[notice.kind],
                "state": notice.state,
                "state_since": iso(notice.status_at),
                "start": iso(notice.start),
                "end": iso(notice.end),
                "municipalities": list(notice.municipalities),
                "streets": list(notice.streets),
                "url": notice.url,
                "utility": text.utility_name,
                "phone": text.callcentre_number,
            },
        }
        for notice in sorted(notices, key=lambda n: (n.start, n.reference))
        if notice.current
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False)


# -- CAP 1.2 ----------------------------------------------------------------


def cap_sender(base_url: str | None) -> str:
    """The CAP ``sender``: the pages' host name, else the plugin's name (no spaces, commas, < or &)."""
    host = re.sub(r"^[a-z]+://", "", (base_url or "").strip()).split("/")[0]
    return _RESTRICTED.sub("-", host) or "water-outage-notifier"


def cap_identifier(sender: str, reference: str, number: int) -> str:
    return _RESTRICTED.sub("-", f"{sender}.{reference}.{number}")


def cap_time(moment: datetime) -> str:
    """CAP's dateTime: local time with its offset, to the second (never ``Z``)."""
    return dates.to_local(moment).isoformat(timespec="seconds")


def cap_file(notice: PublicNotice, number: int | None = None) -> str:
    """The file of the notice's CAP message ``number`` (the latest by default)."""
    number = number if number is not None else len(notice.changes)
    return f"{CAP_FOLDER}/{notice.short}-{number}.xml"


def _msg_type(notice: PublicNotice) -> str:
    if notice.last_change == CHANGE_CANCELLED:
        return "Cancel"
    return "Alert" if len(notice.changes) <= 1 else "Update"


def _urgency(notice: PublicNotice, now: datetime) -> str:
    if notice.state in (FINISHED, CANCELLED):
        return "Past"
    if notice.state == IN_PROGRESS or notice.start <= now:
        return "Immediate"
    return "Expected" if notice.start - now <= EXPECTED_WITHIN else "Future"


def _response(notice: PublicNotice) -> str:
    return {FINISHED: "AllClear", CANCELLED: "None"}.get(notice.state, "Prepare")


def _certainty(notice: PublicNotice) -> str:
    observed = notice.kind == "emergency" or notice.state in (IN_PROGRESS, FINISHED, CANCELLED)
    return "Observed" if observed else "Likely"


def _severity(notice: PublicNotice) -> str:
    return "Moderate" if notice.kind == "emergency" else "Minor"


def cap_alert(notice: PublicNotice, text: SiteText, base_url: str | None) -> bytes:
    """The CAP 1.2 message of the notice's latest change, one ``info`` per language.

    Element order and values follow the CAP 1.2 schema; the polygons are
    the outer rings of the generalised area as ``lat,lon`` pairs.
    """
    sender = cap_sender(base_url)
    latest = notice.changes[-1]
    ET.register_namespace("", CAP_NAMESPACE)
    alert = ET.Element(f"{{{CAP_NAMESPACE}}}alert")
    _add(alert, "identifier", cap_identifier(sender, notice.reference, latest.number))
    _add(alert, "sender", sender)
    _add(alert, "sent", cap_time(latest.at))
    _add(alert, "status", "Actual")
    _add(alert, "msgType", _msg_type(notice))
    _add(alert, "scope", "Public")
    earlier = [
        f"{sender},{cap_identifier(sender, notice.reference, c.number)},{cap_time(c.at)}"
        for c in notice.changes[:-1]
    ]
    if earlier:
        _add(alert, "references", " ".join(earlier))
    _add(alert, "incidents", notice.reference)
    for lang in LANGUAGES:
        _info(alert, notice, text, lang, latest.at)
    ET.indent(alert)
    return ET.tostring(alert, encoding="utf-8", xml_declaration=True)


def _info(alert, notice: PublicNotice, text: SiteText, lang: str, sent: datetime) -> None:
    w = words(lang, text.templates_dir)
    info = ET.SubElement(alert, f"{{{CAP_NAMESPACE}}}info")
    _add(info, "language", w.cap_language)
    _add(info, "category", "Infra")
    _add(info, "event", w.kinds[notice.kind])
    _add(info, "responseType", _response(notice))
    _add(info, "urgency", _urgency(notice, sent))
    _add(info, "severity", _severity(notice))
    _add(info, "certainty", _certainty(notice))
    _add(info, "effective", cap_time(sent))
    _add(info, "onset", cap_time(notice.start))
    _add(info, "expires", cap_time(max(notice.end, notice.status_at)))
    _add(info, "senderName", text.utility_name)
    place = ", ".join(notice.municipalities)
    _add(info, "headline", f"{w.kinds[notice.kind]}: {place}"[:HEADLINE_LENGTH])
    _add(info, "description", summary(notice, lang, text))
    _add(info, "instruction", " ".join(advice(notice, w)))
    if notice.url:
        _add(info, "web", notice.url + ("" if lang == LANGUAGES[0] else PAGE_FILES[lang]))
    _add(info, "contact", text.callcentre_number)
    area = ET.SubElement(info, f"{{{CAP_NAMESPACE}}}area")
    _add(area, "areaDesc", area_description(notice))
    for polygon in notice.area:
        outer = polygon[0]
        _add(area, "polygon", " ".join(f"{lat:.6f},{lon:.6f}" for lon, lat in outer))


def _add(parent, name: str, value: str):
    element = ET.SubElement(parent, f"{{{CAP_NAMESPACE}}}{name}")
    element.text = value
    return element


def area_description(notice: PublicNotice) -> str:
    """``Imola: Via Emilia, Via Cavour``: the towns, then the streets."""
    towns = ", ".join(notice.municipalities)
    return f"{towns}: {', '.join(notice.streets)}" if notice.streets else towns


def advice(notice: PublicNotice, w) -> list[str]:
    """What to do, as the page says it for the notice's state."""
    if notice.state == FINISHED:
        return [w.advice_finished]
    if notice.state == CANCELLED:
        return [w.advice_cancelled]
    return list(w.advice[notice.kind])


def summary(notice: PublicNotice, lang: str, text: SiteText) -> str:
    """One paragraph: status, window, where. For CAP's description and the Atom entry."""
    w = words(lang, text.templates_dir)
    window = dates.window_phrase(notice.start, notice.end, lang)
    return (
        f"{w.states[notice.state]}. {window[:1].upper()}{window[1:]}. {area_description(notice)}."
    )


# -- Atom ---------------------------------------------------------------------


def cap_atom(notices: list[PublicNotice], text: SiteText, base_url: str | None, now) -> str:
    """The Atom feed announcing each listed notice's latest CAP message."""
    sender = cap_sender(base_url)
    base = (base_url or "").rstrip("/")
    listed = [
        n
        for n in sorted(notices, key=lambda n: n.status_at, reverse=True)
        if n.changes and (n.current or now - n.status_at <= CLOSED_KEPT)
    ]
    ET.register_namespace("", ATOM_NAMESPACE)
    feed = ET.Element(f"{{{ATOM_NAMESPACE}}}feed")
    _atom(feed, "id", f"{base}/{ATOM_FILE}" if base else _urn(f"{sender}/{ATOM_FILE}"))
    _atom(feed, "title", f"{text.utility_name}: CAP")
    _atom(feed, "updated", cap_time(listed[0].status_at if listed else now))
    author = _atom(feed, "author", None)
    _atom(author, "name", text.utility_name or sender)
    for notice in listed:
        entry = _atom(feed, "entry", None)
        identifier = cap_identifier(sender, notice.reference, notice.changes[-1].number)
        _atom(entry, "id", _urn(identifier))
        _atom(entry, "title", f"{words(LANGUAGES[0], text.templates_dir).kinds[notice.kind]}")
        _atom(entry, "updated", cap_time(notice.status_at))
        _atom(entry, "summary", summary(notice, LANGUAGES[0], text))
        link = ET.SubElement(entry, f"{{{ATOM_NAMESPACE}}}link")
        link.set("rel", "alternate")
        link.set("type", CAP_MEDIA_TYPE)
        # Relative to the feed, which sits in feeds/ beside the cap/ folder.
        link.set(
            "href", f"{base}/{cap_file(notice)}" if base else cap_file(notice)[len("feeds/") :]
        )
    ET.indent(feed)
    return ET.tostring(feed, encoding="unicode", xml_declaration=True)


def _urn(name: str) -> str:
    """A stable Atom id for a name: the same name always gives the same UUID."""
    return uuid.uuid5(uuid.NAMESPACE_URL, name).urn


def _atom(parent, name: str, value):
    element = ET.SubElement(parent, f"{{{ATOM_NAMESPACE}}}{name}")
    if value is not None:
        element.text = value
    return element
