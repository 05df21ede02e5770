"""Data warnings and notes on a Processing feedback: warnings one by one, notes summed up.

A network drawn with long mains holds a tee note per branch: thousands on a
whole utility. Each warning is pushed on its own (the operator must read
them); notes are pushed a few per kind, then counted, so they never bury
the warnings in the log.
"""

from __future__ import annotations

from collections import defaultdict

from ..gis.i18n import tr_n
from ..gis.problem_text import problem_text

#: Notes of one kind pushed in full before the rest is counted.
NOTES_SHOWN = 3


def push_data_warnings(feedback, warnings) -> None:
    """Push every warning, and the notes grouped by code."""
    notes = defaultdict(list)
    for warning in warnings:
        if warning.is_note:
            notes[warning.code].append(warning)
        else:
            feedback.pushWarning(problem_text(warning))
    for group in notes.values():
        for note in group[:NOTES_SHOWN]:
            feedback.pushInfo(problem_text(note))
        if len(group) > NOTES_SHOWN:
            feedback.pushInfo(
                tr_n("… and %n more notes of the same kind.", len(group) - NOTES_SHOWN)
            )
