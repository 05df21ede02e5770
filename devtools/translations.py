"""Keep the Qt translation sources (``i18n/*.ts``) in step with the code.

``pylupdate5`` takes the enclosing class name as the context of a ``tr()``
call, while the plugin translates everything in one context through
``gis.i18n.tr``. This extractor reads the sources with :mod:`ast`, finds every
``tr("literal")`` call, and rewrites each ``.ts`` file: translations already
made are kept, new strings are added as unfinished, strings no longer in the
code are dropped. ``lrelease`` then builds the ``.qm`` files (``make
transcompile``).

Some strings reach ``tr()`` through a name rather than as a literal; the
extractor follows the two indirections the code uses, so that they are
translated too:

- the Processing algorithms' class attributes ``DISPLAY_NAME``, ``GROUP`` and
  ``HELP`` (``processing_provider/*.py``), which ``OutageAlgorithm`` passes to
  ``tr()`` when QGIS asks for them;
- ``tr(TABLE[key])`` where ``TABLE`` is a module-level dict literal: every
  string value of that dict.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTEXT = "WaterOutageNotifier"
SKIPPED = ("tests", "devtools", "benchmarks", ".venv", "build")
LANGUAGES = ("it", "en")


ALGORITHM_FOLDER = "processing_provider"
ALGORITHM_ATTRIBUTES = ("DISPLAY_NAME", "GROUP", "HELP")


def source_strings(root: Path = ROOT) -> dict:
    """Every translatable literal, mapped to the first ``file:line`` using it."""
    found: dict = {}
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if relative.parts[0] in SKIPPED:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for text, line in _module_strings(tree, relative.parts[0] == ALGORITHM_FOLDER):
            found.setdefault(text, f"{relative.as_posix()}:{line}")
    return found


def _module_strings(tree: ast.Module, is_algorithm_module: bool):
    """``(text, line)`` of every string one module hands to ``tr()``, in source order."""
    tables = _module_dicts(tree)
    for node in ast.walk(tree):
        if is_algorithm_module and isinstance(node, ast.ClassDef):
            yield from _algorithm_attributes(node)
        if not _is_tr_call(node):
            continue
        argument = node.args[0]
        if _is_text(argument):
            yield argument.value, node.lineno
        elif isinstance(argument, ast.Subscript) and isinstance(argument.value, ast.Name):
            yield from tables.get(argument.value.id, ())


def _is_tr_call(node) -> bool:
    if not isinstance(node, ast.Call) or not node.args:
        return False
    name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
    return name == "tr"


def _is_text(node) -> bool:
    """A non-empty string literal (implicit concatenation is already one constant)."""
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(node.value)


def _algorithm_attributes(cls: ast.ClassDef):
    """The literal ``DISPLAY_NAME``/``GROUP``/``HELP`` of an algorithm class."""
    for statement in cls.body:
        if not isinstance(statement, ast.Assign) or not _is_text(statement.value):
            continue
        if any(
            isinstance(target, ast.Name) and target.id in ALGORITHM_ATTRIBUTES
            for target in statement.targets
        ):
            yield statement.value.value, statement.lineno


def _module_dicts(tree: ast.Module) -> dict:
    """Module-level dict literals by name: their string values with their lines."""
    tables = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Dict):
            values = [(v.value, v.lineno) for v in statement.value.values if _is_text(v)]
            for target in statement.targets:
                if isinstance(target, ast.Name):
                    tables[target.id] = values
    return tables


def existing_translations(ts_path: Path) -> dict:
    """Finished translations already in a ``.ts`` file, by source text."""
    if not ts_path.exists():
        return {}
    done = {}
    for message in ET.parse(ts_path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished" and translation.text:
            done[message.findtext("source")] = translation.text
    return done


def write_ts(ts_path: Path, language: str, strings: dict) -> int:
    """Rewrite ``ts_path``; returns how many strings still need translating."""
    done = existing_translations(ts_path)
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    missing = 0
    for source, location in sorted(strings.items()):
        message = ET.SubElement(context, "message")
        file_name, line = location.rsplit(":", 1)
        ET.SubElement(message, "location", filename=f"../{file_name}", line=line)
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        text = source if language == "en" else done.get(source)
        if text:
            translation.text = text
        else:
            translation.set("type", "unfinished")
            missing += 1
    ET.indent(root)
    ts_path.parent.mkdir(exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    ts_path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    return missing


def main() -> int:
    strings = source_strings()
    for language in LANGUAGES:
        missing = write_ts(
            ROOT / "i18n" / f"water_outage_notifier_{language}.ts", language, strings
        )
        print(f"{language}: {len(strings)} strings, {missing} to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
