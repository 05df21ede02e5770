"""Gateway profiles and credentials, kept apart on purpose.

A profile (provider, URL, sender, rate...) is plain settings the QGIS adapter
stores in the QGIS settings; credentials live only in QgsAuthManager and are
handed to a provider at run time. ``to_dict`` therefore never holds a secret.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields

from ..common.sms_sender import sender_problem_of


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
        """Everything wrong with the profile, in words an operator can act on."""
        found = []
        sender_problem = sender_problem_of(self.sender) if self.sender else None
        if sender_problem:
            found.append(sender_problem)
        if self.rate <= 0:
            found.append(f"Profile '{self.name}': the rate must be above 0 messages/s.")
        if self.concurrency < 1:
            found.append(f"Profile '{self.name}': the concurrency must be at least 1.")
        if self.max_batch is not None and self.max_batch < 1:
            found.append(f"Profile '{self.name}': the batch size must be at least 1.")
        if self.connect_timeout <= 0 or self.read_timeout <= 0:
            found.append(f"Profile '{self.name}': timeouts must be above 0 seconds.")
        if self.base_url and not self.base_url.startswith(("https://", "http://")):
            found.append(f"Profile '{self.name}': the base URL must start with https://.")
        return found
