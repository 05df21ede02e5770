"""Gateway profiles and credentials, kept apart on purpose.

A profile (provider, URL, sender, rate...) is plain settings the QGIS adapter
stores in the QGIS settings; credentials live only in QgsAuthManager and are
handed to a provider at run time. ``to_dict`` therefore never holds a secret.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from urllib.parse import urlsplit

from ..common.sms_sender import sender_problem_code, sender_problem_of
from . import reasons
from .http import url_problem

#: Provider options that hold a URL the plugin sends credentials to.
URL_OPTIONS = ("url", "lookup_url", "status_url")


@dataclass(frozen=True)
class ProfileProblem:
    """One thing wrong with a profile: a reason code, its parameters, and an
    English default text until the adapters translate the code."""

    code: str
    params: dict
    message: str


@dataclass(frozen=True)
class Credentials:
    """What the caller read from its secret store; the repr never shows it."""

    username: str = ""
    password: str = field(default="", repr=False)
    token: str = field(default="", repr=False)
    extra: dict = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class GatewayProfile:
    """One configured gateway. ``authcfg`` is the QgsAuthManager id, not a secret."""

    name: str
    provider: str
    base_url: str = ""
    sender: str = ""
    authcfg: str = ""
    rate: float = 10.0
    concurrency: int = 1
    max_batch: int | None = None
    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    options: dict = field(default_factory=dict)

    @property
    def timeout(self) -> tuple[float, float]:
        """The (connect, read) timeout every request carries."""
        return (self.connect_timeout, self.read_timeout)

    def to_dict(self) -> dict:
        """Settings to store; there is no secret in a profile to leak."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> GatewayProfile:
        """Rebuild a stored profile, ignoring keys written by a newer plugin."""
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})

    def problems(self) -> list[str]:
        """Everything wrong with the profile, in words an operator can act on
        (English defaults; :meth:`check` gives the codes behind them)."""
        return [problem.message for problem in self.check()]

    def check(self) -> list[ProfileProblem]:
        """Everything wrong with the profile, as reason codes with parameters."""
        found = []
        name = self.name
        named = {"profile": name}
        why = sender_problem_code(self.sender) if self.sender else None
        if why:
            found.append(
                ProfileProblem(
                    "invalid_sender",
                    {**named, "sender": self.sender, "why": why},
                    sender_problem_of(self.sender),
                )
            )
        if self.rate <= 0:
            found.append(
                ProfileProblem(
                    "invalid_rate", named, f"Profile '{name}': the rate must be above 0 messages/s."
                )
            )
        if self.concurrency < 1:
            found.append(
                ProfileProblem(
                    "invalid_concurrency",
                    named,
                    f"Profile '{name}': the concurrency must be at least 1.",
                )
            )
        if self.max_batch is not None and self.max_batch < 1:
            found.append(
                ProfileProblem(
                    "invalid_batch_size",
                    named,
                    f"Profile '{name}': the batch size must be at least 1.",
                )
            )
        if self.connect_timeout <= 0 or self.read_timeout <= 0:
            found.append(
                ProfileProblem(
                    "invalid_timeout", named, f"Profile '{name}': timeouts must be above 0 seconds."
                )
            )
        found.extend(self._url_problems())
        if self.provider == "generic":
            found.extend(self.generic_problems())
        return found

    def generic_problems(self) -> list[ProfileProblem]:
        """Options of the generic provider that cannot work alone: a status
        read without the values that mean "taken" would take any status (an
        error too) for sent; a per-recipient list in a batch needs the number
        or the reference to tell whose result each entry is."""
        options = self.options
        batch = int(options.get("max_batch", 1) or 1)
        batch = min(batch, self.max_batch) if self.max_batch else batch
        pairs = [
            ("status_path", "accepted_values", not options.get("accepted_values")),
            ("recipient_status_path", "accepted_values", not options.get("accepted_values")),
            (
                "recipients_path",
                "recipient_status_path / recipient_id_path",
                not (options.get("recipient_status_path") or options.get("recipient_id_path")),
            ),
            (
                "recipients_path",
                "recipient_phone_path / recipient_ref_path",
                batch > 1
                and not (options.get("recipient_phone_path") or options.get("recipient_ref_path")),
            ),
        ]
        return [
            ProfileProblem(
                "generic_option_missing",
                {"profile": self.name, "option": option, "needs": needs},
                f"Profile '{self.name}': the option {option} needs {needs} as well, or the "
                "plugin cannot tell a message taken from one refused.",
            )
            for option, needs, missing in pairs
            if options.get(option) and missing
        ]

    def _url_problems(self) -> list[ProfileProblem]:
        """The base URL, and URL options written out literally (not built by a
        template), must be https, or plain http to this machine only."""
        urls = {"base_url": self.base_url}
        for option in URL_OPTIONS:
            value = self.options.get(option)
            if isinstance(value, str) and "://" in value.split("{", 1)[0]:
                urls[option] = value
        found = []
        for field_name, url in urls.items():
            code = url_problem(url) if url else None
            if code == reasons.INSECURE_URL:
                message = (
                    f"Profile '{self.name}': {field_name} uses plain http:// to another "
                    "machine; credentials would travel unencrypted. Use https:// (plain "
                    "http is allowed only to 127.0.0.1, ::1 or localhost)."
                )
            elif code:
                message = f"Profile '{self.name}': {field_name} must start with https://."
            else:
                continue
            host = urlsplit(url).hostname or ""
            params = {"profile": self.name, "field": field_name, "host": host}
            found.append(ProfileProblem(code, params, message))
        return found
