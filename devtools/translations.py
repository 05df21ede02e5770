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
  string value of that dict; ``TABLE`` may also be imported by name from a
  module of the plugin (``from ..notify.batch import STATUS_TEXTS``), so that
  the core's English table is the one translation source and the edge does
  not keep a copy of it;
- ``tr(label)`` where ``label`` is bound by an enclosing ``for`` over a literal
  tuple or list (``for name, label in (("A", "Label A"), ...)``).

Any other ``tr()`` argument is reported by ``unreadable_calls`` (and printed),
because its text would silently stay English.

A sentence about a count is given to ``tr_n(text, n)`` (``gis.i18n``) with
``%n`` for the number; the extractor writes it as a Qt *numerus* message,
whose translation has one form per plural form of the language (Italian and
English: one, other), so "1 utenza" and "2 utenze" each read right. Its
source must be a literal, or ``tr_n(TABLE[key], n)`` with a dict literal as for
``tr()`` (``plural_strings``).
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTEXT = "WaterOutageNotifier"
PACKAGE = "water_outage_notifier"
SKIPPED = ("tests", "devtools", "benchmarks", ".venv", "build")
LANGUAGES = ("it", "en")


#: The translating functions: a sentence, and a sentence with forms by count.
TR_NAMES = ("tr", "tr_n")
#: How many plural forms each language's numerus messages have (Qt's rules: one, other).
PLURAL_FORMS = {"it": 2, "en": 2}
ALGORITHM_FOLDER = "processing_provider"
ALGORITHM_ATTRIBUTES = ("DISPLAY_NAME", "GROUP", "HELP")


def source_strings(root: Path = ROOT) -> dict:
    """Every translatable literal, mapped to the first ``file:line`` using it."""
    return _first_places(root, "strings")


def plural_strings(root: Path = ROOT) -> dict:
    """Every ``tr_n()`` literal (a sentence with forms by count), mapped to its ``file:line``."""
    return _first_places(root, "plurals")


def _first_places(root: Path, kind: str) -> dict:
    found: dict = {}
    for relative, reader in _read_modules(root):
        for text, line in getattr(reader, kind):
            found.setdefault(text, f"{relative}:{line}")
    return found


def unreadable_calls(root: Path = ROOT) -> list:
    """``file:line`` of the ``tr()`` calls whose text the extractor cannot read.

    Such a string never reaches the ``.ts`` files, so it stays English: pass
    ``tr()`` a literal, or one of the indirections listed in the module notes.
    """
    return [
        f"{relative}:{line}" for relative, reader in _read_modules(root) for line in reader.unread
    ]


def _read_modules(root: Path):
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if relative.parts[0] in SKIPPED:
            continue
        reader = _ModuleReader(is_algorithm_module=relative.parts[0] == ALGORITHM_FOLDER)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        reader.read(tree, _imported_dicts(tree, relative, root))
        yield relative.as_posix(), reader


class _ModuleReader(ast.NodeVisitor):
    """Collects ``(text, line)`` handed to ``tr()`` in one module, and the calls it cannot read.

    Calls inside a function named ``tr`` are the wrappers passing their
    argument on, not strings of their own.
    """

    def __init__(self, is_algorithm_module: bool):
        self.is_algorithm_module = is_algorithm_module
        self.strings: list = []
        self.plurals: list = []
        self.unread: list = []
        self._tables: dict = {}
        self._imported: dict = {}
        self._in_wrapper = 0
        self._loop_names: dict = {}

    def read(self, tree: ast.Module, imported: dict) -> None:
        self._tables = _module_dicts(tree)
        self._imported = {k: v for k, v in imported.items() if k not in self._tables}
        self.visit(tree)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:  # noqa: N802 - ast visitor name
        if self.is_algorithm_module:
            self.strings.extend(_algorithm_attributes(node))
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:  # noqa: N802 - ast visitor name
        wrapper = node.name in TR_NAMES
        self._in_wrapper += wrapper
        self.generic_visit(node)
        self._in_wrapper -= wrapper

    def visit_For(self, node: ast.For) -> None:  # noqa: N802 - ast visitor name
        outer = self._loop_names
        self._loop_names = {**outer, **_loop_literals(node)}
        self.generic_visit(node)
        self._loop_names = outer

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802 - ast visitor name
        if self._in_wrapper or not node.args:
            pass
        elif _call_name(node) == "tr":
            self._read_argument(node.args[0], node.lineno)
        elif _call_name(node) == "tr_n":
            if _is_text(node.args[0]):
                self.plurals.append((node.args[0].value, node.lineno))
            elif not self._read_table(node.args[0], node.lineno, self.plurals):
                self.unread.append(node.lineno)
        self.generic_visit(node)

    def _read_argument(self, argument, line: int) -> None:
        if _is_text(argument):
            self.strings.append((argument.value, line))
        elif isinstance(argument, ast.Subscript) and isinstance(argument.value, ast.Name):
            if not self._read_table(argument, line, self.strings):
                self.unread.append(line)
        elif isinstance(argument, ast.Name) and argument.id in self._loop_names:
            self.strings.extend(self._loop_names[argument.id])
        elif not self._is_algorithm_attribute(argument):
            self.unread.append(line)

    def _read_table(self, argument, line: int, found: list) -> bool:
        """``TABLE[key]`` of a dict literal of this module or imported: its values go to
        ``found``; False for any other argument."""
        if not (isinstance(argument, ast.Subscript) and isinstance(argument.value, ast.Name)):
            return False
        if argument.value.id in self._imported:
            # located at the call: the table's lines belong to the other file
            found.extend((text, line) for text, _ in self._imported[argument.value.id])
        elif argument.value.id in self._tables:
            found.extend(self._tables[argument.value.id])
        else:
            return False
        return True

    def _is_algorithm_attribute(self, node) -> bool:
        """``self.HELP`` and the like, read from the class bodies instead."""
        return (
            self.is_algorithm_module
            and isinstance(node, ast.Attribute)
            and node.attr in ALGORITHM_ATTRIBUTES
        )


def _call_name(node: ast.Call) -> str:
    return node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")


def _is_text(node) -> bool:
    """A non-empty string literal (implicit concatenation is already one constant)."""
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(node.value)


def _algorithm_attributes(cls: ast.ClassDef) -> list:
    """The literal ``DISPLAY_NAME``/``GROUP``/``HELP`` of an algorithm class."""
    return [
        (statement.value.value, statement.lineno)
        for statement in cls.body
        if isinstance(statement, ast.Assign)
        and _is_text(statement.value)
        and any(
            isinstance(target, ast.Name) and target.id in ALGORITHM_ATTRIBUTES
            for target in statement.targets
        )
    ]


def _loop_literals(loop: ast.For) -> dict:
    """Names a ``for`` binds over a literal sequence: ``name -> [(text, line)]``.

    ``for name, label in (("A", "Label A"), ...)`` gives ``label`` the strings
    in its position of every tuple.
    """
    if not isinstance(loop.iter, (ast.Tuple, ast.List)):
        return {}
    targets = loop.target.elts if isinstance(loop.target, ast.Tuple) else [loop.target]
    rows = [
        item.elts if isinstance(loop.target, ast.Tuple) and isinstance(item, ast.Tuple) else [item]
        for item in loop.iter.elts
    ]
    return {
        target.id: [
            (row[i].value, row[i].lineno) for row in rows if i < len(row) and _is_text(row[i])
        ]
        for i, target in enumerate(targets)
        if isinstance(target, ast.Name)
    }


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


def _imported_dicts(tree: ast.Module, relative: Path, root: Path) -> dict:
    """Dict literals a module imports by name from a module of the plugin.

    ``from ..notify.batch import STATUS_TEXTS`` in ``gis/batch_text.py`` gives
    ``STATUS_TEXTS`` the values of that dict in ``notify/batch.py``; absolute
    imports name the module from the plugin's root
    (``water_outage_notifier.notify.batch``). Names that are not dict literals
    there, and modules outside the plugin, give nothing.
    """
    tables = {}
    for statement in tree.body:
        if not isinstance(statement, ast.ImportFrom):
            continue
        source = _module_path(statement, relative, root)
        if source is None:
            continue
        dicts = _module_dicts(ast.parse(source.read_text(encoding="utf-8")))
        for alias in statement.names:
            if alias.name in dicts:
                tables[alias.asname or alias.name] = dicts[alias.name]
    return tables


def _module_path(statement: ast.ImportFrom, relative: Path, root: Path):
    """The plugin file an ``import from`` reads, or ``None`` outside the plugin."""
    parts = (statement.module or "").split(".") if statement.module else []
    if statement.level:
        folder = relative.parent.parts
        if statement.level - 1 > len(folder):
            return None
        base = list(folder[: len(folder) - (statement.level - 1)])
    elif parts and parts[0] == PACKAGE:
        base, parts = [], parts[1:]
    else:
        return None
    for candidate in (Path(*base, *parts).with_suffix(".py"), Path(*base, *parts, "__init__.py")):
        if parts and (root / candidate).is_file():
            return root / candidate
    return None


def existing_translations(ts_path: Path) -> dict:
    """Finished translations already in a ``.ts`` file, by source text."""
    if not ts_path.exists():
        return {}
    done = {}
    for message in ET.parse(ts_path).getroot().iter("message"):
        if message.get("numerus") == "yes":
            continue  # forms by count: existing_plurals
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished" and translation.text:
            done[message.findtext("source")] = translation.text
    return done


def existing_plurals(ts_path: Path) -> dict:
    """Finished numerus translations already in a ``.ts`` file: source -> its forms."""
    if not ts_path.exists():
        return {}
    done = {}
    for message in ET.parse(ts_path).getroot().iter("message"):
        translation = message.find("translation")
        if message.get("numerus") != "yes" or translation is None:
            continue
        forms = tuple(form.text or "" for form in translation.iter("numerusform"))
        if translation.get("type") != "unfinished" and forms and all(forms):
            done[message.findtext("source")] = forms
    return done


def write_ts(ts_path: Path, language: str, strings: dict, plurals: dict | None = None) -> int:
    """Rewrite ``ts_path``; returns how many strings still need translating.

    ``plurals`` (``plural_strings``) are written as numerus messages: their
    forms, English ones included, are written by hand and kept.
    """
    done = existing_translations(ts_path)
    forms_done = existing_plurals(ts_path)
    plurals = plurals or {}
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    missing = 0
    for source, location in sorted({**strings, **plurals}.items()):
        message = ET.SubElement(context, "message")
        # The file only, not the line: a .ts that changes with every edit above a
        # string would make every commit touch the translations.
        file_name = location.rsplit(":", 1)[0]
        ET.SubElement(message, "location", filename=f"../{file_name}")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in plurals:
            message.set("numerus", "yes")
            forms = forms_done.get(source) or ("",) * PLURAL_FORMS[language]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form or None
            if not all(forms):
                translation.set("type", "unfinished")
                missing += 1
            continue
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
    strings, plurals = source_strings(), plural_strings()
    for language in LANGUAGES:
        missing = write_ts(
            ROOT / "i18n" / f"water_outage_notifier_{language}.ts", language, strings, plurals
        )
        print(f"{language}: {len(strings) + len(plurals)} strings, {missing} to translate")
    for location in unreadable_calls():
        print(f"{location}: tr() is given text the extractor cannot read; it stays English")
    return 0


if __name__ == "__main__":
    sys.exit(main())
