"""Where the water goes off, said in one short phrase.

A trace may touch dozens of streets; listing them all would push the SMS
to five segments. The phrase names the first streets (the caller orders
them, most affected customers first) and counts the rest:
``Imola, Via Emilia, Via Cavour e altre 3 vie``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

MORE_STREETS = {
    "it": ("e un'altra via", "e altre {n} vie"),
    "en": ("and 1 more street", "and {n} more streets"),
}
MORE_TOWNS = {
    "it": ("e un altro comune", "e altri {n} comuni"),
    "en": ("and 1 more town", "and {n} more towns"),
}
STREET_COUNT = {"it": ("1 via", "{n} vie"), "en": ("1 street", "{n} streets")}
AND = {"it": "e", "en": "and"}

# From most to least detailed: (streets named, characters for their names).
# The renderer steps down until the SMS fits its segments; at the last
# level the streets are only counted.
DETAIL_LEVELS = ((2, 45), (1, 30), (0, 0))
MAX_TOWNS = 2
MAX_TOWN_CHARS = 45


def unique_names(names: Iterable[str]) -> list[str]:
    """Names without blanks and repeats (``VIA EMILIA`` equals ``Via Emilia``),
    first spelling and order kept."""
    seen: set[str] = set()
    result = []
    for name in names:
        clean = " ".join(str(name or "").split())
        key = clean.casefold()
        if clean and key not in seen:
            seen.add(key)
            result.append(clean)
    return result


def _plural(table: dict[str, tuple[str, str]], lang: str, count: int) -> str:
    one, many = table.get(lang, table["en"])
    return one if count == 1 else many.format(n=count)


def summarise(
    names: Sequence[str],
    lang: str,
    more: dict[str, tuple[str, str]],
    max_items: int,
    max_chars: int,
) -> str:
    """The first names that fit ``max_items`` and ``max_chars`` (at least one),
    then ``e altre N vie`` for the rest; two names alone are joined with
    ``e``."""
    names = unique_names(names)
    if not names:
        return ""
    shown = [names[0]]
    for name in names[1:max_items]:
        if len(", ".join([*shown, name])) > max_chars:
            break
        shown.append(name)
    hidden = len(names) - len(shown)
    if hidden:
        return f"{', '.join(shown)} {_plural(more, lang, hidden)}"
    if len(shown) == 1:
        return shown[0]
    return f"{', '.join(shown[:-1])} {AND.get(lang, AND['en'])} {shown[-1]}"


def summarise_towns(towns: Sequence[str], lang: str) -> str:
    return summarise(towns, lang, MORE_TOWNS, MAX_TOWNS, MAX_TOWN_CHARS)


def summarise_streets(streets: Sequence[str], lang: str, level: int = 0) -> str:
    """Streets at a detail level of :data:`DETAIL_LEVELS`: ``Via Emilia, Via
    Cavour e altre 3 vie`` at level 0, ``5 vie`` at the last level."""
    max_streets, max_chars = DETAIL_LEVELS[level]
    if max_streets == 0:
        count = len(unique_names(streets))
        return _plural(STREET_COUNT, lang, count) if count else ""
    return summarise(streets, lang, MORE_STREETS, max_streets, max_chars)


def place_phrase(towns: Sequence[str], streets: Sequence[str], lang: str, level: int = 0) -> str:
    """``Imola, Via Emilia, Via Cavour e altre 3 vie``; with several towns, or
    when the streets are only counted, they go in brackets: ``Imola e Dozza
    (Via Emilia e Via Cavour)``, ``Imola (5 vie)``."""
    town_text = summarise_towns(towns, lang)
    street_text = summarise_streets(streets, lang, level)
    if not (town_text and street_text):
        return town_text or street_text
    if len(unique_names(towns)) == 1 and DETAIL_LEVELS[level][0]:
        return f"{town_text}, {street_text}"
    return f"{town_text} ({street_text})"
