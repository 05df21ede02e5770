"""How HTTP answers and network failures translate into send outcomes.

Shared by the HTTP providers so that the safety rules live in one place:

* **transient** (``RETRY``): the request surely never reached the provider
  or was not processed: a refused connection, a connect timeout, 429 (with
  its ``Retry-After``), 408;
* **permanent** (``FAILED``): the provider refused the request (other 4xx),
  or it could not be built (a header with CR/LF, a bad URL);
* **in doubt**: a 5xx or a lost answer may come after the provider took the
  message. Where the provider can be asked (``Capabilities.reconcile``) the
  answer is ``LOOKUP``, otherwise ``UNCERTAIN``; never a blind resend.
* a 2xx without what a send's answer must hold (an HTML page, an empty,
  cut or differently shaped body, an error inside a 200) is in doubt too
  (``unreadable_answer``): never taken for sent on a guess;
* 401/403 stop the whole run (``AuthenticationError``): nothing was sent;
* a redirect (3xx) stops the run as well (``RedirectedError``), and is
  never followed: the credentials would go to another host.

Look-ups (GET requests that change nothing) may be repeated, so ``ask``
waits out a throttled or briefly unavailable provider a few times.
"""

from __future__ import annotations

import email.utils
from collections.abc import Callable
from urllib.parse import urlsplit

import requests

from .. import reasons
from ..http import TransportError, retry_after_seconds
from ..provider import (
    AuthenticationError,
    Outcome,
    Provider,
    RedirectedError,
    StatusUnavailableError,
    SubmitResult,
)

LOOKUP_ATTEMPTS = 3
LOOKUP_MAX_WAIT = 30.0  # seconds a look-up waits for a throttled provider before giving up


def ambiguous(can_ask: bool) -> Outcome:
    """The outcome of a request that may have been processed."""
    return Outcome.LOOKUP if can_ask else Outcome.UNCERTAIN


def transport_result(exc: TransportError, can_ask: bool) -> SubmitResult:
    """No HTTP answer at all."""
    if exc.permanent:
        outcome = Outcome.FAILED
    elif exc.safe_to_retry:
        outcome = Outcome.RETRY
    else:
        outcome = ambiguous(can_ask)
    return SubmitResult(outcome, code=exc.code, detail=str(exc))


def error_result(
    response: requests.Response,
    can_ask: bool,
    refusal: Callable[[requests.Response], str | None] | None = None,
    provider: str = "the provider",
) -> SubmitResult:
    """A non-success HTTP answer to a send request.

    ``refusal`` reads a 4xx answer's body for the precise reason (invalid
    number, opted out...); without one a 4xx is ``request_refused``.
    """
    status = response.status_code
    detail = f"HTTP {status}: {response.text}"  # cleaned, then cut, by SubmitResult
    wait = retry_after(response)
    if status in (401, 403):
        raise AuthenticationError(
            f"{provider} refused the credentials (HTTP {status}); check the gateway profile."
        )
    if 300 <= status < 400:
        raise RedirectedError(redirect_text(response))
    if status == 429:
        return SubmitResult(Outcome.RETRY, retry_after=wait, code=reasons.THROTTLED, detail=detail)
    if status == 408:  # the provider gave up waiting for our request: not processed
        return SubmitResult(Outcome.RETRY, code=reasons.NETWORK_UNREACHED, detail=detail)
    if 400 <= status < 500:
        code = (refusal(response) if refusal else None) or (
            reasons.CONTENT_REFUSED if status == 413 else reasons.REQUEST_REFUSED
        )
        return SubmitResult(Outcome.FAILED, code=code, detail=detail)
    return SubmitResult(
        ambiguous(can_ask), retry_after=wait, code=reasons.SERVER_ERROR, detail=detail
    )


def retry_after(response: requests.Response) -> float | None:
    """The answer's ``Retry-After`` in seconds. A date is measured from the
    answer's own ``Date`` (the gateway's clock), not from ours: a clock
    minutes off would wait minutes too long, or not at all."""
    try:
        now = email.utils.parsedate_to_datetime(response.headers.get("Date", "")).timestamp()
    except (TypeError, ValueError):
        now = None
    return retry_after_seconds(response.headers.get("Retry-After"), now)


def redirect_text(response: requests.Response) -> str:
    """A redirect, said without its target's path or query (they may hold secrets)."""
    target = urlsplit(response.headers.get("Location", "")).hostname or "?"
    return f"HTTP {response.status_code} to {target}, not followed"


def unreadable(response: requests.Response, can_ask: bool, missing: str) -> SubmitResult:
    """A 2xx answer to a send that does not hold ``missing`` (the id, the
    status...): the gateway may have taken the message, or may be a proxy's
    page that never passed it on. In doubt, so the provider is asked."""
    detail = f"HTTP {response.status_code} without {missing}: {response.text}"
    return SubmitResult(ambiguous(can_ask), code=reasons.UNREADABLE_ANSWER, detail=detail)


def json_object(response: requests.Response) -> dict | None:
    """The JSON object the provider answered, or None for anything else."""
    try:
        data = response.json()
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def json_body(response: requests.Response) -> dict:
    """The JSON answer, or an empty dict when the provider sent something else."""
    data = json_object(response)
    return {} if data is None else data


def json_path(data, path: str):
    """``messages.0.status`` → data["messages"][0]["status"]; None when absent."""
    for part in path.split(".") if path else ():
        if isinstance(data, list) and part.isdigit() and int(part) < len(data):
            data = data[int(part)]
        elif isinstance(data, dict) and part in data:
            data = data[part]
        else:
            return None
    return data


#: Seconds after an attempt before a provider's list that lacks the message
#: proves it never arrived (``list_settle_seconds``): lists are built late.
DEFAULT_SETTLE_SECONDS = 120.0


def list_settled(provider: Provider, messages) -> tuple[bool, float | None]:
    """Whether the provider's list is old enough, for every message, for
    absence to mean "never sent"; and when it will be (None: unknown)."""
    options = provider.profile.options
    settle = float(options.get("list_settle_seconds", DEFAULT_SETTLE_SECONDS))
    if settle <= 0:
        return True, None
    attempts = [message.attempted_at for message in messages]
    if any(at is None for at in attempts):
        return False, None
    ready = max(attempts) + settle
    return provider.clock() >= ready, ready


def ask(provider: Provider, send: Callable[[], requests.Response]) -> requests.Response:
    """Run a look-up request, repeating it after a lost answer, a 429 or a
    503 (honouring ``Retry-After`` up to ``LOOKUP_MAX_WAIT``).

    Returns any other answer; raises ``StatusUnavailableError`` (with the
    time worth asking again) when the provider stays unavailable.
    """
    problem, retry_at = "no answer", None
    for attempt in range(LOOKUP_ATTEMPTS):
        try:
            response = send()
        except TransportError as exc:
            if exc.permanent:
                raise StatusUnavailableError(str(exc), exc.code) from exc
            problem, wait = str(exc), float(2**attempt)
        else:
            if response.status_code not in (429, 503):
                return response
            problem = f"HTTP {response.status_code}"
            wait = retry_after(response)
            wait = float(2**attempt) if wait is None else wait
        retry_at = provider.clock() + wait
        if attempt + 1 == LOOKUP_ATTEMPTS or wait > LOOKUP_MAX_WAIT:
            break
        provider.sleep(wait)
    raise StatusUnavailableError(f"look-up unavailable: {problem}", retry_at=retry_at)
