"""The call-centre's copy of a notice, as one self-contained email.

When citizens phone the emergency number after an SMS, the operator who
answers needs the same facts the customers got: the exact SMS text, the
time window, the streets, the valves the crew will close and who could not
be reached. The email carries them as text and HTML, with the customer list
as an ``.xlsx`` sheet in the email's language (numbers masked: the email
leaves the GIS office) and a map.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

from ..common.labels import kind_label, label
from ..common.sms_encoding import analyse
from ..customers.selection import CustomerSelection
from ..customers.xlsx_export import customers_xlsx
from ..messages import dates
from ..messages.render import render_file

INTERVENTION_HEADER = "X-Outage-Intervention"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
FILE_WORDS = {"it": ("utenze", "mappa"), "en": ("customers", "map")}
XLSX_TYPE = ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet")


class MailError(ValueError):
    """The email cannot be composed or sent; the text says what to fix."""


@dataclass(frozen=True)
class CallcentreReport:
    """What the call-centre needs to know about one intervention.

    ``selection`` gives the counts and the customer sheet; ``map_png`` is the map image
    the QGIS side rendered, or ``None``; ``start``/``end`` naive mean Rome
    time.
    """

    reference: str
    kind: str
    start: datetime
    end: datetime | None
    municipalities: tuple[str, ...]
    streets: tuple[str, ...]
    valves_to_close: tuple[object, ...]
    sms_text: str
    selection: CustomerSelection
    utility_name: str = ""
    map_png: bytes | None = None
    #: False for "send email only": the text is the notice's, not yet sent to customers.
    sms_sent: bool = True
    #: Numbers the provider took with the press that sends this copy, and in all.
    sms_sent_now: int = 0
    sms_sent_total: int = 0


def _address(text: str, role: str) -> Address:
    """One address, or a :class:`MailError` naming the setting that is wrong."""
    text = text.strip()
    local, at, domain = text.rpartition("@")
    if not at or not local or "." not in domain or any(c in text for c in " \r\n,;<>"):
        raise MailError(f"The {role} address {text!r} is not an email address (name@domain.it)")
    return Address(addr_spec=text)


def safe_filename(text: str) -> str:
    """A reference made safe for an attachment name (``INT/17`` -> ``INT_17``)."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", text).strip("_") or "intervention"


def email_values(report: CallcentreReport, lang: str) -> dict[str, object]:
    """The placeholders of ``templates/email/*.j2`` (see templates/README.md)."""
    sms = analyse(report.sms_text)
    counts = report.selection.counts()
    values: dict[str, object] = {
        "ref": report.reference,
        "utility": report.utility_name,
        "kind": report.kind,
        "kind_label": kind_label(report.kind, lang),
        "window": dates.window_phrase(report.start, report.end, lang),
        "date_long": dates.long_date(report.start, lang),
        "start_time": dates.clock(report.start),
        "end_time": dates.clock(report.end) if report.end else "",
        "end_date_long": dates.long_date(report.end, lang) if report.end else "",
        "municipalities": list(report.municipalities),
        "streets": list(report.streets),
        "valves": [str(v) for v in report.valves_to_close],
        "counts": counts,
        "unreachable_words": {
            label("reason", reason, lang): number
            for reason, number in counts["unreachable"].items()
        },
        "sms_text": report.sms_text,
        "sms_sent": report.sms_sent,
        "sms_sent_now": report.sms_sent_now,
        "sms_sent_total": report.sms_sent_total,
        "sms_encoding": sms.encoding,
        "sms_segments": sms.segments,
        "has_map": report.map_png is not None,
    }
    return values


def compose_callcentre_email(
    report: CallcentreReport,
    sender: str,
    recipients: Sequence[str],
    lang: str = "it",
    now: datetime | None = None,
    user_dir: str | Path | None = None,
) -> EmailMessage:
    """The email for the call-centre: text and HTML bodies, the masked
    customer sheet and the map, a ``Message-ID`` and the intervention header.

    Raises :class:`MailError` for a bad address, reference or map image, and
    :class:`~..messages.render.TemplateError` for a broken template.
    """
    if not recipients:
        raise MailError("No call-centre address is configured (Settings > Email)")
    if not report.reference.strip() or any(c in report.reference for c in "\r\n"):
        raise MailError(f"The intervention reference {report.reference!r} cannot head an email")
    if report.map_png is not None and not report.map_png.startswith(PNG_SIGNATURE):
        raise MailError("The map image is not a PNG file")
    from_address = _address(sender, "sender (From)")
    to_addresses = [_address(r, "call-centre") for r in recipients]
    values = email_values(report, lang)

    message = EmailMessage()
    subject = render_file(f"email/subject.{lang}.j2", values, user_dir)
    message["Subject"] = " ".join(subject.split())
    message["From"] = from_address
    message["To"] = to_addresses
    message["Date"] = format_datetime(now or datetime.now(timezone.utc))
    message["Message-ID"] = make_msgid("outage", domain=from_address.domain)
    message[INTERVENTION_HEADER] = report.reference.strip()
    message.set_content(render_file(f"email/callcentre.{lang}.txt.j2", values, user_dir))
    message.add_alternative(
        render_file(f"email/callcentre.{lang}.html.j2", values, user_dir, autoescape=True),
        subtype="html",
    )

    customers_word, map_word = FILE_WORDS.get(lang, FILE_WORDS["en"])
    name = safe_filename(report.reference)
    message.add_attachment(
        customers_xlsx(report.selection.customers, lang, mask_phones=True),
        maintype=XLSX_TYPE[0],
        subtype=XLSX_TYPE[1],
        filename=f"{customers_word}_{name}.xlsx",
    )
    if report.map_png is not None:
        message.add_attachment(
            report.map_png, maintype="image", subtype="png", filename=f"{map_word}_{name}.png"
        )
    return message
