"""The pilot report's figures: what the utility measured during its trial.

The pilot was judged on how many customers were warned per intervention,
who could not be reached and why (they still need flyers), how many SMS and
segments it cost, and how much notice customers got. These figures are
computed here from the intervention records and from the per-message
states, which belong to the outbox: they come in through a ``MessageSource``
callable so that this module never reads the outbox's tables. Without one,
the recipient snapshot kept with each intervention is used.

Definitions (shown in the report too):
- interventions are counted when their planned start falls in the period;
- customers affected exclude cancelled interventions; a customer hit by two
  interventions counts twice (the pilot's "472 customers for 16 interventions");
- warned = the customer had the first notice: an SMS or an email ACCEPTED or
  DELIVERED, or a call answered; counted per channel too (a customer reached
  by a call is warned by call, never "unreachable (landline)"), and once in
  the total whatever the channels;
- SMS accepted = taken by the provider (ACCEPTED, DELIVERED or UNDELIVERED),
  failed = FAILED or UNDELIVERED; segments count the accepted SMS, follow-ups
  ("cancelled", "water back") included;
- calls to landlines and emails to customers are counted apart, follow-ups
  included: calls placed (the provider took them), answered, failed (never
  placed, or never answered after the redials); emails the server took;
- notice = hours from the first notice to the planned start, averaged over
  the notified interventions;
- an intervention in several municipalities counts once in each of their
  rows, and once in the total.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Callable

from ..common.labels import label
from ..common.vocabulary import (
    ACCEPTED,
    CALL,
    CANCELLED,
    DELIVERED,
    EMAIL,
    EMAIL_SENT,
    FAILED,
    FOLLOW_UP_KINDS,
    SENT_STATES,
    SMS,
    UNDELIVERED,
)
from .interventions import Intervention, InterventionStore, MessageRow, When, to_rome

#: reference -> the intervention's messages (kind, phone, state, segments).
MessageSource = Callable[[str], Iterable[MessageRow]]

WARNED_STATES = frozenset({ACCEPTED, DELIVERED})
FAILED_STATES = frozenset({FAILED, UNDELIVERED})
#: Reason given to customers whose every notice SMS failed.
SMS_FAILED_REASON = "sms_failed"
NO_MUNICIPALITY = "(unspecified)"


@dataclass
class Figures:
    """Additive counters for one scope (an intervention, a municipality, the total)."""

    interventions: int = 0
    by_kind: Counter = field(default_factory=Counter)
    by_state: Counter = field(default_factory=Counter)
    customers_affected: int = 0
    customers_warned: int = 0
    #: Customers warned by each channel (``sms``, ``call``, ``email``).
    warned_by_channel: Counter = field(default_factory=Counter)
    unreachable_by_reason: Counter = field(default_factory=Counter)
    sms_accepted: int = 0
    sms_delivered: int = 0
    sms_failed: int = 0
    sms_segments: int = 0
    notice_hours_sum: float = 0.0
    notified: int = 0
    #: Notified interventions whose first SMS went 48 hours or more before the start.
    notice_met_48h: int = 0
    emails_sent: int = 0
    #: Calls to landlines placed (answered or not), answered, failed or never answered.
    calls_placed: int = 0
    calls_answered: int = 0
    calls_failed: int = 0
    #: Emails to customers the mail server took.
    customer_emails_sent: int = 0

    @property
    def average_notice_hours(self) -> float | None:
        """Mean notice in hours, None when nothing was notified."""
        return self.notice_hours_sum / self.notified if self.notified else None

    @property
    def notice_48h_share(self) -> float | None:
        """Per cent of the notified interventions told 48 hours or more ahead (ARERA)."""
        return 100.0 * self.notice_met_48h / self.notified if self.notified else None

    def add(self, other: Figures) -> None:
        """Add another scope's counters to this one."""
        for name, value in vars(other).items():
            mine = getattr(self, name)
            if isinstance(mine, Counter):
                mine.update(value)
            else:
                setattr(self, name, mine + value)


@dataclass(frozen=True)
class PilotReport:
    """Figures for a period: the total, each municipality and each intervention."""

    period_start: datetime
    period_end: datetime
    total: Figures
    municipalities: tuple[tuple[str, Figures], ...]
    interventions: tuple[tuple[Intervention, Figures], ...]

    def kinds(self) -> list[str]:
        """Intervention kinds present, sorted: the dynamic columns of the tables."""
        return sorted(self.total.by_kind)

    def reasons(self) -> list[str]:
        """Unreachable reasons present, sorted."""
        return sorted(self.total.unreachable_by_reason)


def period_bounds(period_start: When | date, period_end: When | date) -> tuple[datetime, datetime]:
    """[start, end) in Rome time; a plain date as the end means the whole of that day."""
    start = _bound(period_start, "period_start", whole_day=False)
    end = _bound(period_end, "period_end", whole_day=True)
    if end <= start:
        raise ValueError(f"period_end {end.isoformat()} must be after period_start.")
    return start, end


def build_report(
    store: InterventionStore,
    period_start: When | date,
    period_end: When | date,
    messages: MessageSource | None = None,
) -> PilotReport:
    """Compute the pilot figures for interventions planned to start in the period."""
    start, end = period_bounds(period_start, period_end)
    source = messages or store.message_rows
    items = store.select(
        "i.start_ts >= ? AND i.start_ts < ?", (int(start.timestamp()), int(end.timestamp()))
    )
    total = Figures()
    by_municipality: dict[str, Figures] = {}
    per_intervention = []
    for item in items:
        figures = intervention_figures(store, item, list(source(item.reference)))
        per_intervention.append((item, figures))
        total.add(figures)
        for name in item.municipalities or (NO_MUNICIPALITY,):
            by_municipality.setdefault(name, Figures()).add(figures)
    return PilotReport(
        start,
        end,
        total,
        tuple(sorted(by_municipality.items(), key=lambda pair: pair[0].casefold())),
        tuple(per_intervention),
    )


def intervention_figures(
    store: InterventionStore, item: Intervention, rows: Sequence[MessageRow]
) -> Figures:
    """The counters of one intervention (see the module's definitions)."""
    figures = Figures(interventions=1)
    figures.by_kind[item.kind] += 1
    figures.by_state[item.state] += 1
    if item.state != CANCELLED:
        figures.customers_affected = len(item.customer_ids)
    for row in rows:
        took = row.state in SENT_STATES
        if row.channel == CALL:
            figures.calls_placed += took
            figures.calls_answered += row.state == DELIVERED
            figures.calls_failed += row.state in FAILED_STATES
        elif row.channel == EMAIL:
            figures.customer_emails_sent += took
        else:
            figures.sms_accepted += took
            figures.sms_delivered += row.state == DELIVERED
            figures.sms_failed += row.state in FAILED_STATES
            figures.sms_segments += row.segments if took else 0
    by_channel, failed = _notice_outcomes(store, item.reference, rows)
    warned = set().union(*by_channel.values())
    figures.customers_warned = len(warned)
    figures.warned_by_channel.update(
        {channel: len(customers) for channel, customers in by_channel.items() if customers}
    )
    figures.unreachable_by_reason.update(
        reason for customer, reason in item.unreachable if customer not in warned
    )
    if failed - warned:
        figures.unreachable_by_reason[SMS_FAILED_REASON] += len(failed - warned)
    if item.notified_at is not None:
        figures.notified = 1
        figures.notice_hours_sum = (item.planned_start - item.notified_at) / timedelta(hours=1)
        figures.notice_met_48h = int(figures.notice_hours_sum >= NOTICE_HOURS)
    figures.emails_sent = sum(email.status == EMAIL_SENT for email in store.emails(item.reference))
    return figures


def _notice_outcomes(store: InterventionStore, reference: str, rows: Sequence[MessageRow]):
    """({channel: customers warned}, customers whose SMS notice failed), mapped
    through the snapshot; a call warns once answered (DELIVERED)."""
    state_of = {
        (row.channel, row.phone): row.state for row in rows if row.kind not in FOLLOW_UP_KINDS
    }
    warned: dict = {}
    failed: set = set()
    for recipient in store.notice_recipients(reference, every_channel=True):
        channel = recipient.channel
        state = state_of.get((channel, recipient.phone))
        if state == DELIVERED or (state in WARNED_STATES and channel != CALL):
            warned.setdefault(channel, set()).update(recipient.customer_ids)
        elif state in FAILED_STATES and channel == SMS:
            failed.update(recipient.customer_ids)
    return warned, failed


def _bound(value: When | date, what: str, whole_day: bool) -> datetime:
    if isinstance(value, str) and len(value.strip()) == 10:
        value = date.fromisoformat(value.strip())
    if isinstance(value, date) and not isinstance(value, datetime):
        day = value + timedelta(days=1) if whole_day else value
        return to_rome(datetime(day.year, day.month, day.day), what)
    return to_rome(value, what)


# -- tables shared by the CSV and the HTML outputs ---------------------------
# Columns are codes (``("interventions", "pressure_drop")`` is the count of
# pressure-drop interventions); the tables show them in the report's
# language through the labels catalogue, never as codes.

INTERVENTION_COLUMNS = (
    "reference",
    "kind",
    "state",
    "planned_start",
    "planned_end",
    "started_at",
    "finished_at",
    "municipalities",
)
#: The notice the regulator expects for a planned interruption, in hours.
NOTICE_HOURS = 48
#: How the planned start reads in the interventions table.
DATE_FORMAT = "%d/%m/%Y %H:%M"


def decimal_text(value: float, lang: str) -> str:
    """One decimal, with a comma in Italian (Italian spreadsheets read it as a number)."""
    text = f"{value:.1f}"
    return text.replace(".", ",") if lang == "it" else text


def figure_columns(report: PilotReport) -> list[tuple[str, str | None]]:
    """The figures' columns as ``(code, kind or reason)``, the present ones included."""
    return [
        ("interventions", None),
        *(("interventions", kind) for kind in report.kinds()),
        ("cancelled", None),
        ("customers_affected", None),
        ("customers_warned", None),
        ("warned_sms", None),
        ("warned_call", None),
        ("warned_email", None),
        ("unreachable", None),
        *(("unreachable", reason) for reason in report.reasons()),
        ("sms_accepted", None),
        ("sms_delivered", None),
        ("sms_failed", None),
        ("sms_segments", None),
        ("average_notice_hours", None),
        ("notice_48h_share", None),
        ("emails_sent", None),
        ("calls_placed", None),
        ("calls_answered", None),
        ("calls_failed", None),
        ("customer_emails_sent", None),
    ]


def heading(column: tuple[str, str | None], lang: str) -> str:
    """A column's heading: ``Interventi: Calo di pressione``, ``Non raggiungibili: Numero fisso``."""
    code, detail = column
    words = label("report_column", code, lang)
    if detail is None:
        return words
    return f"{words}: {label('kind' if code == 'interventions' else 'reason', detail, lang)}"


def figure_values(report: PilotReport, figures: Figures) -> list[object]:
    """The figures of one scope, in figure_columns order (None when not applicable)."""
    average, share = figures.average_notice_hours, figures.notice_48h_share
    return [
        figures.interventions,
        *(figures.by_kind[kind] for kind in report.kinds()),
        figures.by_state[CANCELLED],
        figures.customers_affected,
        figures.customers_warned,
        *(figures.warned_by_channel[channel] for channel in (SMS, CALL, EMAIL)),
        sum(figures.unreachable_by_reason.values()),
        *(figures.unreachable_by_reason[reason] for reason in report.reasons()),
        figures.sms_accepted,
        figures.sms_delivered,
        figures.sms_failed,
        figures.sms_segments,
        None if average is None else round(average, 1),
        None if share is None else round(share, 1),
        figures.emails_sent,
        figures.calls_placed,
        figures.calls_answered,
        figures.calls_failed,
        figures.customer_emails_sent,
    ]


def _headings(report: PilotReport, first: Sequence[str], lang: str) -> list[str]:
    columns = [(code, None) for code in first] + figure_columns(report)
    return [heading(column, lang) for column in columns]


def summary_table(report: PilotReport, lang: str = "en") -> tuple[list[str], list[list[object]]]:
    """One row per municipality, then the total, headed in ``lang``."""
    unnamed = label("report_text", "no_municipality", lang)
    scopes = [*report.municipalities, (label("report_text", "total", lang), report.total)]
    rows = [
        [unnamed if name == NO_MUNICIPALITY else name, *figure_values(report, figures)]
        for name, figures in scopes
    ]
    return _headings(report, ("municipality",), lang), rows


def interventions_table(
    report: PilotReport, lang: str = "en"
) -> tuple[list[str], list[list[object]]]:
    """One row per intervention with its own figures, kinds and states in words."""
    rows = [
        [
            item.reference,
            label("kind", item.kind, lang),
            label("state", item.state, lang),
            item.planned_start.strftime(DATE_FORMAT),
            item.planned_end.strftime(DATE_FORMAT),
            *(_moment(when) for when in (item.started_at, item.finished_at)),
            ", ".join(item.municipalities),
            *figure_values(report, figures),
        ]
        for item, figures in report.interventions
    ]
    return _headings(report, INTERVENTION_COLUMNS, lang), rows


def _moment(when: datetime | None) -> str:
    """An actual time as the table shows it, empty when it did not happen."""
    return "" if when is None else when.strftime(DATE_FORMAT)
