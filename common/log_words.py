"""Log lines said as a code and its parameters, so the QGIS message log can word them.

The pure rooms have no translation catalogue, and an operator of an Italian
QGIS reads the plugin's tab of the message log. So a line meant for that tab
is logged with :func:`say`: a :class:`Said` holding a code of
:data:`LOG_TEXTS` (or of :data:`LOG_PLURALS`, a sentence about a count) and
plain parameters (numbers, texts, codes of the vocabulary, the gateway's
reason codes). Python's own handlers (the console, pytest) print the English
sentence of these tables; the bridge to the QGIS message log
(``gis/log.py``) says the same code in the interface's language through the
catalogue (``gis/log_text.py``), these tables being the source of its
``.ts`` entries. A unit test (``tests/unit/test_log_words.py``) makes sure
every code logged has a sentence here and Italian words in the catalogue.

Parameters never carry more than the English line did: phone numbers and
addresses are masked by the caller (``common.phone_privacy``), secrets never
reach a log line.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field

#: Sentences by code; ``{name}`` is a parameter.
LOG_TEXTS = {
    # the network model (gis/model.py, gis/model_store.py) and the work site (map_tool.py)
    "model_from_cache": "Network model loaded from the cache in {folder}.",
    "model_rebuilt": "A mapped layer changed: the network model will be rebuilt.",
    "model_cache_changed": (
        "Network model cache in {folder} not used: the layers, the mapping or the settings changed."
    ),
    "model_cache_damaged": "Network model cache in {folder} not used: its data is damaged.",
    "model_cache_unreadable": "Network model cache in {folder} not used: it cannot be read.",
    "model_not_cached": "The network model could not be cached in {folder}: {detail}",
    "work_site_traced": "Work site traced: pipe pieces {pieces}, valves to close {valves}.",
    # sending (notify/pipeline.py, notify/dispatcher.py, notify/dispatch.py)
    "notice_sent": (
        "Intervention {reference}, {kind}: queued {queued}, sent now {sent_now}, sent before "
        "{already}; messages: {states}; call-centre email: {status}."
    ),
    "email_only": (
        "Intervention {reference}: call-centre email only, no SMS; call-centre email: {status}."
    ),
    "call_unanswered": "Call to {phone} unanswered ({gateway_reason}); calling again.",
    "status_unavailable": "Delivery status of {chunk} unavailable: {detail}",
    "run_finished": "Sending by {channel} finished: {states}.",
    "sending_stopped": "Sending stopped: {gateway_reason} ({detail})",
    "provider_failed": "The {provider} provider failed on chunk {chunk}.",
    "retry_later": "{chunk} to {phone} not processed ({gateway_reason}); retry in {delay} s.",
    "refused": "{phone} refused: {gateway_reason} {detail}",
    "outcome_uncertain": "{phone}: outcome uncertain ({gateway_reason}).",
    "dispatch_pass": (
        "Dispatch pass: sent {sent}, waiting {waiting}, in doubt {in_doubt}, failed {failed}; "
        "delivery reports {reported}, replies {replies}."
    ),
    "dispatch_stopped": "Dispatch pass stopped: {gateway_reason} ({detail})",
    "replies_unreadable": "Replies could not be read now: {detail}",
    # the background dispatch (gis/dispatch_task.py)
    "background_failed": "Background dispatch failed.",
    "background_skipped": "Background dispatch: the last pass still runs; this one is skipped.",
    "background_locked": "Background dispatch waits for the QGIS master password to be entered.",
    "background_cannot_start": "Background dispatch cannot start: {detail}",
    # the call-centre copy and the mail server (mail/smtp.py, notify/callcentre.py)
    "mail_check_failed": "Mail server check failed: {explained}",
    "mail_not_sent": "Call-centre email {message_id} not sent: {explained}",
    "mail_in_doubt": "Call-centre email {message_id} in doubt: {explained}",
    "mail_refused": "Call-centre email {message_id}: refused {answers}",
    "map_of_other_notice": (
        "Intervention {reference}: the map was printed for {other} (another operator's notice "
        "came first); the email goes without it."
    ),
    "callcentre_not_sent": "Intervention {reference}: call-centre email not sent: {detail}",
    # history (store/interventions.py)
    "intervention_recorded": "Intervention {reference} recorded ({kind}).",
    "intervention_rescheduled": "Intervention {reference}: rescheduled to {start} - {end}.",
    "intervention_extended": "Intervention {reference}: extended to {start} - {end}.",
    "intervention_state": "Intervention {reference}: {from_state} -> {to_state} by {actor}.",
    # the public pages (publish/, notify/publication.py, gis/publish_services.py)
    "not_published": "{reference} not published: {why}.",
    "not_published_folder": "{reference} not published: the folder could not be written ({detail}).",
    "published": "{reference} published ({change}): {address}",
    "publish_failed": "Publishing {reference} ({change}) failed.",
    "upload_broke": "Upload to {target} stopped: {detail}.",
    "upload_login_unreadable": "The public pages' upload login cannot be read: {detail}",
    # the gateway's connection (sms_gateway/http.py)
    "no_answer_safe": "{method} {url}: no answer ({detail}); not sent, safe to retry.",
    "no_answer_maybe": "{method} {url}: no answer ({detail}); it may have been processed.",
    "proxy_refused": "{method} {url}: the proxy refused its login (407).",
    "answer_cut_short": "{method} {url}: answer cut short; it may have been processed.",
    # batches, reports, the pressure check
    "planned_work": "Planned work {work}: {status}.",
    "pressure_failed": "Pressure check failed.",
    "report_not_written": "The pilot report could not be written to {folder}: {detail}",
    # settings, logins, PostGIS (gis/)
    "setting_unreadable": (
        "The setting {key} has the unreadable value '{value}'; using '{default}' instead."
    ),
    "profiles_unreadable": (
        "The stored SMS gateway profiles ({key}) are unreadable and were ignored; add the "
        "profiles again in the plugin settings."
    ),
    "profile_saved": "Saved the SMS gateway profile '{name}' ({provider}).",
    "credentials_stored": "Stored credentials '{name}' as authentication configuration {id}.",
    "postgis_login_unread": (
        "PostGIS login {id} not read ({detail}): the layer is read through QGIS."
    ),
    "postgis_through_qgis": "PostGIS table {table} read through QGIS: {detail}",
    # the dialogs
    "valve_refused": "Valve {valve} marked as 'will not close' for this intervention.",
    "history_unreadable": "The intervention history could not be read: {detail}",
    "notify_failed": "Sending the notice failed.",
    # replies and trials (notify/replies.py, notify/trials.py)
    "opted_out": "{phone} asked to receive no more SMS ({text}).",
    "test_sms": "Test SMS through '{profile}' to {phone}: {outcome}.",
}

#: Sentences about a count: ``%n`` is the parameter ``count``. The catalogue holds
#: one form per plural form of the language ("1 messaggio", "2 messaggi").
LOG_PLURALS = {
    "model_ready": "Network model ready: %n pipe piece(s).",
    "customers_indexed": (
        "%n customer(s) linked to the network (pipe pieces: {pieces}); data warnings: {warnings}."
    ),
    "customers_not_indexed": (
        "%n selected customer id(s) are not in the index (layer changed since the model was "
        "built?), e.g. {ids}."
    ),
    "customers_not_reread": (
        "Layer '{layer}': %n affected customer feature(s) could not be read again (layer "
        "changed since the model was built?), e.g. fid {fids}; listed without phone."
    ),
    "queued": "Intervention {reference}: %n new message(s) '{kind}' queued.",
    "interrupted": "%n message(s) were interrupted while sending; checking them.",
    "transient_due": "%n message(s) that failed for a transient reason are due again.",
    "calls_held": "%n follow-up call(s) wait for the calling window to open.",
    "giving_up": "{phone}: giving up after %n tries ({gateway_reason}).",
    "held_uncertain": (
        "%n message(s) stay UNCERTAIN, never resent automatically: {gateway_reasons}."
    ),
    "background_in_doubt": "Background dispatch: %n message(s) in doubt.",
    "mail_sent": "Call-centre email {message_id} sent to %n address(es).",
    "channel_queued": (
        "Intervention {reference}: %n recipient(s) by {channel}, {added} new message(s)."
    ),
    "channel_not_sent": "Intervention {reference}: %n message(s) not sent: {detail}",
    "reminders_planned": (
        "Intervention {reference}: %n reminder(s) to {phones} number(s); calls {calls}, emails "
        "{emails}."
    ),
    "pilot_report": "Pilot report for %n intervention(s) written to {folder}.",
    "uploaded": "Uploaded %n file(s) to {target}.",
    "upload_stopped": ("Upload to {target} stopped ({why}): %n file(s) sent, {waiting} waiting."),
    "resent": "Intervention {reference}: '{kind}' re-sent to %n number(s) by {actor}: {why}",
}

#: The parameter a sentence of :data:`LOG_PLURALS` counts.
COUNT = "count"


@dataclass(frozen=True)
class Said:
    """One log line: its code and plain parameters; ``str()`` is the English sentence."""

    code: str
    params: Mapping = field(default_factory=dict)

    def __str__(self) -> str:
        if self.code in LOG_PLURALS:
            text = LOG_PLURALS[self.code].replace("%n", str(self.params.get(COUNT)))
        else:
            text = LOG_TEXTS[self.code]
        return text.format_map(_English({k: _english(v) for k, v in self.params.items()}))

    def cleaned(self, clean) -> Said:
        """The same line with every text parameter passed through ``clean`` (the gateway
        logger's filter hides secrets and whole numbers this way)."""
        return Said(self.code, {k: _cleaned(v, clean) for k, v in self.params.items()})


def say(logger: logging.Logger, level: int, code: str, /, exc_info=False, **params) -> None:
    """Log the line ``code`` with ``params`` at ``level`` (``exc_info``: with the traceback)."""
    if logger.isEnabledFor(level):
        logger.log(level, Said(code, params), exc_info=exc_info)


class _English(dict):
    """A missing parameter reads '?', never an error in a log line."""

    def __missing__(self, key: str) -> str:
        return "?"


def _english(value) -> str:
    if isinstance(value, Mapping):
        return ", ".join(f"{name} {count}" for name, count in value.items()) or "-"
    if isinstance(value, (list, tuple, set, frozenset)):
        return ", ".join(str(item) for item in value) or "-"
    return str(value)


def _cleaned(value, clean):
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, (list, tuple)):
        return tuple(_cleaned(item, clean) for item in value)
    return value
