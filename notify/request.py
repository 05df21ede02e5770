"""What the caller asks of the pipeline, what it lends it, and what it gets back.

Plain data only, so the dialog, the Processing algorithm and the demo can
fill a request from their own widgets, parameters or files.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Callable

from ..common.vocabulary import FAILED, PENDING, SENT_STATES, UNCERTAIN
from ..customers.selection import CustomerSelection
from ..mail.smtp import SmtpSettings
from ..messages.preview import Preview, SendRules
from ..sms_gateway.provider import Provider
from ..store.interventions import InterventionStore
from ..store.outbox import Outbox
from .backoff import RetryPolicy


@dataclass(frozen=True)
class InterventionPlan:
    """The intervention as the operator planned it; ``reference`` None makes a new one.

    ``segment_ids`` are what conflicts are checked on (the isolated pipes'
    ids when the caller has no segment ids); ``area_wkt`` gives the store
    its extent for the history map. ``public_area`` is the generalised
    area the public page and feeds show: GeoJSON MultiPolygon coordinates
    in WGS 84, made by the QGIS edge from the affected pipes.
    """

    kind: str
    start: datetime
    end: datetime | None
    operator: str
    reference: str | None = None
    work_pipe_ids: tuple = ()
    valves_to_close: tuple = ()
    segment_ids: tuple = ()
    area_wkt: str | None = None
    public_area: tuple = ()


@dataclass(frozen=True)
class MessageOptions:
    """How the SMS is written and checked: the utility's settings of the day.

    ``override_window`` and ``allow_past_start`` are the operator's decisions
    to send outside the send window and after the planned start.
    """

    language: str = "it"
    utility_name: str = ""
    callcentre_number: str = ""
    #: The public pages' base URL: the SMS links to it plus the short reference.
    link: str | None = None
    templates_dir: str | None = None
    rules: SendRules = SendRules()
    override_window: bool = False
    allow_past_start: bool = False
    #: A voice profile is set: customers with only a consented landline are called.
    voice: bool = False
    #: A mail server is set: customers are emailed where email is their channel.
    customer_email: bool = False


class Reason(str):
    """A refusal or warning of the pipeline: a sentence that also carries its ``code``.

    Everything that shows ``NotifyResult.refused`` and ``warnings`` keeps
    reading sentences; an adapter that knows ``code`` says it in the
    operator's language with ``params`` instead.
    """

    code: str
    params: dict

    def __new__(cls, text: str, code: str, params: dict | None = None) -> Reason:
        reason = super().__new__(cls, text)
        reason.code = code
        reason.params = dict(params or {})
        return reason

    @classmethod
    def of(cls, problem) -> str:
        """``problem`` (an exception or an issue with ``code`` and ``params``) as a Reason."""
        text = problem if isinstance(problem, str) else str(problem)
        code = getattr(problem, "code", None)
        return cls(text, code, getattr(problem, "params", None)) if code else text


@dataclass(frozen=True)
class Resend:
    """A deliberate second send of the same notice, written to the audit trail."""

    operator: str
    reason: str


@dataclass(frozen=True)
class NotifyRequest:
    """One notice to send: who (``selection``), what (``plan`` + ``options``), how.

    ``places`` overrides the municipalities and streets read from the
    selection (``{"municipalities": [...], "streets": [...]}``, most affected
    first). ``dry_run`` sends through the caller's File gateway into a
    scratch outbox and records nothing. ``map_png`` is the call-centre's map,
    made before the notice (see ``pipeline.expected_reference``).
    ``send_at`` is the earliest moment the operator wants it to leave (None:
    now); outside the send window it waits for the window's next opening
    (``messages.send_time``), and ``outage:dispatch`` sends it when due.
    """

    plan: InterventionPlan
    selection: CustomerSelection
    options: MessageOptions = MessageOptions()
    places: dict | None = None
    send_email: bool = True
    map_png: bytes | None = None
    #: The reference printed on ``map_png``: a map printed for another one is not sent.
    map_reference: str | None = None
    dry_run: bool = False
    resend: Resend | None = None
    send_at: datetime | None = None


@dataclass(frozen=True)
class MailCopy:
    """Where the call-centre copy goes; the SMTP password is already resolved."""

    smtp: SmtpSettings
    sender: str
    recipients: tuple


@dataclass
class Services:
    """The long-lived parts the pipeline uses: one database, one provider, the mail.

    ``now`` is the clock of the preview rules (48 h notice, send window);
    ``retry`` and ``rate`` tune the dispatcher (tests make them quick).
    ``publisher`` publishes each change of an intervention (see
    ``notify.publication``); None publishes nothing.
    """

    outbox: Outbox
    store: InterventionStore
    provider: Provider | None
    mail: MailCopy | None = None
    now: Callable[[], datetime] = field(default=lambda: datetime.now(timezone.utc))
    retry: RetryPolicy | None = None
    publisher: Callable | None = None
    #: The voice provider (``channel`` call) landlines are called through; None: no calls.
    voice: Provider | None = None

    def close(self) -> None:
        """Release the gateway's connections and this thread's database connection."""
        for provider in (self.provider, self.voice):
            if provider is not None:
                provider.close()
        self.store.db.close()

    def __enter__(self) -> Services:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


@dataclass(frozen=True)
class EmailOutcome:
    """The call-centre copy: ``sent``, ``failed`` or ``skipped``, and why.

    ``code`` says why for the dialogs' words (``notify.callcentre`` lists
    them); ``detail`` is the core's sentence or the mail server's answer.
    """

    status: str
    detail: str = ""
    message_id: str | None = None
    code: str = ""

    @property
    def params(self) -> dict:
        return {"detail": self.detail}


@dataclass(frozen=True)
class NotifyResult:
    """What happened, in figures the dialog and the JSON report show as they are.

    ``refused`` lists why nothing was sent (and nothing written); when it is
    empty, ``counts`` are this message kind's outbox states for the
    intervention (the whole intervention, every press so far), ``queued``
    the numbers added by this call, ``sent_now`` the numbers the provider
    took during this call and ``already_sent`` those it had taken before
    (never sent twice). ``not_received`` counts by reason code the numbers
    that surely did not get the notice (FAILED, UNDELIVERED): the only
    ones a deliberate re-send is for.
    ``scheduled_at`` is when a notice that waits (for the send window, or
    the operator's *send at*) will leave; None when it went now.
    """

    kind: str
    reference: str | None = None
    preview: Preview | None = None
    refused: tuple = ()
    warnings: tuple = ()
    counts: dict = field(default_factory=dict)
    recipients: int = 0
    unreachable: int = 0
    queued: int = 0
    already_sent: int = 0
    sent_now: int = 0
    not_received: dict = field(default_factory=dict)
    canceled: bool = False
    error: str | None = None
    needs_operator: int = 0
    email: EmailOutcome | None = None
    state: str | None = None
    dry_run: bool = False
    #: The public page's outcome (``publish.service.PublishOutcome``), None when not published.
    publication: object | None = None
    scheduled_at: datetime | None = None
    #: The calls' and the customers' emails' outbox states (empty: none went).
    calls: dict = field(default_factory=dict)
    emails: dict = field(default_factory=dict)
    #: Recipients and cost per channel, in the preview (``notify.channels``).
    channels: object | None = None
    #: Messages of a notice still waiting written again with a change's new
    #: dates (``notify.waiting_notice``): they go to their recipients instead
    #: of a postponement.
    moved: int = 0

    @property
    def ok(self) -> bool:
        return not self.refused and self.error is None

    @property
    def sent(self) -> int:
        return sum(self.counts.get(state, 0) for state in SENT_STATES)

    @property
    def pending(self) -> int:
        return self.counts.get(PENDING, 0)

    @property
    def failed(self) -> int:
        return self.counts.get(FAILED, 0)

    @property
    def uncertain(self) -> int:
        return self.counts.get(UNCERTAIN, 0)

    def to_dict(self) -> dict:
        """The JSON-ready summary (``outage:notify``'s report)."""
        preview = self.preview
        return {
            "kind": self.kind,
            "reference": self.reference,
            "dry_run": self.dry_run,
            "refused": list(self.refused),
            "warnings": list(self.warnings),
            "text": preview.text if preview else None,
            "encoding": preview.analysis.encoding if preview else None,
            "segments": preview.analysis.segments if preview else None,
            "recipients": self.recipients,
            "unreachable": self.unreachable,
            "queued": self.queued,
            "already_sent": self.already_sent,
            "sent_now": self.sent_now,
            "not_received": dict(self.not_received),
            "counts": dict(self.counts),
            "canceled": self.canceled,
            "error": self.error,
            "needs_operator": self.needs_operator,
            "email": None if self.email is None else dict(vars(self.email)),
            "state": self.state,
            "publication": _publication(self.publication),
            "scheduled_at": self.scheduled_at.isoformat() if self.scheduled_at else None,
        }


def _publication(outcome) -> dict | None:
    """The public page's outcome for the JSON report: codes and addresses only."""
    if outcome is None:
        return None
    upload = outcome.upload
    return {
        "code": outcome.code,
        "url": outcome.url,
        "page_file": outcome.page_file,
        "upload": None if upload is None else {"code": upload.code, "pending": len(upload.pending)},
    }
