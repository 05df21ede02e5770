"""The static HTML: one page per intervention, an index per municipality.

Pages are jinja2 templates (``templates/public``), rendered with
autoescaping in the same sandbox as the SMS, so a utility changes the
wording or the look by copying a file into its templates folder. The words
of each language live in ``public/words.<lang>.j2``; the CAP feed and the
flyers read the same words, so the page, the alert and the paper say the
same thing.

Every page is complete on its own: the style is inline, the map is a PNG
beside it, nothing is fetched from another site.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..messages import dates
from ..messages.render import environment, render_file, search_path
from .notice import PublicNotice

LANGUAGES = ("it", "en")
#: The file of each language in an intervention's folder (Italian is the default page).
PAGE_FILES = {"it": "index.html", "en": "en.html"}
#: The suffix of an index page in each language.
INDEX_SUFFIX = {"it": ".html", "en": ".en.html"}
MAP_FILE = "map.png"
MUNICIPALITIES_FOLDER = "comuni"


@dataclass(frozen=True)
class SiteText:
    """What every page says besides the intervention: who publishes, whom to call.

    ``templates_dir`` is the utility's own templates folder (its files win).
    """

    utility_name: str
    callcentre_number: str
    templates_dir: str | None = None


def words(lang: str, templates_dir: str | Path | None = None):
    """The words of ``lang`` as an object (``words("it").kinds["emergency"]``)."""
    env = environment(search_path(templates_dir), True)
    return env.get_template(f"public/words.{lang}.j2").module


def slug(name: str) -> str:
    """``Castel San Pietro Terme`` → ``castel-san-pietro-terme`` (file names, anchors)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "comune"


def _moment(prefix: str, moment: datetime, lang: str) -> dict:
    return {f"{prefix}_date": dates.long_date(moment, lang), f"{prefix}_time": dates.clock(moment)}


def _other(lang: str) -> str:
    return next(other for other in LANGUAGES if other != lang)


def page_html(
    notice: PublicNotice,
    lang: str,
    text: SiteText,
    now: datetime,
    map_size: tuple[int, int] | None = None,
) -> str:
    """The page of ``notice`` in ``lang``; ``map_size`` (pixels) when a map is beside it."""
    other = _other(lang)
    values = {
        "lang": lang,
        "other_lang": other,
        "other_href": PAGE_FILES[other],
        "other_language_name": words(other, text.templates_dir).language_name,
        "index_href": f"../index{INDEX_SUFFIX[lang]}",
        "utility": text.utility_name,
        "phone": text.callcentre_number,
        "phone_digits": re.sub(r"[^\d+]", "", text.callcentre_number),
        "reference": notice.reference,
        "kind": notice.kind,
        "state": notice.state,
        "last_change": notice.last_change,
        "municipalities": notice.municipalities,
        "streets": notice.streets,
        "has_map": map_size is not None,
        "map_size": map_size or (0, 0),
        **_moment("start", notice.start, lang),
        **_moment("end", notice.end, lang),
        **_moment("status", notice.status_at, lang),
        **_moment("updated", now, lang),
    }
    return render_file("public/page.html.j2", values, text.templates_dir, autoescape=True)


@dataclass(frozen=True)
class _Work:
    reference: str
    kind: str
    state: str
    window: str
    streets: tuple
    href: str


@dataclass(frozen=True)
class _Group:
    name: str
    slug: str
    works: tuple


def by_municipality(notices: list[PublicNotice]) -> dict[str, list[PublicNotice]]:
    """Current notices per municipality (a work in two towns is in both), by start."""
    groups: dict[str, list[PublicNotice]] = {}
    for notice in sorted(notices, key=lambda n: (n.start, n.reference)):
        if notice.current:
            for name in notice.municipalities or ("",):
                groups.setdefault(name, []).append(notice)
    return dict(sorted(groups.items(), key=lambda item: slug(item[0])))


def index_html(
    groups: dict[str, list[PublicNotice]],
    lang: str,
    text: SiteText,
    now: datetime,
    municipality: str | None = None,
) -> str:
    """The index of ``groups`` in ``lang``; one municipality's page when it is named."""
    other = _other(lang)
    root = "../" if municipality else ""
    own = f"{slug(municipality)}" if municipality else "index"
    values = {
        "lang": lang,
        "other_lang": other,
        "other_href": own + INDEX_SUFFIX[other],
        "other_language_name": words(other, text.templates_dir).language_name,
        "suffix": INDEX_SUFFIX[lang],
        "root": root,
        "utility": text.utility_name,
        "municipality": municipality,
        "groups": [
            _Group(name, slug(name), tuple(_work(n, lang) for n in works))
            for name, works in groups.items()
        ],
        **_moment("updated", now, lang),
    }
    return render_file("public/index.html.j2", values, text.templates_dir, autoescape=True)


def _work(notice: PublicNotice, lang: str) -> _Work:
    href = f"{notice.short}/" + ("" if lang == LANGUAGES[0] else PAGE_FILES[lang])
    return _Work(
        notice.reference,
        notice.kind,
        notice.state,
        dates.window_phrase(notice.start, notice.end, lang),
        notice.streets,
        href,
    )
