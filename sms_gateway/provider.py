"""The provider interface, the results it returns, and the provider registry.

Every provider answers in the same small vocabulary (``Outcome``) so that
the dispatcher alone decides what is safe to retry. The registry lets
another plugin or a user script add a provider with ``register_provider``.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum

from .http import HttpClient
from .profile import Credentials, GatewayProfile


class Outcome(Enum):
    """What a send attempt means for the message, from the sender's side."""

    ACCEPTED = "accepted"  # the provider took it
    RETRY = "retry"  # surely never processed: safe to send again
    FAILED = "failed"  # refused for good (invalid number, bad request)
    UNCERTAIN = "uncertain"  # may or may not have been sent: never resend blindly
    LOOKUP = "lookup"  # server error, but the client reference lets us ask first


class Delivery(Enum):
    """A provider status normalised for the outbox."""

    UNKNOWN = "unknown"  # the provider has no trace of it: it was never sent
    ACCEPTED = "accepted"  # queued or sent, no final answer yet
    DELIVERED = "delivered"
    UNDELIVERED = "undelivered"


@dataclass(frozen=True)
class Capabilities:
    """What the dispatcher may ask of a provider."""

    max_batch: int = 1
    client_reference: bool = False
    status_lookup: bool = False


@dataclass(frozen=True)
class OutgoingMessage:
    """One SMS to one number; ``ref`` is the outbox's stable client reference."""

    ref: str
    phone: str
    text: str
    provider_id: str | None = None


@dataclass(frozen=True)
class RecipientResult:
    """The provider's answer for one recipient of an accepted request."""

    outcome: Outcome
    provider_id: str | None = None
    code: str | None = None
    detail: str = ""


@dataclass(frozen=True)
class SubmitResult:
    """The answer to one request. ``recipients`` (by message ref) is filled when
    the request was accepted; otherwise ``outcome`` covers the whole batch."""

    outcome: Outcome
    recipients: dict[str, RecipientResult] = field(default_factory=dict)
    retry_after: float | None = None
    code: str | None = None
    detail: str = ""

    def for_message(self, ref: str) -> RecipientResult:
        """This recipient's own result, or the batch's when it has none."""
        if ref in self.recipients:
            return self.recipients[ref]
        return RecipientResult(self.outcome, code=self.code, detail=self.detail)


@dataclass(frozen=True)
class StatusReport:
    """A status read back from the provider for one message."""

    delivery: Delivery
    provider_id: str | None = None
    code: str | None = None


class AuthenticationError(RuntimeError):
    """The provider refused our credentials: stop, nothing was sent."""


class StatusUnavailableError(RuntimeError):
    """A status lookup got no usable answer; the message stays as it was."""


class Provider(ABC):
    """One SMS provider. Implementations use ``self.http`` for every request."""

    name = "abstract"
    capabilities = Capabilities()

    def __init__(self, profile: GatewayProfile, credentials: Credentials, http: HttpClient):
        self.profile = profile
        self.credentials = credentials
        self.http = http
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
        ``batch_ref`` (so it was never sent). Only with ``status_lookup``."""
        raise NotImplementedError(f"The {self.name} provider cannot look up statuses.")

    def close(self) -> None:
        """Release network resources."""
        self.http.close()


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
