"""Every code the core can say to a person has words, in English and in Italian.

The pure rooms warn, refuse and report with a ``code`` and plain
``params``; ``gis/problem_text.py`` and its tables (``warning_text``,
``notice_text``) say them. The codes are read from the core's sources with
:mod:`ast`, so a new code without words fails here before anyone reads the
core's English default in the Italian interface:

- the argument given for a ``code`` parameter (of ``DataWarning``,
  ``Reason``, ``EmailOutcome``, the exceptions and every helper that passes
  a code on) when it is a literal, and the literals assigned to a name
  ``code`` that is passed instead;
- the ``code = "..."`` of the classes that carry ``params`` (the conflicts);
- each ``why`` literal, the variant of a code that has a sentence of its own.

A code passed any other way (an expression the reader cannot follow) fails
the test too, because its words could not be checked.
"""

from __future__ import annotations

import ast
import re

from water_outage_notifier.devtools.translations import ROOT, existing_translations

#: The rooms whose codes reach the operator through ``gis/problem_text.py``.
SPEAKING = (
    "common",
    "trace",
    "customers",
    "notify",
    "messages",
    "store/conflicts.py",
    "store/interventions.py",
    "sms_gateway/profile.py",
)
#: The tables of sentences, by code, at the edge.
TABLES = ("gis/problem_text.py", "gis/warning_text.py", "gis/notice_text.py")
#: Callables taking a ``code`` that say nothing themselves: the label look-ups, the
#: operator's trial outcomes, worded by ``gis/trial_text.py`` (``trial_sms_text``), and the
#: log lines, worded by ``gis/log_text.py`` and checked by ``test_log_words.py``.
NOT_SAID = {"label", "kind_label", "TrialOutcome", "say", "Said"}
#: Rooms whose module constants may name a code (``reasons.AUTH_REFUSED``, ``NOT_JSON``).
CONSTANT_ROOMS = ("common", "trace", "customers", "notify", "store", "sms_gateway", "messages")
PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")


def core_modules():
    for room in SPEAKING:
        path = ROOT / room
        yield from sorted(path.rglob("*.py")) if path.is_dir() else [path]


def code_parameters(trees) -> dict:
    """Callable name -> position of its ``code`` parameter (functions, classes, dataclasses)."""
    found = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("__"):
                names = [a.arg for a in node.args.args if a.arg not in ("self", "cls")]
                if "code" in names:
                    found[node.name] = names.index("code")
            elif isinstance(node, ast.ClassDef):
                position = _class_code_position(node)
                if position is not None:
                    found[node.name] = position
    return found


def _class_code_position(cls: ast.ClassDef):
    for item in cls.body:
        if isinstance(item, ast.FunctionDef) and item.name in ("__init__", "__new__"):
            names = [a.arg for a in item.args.args[1:]]
            return names.index("code") if "code" in names else None
    fields = [
        item.target.id
        for item in cls.body
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
    ]
    return fields.index("code") if "code" in fields else None


def _called_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def _literals(node) -> list:
    return [
        n.value for n in ast.walk(node) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    ]


def module_constants() -> dict:
    """Module-level ``NAME = "text"`` of the core, by name (the codes named by a constant)."""
    constants = {}
    for room in CONSTANT_ROOMS:
        for path in sorted((ROOT / room).rglob("*.py")):
            for statement in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant):
                    for name in _targets(statement):
                        if name and isinstance(statement.value.value, str):
                            constants[name] = statement.value.value
    return constants


def _code_values(argument, constants: dict):
    """The codes an argument can hold; None when the reader cannot follow it.

    A literal, a constant, a conditional between those; the name ``code``
    (a helper passing its own parameter on, whose callers are read) and
    ``something.code`` (a code carried from where it was made) add none.
    """
    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
        return {argument.value} - {""}
    if isinstance(argument, ast.Name) and argument.id == "code":
        return set()
    if isinstance(argument, ast.Attribute) and argument.attr == "code":
        return set()
    name = argument.attr if isinstance(argument, ast.Attribute) else getattr(argument, "id", None)
    if name in constants:
        return {constants[name]}
    if isinstance(argument, ast.IfExp):
        sides = [_code_values(side, constants) for side in (argument.body, argument.orelse)]
        return None if None in sides else set().union(*sides)
    return None


def core_codes() -> tuple:
    """``(codes, whys, unreadable)`` said by the speaking rooms."""
    trees = {path: ast.parse(path.read_text(encoding="utf-8")) for path in core_modules()}
    takers = code_parameters(trees.values())
    constants = module_constants()
    codes, whys, unreadable = set(), set(), []
    for path, tree in trees.items():
        own = {**takers, **code_parameters([tree])}  # a module's own helper wins (``_warn``)
        for node in ast.walk(tree):
            name = _called_name(node) if isinstance(node, ast.Call) else None
            if name in own and name not in NOT_SAID:
                argument = _code_argument(node, own[name])
                found = set() if argument is None else _code_values(argument, constants)
                if found is None:
                    unreadable.append(f"{path.relative_to(ROOT)}:{node.lineno}")
                else:
                    codes |= found
            if isinstance(node, ast.Assign):
                _assigned(node, codes, whys, constants)
            if isinstance(node, ast.ClassDef) and _has_params(node):
                for item in node.body:
                    if isinstance(item, ast.Assign) and _targets(item) == ["code"]:
                        codes.update(_literals(item.value))
            if isinstance(node, ast.Dict):
                for key, value in zip(node.keys, node.values):
                    if isinstance(key, ast.Constant) and key.value == "why":
                        whys.update(_literals(value))
            if isinstance(node, ast.keyword) and node.arg == "why":
                whys.update(_literals(node.value))
    return codes, whys, unreadable


def _code_argument(call: ast.Call, position: int):
    for keyword in call.keywords:
        if keyword.arg == "code":
            return keyword.value
    return call.args[position] if position < len(call.args) else None


def _targets(assign: ast.Assign) -> list:
    names = []
    for target in assign.targets:
        elements = target.elts if isinstance(target, ast.Tuple) else [target]
        names.extend(e.id if isinstance(e, ast.Name) else None for e in elements)
    return names


def _assigned(assign: ast.Assign, codes: set, whys: set, constants: dict) -> None:
    """``code = "x"``, ``code = "x" if ... else "y"``, ``where, code = ..., "x"``."""
    names = _targets(assign)
    values = assign.value.elts if isinstance(assign.value, ast.Tuple) else [assign.value]
    for name, value in zip(names, values if len(values) == len(names) else [assign.value]):
        if name == "code":
            codes.update(_code_values(value, constants) or ())
        elif name == "why" and len(names) == 1:
            whys.update(_literals(value))


def _has_params(cls: ast.ClassDef) -> bool:
    return any(isinstance(item, ast.FunctionDef) and item.name == "params" for item in cls.body)


def edge_sentences(tables=TABLES, name: str = "TEXTS") -> dict:
    """Every key of the edge's sentence tables called ``name``, with its English sentence."""
    sentences = {}
    for table in tables:
        tree = ast.parse((ROOT / table).read_text(encoding="utf-8"))
        for statement in tree.body:
            if (
                isinstance(statement, ast.Assign)
                and _targets(statement) == [name]
                and isinstance(statement.value, ast.Dict)
            ):
                for key, value in zip(statement.value.keys, statement.value.values):
                    sentences[key.value] = value.value
    return sentences


def gateway_reasons() -> dict:
    """The gateway's reason codes (``sms_gateway/reasons.py``) and their words at the edge."""
    tree = ast.parse((ROOT / "sms_gateway" / "reasons.py").read_text(encoding="utf-8"))
    codes = {
        statement.value.value
        for statement in tree.body
        if isinstance(statement, ast.Assign)
        and isinstance(statement.value, ast.Constant)
        and isinstance(statement.value.value, str)
    }
    return codes, edge_sentences(("gis/notice_text.py",), "GATEWAY_REASONS")


def test_the_reader_finds_the_codes_of_every_kind():
    codes, whys, _ = core_codes()
    # a trace warning, a customers warning passed through a helper, a refusal, a
    # conflict's class attribute, an email outcome, a code chosen by a conditional
    assert {"dangling_end", "customer_far_from_pipe", "operator_missing", "overlap"} <= codes
    assert {"no_mail_server", "zero_length", "pipe_out_of_service"} <= codes
    assert {"not_finite", "same_point", "by_position", "not_in_layer"} <= whys


def test_every_code_is_passed_as_a_literal_the_test_can_read():
    assert core_codes()[2] == []


def test_every_code_the_core_can_say_has_words():
    codes, whys, _ = core_codes()
    keys = set(edge_sentences())
    bases = {key.split(".")[0] for key in keys}
    assert sorted(codes - bases) == []
    variants = {key.split(".", 1)[1] for key in keys if "." in key}
    assert sorted(whys - variants) == []


def test_every_gateway_reason_has_words():
    codes, words = gateway_reasons()
    assert "auth_refused" in codes
    assert sorted(codes - set(words)) == []


def test_every_sentence_has_italian_with_the_same_placeholders():
    italian = existing_translations(ROOT / "i18n" / "water_outage_notifier_it.ts")
    for key, english in {**edge_sentences(), **gateway_reasons()[1]}.items():
        assert italian.get(english), f"no Italian for {key}: run `make transup` and translate"
        assert sorted(PLACEHOLDER.findall(english)) == sorted(
            PLACEHOLDER.findall(italian[english])
        ), key
