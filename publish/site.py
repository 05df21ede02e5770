"""Publishing one change: the intervention's pages, the indexes and the feeds, to a folder.

A change of one intervention rewrites only what it touches: its own two
pages (and its map when one is given), its new CAP message, the indexes
of the municipalities it lies in and the root index, and the two feeds.
The indexes and feeds list the current work only, so rebuilding them
costs what is current, not the whole history.

Before anything is written, every file is checked by the privacy
:class:`~.privacy.Guard` against the phones and customer ids of every
intervention it mentions; files are then written each to a temporary name
and renamed, so a web server never serves half a page.
"""

from __future__ import annotations

import os
import struct
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..store.interventions import InterventionStore
from .feeds import AREAS_FILE, ATOM_FILE, CLOSED_KEPT, areas_geojson, cap_alert, cap_atom, cap_file
from .links import page_url, short_reference
from .notice import CURRENT_STATES, PublicNotice, public_notice
from .pages import (
    INDEX_SUFFIX,
    LANGUAGES,
    MAP_FILE,
    MUNICIPALITIES_FOLDER,
    PAGE_FILES,
    SiteText,
    by_municipality,
    index_html,
    page_html,
    slug,
)
from .privacy import Guard
from .records import Publications, PublishedChange


@dataclass(frozen=True)
class SiteSettings:
    """Where the site is written and how it is addressed.

    ``base_url`` is the public address of ``folder`` (the SMS link and the
    QR code start with it); without one the pages still work, linked
    relatively, and the SMS carries no link.
    """

    folder: str
    base_url: str | None
    text: SiteText


@dataclass(frozen=True)
class Publication:
    """What one change wrote: the files (relative to the folder), the page's address."""

    reference: str
    change: PublishedChange
    folder: str
    files: tuple[str, ...]
    url: str | None

    @property
    def page_file(self) -> str:
        return os.path.join(self.folder, short_reference(self.reference), PAGE_FILES["it"])


def publish_change(
    store: InterventionStore,
    publications: Publications,
    reference: str,
    change: str,
    settings: SiteSettings,
    map_png: bytes | None = None,
    now: datetime | None = None,
) -> Publication:
    """Record ``change`` of ``reference`` and write what it touches into the folder.

    Raises :class:`~.notice.NotPublic` before the notice went out and
    :class:`~.privacy.PrivacyLeak` when a file would show a phone or a
    customer id (nothing is written then); ``OSError`` from the folder.
    """
    now = now or store.now()
    intervention = store.get(reference)
    public_notice(intervention, None, [], settings.base_url)  # refuses before recording
    recorded = publications.record_change(reference, change, now)
    listed = _listed(store, publications, reference, now)
    notices = _notices(listed, publications, settings.base_url)
    notice = next(n for n in notices if n.reference == reference)
    files = _intervention_files(notice, settings, now, map_png)
    files.update(_index_files(notices, notice, settings, now))
    files[AREAS_FILE] = areas_geojson(notices, settings.text).encode()
    files[ATOM_FILE] = cap_atom(notices, settings.text, settings.base_url, now).encode()
    _guard(store, listed).check(files)
    write_files(settings.folder, files)
    return Publication(reference, recorded, settings.folder, tuple(upload_order(files)), notice.url)


def notice_of(store, publications, reference: str, base_url: str | None) -> PublicNotice:
    """The public view of one intervention as last published (flyers, the dock)."""
    (notice,) = _notices([store.get(reference)], publications, base_url)
    return notice


def _listed(store, publications, reference, now):
    """The intervention itself, the current ones, and those closed within CLOSED_KEPT."""
    marks = ",".join("?" * len(CURRENT_STATES))
    current = store.select(f"i.state IN ({marks})", CURRENT_STATES)
    recent = set(publications.changed_since(now - CLOSED_KEPT)) | {reference}
    known = {i.reference for i in current}
    others = [store.get(r) for r in sorted(recent - known)]
    return current + others


def _notices(interventions, publications, base_url) -> list[PublicNotice]:
    references = [i.reference for i in interventions]
    facts = publications.facts(references)
    changes = publications.changes(references)
    return [
        public_notice(i, facts.get(i.reference), changes.get(i.reference, []), base_url)
        for i in interventions
    ]


def _intervention_files(notice, settings: SiteSettings, now, map_png) -> dict[str, bytes]:
    folder = short_reference(notice.reference)
    files: dict[str, bytes] = {}
    if map_png is not None:
        files[f"{folder}/{MAP_FILE}"] = map_png
    existing = Path(settings.folder, folder, MAP_FILE)
    size = png_size(map_png) if map_png is not None else _file_png_size(existing)
    for lang in LANGUAGES:
        html = page_html(notice, lang, settings.text, now, size)
        files[f"{folder}/{PAGE_FILES[lang]}"] = html.encode()
    files[cap_file(notice)] = cap_alert(notice, settings.text, settings.base_url)
    return files


def _index_files(notices, notice, settings: SiteSettings, now) -> dict[str, bytes]:
    """The root index, and the pages of the municipalities ``notice`` lies in (only they change)."""
    groups = by_municipality(notices)
    files = {}
    for lang in LANGUAGES:
        suffix = INDEX_SUFFIX[lang]
        files[f"index{suffix}"] = index_html(groups, lang, settings.text, now).encode()
        for name in notice.municipalities:
            own = {name: groups[name]} if groups.get(name) else {}
            html = index_html(own, lang, settings.text, now, municipality=name)
            files[f"{MUNICIPALITIES_FOLDER}/{slug(name)}{suffix}"] = html.encode()
    return files


def _guard(store: InterventionStore, interventions) -> Guard:
    phones = [r.phone for i in interventions for r in store.recipients(i.reference)]
    ids = [c for i in interventions for c in (*i.customer_ids, *(u for u, _ in i.unreachable))]
    return Guard(phones, ids)


def upload_order(files) -> list[str]:
    """Maps and CAP messages first, then pages, indexes and feeds last: no link to a missing file."""

    def rank(path: str) -> tuple:
        if path.endswith(".png") or path.endswith(".xml"):
            return (0, path)
        if path.startswith(("index", MUNICIPALITIES_FOLDER, "feeds/")):
            return (2, path)
        return (1, path)

    return sorted(files, key=rank)


def write_files(folder: str, files: dict[str, bytes]) -> None:
    """Write each file under ``folder`` through a temporary name and a rename."""
    for relative, data in files.items():
        target = Path(folder, relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".publishing-")
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.chmod(temporary, 0o644)  # served by a web server: readable by all
            os.replace(temporary, target)
        except BaseException:
            if os.path.exists(temporary):
                os.unlink(temporary)
            raise


def png_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG's header, or None when it is no PNG."""
    if len(data) < 24 or not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return None
    return struct.unpack(">II", data[16:24])


def _file_png_size(path: Path) -> tuple[int, int] | None:
    try:
        with open(path, "rb") as stream:
            return png_size(stream.read(24))
    except OSError:
        return None


def has_map(folder: str, reference: str) -> bool:
    """Whether the intervention's folder already holds its map."""
    return _file_png_size(Path(folder, short_reference(reference), MAP_FILE)) is not None


def page_address(settings: SiteSettings, reference: str) -> str:
    """The page's public URL, or its file when no base URL is set (for messages)."""
    return page_url(settings.base_url, reference) or os.path.join(
        settings.folder, short_reference(reference), PAGE_FILES["it"]
    )
