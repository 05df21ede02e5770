"""Which template file speaks for a (kind, duration, language).

The plugin ships templates in ``templates/sms/<kind>/<duration>.<lang>.j2``.
A utility rewrites them in its own folder with the same layout, outside the
plugin so an update does not wipe them. The user's files always win: for a
given kind and language the search is the user's exact duration, the
user's ``any``, then the plugin's exact duration, then the plugin's ``any``.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..common.vocabulary import MESSAGE_KINDS
from .context import ANY, DURATIONS

PLUGIN_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
SMS_FOLDER = "sms"
SUFFIX = ".j2"
USER = "user"
PLUGIN = "plugin"


class TemplateNotFoundError(LookupError):
    """No template for the kind, duration and language, in either folder."""


@dataclass(frozen=True)
class TemplateInfo:
    """One template file; ``name`` is its path relative to the templates root
    (``sms/emergency/up_to_2h.it.j2``), ``origin`` is ``user`` or ``plugin``."""

    kind: str
    duration: str
    lang: str
    name: str
    path: Path
    origin: str
    overrides_plugin: bool = False


def template_name(kind: str, duration: str, lang: str) -> str:
    return f"{SMS_FOLDER}/{kind}/{duration}.{lang}{SUFFIX}"


def roots(user_dir: str | Path | None) -> list[tuple[str, Path]]:
    """Template roots in search order, user first."""
    found = [(PLUGIN, PLUGIN_TEMPLATES)]
    if user_dir:
        found.insert(0, (USER, Path(user_dir)))
    return found


def find_template(
    kind: str, duration: str, lang: str, user_dir: str | Path | None = None
) -> TemplateInfo:
    """The template in use for this kind, duration and language."""
    candidates = [duration, ANY] if duration != ANY else [ANY]
    for origin, root in roots(user_dir):
        for candidate in candidates:
            name = template_name(kind, candidate, lang)
            if (root / name).is_file():
                overrides = origin == USER and (PLUGIN_TEMPLATES / name).is_file()
                return TemplateInfo(kind, candidate, lang, name, root / name, origin, overrides)
    searched = ", ".join(str(root / SMS_FOLDER / kind) for _, root in roots(user_dir))
    raise TemplateNotFoundError(
        f"No SMS template for kind {kind!r}, duration {duration!r}, language {lang!r}; "
        f"looked for {duration}.{lang}{SUFFIX} or {ANY}.{lang}{SUFFIX} in {searched}"
    )


def _parse(path: Path) -> tuple[str, str] | None:
    """``(duration, lang)`` from ``half_day.it.j2``; ``None`` for other files."""
    stem = path.name[: -len(SUFFIX)]
    duration, _, lang = stem.partition(".")
    if duration in DURATIONS and lang and "." not in lang:
        return duration, lang
    return None


def list_templates(user_dir: str | Path | None = None) -> list[TemplateInfo]:
    """Every template file in both folders, user ones first, marking which
    user files replace a plugin file. Files with names the plugin would
    never pick (unknown kind or duration) are left out of the list."""
    found = []
    plugin_names = set()
    for origin, root in reversed(roots(user_dir)):
        for kind in MESSAGE_KINDS:
            for path in sorted((root / SMS_FOLDER / kind).glob(f"*{SUFFIX}")):
                parsed = _parse(path)
                if parsed is None:
                    continue
                name = template_name(kind, *parsed)
                overrides = origin == USER and name in plugin_names
                if origin == PLUGIN:
                    plugin_names.add(name)
                found.append(TemplateInfo(kind, *parsed, name, path, origin, overrides))
    return sorted(found, key=lambda t: (t.origin != USER, t.kind, t.duration, t.lang))
