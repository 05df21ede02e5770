"""Checks run before an SMS goes out, each small and each saying why.

Every check returns a tuple of :class:`Issue`; an issue with
``blocking=True`` stops the send button, the others are warnings the
operator reads and may accept. The texts are written in Italian and
English because they are shown to the operator as they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from ..common.sms_encoding import SmsAnalysis
from ..common.sms_sender import sender_problem_of
from ..common.vocabulary import EMERGENCY, PLANNED_INTERRUPTION
from . import dates

MIN_NOTICE = timedelta(hours=48)
DEFAULT_WINDOW = (time(8, 0), time(21, 0))
DEFAULT_MAX_SEGMENTS = 2


@dataclass(frozen=True)
class Issue:
    """One finding of a check; ``code`` is stable for tests and logs."""

    code: str
    blocking: bool
    message_it: str
    message_en: str

    def message(self, lang: str) -> str:
        return self.message_it if lang == "it" else self.message_en


def _hours(delta: timedelta) -> str:
    return f"{delta.total_seconds() / 3600:.0f}"


def check_notice(
    kind: str, start: datetime, now: datetime, minimum: timedelta = MIN_NOTICE
) -> tuple[Issue, ...]:
    """ARERA asks for at least 48 hours' notice of a planned interruption.

    A warning, not a block: the work may be urgent and the operator decides.
    """
    if kind != PLANNED_INTERRUPTION:
        return ()
    notice = dates.elapsed(now, start)
    if notice >= minimum:
        return ()
    hours, need = _hours(notice), _hours(minimum)
    if notice.total_seconds() < 0:
        return (
            Issue(
                "start_in_past",
                False,
                f"L'inizio dell'interruzione programmata è già passato ({hours} ore fa).",
                f"The planned interruption already started ({hours} hours ago).",
            ),
        )
    return (
        Issue(
            "short_notice",
            False,
            f"Preavviso di {hours} ore: ARERA chiede almeno {need} ore per le "
            "interruzioni programmate.",
            f"Only {hours} hours' notice: ARERA asks for at least {need} hours before a "
            "planned interruption.",
        ),
    )


def in_window(moment: time, window: tuple[time, time]) -> bool:
    """Whether ``moment`` is inside ``[start, end)``; a window such as
    20:00-02:00 runs across midnight."""
    start, end = window
    if start <= end:
        return start <= moment < end
    return moment >= start or moment < end


def check_send_window(
    kind: str,
    now: datetime,
    window: tuple[time, time] = DEFAULT_WINDOW,
    override: bool = False,
) -> tuple[Issue, ...]:
    """Service notices are not sent at night: outside the window (Rome time)
    sending is blocked, except for emergencies or when the operator
    explicitly overrides, which leaves a warning on record."""
    local = dates.to_local(now)
    if in_window(local.time(), window):
        return ()
    span = f"{window[0]:%H:%M}-{window[1]:%H:%M}"
    at = f"{local:%H:%M}"
    if kind == EMERGENCY or override:
        return (
            Issue(
                "outside_window_allowed",
                False,
                f"Invio alle {at}, fuori dalla fascia {span}: consentito "
                + ("per emergenza." if kind == EMERGENCY else "su conferma dell'operatore."),
                f"Sending at {at}, outside the {span} window: allowed "
                + ("for an emergency." if kind == EMERGENCY else "by the operator's override."),
            ),
        )
    return (
        Issue(
            "outside_window",
            True,
            f"Sono le {at}: gli avvisi si inviano solo nella fascia {span} (ora italiana), "
            "salvo emergenze.",
            f"It is {at}: notices are sent only within {span} (Italian time), except emergencies.",
        ),
    )


def check_segments(
    analysis: SmsAnalysis, max_segments: int = DEFAULT_MAX_SEGMENTS
) -> tuple[Issue, ...]:
    """Above the configured number of segments the send is blocked: each
    segment is billed for every recipient. An empty text is blocked too."""
    if not analysis.text.strip():
        return (Issue("empty", True, "Il messaggio è vuoto.", "The message is empty."),)
    if analysis.segments <= max_segments:
        return ()
    return (
        Issue(
            "too_many_segments",
            True,
            f"Il messaggio occupa {analysis.segments} SMS ({analysis.units} caratteri "
            f"{analysis.encoding}); il massimo impostato è {max_segments}.",
            f"The message takes {analysis.segments} SMS segments ({analysis.units} "
            f"{analysis.encoding} units); the configured maximum is {max_segments}.",
        ),
    )


def check_encoding(analysis: SmsAnalysis) -> tuple[Issue, ...]:
    """Warn when one character pushes the text to UCS-2 (70 characters a
    segment instead of 160), naming it and its GSM-7 replacement."""
    if analysis.is_gsm7:
        return ()
    listed = ", ".join(
        f"'{o.char}' ({o.codepoint})"
        + (f" -> '{o.replacement}'" if o.replacement is not None else "")
        for o in analysis.offending
    )
    return (
        Issue(
            "ucs2",
            False,
            f"Caratteri fuori dall'alfabeto GSM-7: {listed}. Il messaggio passa a UCS-2 "
            "(70 caratteri per SMS).",
            f"Characters outside the GSM-7 alphabet: {listed}. The message switches to "
            "UCS-2 (70 characters per segment).",
        ),
    )


def check_sender(sender: str) -> tuple[Issue, ...]:
    """The sender name must follow the AGCOM alias rules (the gateway's own
    validator decides; this turns its answer into an operator issue)."""
    problem = sender_problem_of(sender) if sender else "No sender configured."
    if problem is None:
        return ()
    return (
        Issue(
            "bad_sender",
            True,
            f"Mittente '{sender}' non valido: al massimo 11 lettere o cifre, non inizia con "
            "una cifra, non generico (INFO, SMS), registrato presso AGCOM.",
            problem,
        ),
    )
