"""The place phrase stays short however many streets a trace touches."""

from __future__ import annotations

from water_outage_notifier.messages.places import (
    DETAIL_LEVELS,
    place_phrase,
    summarise_streets,
    unique_names,
)

STREETS = ("Via Emilia", "Via Cavour", "Via Appia", "Via Selice", "Via Mazzini")


def test_single_town_names_two_streets_and_counts_the_rest():
    assert place_phrase(("Imola",), STREETS, "it") == "Imola, Via Emilia, Via Cavour e altre 3 vie"
    assert place_phrase(("Imola",), STREETS, "en") == (
        "Imola, Via Emilia, Via Cavour and 3 more streets"
    )


def test_small_lists_are_joined_naturally():
    assert place_phrase(("Imola",), ("Via Emilia",), "it") == "Imola, Via Emilia"
    assert place_phrase(("Imola",), STREETS[:2], "it") == "Imola, Via Emilia e Via Cavour"
    assert (
        place_phrase(("Imola",), STREETS[:3], "it")
        == "Imola, Via Emilia, Via Cavour e un'altra via"
    )
    assert place_phrase(("Imola",), (), "it") == "Imola"
    assert place_phrase((), STREETS[:2], "en") == "Via Emilia and Via Cavour"


def test_several_towns_put_streets_in_brackets():
    towns = ("Imola", "Dozza", "Medicina", "Imola")
    assert place_phrase(towns, STREETS[:2], "it") == (
        "Imola, Dozza e un altro comune (Via Emilia e Via Cavour)"
    )


def test_long_names_are_not_all_listed():
    long_streets = ("Viale Giuseppe Garibaldi Eroe", "Via Vittorio Emanuele Secondo", "Via Po")
    assert summarise_streets(long_streets, "it") == "Viale Giuseppe Garibaldi Eroe e altre 2 vie"


def test_lower_detail_levels_shorten_then_count():
    last = len(DETAIL_LEVELS) - 1
    assert summarise_streets(STREETS, "it", 1) == "Via Emilia e altre 4 vie"
    assert summarise_streets(STREETS, "it", last) == "5 vie"
    assert summarise_streets(STREETS[:1], "en", last) == "1 street"
    assert place_phrase(("Imola",), STREETS, "it", last) == "Imola (5 vie)"


def test_duplicates_and_blanks_removed_first_spelling_kept():
    assert unique_names(["Via Emilia", "VIA  EMILIA", "", None, " Via Cavour "]) == [
        "Via Emilia",
        "Via Cavour",
    ]
