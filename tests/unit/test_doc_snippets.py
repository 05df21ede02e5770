"""Every block of the documentation says what it is, so the docs test can run it.

The runs themselves are in ``tests/qgis/test_docs.py``; here the blocks are
only read: a command hidden in an untagged block, a marker without its
reason or a snippet that does not even parse fails at once.
"""

from __future__ import annotations

import ast
import subprocess

import pytest
from water_outage_notifier.devtools.doc_snippets import file_snippets, snippets

ALL = snippets()


@pytest.mark.parametrize("snippet", ALL, ids=[s.name for s in ALL])
def test_each_block_declares_a_known_language_and_a_readable_marker(snippet):
    assert snippet.kind != "unknown", (
        f"{snippet.name}: tag the block ```sh, ```python (both are run by the tests) or "
        f"```text (shown only); found {snippet.language!r}"
    )
    assert not snippet.problems, f"{snippet.name}: {'; '.join(snippet.problems)}"
    if snippet.marker:
        assert snippet.kind in ("shell", "python"), f"{snippet.name}: a marker on a shown block"


@pytest.mark.parametrize("snippet", [s for s in ALL if s.kind == "python"], ids=lambda s: s.name)
def test_python_snippets_parse(snippet):
    ast.parse(snippet.code, snippet.name)


@pytest.mark.parametrize("snippet", [s for s in ALL if s.kind == "shell"], ids=lambda s: s.name)
def test_shell_snippets_parse(snippet):
    checked = subprocess.run(["bash", "-n"], input=snippet.code, capture_output=True, text=True)
    assert checked.returncode == 0, f"{snippet.name}: {checked.stderr}"


def test_the_documentation_has_commands_and_console_snippets_to_run():
    kinds = {(s.path.name, s.kind) for s in ALL}
    assert {("README.md", "shell"), ("README.md", "python"), ("batch.md", "shell")} <= kinds


def test_blocks_markers_and_indented_blocks_are_read(tmp_path):
    page = tmp_path / "page.md"
    page.write_text(
        "Intro\n\n"
        "<!-- doc-test: needs postgres; timeout 900: slow; it installs QGIS first -->\n"
        "```sh\nmake demo\n```\n\n"
        "- a list item:\n\n"
        "  ```python\n  import processing\n  print(1)\n  ```\n\n"
        "<!-- doc-test: skip -->\n\n"
        "```\nno language\n```\n"
        "<!-- doc-test: frobnicate -->\n```text\nout\n```\n"
        "<!-- doc-test: needs postgres -->\n<!-- example: x -->\n\n```sh\nmake postgres\n```\n",
        encoding="utf-8",
    )
    first, second, third, fourth, fifth = file_snippets(page)
    assert (first.language, first.line, first.code) == ("sh", 4, "make demo\n")
    assert first.timeout == 900 and first.needs == {"postgres"} and not first.problems
    assert first.timeout_reason == "slow; it installs QGIS first"
    assert (second.kind, second.code) == ("python", "import processing\nprint(1)\n")
    assert third.kind == "unknown" and third.problems == (
        "'skip' needs a reason: <!-- doc-test: skip: why -->",
    )
    assert "unknown doc-test directive 'frobnicate'" in fourth.problems[0]
    assert fifth.needs == {"postgres"}, "another comment between marker and block is fine"
