"""Rendering user-editable templates safely and strictly.

Templates are edited by utility staff, so they are data, not code: the
jinja2 sandbox refuses attribute tricks such as ``''.__class__.__mro__``,
and ``StrictUndefined`` turns a missing value into an error that names the
placeholder and the file, instead of an SMS that reads "dalle  alle ".
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment, SecurityError

from ..common.sms_encoding import analyse
from .catalogue import TemplateInfo, find_template, roots
from .context import MessageContext, template_values
from .places import DETAIL_LEVELS
from .rules import DEFAULT_MAX_SEGMENTS

UNDEFINED_NAME = re.compile(r"'([^']+)' is undefined|has no attribute '([^']+)'")


class TemplateError(ValueError):
    """A template that cannot give a text; ``placeholder`` names the missing
    value when that is the cause, ``template`` the file."""

    def __init__(self, message: str, template: str = "", placeholder: str | None = None):
        super().__init__(message)
        self.template = template
        self.placeholder = placeholder


@lru_cache(maxsize=8)
def environment(search_path: tuple[str, ...], autoescape: bool = False) -> SandboxedEnvironment:
    """One sandboxed, strict environment per search path (user folder first)."""
    return SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(list(search_path)),
        undefined=jinja2.StrictUndefined,
        autoescape=autoescape,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )


def search_path(user_dir: str | Path | None) -> tuple[str, ...]:
    return tuple(str(root) for _, root in roots(user_dir))


def _missing_name(exc: jinja2.UndefinedError) -> str | None:
    match = UNDEFINED_NAME.search(str(exc))
    return next((g for g in match.groups() if g), None) if match else None


def render_file(
    name: str,
    values: dict[str, object],
    user_dir: str | Path | None = None,
    autoescape: bool = False,
) -> str:
    """Render the template ``name`` (relative to the templates roots) or raise
    :class:`TemplateError` saying which file and, when known, which
    placeholder or line is wrong."""
    env = environment(search_path(user_dir), autoescape)
    label = name
    try:
        template = env.get_template(name)
        label = template.filename or name
        return template.render(values)
    except SecurityError as exc:
        raise TemplateError(
            f"Template {label}: refused by the sandbox ({exc}); templates may only use "
            "the documented placeholders",
            label,
        ) from None
    except jinja2.UndefinedError as exc:
        placeholder = _missing_name(exc)
        what = f"placeholder '{placeholder}'" if placeholder else "a placeholder"
        raise TemplateError(
            f"Template {label}: {what} has no value ({exc})", label, placeholder
        ) from None
    except jinja2.TemplateSyntaxError as exc:
        raise TemplateError(
            f"Template {exc.filename or label}, line {exc.lineno}: {exc.message}", label
        ) from None
    except jinja2.TemplateError as exc:
        raise TemplateError(f"Template {label}: {exc}", label) from None


def render_sms(
    ctx: MessageContext,
    user_dir: str | Path | None = None,
    max_segments: int = DEFAULT_MAX_SEGMENTS,
) -> tuple[str, TemplateInfo]:
    """The SMS text for ``ctx`` and the template that made it.

    Line breaks and runs of spaces from the template layout collapse to one
    space: an SMS is one paragraph and every character is paid for. When
    the text would take more than ``max_segments``, fewer streets are named
    (``e altre 4 vie``, then only ``5 vie``) until it fits; if even that is
    too long the shortest text is returned and the segment check blocks it.
    """
    info = find_template(ctx.kind, ctx.duration, ctx.lang, user_dir)
    for level in range(len(DETAIL_LEVELS)):
        raw = render_file(info.name, template_values(ctx, level), user_dir)
        text = " ".join(raw.split())
        if analyse(text).segments <= max_segments:
            break
    return text, info
