"""Attribute values as people typed them, whatever type the layer stored them in.

The same value reaches the plugin as text in one layer and as a number in
another: a pipe id ``7`` on the pipes and ``"007"`` on the customers
exported from billing, a valve state ``1.0`` from a REAL column where the
operator typed ``1``, a mobile number ``3471234567.0`` from a spreadsheet
column read as a double. Compared as Python values they never meet, and a
double's text (``"3471234567.0"``) even reads as another phone number once
its dot is taken for a separator. Every comparison of a typed value goes
through these two functions, so each room reads them alike.
"""

from __future__ import annotations


def attribute_text(value: object) -> str:
    """The text a person typed for ``value``: trimmed, a whole double without ``.0``;
    "" for None."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def id_key(value: object) -> str | None:
    """How an id is matched across layers when its exact value is not found.

    Its :func:`attribute_text`; a whole number, typed or stored, loses its
    leading zeros and sign ``+`` (``"007"``, ``7`` and ``7.0`` are one key).
    None for a blank value.
    """
    if type(value) is int:  # the usual id: no text to read
        return str(value)
    text = attribute_text(value)
    if not text:
        return None
    digits = text[1:] if text[0] in "+-" else text
    if digits.isascii() and digits.isdigit():
        return str(int(text))
    return text


def keyed(values) -> dict:
    """``{id_key(value): position of its first value}`` of ``values``, blanks left out."""
    table: dict = {}
    for position, value in enumerate(values):
        table.setdefault(id_key(value), position)
    table.pop(None, None)
    return table
