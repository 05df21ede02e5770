"""The sending algorithms ask PROFILE, LANGUAGE and DATABASE alike (one helper).

``outage:notify``, ``outage:dispatch``, ``outage:reminders``,
``outage:reschedule`` and ``outage:batch`` (which clones notify's) must
give scripts the same names, types, defaults and optionality, whatever
else each one asks.
"""

from __future__ import annotations

import pytest
from water_outage_notifier.common.labels import label
from water_outage_notifier.gis.settings_store import LANGUAGES
from water_outage_notifier.processing_provider.dispatch import DispatchAlgorithm
from water_outage_notifier.processing_provider.notify import NotifyAlgorithm
from water_outage_notifier.processing_provider.reminders import RemindersAlgorithm
from water_outage_notifier.processing_provider.reschedule import RescheduleAlgorithm

ASKED = {
    NotifyAlgorithm: ("PROFILE", "LANGUAGE", "DATABASE"),
    DispatchAlgorithm: ("PROFILE", "DATABASE"),
    RemindersAlgorithm: ("LANGUAGE", "DATABASE"),
    RescheduleAlgorithm: ("PROFILE", "LANGUAGE", "DATABASE"),
}


def shape(definition) -> tuple:
    options = definition.options() if hasattr(definition, "options") else None
    return (
        definition.type(),
        definition.description(),
        definition.defaultValue(),
        bool(definition.flags() & definition.Flag.FlagOptional),
        options,
    )


@pytest.mark.parametrize("cls", list(ASKED), ids=lambda cls: cls.NAME)
def test_each_sending_algorithm_asks_its_parameters_the_same_way(cls):
    algorithm = cls()
    algorithm.initAlgorithm()
    asked = {
        name for name in ("PROFILE", "LANGUAGE", "DATABASE") if algorithm.parameterDefinition(name)
    }
    assert asked == set(ASKED[cls])
    reference = NotifyAlgorithm()
    reference.initAlgorithm()
    for name in ASKED[cls]:
        assert shape(algorithm.parameterDefinition(name)) == shape(
            reference.parameterDefinition(name)
        ), name


def test_the_shared_parameters_keep_their_meaning_for_scripts():
    algorithm = NotifyAlgorithm()
    algorithm.initAlgorithm()
    profile, language, database = (
        shape(algorithm.parameterDefinition(name)) for name in ("PROFILE", "LANGUAGE", "DATABASE")
    )
    assert profile[0] == "string" and profile[2] == "" and profile[3]
    assert language[0] == "enum" and language[2] == 0 and not language[3]
    # a script passes the index: the options name LANGUAGES in their order, in words
    assert language[4] == [label("language", code, "en") for code in LANGUAGES]
    assert database[0] == "file" and database[3]
