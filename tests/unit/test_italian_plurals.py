"""Italian count sentences agree with the count: never "1 utenze" or "1 SMS inviati".

Two ways keep them right, and this test reads the Italian catalogue for both:

- a sentence about one count goes through ``tr_n`` (``gis/i18n.py``) and is a
  numerus message with a singular and a plural form, in Italian and English;
- a sentence with several counts puts each number after its label
  ("SMS inviati: 1, consegnati: 0"), which reads right for any number.

The check fills each count placeholder with 1 (``%n`` too, in the singular
form) and looks, in the clause that follows the number, for an Italian
plural that needs a singular there.
"""

from __future__ import annotations

import re

from water_outage_notifier.devtools.translations import (
    ROOT,
    existing_plurals,
    existing_translations,
    plural_strings,
)

ITALIAN = ROOT / "i18n" / "water_outage_notifier_it.ts"
ENGLISH = ROOT / "i18n" / "water_outage_notifier_en.ts"
#: Placeholders that stand for a number in the plugin's sentences.
COUNTS = frozenset(
    "n count sent recipients customers unreachable delivered failed pending uncertain calls "
    "emails flyers already before waiting doubt reported taken settled revived close sources "
    "isolated unsupplied pieces segments total chars matched valves pipes added unknown "
    "numbers minutes sms queued missing dropped".split()
)
#: Italian plurals (nouns, participles, verbs) whose singular differs: wrong right after "1".
PLURALS = frozenset(
    "utenze numeri condotte valvole telefonate segmenti caratteri interventi messaggi fonti "
    "note tratti inviati inviate consegnati ricevuti riusciti riuscite incerte incerti "
    "effettuate errori aggiunti chiariti ripresi isolate coinvolte sensibili restano sono "
    "hanno avevano corrispondono riceverebbero ricevono erano scritti caricati mostrati "
    "destinatari raggiungibili avvisate state mandarli riceverli".split()
)


def disagreements(text: str, n: int = 1) -> list:
    """The clauses of ``text`` where the number 1 stands before a plural."""
    filled = re.sub(r"\{(\w+)\}", lambda m: str(n) if m.group(1) in COUNTS else "X", text).replace(
        "%n", str(n)
    )
    return [
        clause.group(0)
        for clause in re.finditer(r"(?<![\w.])1 ([^,;:.()!?]*)", filled)
        if set(re.findall(r"\w+", clause.group(1).lower())) & PLURALS
    ]


def test_the_check_finds_a_count_that_does_not_agree():
    assert disagreements("{n} utenze restano con l'acqua, ma a bassa pressione.")
    assert disagreements("{reference} ora conta: {sent} SMS inviati, {delivered} consegnati.")
    assert not disagreements("{reference} ora conta. SMS inviati: {sent}, consegnati: {n}.")
    assert not disagreements("Questo invio ha mandato {n} SMS.")
    assert not disagreements("%n utenza resta con l'acqua, ma a bassa pressione.")


def test_every_italian_sentence_agrees_with_one():
    wrong = {
        source: italian
        for source, italian in existing_translations(ITALIAN).items()
        if disagreements(italian)
    }
    assert wrong == {}


def test_every_sentence_about_one_count_has_a_singular_and_a_plural():
    sources = set(plural_strings())
    assert sources, "no tr_n() call found: the extractor is broken"
    for catalogue in (ITALIAN, ENGLISH):
        forms = existing_plurals(catalogue)
        assert set(forms) == sources, f"run `make transup` and write the forms ({catalogue.name})"
        for source, (one, other) in forms.items():
            assert "%n" in other, source
            assert one != other, f"the singular is the plural: {source}"
            assert sorted(re.findall(r"\{\w+\}", one)) == sorted(re.findall(r"\{\w+\}", source))
    for one, _other in existing_plurals(ITALIAN).values():
        assert not disagreements(one), one
