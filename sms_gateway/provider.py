"""The provider interface, the results it returns, and the provider registry.

Every provider answers in the same small vocabulary so that the sending loop
alone decides what is safe to retry:

* ``submit`` → ``SubmitResult`` (an ``Outcome`` per message, with a reason
  code from ``reasons``);
* ``reconcile`` → a ``Resolution`` per message in doubt: the provider has
  it (``SENT``, with its status), surely never got it (``NOT_SENT``),
  refused it for good (``REFUSED``), or cannot tell now (``HELD``, with the
  reason the operator is shown);
* ``lookup`` → ``StatusReport``\\ s, the delivery status of accepted messages.

Nothing here is SMS-specific beyond the field names: a voice call through a
provider is one more ``OutgoingMessage`` whose ``text`` is spoken. A
provider's ``channel`` says which of the outbox's messages it carries (SMS,
or calls for the voice providers); a call that rang out unanswered comes
back as ``Delivery.UNANSWERED``, which the dispatcher may place again.

The registry lets another plugin or a user script add a provider with
``register_provider``.
"""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum

from ..common.vocabulary import SMS
from . import reasons
from .http import GatewayStop, HttpClient
from .privacy import SECRETS, clean
from .profile import Credentials, GatewayProfile


class Outcome(Enum):
    """What a send attempt means for the message, from the sender's side."""

    ACCEPTED = "accepted"  # the provider took it
    RETRY = "retry"  # surely never processed: safe to send again
    FAILED = "failed"  # refused for good (invalid number, bad request)
    UNCERTAIN = "uncertain"  # may or may not have been sent: never resend blindly
    LOOKUP = "lookup"  # may have been sent, and the provider can be asked right away


class Delivery(Enum):
    """A provider status normalised for the outbox."""

    UNKNOWN = "unknown"  # the provider has no trace of it: it was never sent
    ACCEPTED = "accepted"  # queued or sent, no final answer yet
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"  # sent, but it never reached the phone
    REFUSED = "refused"  # the provider took the request but refused this number
    UNANSWERED = "unanswered"  # a call placed and never answered (busy, no answer)


class Reconcile(Enum):
    """How a provider settles a message whose send attempt left it in doubt."""

    REFERENCE = "reference"  # asked by the client reference the request carried
    SEARCH = "search"  # found in the provider's message list by number and text
    NONE = "none"  # cannot be asked: held for the operator


class Finding(Enum):
    """What the provider's records say about one message in doubt."""

    SENT = "sent"  # it has the message; ``report`` says how far it got
    NOT_SENT = "not_sent"  # it surely never got it: safe to send again
    REFUSED = "refused"  # it took the request but refused this number for good
    HELD = "held"  # cannot tell now; ``code`` says why, ``retry_at`` when to ask again


@dataclass(frozen=True)
class Capabilities:
    """What the sending loop may ask of a provider."""

    max_batch: int = 1
    client_reference: bool = False  # our reference travels with the request
    status_lookup: bool = False  # delivery status can be read back (``lookup``)
    reconcile: Reconcile = Reconcile.NONE
    inbound: bool = False  # the SMS customers send us can be read (``inbound``)


@dataclass(frozen=True)
class InboundMessage:
    """One SMS a customer sent to the utility: the provider's id, the
    sender's number, the text and when it arrived (epoch seconds)."""

    provider_id: str
    phone: str
    text: str
    at: float


@dataclass(frozen=True)
class OutgoingMessage:
    """One message to one number.

    ``ref`` is the outbox's stable client reference; ``reference`` the
    intervention reference the text should carry (a list search trusts a
    match only then); ``attempted_at`` (wall-clock seconds) when the last
    attempt that left it in doubt started, which tells whether the
    provider's list has had time to show it.
    """

    ref: str
    phone: str
    text: str
    provider_id: str | None = None
    reference: str | None = None
    attempted_at: float | None = None


#: Stored details are for support, not archives: longer texts are cut
#: (after cleaning, so that a cut never leaves half a secret readable).
MAX_DETAIL = 300


def _clean_detail(result) -> None:
    """Frozen results clean their ``detail`` once, whoever built them."""
    object.__setattr__(result, "detail", clean(result.detail)[:MAX_DETAIL])


@dataclass(frozen=True)
class RecipientResult:
    """The provider's answer for one recipient of an accepted request."""

    outcome: Outcome
    provider_id: str | None = None
    code: str | None = None
    detail: str = ""

    def __post_init__(self):
        _clean_detail(self)


@dataclass(frozen=True)
class SubmitResult:
    """The answer to one request. ``recipients`` (by message ref) is filled when
    the request was accepted; otherwise ``outcome`` covers the whole batch."""

    outcome: Outcome
    recipients: dict[str, RecipientResult] = field(default_factory=dict)
    retry_after: float | None = None
    code: str | None = None
    detail: str = ""

    def __post_init__(self):
        _clean_detail(self)

    def for_message(self, ref: str) -> RecipientResult:
        """This recipient's own result, or the batch's when it has none."""
        if ref in self.recipients:
            return self.recipients[ref]
        return RecipientResult(self.outcome, code=self.code, detail=self.detail)


@dataclass(frozen=True)
class StatusReport:
    """A status read back from the provider for one message; ``code`` is the
    provider's own status or error code (``DLVRD``, ``delivered``, ``30003``)."""

    delivery: Delivery
    provider_id: str | None = None
    code: str | None = None


@dataclass(frozen=True)
class Resolution:
    """The provider's word on one message in doubt (see ``Finding``).

    ``code`` is a reason code for NOT_SENT, REFUSED and HELD; ``retry_at``
    (wall-clock seconds) says when a HELD message is worth asking about again.
    """

    finding: Finding
    report: StatusReport | None = None
    code: str | None = None
    detail: str = ""
    retry_at: float | None = None

    def __post_init__(self):
        _clean_detail(self)


class AuthenticationError(GatewayStop):
    """The provider refused our credentials: stop, nothing was sent."""

    code = reasons.AUTH_REFUSED


class AccountRefusedError(GatewayStop):
    """A status inside a 2xx that the profile's ``stop_values`` name (Vonage's
    "4" bad credentials, "9" out of credit): the provider sends nothing for
    this account, so the run stops, the messages wait, the operator is told."""

    code = reasons.ACCOUNT_REFUSED


class RedirectedError(GatewayStop):
    """The gateway answered a send with a redirect (3xx). Nothing follows it:
    the credentials would go to another host. The run stops until the
    profile's address is corrected, and the redirected request's messages
    are in doubt (a 303 after a POST says it was processed)."""

    code = reasons.REDIRECTED

    def __init__(self, message: str, in_doubt: bool = True):
        super().__init__(message)
        self.in_doubt = in_doubt


class UnreadableLoginError(GatewayStop):
    """A login answered 2xx with no session in it (a proxy's page, the wrong
    address): nothing can be sent, and the credentials are not to blame."""

    code = reasons.UNREADABLE_ANSWER


class StatusUnavailableError(RuntimeError):
    """A status lookup got no usable answer; the message stays as it was.
    ``code`` is the reason code, ``retry_at`` (wall seconds) when to ask again."""

    def __init__(self, message: str, code: str = reasons.LOOKUP_UNAVAILABLE, retry_at=None):
        super().__init__(clean(message))
        self.code = code
        self.retry_at = retry_at


Batches = Mapping[str, Sequence[OutgoingMessage]]


class Provider(ABC):
    """One SMS provider. Implementations use ``self.http`` for every request.

    ``clock`` (wall seconds) and ``sleep`` are attributes so that tests can
    put a provider on a fake clock.
    """

    name = "abstract"
    capabilities = Capabilities()
    #: The outbox channel whose messages this provider carries.
    channel = SMS

    def __init__(self, profile: GatewayProfile, credentials: Credentials, http: HttpClient):
        SECRETS.add_credentials(credentials)
        self.profile = profile
        self.credentials = credentials
        self.http = http
        self.clock: Callable[[], float] = time.time
        self.sleep: Callable[[float], None] = time.sleep
        if profile.max_batch:
            limit = min(profile.max_batch, self.capabilities.max_batch)
            self.capabilities = replace(self.capabilities, max_batch=limit)

    @abstractmethod
    def submit(self, batch_ref: str, messages: Sequence[OutgoingMessage]) -> SubmitResult:
        """Send one request for ``messages`` (at most ``max_batch`` of them)."""

    def lookup(
        self, batch_ref: str, messages: Sequence[OutgoingMessage]
    ) -> dict[str, StatusReport] | None:
        """Statuses by message ref; ``None`` when the provider knows nothing of
        ``batch_ref`` (so it was never sent). Only with ``status_lookup``.
        Raises ``StatusUnavailableError`` when no usable answer came."""
        raise NotImplementedError(f"The {self.name} provider cannot look up statuses.")

    def inbound(self, since: float) -> list[InboundMessage]:
        """The SMS customers sent us at or after ``since`` (epoch seconds),
        oldest first; only with ``capabilities.inbound``. Raises
        ``StatusUnavailableError`` when no usable answer came."""
        raise NotImplementedError(f"The {self.name} provider cannot read replies.")

    def reconcile(self, batches: Batches, known_ids: Collection[str] = ()) -> dict[str, Resolution]:
        """What the provider's records say about messages left in doubt.

        ``batches`` maps each batch reference to its messages in doubt;
        ``known_ids`` are provider ids the caller already gave to other
        messages (a search never hands them out again). Every message gets a
        ``Resolution``; a provider that cannot be asked, or stops (refused
        credentials), holds them all with the reason. Providers implement
        ``_reconcile``.
        """
        if self.capabilities.reconcile is Reconcile.NONE:
            return held_all(batches, reasons.CANNOT_ASK, f"{self.name} cannot be asked")
        try:
            found = self._reconcile(batches, frozenset(known_ids))
        except GatewayStop as exc:
            return held_all(batches, exc.code, str(exc))
        missing = Resolution(Finding.HELD, code=reasons.NOT_IN_ANSWER)
        return {m.ref: found.get(m.ref, missing) for ms in batches.values() for m in ms}

    def _reconcile(self, batches: Batches, known_ids: frozenset) -> dict[str, Resolution]:
        """Asks by client reference through ``lookup``; a provider that
        searches its message list instead overrides this."""
        found = {}
        for batch_ref, messages in batches.items():
            try:
                statuses = self.lookup(batch_ref, messages)
            except StatusUnavailableError as exc:
                found.update(held_all({batch_ref: messages}, exc.code, str(exc), exc.retry_at))
                continue
            for message in messages:
                found[message.ref] = resolution_of(statuses, message)
        return found

    def close(self) -> None:
        """Release network resources."""
        self.http.close()


def resolution_of(statuses: dict[str, StatusReport] | None, message) -> Resolution:
    """A message's finding from a by-reference lookup (``None``: batch unknown)."""
    if statuses is None:
        return Resolution(Finding.NOT_SENT, code=reasons.NOT_SENT, detail="batch unknown")
    report = statuses.get(message.ref)
    if report is None:
        return Resolution(Finding.HELD, code=reasons.NOT_IN_ANSWER)
    if report.delivery is Delivery.UNKNOWN:
        return Resolution(Finding.NOT_SENT, code=reasons.NOT_SENT, detail=report.code or "")
    if report.delivery is Delivery.REFUSED:
        return Resolution(
            Finding.REFUSED, report, code=refusal_reason(report.code), detail=report.code or ""
        )
    return Resolution(Finding.SENT, report)


def refusal_reason(provider_code: str | None) -> str:
    """The reason code of a per-number refusal a provider reported."""
    return REFUSAL_REASONS.get(str(provider_code or "").upper(), reasons.INVALID_NUMBER)


#: Provider refusal codes seen in order statuses, by reason.
REFUSAL_REASONS = {
    "BLACKLISTED": reasons.NUMBER_OPTED_OUT,
    "INVALIDCONTENTS": reasons.CONTENT_REFUSED,
    "TOOM4NUM": reasons.THROTTLED,
    "TOOM4USER": reasons.THROTTLED,
}


def held_all(batches: Batches, code: str, detail: str = "", retry_at: float | None = None) -> dict:
    """The same HELD resolution for every message of ``batches``."""
    held = Resolution(Finding.HELD, code=code, detail=detail, retry_at=retry_at)
    return {message.ref: held for messages in batches.values() for message in messages}


ProviderFactory = Callable[[GatewayProfile, Credentials, HttpClient], Provider]
_REGISTRY: dict[str, ProviderFactory] = {}


def register_provider(name: str, factory: ProviderFactory) -> None:
    """Make a provider available under ``name`` (a later call replaces it)."""
    _REGISTRY[name] = factory


def provider_names() -> list[str]:
    """The registered provider names, for the settings dialog."""
    from . import providers  # noqa: F401 - registers the built-in providers

    return sorted(_REGISTRY)


def create_provider(
    profile: GatewayProfile, credentials: Credentials, proxies: dict | None = None
) -> Provider:
    """Build the provider a profile names, with a hardened HTTP client."""
    names = provider_names()
    if profile.provider not in _REGISTRY:
        raise ValueError(
            f"Profile '{profile.name}': unknown SMS provider '{profile.provider}' "
            f"(known: {', '.join(names)})."
        )
    http = HttpClient(timeout=profile.timeout, proxies=proxies)
    return _REGISTRY[profile.provider](profile, credentials, http)
