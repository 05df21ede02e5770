"""Reason codes the gateway layer gives for what happened to a message.

Stable snake_case codes (stored in ``outbox_messages.code``); the adapters
turn them into words. Each belongs to one of four families, and the family
is what the sending loop acts on:

* **transient**: the provider surely did not take the message; sending it
  again later is safe (and ``retry_after`` may say when);
* **in doubt**: the provider may have taken it; it is never sent again
  until the provider's records say it was not (``Provider.reconcile``);
* **permanent**: refused for good for this number or this text;
* **stop**: nothing was sent and nothing can be until the profile changes.

A provider's own code or status (Twilio ``21211``, Skebby ``INVALIDDST``)
travels in the ``detail`` beside the reason, for support.
"""

from __future__ import annotations

# -- transient: safe to send again -------------------------------------------
THROTTLED = "throttled"  # 429, a throttling status inside a 200, Skebby TOOM4NUM
NETWORK_UNREACHED = "network_unreached"  # refused connection, connect timeout, TLS failure
NOT_SENT = "not_sent"  # the provider's records show it never arrived

# -- in doubt: may have been sent --------------------------------------------
SERVER_ERROR = "server_error"  # 5xx after the request reached the provider
NETWORK_LOST = "network_lost"  # read timeout or reset after the request left
PROVIDER_ERROR = "provider_error"  # the provider module itself failed mid-request
UNREADABLE_ANSWER = "unreadable_answer"  # a 2xx without what a send's answer must hold
AMBIGUOUS_ANSWER = "ambiguous_answer"  # an answer that could belong to another message

# -- permanent ----------------------------------------------------------------
INVALID_NUMBER = "invalid_number"  # the provider refuses the number
NUMBER_OPTED_OUT = "number_opted_out"  # the number unsubscribed or is blacklisted
CONTENT_REFUSED = "content_refused"  # text refused (empty, too long, filtered)
REQUEST_REFUSED = "request_refused"  # any other 4xx: the request itself is wrong
HEADER_CRLF = "header_crlf"  # a header value with CR/LF, refused before sending
INVALID_REQUEST = "invalid_request"  # the request could not be built (URL, template)

# -- stop: fix the profile ----------------------------------------------------
AUTH_REFUSED = "auth_refused"  # credentials refused (401/403, login failed)
INSECURE_URL = "insecure_url"  # plain http:// to a host that is not this machine
REDIRECTED = "redirected"  # a 3xx: the gateway moved; nothing (no credential) follows it
PROXY_AUTH_REFUSED = "proxy_auth_refused"  # 407: the proxy refused its login; nothing went through
ACCOUNT_REFUSED = "account_refused"  # a status the profile names a stop (credentials, credit)

# -- held for the operator: a message in doubt the provider cannot settle now --
CANNOT_ASK = "cannot_ask"  # this provider offers no way to ask
LOOKUP_UNAVAILABLE = "lookup_unavailable"  # the look-up failed now (network, 5xx, 429)
LOOKUP_NEEDS_ID = "lookup_needs_id"  # the look-up template needs the provider's id
TEXT_WITHOUT_REFERENCE = "text_without_reference"  # a match could be another notice's
AMBIGUOUS_MATCH = "ambiguous_match"  # more or fewer matches than messages in doubt
SIMILAR_MESSAGE = "similar_message"  # a message to the number with a near-identical text
NOT_LISTED_YET = "not_listed_yet"  # absent, but too recent for absence to prove anything
RECORD_LOST = "record_lost"  # the provider no longer knows an id it gave us
NOT_IN_ANSWER = "not_in_answer"  # the provider answered without this message

TRANSIENT = frozenset({THROTTLED, NETWORK_UNREACHED, NOT_SENT})
IN_DOUBT = frozenset(
    {SERVER_ERROR, NETWORK_LOST, PROVIDER_ERROR, UNREADABLE_ANSWER, AMBIGUOUS_ANSWER}
)
PERMANENT = frozenset(
    {INVALID_NUMBER, NUMBER_OPTED_OUT, CONTENT_REFUSED, REQUEST_REFUSED, HEADER_CRLF}
    | {INVALID_REQUEST}
)
STOP = frozenset({AUTH_REFUSED, INSECURE_URL, REDIRECTED, PROXY_AUTH_REFUSED, ACCOUNT_REFUSED})
HELD = frozenset(
    {CANNOT_ASK, LOOKUP_UNAVAILABLE, LOOKUP_NEEDS_ID, TEXT_WITHOUT_REFERENCE, AMBIGUOUS_MATCH}
    | {SIMILAR_MESSAGE, NOT_LISTED_YET, RECORD_LOST, NOT_IN_ANSWER}
)
