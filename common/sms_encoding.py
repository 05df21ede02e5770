"""How an SMS text will travel: GSM-7 or UCS-2, and in how many segments.

Operators pay per segment and a single stray character (a curly apostrophe
pasted from a word processor, a capital ``È``) silently turns the whole
message into UCS-2, cutting the room per segment from 160 to 70 characters.
:func:`analyse` tells the encoding, the units and the segments exactly as a
GSM network counts them (GSM 03.38 / 03.40), and names each offending
character with an Italian-friendly replacement; :func:`suggest_replacements`
applies those replacements so the text can stay in GSM-7.

Counting rules:

- GSM-7 counts septets: a character of the extension table (``^ { } \\ [ ] ~
  | €`` and form feed) costs two (escape + code). One segment holds 160
  septets; a split message holds 153 per part, and an escape pair is never
  split across two parts.
- UCS-2 counts UTF-16 code units: a character outside the Basic
  Multilingual Plane (an emoji) costs two and its surrogate pair is never
  split. One segment holds 70 units; a split message holds 67 per part.
"""

from __future__ import annotations

from dataclasses import dataclass

GSM7 = "GSM-7"
UCS2 = "UCS-2"

# GSM 03.38 default alphabet, in code order (0x1B, the escape, is left out).
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ"
    " !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§"
    "¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# Characters reached through the escape code: two septets each.
GSM7_EXTENSION = frozenset("\f^{}\\[]~|€")

SINGLE_SEGMENT = {GSM7: 160, UCS2: 70}
MULTI_SEGMENT = {GSM7: 153, UCS2: 67}

# Replacements that keep a text in GSM-7, chosen for Italian writing: an
# accented capital becomes the letter and an apostrophe (``È`` -> ``E'``), as
# Italians write on keyboards without it; typography becomes plain ASCII.
REPLACEMENTS = {
    "À": "A'",
    "È": "E'",
    "Ì": "I'",
    "Ò": "O'",
    "Ù": "U'",
    "Á": "A'",
    "Í": "I'",
    "Ó": "O'",
    "Ú": "U'",
    "á": "à",
    "í": "ì",
    "ó": "ò",
    "ú": "ù",
    "ç": "Ç",
    "’": "'",
    "‘": "'",
    "‚": "'",
    "′": "'",
    "`": "'",
    "´": "'",
    "“": '"',
    "”": '"',
    "„": '"',
    "«": '"',
    "»": '"',
    "″": '"',
    "–": "-",
    "—": "-",
    "‐": "-",
    "‑": "-",
    "−": "-",
    "…": "...",
    # "n° 5" -> "n. 5", "1° piano" -> "1. piano": the usual Italian readings.
    "°": ".",
    "•": "-",
    "\u00a0": " ",
    "\u202f": " ",
    "\t": " ",
    "\u200b": "",
    "\ufeff": "",
}


@dataclass(frozen=True)
class OffendingChar:
    """A character that forces UCS-2, where it is and what could replace it.

    ``replacement`` is ``None`` when no GSM-7 spelling is known (an emoji):
    the operator has to rephrase.
    """

    char: str
    positions: tuple[int, ...]
    replacement: str | None

    @property
    def codepoint(self) -> str:
        """``U+2019`` style name, readable where the glyph itself is not."""
        return f"U+{ord(self.char):04X}"


@dataclass(frozen=True)
class SmsAnalysis:
    """What the network will make of a text.

    ``units`` are septets for GSM-7 and UTF-16 code units for UCS-2;
    ``per_segment`` is the room of each segment for this message (160 or 70
    when it fits one, 153 or 67 when split); ``parts`` is the text as the
    segments will carry it. An empty text has no segment.
    """

    text: str
    encoding: str
    units: int
    segments: int
    per_segment: int
    parts: tuple[str, ...]
    offending: tuple[OffendingChar, ...]

    @property
    def is_gsm7(self) -> bool:
        return self.encoding == GSM7

    @property
    def remaining(self) -> int:
        """Units still free in the last segment before another one starts."""
        if not self.parts:
            return self.per_segment
        return self.per_segment - unit_count(self.parts[-1], self.encoding)


def char_units(char: str, encoding: str) -> int:
    """Units one character costs in ``encoding``."""
    if encoding == GSM7:
        return 2 if char in GSM7_EXTENSION else 1
    return 2 if ord(char) > 0xFFFF else 1


def unit_count(text: str, encoding: str) -> int:
    """Septets (GSM-7) or UTF-16 code units (UCS-2) of ``text``."""
    return sum(char_units(c, encoding) for c in text)


def is_gsm7_char(char: str) -> bool:
    return char in GSM7_BASIC or char in GSM7_EXTENSION


def _split(text: str, encoding: str, room: int) -> tuple[str, ...]:
    """Cut ``text`` into parts of at most ``room`` units, never inside a
    character: an escape pair or a surrogate pair that would straddle the
    boundary moves whole to the next part."""
    parts: list[str] = []
    start, used = 0, 0
    for index, char in enumerate(text):
        cost = char_units(char, encoding)
        if used + cost > room:
            parts.append(text[start:index])
            start, used = index, 0
        used += cost
    parts.append(text[start:])
    return tuple(parts)


def find_offending(text: str) -> tuple[OffendingChar, ...]:
    """Every non-GSM-7 character once, in order of first appearance."""
    positions: dict[str, list[int]] = {}
    for index, char in enumerate(text):
        if not is_gsm7_char(char):
            positions.setdefault(char, []).append(index)
    return tuple(
        OffendingChar(char, tuple(where), REPLACEMENTS.get(char))
        for char, where in positions.items()
    )


def analyse(text: str) -> SmsAnalysis:
    """Encoding, units, segments and offending characters of ``text``."""
    offending = find_offending(text)
    encoding = UCS2 if offending else GSM7
    units = unit_count(text, encoding)
    if not text:
        return SmsAnalysis(text, encoding, 0, 0, SINGLE_SEGMENT[encoding], (), offending)
    if units <= SINGLE_SEGMENT[encoding]:
        room = SINGLE_SEGMENT[encoding]
        parts: tuple[str, ...] = (text,)
    else:
        room = MULTI_SEGMENT[encoding]
        parts = _split(text, encoding, room)
    return SmsAnalysis(text, encoding, units, len(parts), room, parts, offending)


def suggest_replacements(text: str) -> str:
    """``text`` with every known offending character replaced.

    Characters without a known GSM-7 spelling are kept, so the result may
    still be UCS-2; :func:`analyse` on it tells which ones are left.
    """
    return "".join(
        REPLACEMENTS.get(char, char) if not is_gsm7_char(char) else char for char in text
    )
