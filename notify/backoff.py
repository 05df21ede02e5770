"""When to try again after the provider said "not now".

Honours ``Retry-After`` when given, otherwise waits an exponentially growing,
capped delay with full jitter, so that many clients do not come back in step.
After ``max_tries`` the message stops retrying and ends FAILED (retryable).
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

    def delay(
        self, tries: int, retry_after: float | None = None, rng: random.Random | None = None
    ) -> float | None:
        """Seconds to wait after the ``tries``-th failed try, or None to give up."""
        if tries >= self.max_tries:
            return None
        if retry_after is not None:
            return min(retry_after, self.max_retry_after)
        ceiling = min(self.max_delay, self.base_delay * (2 ** (tries - 1)))
        return (rng or random).uniform(ceiling / 2, ceiling)
