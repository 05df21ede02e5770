"""Every line the plugin logs for the operator has words, in English and in Italian.

The QGIS message log is read in the interface's language, so a line is
logged as a code (``common.log_words.say``) and worded by the bridge through
the catalogue (``gis/log_text.py``). The sources are read with :mod:`ast`:

- each ``say(logger, level, code, ...)`` names a code of ``LOG_TEXTS`` or
  ``LOG_PLURALS``, as a literal, a conditional between literals, or a
  parameter of its function whose callers pass literals (``_bad(why)``);
- no logger is handed an English sentence at INFO or above (that line would
  stay English in an Italian QGIS); DEBUG lines are for developers;
- each sentence has its Italian, with the same placeholders, and a counted
  sentence its forms by count in both languages.
"""

from __future__ import annotations

import ast
import logging
import re

from water_outage_notifier.common.log_words import LOG_PLURALS, LOG_TEXTS, Said, say
from water_outage_notifier.devtools.translations import (
    ROOT,
    existing_plurals,
    existing_translations,
)

SKIPPED = ("tests", "devtools", "benchmarks", ".venv", "build")
LOGGER_METHODS = ("info", "warning", "error", "exception", "critical")
PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")


def plugin_modules():
    for path in sorted(ROOT.rglob("*.py")):
        if path.relative_to(ROOT).parts[0] not in SKIPPED:
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def _name(call: ast.Call) -> str:
    return call.func.id if isinstance(call.func, ast.Name) else getattr(call.func, "attr", "")


def _literals(node) -> set | None:
    """The texts a code argument can hold; None when it is not literals."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return {node.value}
    if isinstance(node, ast.IfExp):
        sides = [_literals(node.body), _literals(node.orelse)]
        return None if None in sides else sides[0] | sides[1]
    return None


def _assigned(function: ast.FunctionDef, name: str) -> set | None:
    """The literals ``name = ...`` gives in ``function``; None when any is not literals."""
    found = set()
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            values = _literals(node.value)
            if values is None:
                return None
            found |= values
    return found or None


def _passed_on(tree, function: ast.FunctionDef, name: str) -> set | None:
    """The literals the callers in the module give ``function``'s parameter ``name``."""
    names = [a.arg for a in function.args.args if a.arg not in ("self", "cls")]
    if name not in names:
        return None
    position, found = names.index(name), set()
    for call in ast.walk(tree):
        if isinstance(call, ast.Call) and _name(call) == function.name:
            given = next((k.value for k in call.keywords if k.arg == name), None)
            if given is None and position < len(call.args):
                given = call.args[position]
            values = _literals(given)
            if values is None:
                return None
            found |= values
    return found


def logged_codes() -> tuple:
    """``(codes, unreadable)``: every code given to ``say`` and where one cannot be read."""
    codes, unreadable = set(), []
    for path, tree in plugin_modules():
        for function in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]:
            for call in ast.walk(function):
                if not (isinstance(call, ast.Call) and _name(call) == "say" and len(call.args) > 2):
                    continue
                argument = call.args[2]
                found = _literals(argument)
                if found is None and isinstance(argument, ast.Name):
                    found = _assigned(function, argument.id) or _passed_on(
                        tree, function, argument.id
                    )
                if found is None:
                    unreadable.append(f"{path.relative_to(ROOT)}:{call.lineno}")
                else:
                    codes |= found
    return codes, unreadable


def english_log_lines() -> list:
    """``file:line`` of logger calls at INFO or above given a sentence as a literal."""
    found = []
    for path, tree in plugin_modules():
        for call in ast.walk(tree):
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr in LOGGER_METHODS
                and isinstance(call.func.value, ast.Name)
                and call.func.value.id.lower() in ("log", "logger")
                and call.args
                and isinstance(call.args[0], ast.Constant)
                and re.search(r"[A-Za-z]{2}", str(call.args[0].value).replace("%s", ""))
            ):
                found.append(f"{path.relative_to(ROOT)}:{call.lineno}")
    return found


def test_the_reader_finds_codes_of_every_kind():
    codes, _ = logged_codes()
    # a literal, a conditional, a code passed to a helper (_bad, _say_failure)
    assert {"model_ready", "intervention_extended", "intervention_rescheduled"} <= codes
    assert {"model_cache_changed", "mail_check_failed", "mail_not_sent"} <= codes


def test_every_code_is_a_literal_the_test_can_read():
    assert logged_codes()[1] == []


def test_every_code_logged_has_an_english_sentence():
    codes, _ = logged_codes()
    assert sorted(codes - set(LOG_TEXTS) - set(LOG_PLURALS)) == []
    assert set(LOG_TEXTS).isdisjoint(LOG_PLURALS)


def test_no_logger_is_given_an_english_sentence():
    assert english_log_lines() == []


def test_every_sentence_has_italian_with_the_same_placeholders():
    italian = existing_translations(ROOT / "i18n" / "water_outage_notifier_it.ts")
    for code, english in LOG_TEXTS.items():
        assert italian.get(english), f"no Italian for {code}: run `make transup` and translate"
        assert sorted(PLACEHOLDER.findall(english)) == sorted(
            PLACEHOLDER.findall(italian[english])
        ), code


def test_every_counted_sentence_has_its_forms_in_both_languages():
    for language in ("it", "en"):
        forms = existing_plurals(ROOT / "i18n" / f"water_outage_notifier_{language}.ts")
        for code, english in LOG_PLURALS.items():
            assert len(forms.get(english, ())) == 2, f"{code} ({language}): no forms by count"
            for form in forms[english]:
                assert "%n" in form, (code, language, form)
                assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(english)), (
                    code,
                    language,
                )


def test_the_console_keeps_an_english_sentence(caplog):
    logger = logging.getLogger("water_outage_notifier.test_log_words")
    with caplog.at_level(logging.INFO, logger=logger.name):
        say(logger, logging.INFO, "model_ready", count=1234)
        say(
            logger,
            logging.INFO,
            "run_finished",
            channel="sms",
            states={"ACCEPTED": 3, "FAILED": 1},
        )
        say(logger, logging.WARNING, "customers_not_indexed", count=2, ids=("7", "8"))
    assert caplog.messages == [
        "Network model ready: 1234 pipe piece(s).",
        "Sending by sms finished: ACCEPTED 3, FAILED 1.",
        "2 selected customer id(s) are not in the index (layer changed since the model was "
        "built?), e.g. 7, 8.",
    ]
    assert all(isinstance(record.msg, Said) for record in caplog.records)


def test_a_missing_parameter_reads_as_a_question_mark():
    assert str(Said("model_from_cache", {})) == "Network model loaded from the cache in ?."
