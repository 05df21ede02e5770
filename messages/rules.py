"""Checks run before an SMS goes out, each small and each saying why.

Every check returns a tuple of :class:`Issue`; an issue with
``blocking=True`` stops the send button, the others are warnings the
operator reads and may accept. The texts are written in Italian and
English because they are shown to the operator as they are; ``code`` and
``params`` let the interface say them in its own words.

Dates (:func:`check_dates`). A notice comes before its work, so a start
already past refuses to send, unless the kind is an emergency (the break
came first) or the operator overrides it; both leave a warning. A date
that cannot be meant is refused outright, override or not: a start more
than :data:`MAX_BEHIND` ago or more than :data:`MAX_AHEAD` ahead (1900, or
9999 for 2025), or a work longer than :data:`MAX_DURATION` (an end in
9999). An end before the start cannot even be rendered
(:class:`~.context.MessageError`). The follow-ups, "water back" and
"cancelled", speak of what already happened and only get the absurd-date
checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from ..common.sms_encoding import SmsAnalysis
from ..common.sms_sender import sender_problem_of
from ..common.vocabulary import EMERGENCY, FOLLOW_UP_KINDS, PLANNED_INTERRUPTION
from . import dates

MIN_NOTICE = timedelta(hours=48)
#: A start further back than this cannot be news to anybody, emergency or not.
MAX_BEHIND = timedelta(days=30)
#: A notice further ahead than this is a typo in the year, not a plan.
MAX_AHEAD = timedelta(days=366)
#: No interruption, pressure drop or announcement of the network lasts longer.
MAX_DURATION = timedelta(days=31)
DEFAULT_WINDOW = (time(8, 0), time(21, 0))
DEFAULT_MAX_SEGMENTS = 2


@dataclass(frozen=True)
class Issue:
    """One finding of a check; ``code`` is stable for tests and logs."""

    code: str
    blocking: bool
    message_it: str
    message_en: str
    params: dict = field(default_factory=dict, hash=False, compare=False)

    def message(self, lang: str) -> str:
        return self.message_it if lang == "it" else self.message_en


def _hours(delta: timedelta) -> str:
    return f"{delta.total_seconds() / 3600:.0f}"


def check_notice(
    kind: str, start: datetime, now: datetime, minimum: timedelta = MIN_NOTICE
) -> tuple[Issue, ...]:
    """ARERA asks for at least 48 hours' notice of a planned interruption.

    A warning, not a block: the work may be urgent and the operator decides.
    A start already past is :func:`check_dates`' business.
    """
    if kind != PLANNED_INTERRUPTION:
        return ()
    notice = dates.elapsed(now, start)
    if notice >= minimum or notice.total_seconds() < 0:
        return ()
    hours, need = _hours(notice), _hours(minimum)
    return (
        Issue(
            "short_notice",
            False,
            f"Preavviso di {hours} ore: ARERA chiede almeno {need} ore per le "
            "interruzioni programmate.",
            f"Only {hours} hours' notice: ARERA asks for at least {need} hours before a "
            "planned interruption.",
            {"hours": hours, "need": need},
        ),
    )


def _when(moment: datetime) -> str:
    return f"{dates.to_local(moment):%d/%m/%Y %H:%M}"


def check_dates(
    kind: str,
    start: datetime,
    end: datetime | None,
    now: datetime,
    allow_past_start: bool = False,
) -> tuple[Issue, ...]:
    """The planned window is plausible and, for a notice, still ahead (module docstring)."""
    ahead = dates.elapsed(now, start)
    if -ahead > MAX_BEHIND:
        return (_absurd_start("too_far_behind", start, MAX_BEHIND, "fa", "ago"),)
    if ahead > MAX_AHEAD:
        return (_absurd_start("too_far_ahead", start, MAX_AHEAD, "da oggi", "from today"),)
    if end is not None and dates.elapsed(start, end) > MAX_DURATION:
        days = MAX_DURATION.days
        return (
            Issue(
                "too_long",
                True,
                f"Fine il {_when(end)}: l'intervento durerebbe più di {days} giorni. "
                "Controllare la data di fine.",
                f"End on {_when(end)}: the work would last more than {days} days. "
                "Check the end date.",
                {"end": _when(end), "days": days},
            ),
        )
    if ahead.total_seconds() >= 0 or kind in FOLLOW_UP_KINDS:  # they tell of what happened
        return ()
    params = {"start": _when(start), "hours": int(-ahead.total_seconds() // 3600)}
    if kind == EMERGENCY or allow_past_start:
        why_it, why_en = _allowed_because(kind)
        return (
            Issue(
                "start_in_past_allowed",
                False,
                f"L'inizio ({params['start']}) è già passato: invio consentito {why_it}",
                f"The start ({params['start']}) has already passed: sending allowed {why_en}",
                {**params, "why": "emergency" if kind == EMERGENCY else "override"},
            ),
        )
    return (
        Issue(
            "start_in_past",
            True,
            f"L'inizio ({params['start']}) è già passato: un avviso precede il lavoro. "
            "Correggere la data, oppure confermare l'invio come decisione dell'operatore.",
            f"The start ({params['start']}) has already passed: a notice comes before the work. "
            "Correct the date, or confirm sending as the operator's decision.",
            params,
        ),
    )


def _allowed_because(kind: str) -> tuple[str, str]:
    """Why a check let the notice go anyway: an emergency, or the operator's override."""
    if kind == EMERGENCY:
        return "per emergenza.", "for an emergency."
    return "su conferma dell'operatore.", "by the operator's override."


def _absurd_start(code: str, start: datetime, bound: timedelta, it: str, en: str) -> Issue:
    days = bound.days
    return Issue(
        code,
        True,
        f"Inizio il {_when(start)}, oltre {days} giorni {it}: controllare la data.",
        f"Start on {_when(start)}, more than {days} days {en}: check the date.",
        {"start": _when(start), "days": days},
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
    params = {"at": at, "span": span}
    if kind == EMERGENCY or override:
        why_it, why_en = _allowed_because(kind)
        return (
            Issue(
                "outside_window_allowed",
                False,
                f"Invio alle {at}, fuori dalla fascia {span}: consentito {why_it}",
                f"Sending at {at}, outside the {span} window: allowed {why_en}",
                {**params, "why": "emergency" if kind == EMERGENCY else "override"},
            ),
        )
    return (
        Issue(
            "outside_window",
            True,
            f"Sono le {at}: gli avvisi si inviano solo nella fascia {span} (ora italiana), "
            "salvo emergenze.",
            f"It is {at}: notices are sent only within {span} (Italian time), except emergencies.",
            params,
        ),
    )


def check_segments(
    analysis: SmsAnalysis, max_segments: int = DEFAULT_MAX_SEGMENTS
) -> tuple[Issue, ...]:
    """Above the configured number of segments the send is blocked: each
    segment is billed for every recipient. An empty text is blocked too."""
    if not analysis.text.strip():
        return (Issue("empty", True, "Il messaggio è vuoto.", "The message is empty.", {}),)
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
            {
                "segments": analysis.segments,
                "units": analysis.units,
                "encoding": analysis.encoding,
                "maximum": max_segments,
            },
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
            {"characters": listed},
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
            {"sender": sender} if sender else {"sender": sender, "why": "missing"},
        ),
    )
