"""When to try again after the provider said "not now".

Honours ``Retry-After`` when given, otherwise waits an exponentially growing,
capped delay with full jitter, so that many clients do not come back in step.
After ``max_tries`` the message stops retrying and ends FAILED (retryable);
given a deadline instead, it keeps trying at the capped delay until a retry
would come after the deadline. ``patience`` is how long a send run keeps
trying, transient failures and doubt alike (``notify.recovery``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    """How patient to be with a throttled or unreachable provider."""

    max_tries: int = 5
    base_delay: float = 1.0
    max_delay: float = 60.0
    max_retry_after: float = 300.0
    patience: float = 600.0

    def delay(
        self,
        tries: int,
        retry_after: float | None = None,
        rng: random.Random | None = None,
        deadline: float | None = None,
        now: float = 0.0,
    ) -> float | None:
        """Seconds to wait after the ``tries``-th failed try, or None to give up:
        after ``max_tries``, or with a ``deadline`` when ``now`` plus the wait passes it."""
        if deadline is None and tries >= self.max_tries:
            return None
        if retry_after is not None:  # a deadline honours it whole: later, not sooner
            wait = retry_after if deadline is not None else min(retry_after, self.max_retry_after)
        else:
            ceiling = min(self.max_delay, self.base_delay * (2 ** (min(tries, 30) - 1)))
            wait = (rng or random).uniform(ceiling / 2, ceiling)
        if deadline is not None and now + wait > deadline:
            return None
        return wait

    @classmethod
    def from_options(cls, options: dict) -> RetryPolicy:
        """The policy a gateway profile's options set (``retry_base_delay``,
        ``retry_max_delay``, ``retry_patience``, in seconds), defaults otherwise:
        a provider's contract may ask for gentler retries, a drill for quicker ones."""
        names = {"retry_base_delay": "base_delay", "retry_max_delay": "max_delay"}
        names["retry_patience"] = "patience"
        return cls(**{field: float(options[key]) for key, field in names.items() if key in options})
