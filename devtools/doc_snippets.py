"""The shell commands and console snippets of the documentation, read for the tests.

Every fenced block of every Markdown file in the checkout (README.md,
docs/, sample_data/, templates/ ...) is found here; ``tests/qgis/test_docs.py``
runs the shell and Python ones, ``tests/unit/test_doc_snippets.py`` checks
that each block says what it is. A block added to any Markdown file is
picked up without touching a test. The rules are in ``docs/contributing.md``.

A block is run according to its language tag:

- ``sh`` (``bash``, ``shell``): with bash in a scratch copy of the checkout,
  as a person at a terminal would type it;
- ``python``: in a QGIS session, as typed in the QGIS Python console with
  the sample project open;
- ``text``, ``json``, ``csv`` and the like: shown, never run (program
  output, file contents).

An HTML comment right above a block changes how it runs::

    <!-- doc-test: skip: opens the QGIS desktop and waits for you -->
    <!-- doc-test: timeout 900: builds the venv on a fresh machine -->
    <!-- doc-test: needs postgres -->
    <!-- doc-test: needs postgres; schema town -->

``skip`` and ``timeout`` need a reason after the colon, which comes last and
runs to the end of the comment (``;`` in it is just text). ``needs postgres``
runs the block only when the test PostgreSQL is up (``make postgres``; CI
always has it). ``schema NAME`` gives the block a fresh PostgreSQL schema in
place of ``NAME`` (dropped afterwards), so parallel runs never share one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHELL = frozenset({"sh", "bash", "shell"})
PYTHON = frozenset({"python", "py"})
SHOWN = frozenset(
    {"text", "json", "csv", "ini", "xml", "html", "sql", "diff", "toml", "yaml", "jinja"}
)
#: Folders whose Markdown is not the project's documentation.
NOT_DOCS = frozenset(
    {".venv", ".git", "node_modules", ".pytest_cache", ".ruff_cache", "build", "demo-output"}
)
DEFAULT_TIMEOUT = 240.0

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`]*)$")
_MARKER = re.compile(r"^\s*<!--\s*doc-test:(?P<body>.*?)-->\s*$")
_COMMENT = re.compile(r"^<!--.*-->$")


class MarkerError(ValueError):
    """A ``doc-test`` comment that cannot be understood."""


@dataclass(frozen=True)
class Snippet:
    """One fenced block: where it is, its language, its code and how to run it."""

    path: Path
    line: int
    language: str
    code: str
    skip: str = ""
    timeout: float = DEFAULT_TIMEOUT
    timeout_reason: str = ""
    needs: frozenset = frozenset()
    schemas: tuple = ()
    marker: str = ""
    problems: tuple = field(default=())

    @property
    def name(self) -> str:
        """``docs/batch.md:127``: how a test names it."""
        try:
            where = self.path.relative_to(ROOT)
        except ValueError:
            where = self.path
        return f"{where}:{self.line}"

    @property
    def kind(self) -> str:
        """``shell``, ``python``, ``shown`` or ``unknown``."""
        if self.language in SHELL:
            return "shell"
        if self.language in PYTHON:
            return "python"
        return "shown" if self.language in SHOWN else "unknown"


def markdown_files(root: Path = ROOT) -> list[Path]:
    """Every Markdown file of the checkout, in a stable order."""
    return sorted(
        path
        for path in root.rglob("*.md")
        if not NOT_DOCS.intersection(path.relative_to(root).parts[:-1])
    )


def snippets(root: Path = ROOT) -> list[Snippet]:
    """Every fenced block of every Markdown file under ``root``."""
    return [snippet for path in markdown_files(root) for snippet in file_snippets(path)]


def file_snippets(path: Path) -> list[Snippet]:
    """The fenced blocks of one Markdown file, with the marker above each one."""
    lines = path.read_text(encoding="utf-8").splitlines()
    found = []
    number = 0
    while number < len(lines):
        opening = _FENCE.match(lines[number])
        if not opening:
            number += 1
            continue
        indent, fence = opening["indent"], opening["fence"]
        language = (opening["info"].split() or [""])[0].lower()
        body = []
        end = number + 1
        while end < len(lines) and not lines[end].strip().startswith(fence):
            text = lines[end]
            body.append(text[len(indent) :] if text.startswith(indent) else text.lstrip())
            end += 1
        marker = _marker_above(lines, number)
        found.append(_snippet(path, number + 1, language, "\n".join(body) + "\n", marker))
        number = end + 1
    return found


def _marker_above(lines: list, fence_line: int) -> str:
    """The ``doc-test`` comment right above the fence, if any.

    Blank lines and other one-line HTML comments (``<!-- example: x -->``
    that another test looks for) may stand between it and the fence.
    """
    above = fence_line - 1
    while above >= 0:
        text = lines[above].strip()
        match = _MARKER.match(text)
        if match:
            return match["body"].strip()
        if text and not _COMMENT.match(text):
            break
        above -= 1
    return ""


def _snippet(path: Path, line: int, language: str, code: str, marker: str) -> Snippet:
    values: dict = {}
    problems = []
    for directive in _directives(marker):
        try:
            values.update(_directive(directive))
        except MarkerError as error:
            problems.append(str(error))
    needs = frozenset(values.pop("needs", ()))
    return Snippet(
        path,
        line,
        language,
        code,
        marker=marker,
        needs=needs,
        problems=tuple(problems),
        **values,
    )


def _directives(marker: str) -> list[str]:
    """The ``;``-separated directives; a reason (after ``:``) runs to the end of the comment."""
    head, colon, reason = marker.partition(":")
    parts = [part.strip() for part in head.split(";")]
    if colon:
        parts[-1] += ":" + reason
    return [part for part in parts if part]


def _directive(text: str) -> dict:
    """One ``;``-separated part of a marker, as Snippet fields."""
    head, _, reason = text.partition(":")
    words = head.split()
    reason = reason.strip()
    if words == ["skip"]:
        if not reason:
            raise MarkerError("'skip' needs a reason: <!-- doc-test: skip: why -->")
        return {"skip": reason}
    if len(words) == 2 and words[0] == "timeout":
        if not reason:
            raise MarkerError("'timeout' needs a reason: <!-- doc-test: timeout 600: why -->")
        try:
            seconds = float(words[1])
        except ValueError:
            raise MarkerError(f"'timeout {words[1]}': the timeout is seconds") from None
        return {"timeout": seconds, "timeout_reason": reason}
    if words == ["needs", "postgres"]:
        return {"needs": ("postgres",)}
    if len(words) == 2 and words[0] == "schema":
        return {"schemas": (words[1],)}
    raise MarkerError(
        f"unknown doc-test directive '{text}': use skip, timeout, needs postgres or schema"
    )
