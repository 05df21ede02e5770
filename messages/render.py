"""Rendering user-editable templates safely and strictly.

Templates are edited by utility staff, so they are data, not code: the
jinja2 sandbox refuses attribute tricks such as ``''.__class__.__mro__``,
the limits of :mod:`.template_limits` stop a template that would loop,
grow or run for too long, and ``StrictUndefined`` turns a missing value into
an error that names the placeholder and the file, instead of an SMS that
reads "dalle  alle ". Whatever goes wrong inside a template (a division by
zero, a filter given the wrong type) is a :class:`TemplateError` with a
stable ``code``, never a raw Python exception.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import jinja2
from jinja2.sandbox import SecurityError

from ..common.sms_encoding import analyse
from .catalogue import TemplateInfo, find_template, roots
from .context import MessageContext, template_values
from .places import DETAIL_LEVELS
from .rules import DEFAULT_MAX_SEGMENTS
from .template_limits import (
    DEFAULT_LIMITS,
    TOO_DEEP,
    VALUE_TOO_BIG,
    LimitedSandbox,
    TemplateLimitError,
    TemplateLimits,
    rendering,
)

UNDEFINED_NAME = re.compile(r"'([^']+)' is undefined|has no attribute '([^']+)'")


REFUSED = "template_refused"
PLACEHOLDER_MISSING = "template_placeholder_missing"
SYNTAX = "template_syntax"
FAILED = "template_failed"
INCLUDE_MISSING = "template_include_missing"


class TemplateError(ValueError):
    """A template that cannot give a text.

    ``code`` says what is wrong and ``params`` give the operator's message its
    values (``template``: the name under the templates folder, ``line`` when
    known, ``placeholder``, ``limit``); ``placeholder`` names the missing value
    when that is the cause, ``template`` the file.
    """

    def __init__(
        self,
        message: str,
        template: str = "",
        placeholder: str | None = None,
        code: str = FAILED,
        params: dict | None = None,
    ):
        super().__init__(message)
        self.template = template
        self.placeholder = placeholder
        self.code = code
        self.params = params or {}


@lru_cache(maxsize=8)
def environment(search_path: tuple[str, ...], autoescape: bool = False) -> LimitedSandbox:
    """One sandboxed, strict, limited environment per search path (user folder first)."""
    return LimitedSandbox(
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


def _line(exc: BaseException, filename: str | None) -> int | None:
    """The template line the error happened on (jinja2 rewrites the traceback to it)."""
    line = None
    tb = exc.__traceback__
    while tb is not None:
        if filename and tb.tb_frame.f_code.co_filename == filename:
            line = tb.tb_lineno
        tb = tb.tb_next
    return line


def render_file(
    name: str,
    values: dict[str, object],
    user_dir: str | Path | None = None,
    autoescape: bool = False,
    limits: TemplateLimits = DEFAULT_LIMITS,
) -> str:
    """Render the template ``name`` (relative to the templates roots) or raise
    :class:`TemplateError` saying which file and, when known, which
    placeholder or line is wrong, or which limit was reached."""
    env = environment(search_path(user_dir), autoescape)
    label, filename = name, None
    with rendering(limits) as budget:
        try:
            template = env.get_template(name)
            label = filename = template.filename or name
            return "".join(budget.emit(chunk) for chunk in template.generate(values))
        except SecurityError as exc:
            raise TemplateError(
                f"Template {label}: refused by the sandbox ({exc}); templates may only use "
                "the documented placeholders",
                label,
                code=REFUSED,
                params={"template": name},
            ) from None
        except jinja2.UndefinedError as exc:
            placeholder = _missing_name(exc)
            what = f"placeholder '{placeholder}'" if placeholder else "a placeholder"
            raise TemplateError(
                f"Template {label}: {what} has no value ({exc})",
                label,
                placeholder,
                code=PLACEHOLDER_MISSING,
                params={"template": name, "placeholder": placeholder or "?"},
            ) from None
        except jinja2.TemplateSyntaxError as exc:
            raise TemplateError(
                f"Template {exc.filename or label}, line {exc.lineno}: {exc.message}",
                label,
                code=SYNTAX,
                # an included file's own name; the lexer gives a full path for ours
                params={"template": _relative(exc.name, name), "line": exc.lineno},
            ) from None
        except TemplateLimitError as exc:
            raise _failure(exc, exc.code, label, name, filename, limit=exc.limit) from None
        except RecursionError as exc:
            raise _failure(exc, TOO_DEEP, label, name, filename) from None
        except (MemoryError, OverflowError) as exc:
            raise _failure(exc, VALUE_TOO_BIG, label, name, filename, limit=limits.length) from None
        except jinja2.TemplateNotFound as exc:  # an {% include %} or {% import %} of no file
            raise _failure(exc, INCLUDE_MISSING, label, name, filename, include=exc.name) from None
        except Exception as exc:  # anything else a user's template does wrong is named too
            raise _failure(exc, FAILED, label, name, filename, error=type(exc).__name__) from None


def _relative(found: str | None, name: str) -> str:
    return found if found and not Path(found).is_absolute() else name


def _failure(exc, code: str, label: str, name: str, filename, **params) -> TemplateError:
    line = _line(exc, filename)
    where = f"Template {label}" + (f", line {line}" if line else "")
    return TemplateError(
        f"{where}: {code} ({exc})",
        label,
        code=code,
        params={"template": name, "line": line, **params},
    )


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
