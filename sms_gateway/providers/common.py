"""How HTTP answers and network failures translate into send outcomes.

Shared by the HTTP providers so that the safety rules live in one place:
retry only what surely never reached the provider (refused, 429), never
retry a rejected request (4xx), and after a server error or a lost answer
ask the provider first when a client reference allows it, otherwise leave
the message UNCERTAIN.
"""

from __future__ import annotations

import requests

from ...common.phone_privacy import scrub_phones
from ..http import TransportError, retry_after_seconds
from ..provider import Outcome, SubmitResult


def ambiguous(has_reference: bool) -> Outcome:
    """The outcome of a request that may have been processed."""
    return Outcome.LOOKUP if has_reference else Outcome.UNCERTAIN


def transport_result(exc: TransportError, has_reference: bool) -> SubmitResult:
    """No HTTP answer at all."""
    outcome = Outcome.RETRY if exc.safe_to_retry else ambiguous(has_reference)
    return SubmitResult(outcome, code="network", detail=str(exc))


def error_result(response: requests.Response, has_reference: bool) -> SubmitResult:
    """A non-success HTTP answer to a send request."""
    status = response.status_code
    detail = f"HTTP {status}: {scrub_phones(response.text[:200])}"
    if status == 429:
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        return SubmitResult(Outcome.RETRY, retry_after=wait, code="429", detail=detail)
    if 400 <= status < 500:
        return SubmitResult(Outcome.FAILED, code=str(status), detail=detail)
    return SubmitResult(ambiguous(has_reference), code=str(status), detail=detail)


def json_body(response: requests.Response) -> dict:
    """The JSON answer, or an empty dict when the provider sent something else."""
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}
