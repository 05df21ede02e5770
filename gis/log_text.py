"""The plugin's log lines in the operator's language, for the QGIS message log.

The core logs a :class:`~..common.log_words.Said` (a code and plain
parameters, see :mod:`..common.log_words`); the bridge (:mod:`.log`) asks
:func:`log_text` for its sentence. The English tables of the core are the
source of the catalogue's entries (``make transup`` reads them here), so the
words are translated once, in ``i18n/water_outage_notifier_it.ts``.

Parameters are said as the interface says them: decimals in its notation
("0,5"; whole numbers as Qt writes a plural form's count, 3863), codes of the vocabulary as their labels, the gateway's
reason codes as the sentences the dialogs use, the outbox's states as their
names; a counted sentence takes the plural form of its count.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..common.labels import label
from ..common.log_words import COUNT, LOG_PLURALS, LOG_TEXTS, Said
from ..mail.smtp import FAILURE_TEXTS
from .batch_text import status_text
from .i18n import decimal_text, document_language, tr, tr_n
from .notice_text import gateway_reason_text
from .problem_text import Shown, shown_value

#: How each channel is named in a log line ("Sending by SMS finished").
CHANNEL_WORDS = {"sms": "SMS", "call": "call", "email": "email"}
#: What a send attempt meant (``sms_gateway.provider.Outcome``), for the test SMS.
OUTCOME_WORDS = {
    "accepted": "accepted by the provider",
    "retry": "not processed; safe to send again",
    "failed": "refused",
    "uncertain": "it may have been sent",
    "lookup": "it may have been sent; the provider is asked",
}


#: Parameters whose label is a word inside the sentence, not a name.
LOWER = ("status", "from_state", "to_state")


def log_text(said: Said) -> str:
    """``said`` in the interface's language."""
    params = said.params
    if said.code in LOG_PLURALS:
        sentence = tr_n(LOG_PLURALS[said.code], int(params.get(COUNT) or 0))
    elif said.code in LOG_TEXTS:
        sentence = tr(LOG_TEXTS[said.code])
    else:  # a code without words: the core's English rather than nothing
        return str(said)
    shown = Shown({name: _value(name, value) for name, value in params.items()})
    # parameters the core also gives as English text, said again from their codes
    if params.get("mail_failure") in FAILURE_TEXTS:  # the mail server's failure
        shown["explained"] = tr(FAILURE_TEXTS[params["mail_failure"]]).format_map(shown)
    if "batch_status" in params:  # what happened to a planned work of outage:batch
        shown["status"] = status_text(list(params["batch_status"]))
    return sentence.format_map(shown)


def _value(name: str, value) -> str:
    """One parameter as the line shows it."""
    if isinstance(value, bool) or value is None:
        return shown_value(name, value)
    if isinstance(value, int):  # as Qt writes the count of a plural form: 3863
        return str(value)
    if isinstance(value, float):
        return decimal_text(value)
    if name == "gateway_reason":
        return gateway_reason_text(value) or "-"
    if name == "gateway_reasons":
        return "; ".join(gateway_reason_text(code) or "-" for code in value)
    if name == "outcome" and value in OUTCOME_WORDS:
        return tr(OUTCOME_WORDS[value])
    if name == "channel":
        return tr(CHANNEL_WORDS[value]) if value in CHANNEL_WORDS else str(value)
    if name == "states" and isinstance(value, Mapping):
        language = document_language()
        return ", ".join(
            f"{label('sms_state', state, language).lower()} {_value('', count)}"
            for state, count in value.items()
        ) or tr("none")
    if name in LOWER:  # a state inside a sentence: "da programmato a notificato"
        return shown_value(name, value).lower()
    return shown_value(name, value)
