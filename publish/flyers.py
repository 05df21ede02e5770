"""Flyers for the doors no SMS reaches: one A4 sheet per door, one PDF per street.

The crew walks the flyer round (``customers.flyers.flyer_list``: streets in
order, doors in natural order) with a pile of sheets in the same order, so
each sheet names its door, and says what the page says: the kind of work,
the times, what to do, the call-centre number, and a QR code that opens the
public page. The QR code is made here with segno; the QGIS edge lays the
sheets out and prints them to PDF.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import segno

from ..customers.flyers import FlyerStreet
from ..customers.natural import natural_key
from ..messages import dates
from .feeds import advice
from .notice import PublicNotice
from .pages import SiteText, slug, words
from .privacy import public_street

FLYERS_FOLDER = "flyers"


@dataclass(frozen=True)
class FlyerSheet:
    """One door's sheet: every text on it, ready to lay out."""

    door: str
    title: str
    kind: str
    when: tuple[str, ...]
    advice: tuple[str, ...]
    call: str
    phone: str
    url: str | None
    scan: str
    reference: str
    utility: str


@dataclass(frozen=True)
class StreetFlyers:
    """The sheets of one street, in walking order, and the PDF's file name."""

    municipality: str | None
    street: str | None
    sheets: tuple[FlyerSheet, ...]

    @property
    def file_name(self) -> str:
        return f"{slug(self.municipality or 'comune')}_{slug(self.street or 'senza-indirizzo')}.pdf"


def street_flyers(
    notice: PublicNotice, streets: list[FlyerStreet], text: SiteText, lang: str = "it"
) -> list[StreetFlyers]:
    """The sheets for every street of the flyer round, in its order.

    A street is named as the public page names it (``Via Roma``, not the
    address field's ``Via Roma c/o Rossi 333…``), so variants of one street
    are one round and a sheet shows no name or number; an address that
    gives no street name is kept as it is, or the crew could not find it.
    """
    w = words(lang, text.templates_dir)
    when = (
        f"{w.start}: {dates.long_date(notice.start, lang)}, {w.time_word} {dates.clock(notice.start)}",
        f"{w.end}: {dates.long_date(notice.end, lang)}, {w.time_word} {dates.clock(notice.end)}",
    )
    found = []
    for street in _by_public_street(streets):
        sheets = tuple(
            FlyerSheet(
                door=f"{w.flyer_for} {_door(street.street, stop.house_number)}".strip(),
                title=w.flyer_title,
                kind=w.kinds[notice.kind],
                when=when,
                advice=tuple(advice(notice, w)),
                call=w.call,
                phone=text.callcentre_number,
                url=notice.url,
                scan=w.flyer_scan,
                reference=f"{w.reference}: {notice.reference}",
                utility=text.utility_name,
            )
            for stop in street.stops
        )
        if sheets:
            found.append(StreetFlyers(street.municipality, street.street, sheets))
    return found


def _by_public_street(streets: list[FlyerStreet]) -> list[FlyerStreet]:
    """The round with each street under its public name, doors merged in natural order."""
    merged: dict[tuple, list] = {}
    names: dict[tuple, tuple] = {}
    for street in streets:
        name = public_street(street.street) or street.street
        key = ((street.municipality or "").casefold(), (name or "").casefold())
        names.setdefault(key, (street.municipality, name))
        merged.setdefault(key, []).extend(street.stops)
    return [
        FlyerStreet(
            *names[key], tuple(sorted(merged[key], key=lambda s: natural_key(s.house_number)))
        )
        for key in sorted(merged, key=lambda k: (natural_key(k[0]), natural_key(k[1])))
    ]


def _door(street: str | None, number: str | None) -> str:
    return " ".join(part for part in (street, number) if part)


def qr_svg(url: str) -> bytes:
    """The QR code of ``url`` as SVG (error correction M, a quiet zone of 4 modules)."""
    code = segno.make_qr(url, error="m")
    buffer = io.BytesIO()
    code.save(buffer, kind="svg", scale=10, border=4, xmldecl=True)
    return buffer.getvalue()
