"""The operator's words for what the notice pipeline refuses, warns and reports.

The notify room returns ``Reason`` codes with plain parameters (refusals,
warnings, the conflicts found in the store, a gateway that stopped the run)
and an ``EmailOutcome`` code for the call-centre copy; these are their
sentences, in the interface's language through :func:`.problem_text.problem_text`.
``{kind}`` and ``{state}`` are shown as their labels, never as codes.
"""

from __future__ import annotations

from .i18n import tr

TEXTS = {
    # refusals (notify/pipeline.py, notify/resend.py)
    "operator_missing": ("The operator's name is missing: every notice is signed in the history."),
    "end_missing": "The notice '{kind}' needs an end time to record the intervention.",
    "no_mobile": "No affected customer has a mobile number that can receive an SMS.",
    "intervention_closed": ("Intervention {reference} is {state}: no notice is sent for it."),
    "unknown_intervention": "No intervention with reference {reference}.",
    "nobody_warned": "Nobody was warned of {reference}: there is no one to tell.",
    "dry_run_no_email": "A dry run records nothing and sends no email.",
    "no_mail_server": "No mail server is configured: there is no call-centre email to send.",
    "resend_never_sent": (
        "Only a message already sent can be re-sent: {unknown} of the {numbers} number(s) never "
        "had the message '{kind}' of {reference}."
    ),
    # warnings
    "scheduled": "The notice will be sent {when} (Italian time): it waits in the outbox until then.",
    "notice_already_sent": (
        "{already} of {numbers} number(s) already had this notice for {reference}; the outbox "
        "did not send them again."
    ),
    "channel_not_sent": "{customers} customer(s) were not reached by call or email: {why}",
    "call_not_configured": (
        "{customers} customer(s) of {reference} had the notice by call, but no voice profile is "
        "set up now: the message '{kind}' does not reach them."
    ),
    "email_not_configured": (
        "{customers} customer(s) of {reference} had the notice by email, but no mail server is "
        "set up now: the message '{kind}' does not reach them."
    ),
    # customers' emails a dispatch pass could not send (notify/dispatch.py)
    "emails_waiting.mail_not_configured": (
        "Customer emails waiting in the outbox: {emails}. No mail server is set up (plugin "
        "settings, Email tab): they go at the first dispatch after it is."
    ),
    "emails_waiting.mail_locked": (
        "Customer emails waiting in the outbox: {emails}. The mail server's login is in the "
        "QGIS authentication database, locked until the master password is entered: they go "
        "at the first background dispatch after it is."
    ),
    # a notice still waiting, written again with a change's new dates (notify/waiting_notice.py)
    "waiting_notice_moved": (
        "The notice of {reference} still waiting (messages: {messages}) goes with the new "
        "dates; nobody gets the old ones."
    ),
    "waiting_notice_moved_at": (
        "The notice of {reference} still waiting (messages: {messages}) goes with the new "
        "dates {when} (Italian time); nobody gets the old ones."
    ),
    "follow_up_already_sent": (
        "{already} number(s) already had the message '{kind}' for {reference}."
    ),
    "overlap": (
        "Overlaps {reference} ({kind}, {state}) from {start} to {end}: {segments} shared "
        "segment(s) ({segment_ids}), {customers} shared customer(s) ({customer_ids})."
    ),
    "warned_same_day": (
        "{customers} customer(s) ({customer_ids}) were already warned on {day} for {reference}; "
        "they would get a second SMS the same day."
    ),
    # a change of state the life cycle refuses (store/interventions.py TransitionRefused)
    "transition_refused": (
        "Intervention {reference} cannot go from '{from_state}' to '{to_state}' (from "
        "'{from_state}' it may go to: {allowed})."
    ),
    # the gateway stopped sending (notify/dispatcher.py; ``why`` is the gateway's reason).
    # Refused credentials say it all: the provider's own (English) words, with the HTTP
    # status, stay in the message log for support, not in the operator's sentence.
    "gateway_stopped.auth_refused": (
        "The SMS provider refused the credentials of the gateway profile; nothing more is sent "
        "until they are corrected."
    ),
    "gateway_stopped.insecure_url": (
        "The gateway profile would send credentials over plain http:// to another machine; "
        "use https:// ({detail})."
    ),
    "gateway_stopped.redirected": (
        "The SMS gateway's address redirects elsewhere ({detail}): nothing was followed, so no "
        "credential left for another host. Correct the address in the gateway profile; the "
        "messages of the redirected request are checked with the provider before anything is "
        "sent again."
    ),
    "gateway_stopped.unreadable_answer": (
        "The SMS gateway answered the login with no session in it ({detail}): a proxy's page, "
        "or the wrong address. Nothing was sent; check the gateway's address and the proxy "
        "settings."
    ),
    "gateway_stopped.proxy_auth_refused": (
        "The proxy refused its user name or password (HTTP 407): nothing reached the SMS "
        "gateway, and nothing more is sent until the proxy settings of QGIS (Settings > Options "
        "> Network) are corrected. The messages wait in the outbox."
    ),
    "gateway_stopped.account_refused": (
        "The SMS provider refuses to send for this account ({detail}): its credentials or its "
        "credit. Nothing more is sent until it is put right; the messages wait in the outbox."
    ),
    "gateway_stopped": "The gateway stopped the run ({detail}).",
    # a gateway profile that cannot send (sms_gateway/profile.py ``check``)
    "invalid_sender.sender_numeric": (
        "Sender '{sender}': a numeric sender must be a full international number (E.164, up "
        "to 15 digits); an alphanumeric one must not start with a digit."
    ),
    "invalid_sender.sender_too_long": (
        "Sender '{sender}': an alphanumeric sender has at most 11 characters."
    ),
    "invalid_sender.sender_characters": (
        "Sender '{sender}': only letters A-Z and digits are allowed (no spaces or symbols)."
    ),
    "invalid_sender.sender_generic": (
        "Sender '{sender}': generic names such as INFO or SMS are not registrable."
    ),
    "invalid_rate": "Profile '{profile}': the rate must be above 0 messages/s.",
    "invalid_concurrency": "Profile '{profile}': the concurrency must be at least 1.",
    "invalid_batch_size": "Profile '{profile}': the batch size must be at least 1.",
    "invalid_timeout": "Profile '{profile}': timeouts must be above 0 seconds.",
    "insecure_url": (
        "Profile '{profile}': {field} uses plain http:// to another machine; credentials would "
        "travel unencrypted. Use https:// (plain http is allowed only to 127.0.0.1, ::1 or "
        "localhost)."
    ),
    "invalid_request": "Profile '{profile}': {field} must start with https://.",
    "generic_option_missing": (
        "Profile '{profile}': the option {option} needs {needs} as well, or the plugin cannot "
        "tell a message taken from one refused."
    ),
    # the call-centre copy (notify/callcentre.py)
    "email_off": "The call-centre copy is turned off.",
    "email_no_sms_sent": (
        "No SMS went with this press: the copy goes with the press that sends them."
    ),
    "email_not_written": "The email could not be written ({detail}).",
    "email_not_sent": "The mail server did not take the email ({detail}).",
    "email_in_doubt": (
        "The mail server received the whole email, but the connection ended before it "
        "confirmed it: it may have arrived. Ask the call centre before sending it again "
        "({detail})."
    ),
    "email_partly_refused": "The mail server refused these addresses: {detail}.",
    # what the "1" replies to the water-back notice say (notify/reply_map.py)
    "possible_valve_left_shut.closed_by_work": (
        'Segment {segment_id}: {replies} numbers answered "1" ({customers} of the {warned} '
        "customers told the water was back). A valve may have been left shut: check first "
        "{closed_by_work}, closed for the work; the segment's valves: {valves}."
    ),
    "possible_valve_left_shut.upstream": (
        'Segment {segment_id}: {replies} numbers answered "1" ({customers} of the {warned} '
        "customers told the water was back). A valve may have been left shut: check first the "
        "valves closed for the work, {work_valves}; then the segment's valves {valves}."
    ),
    "possible_valve_left_shut.boundary": (
        'Segment {segment_id}: {replies} numbers answered "1" ({customers} of the {warned} '
        "customers told the water was back). A valve may have been left shut: check the "
        "segment's valves {valves}."
    ),
    "replies_unmatched": (
        '{count} number(s) answered "1" but match no customer of the map (not among the '
        "water-back recipients, or no longer in the customers layer): not drawn."
    ),
    "replies_unplaced": (
        '{count} number(s) answered "1" for customers linked to no pipe of the network: not drawn.'
    ),
}

#: What happened to one SMS at the gateway (``sms_gateway.reasons``, the outbox's ``code``).
GATEWAY_REASONS = {
    "throttled": "the provider asked to slow down; it is sent again later",
    "network_unreached": "the provider could not be reached; it is sent again later",
    "not_sent": "the provider's records show it never arrived; it is sent again",
    "server_error": "the provider failed while taking it: it may have been sent",
    "network_lost": "the connection broke after sending: it may have been sent",
    "provider_error": "the provider module failed mid-request: it may have been sent",
    "unreadable_answer": (
        "the provider's answer did not say whether it took it: it may have been sent; the "
        "provider is asked"
    ),
    "invalid_number": "the provider refuses the number",
    "number_opted_out": "the number unsubscribed or is blocked at the provider",
    "content_refused": "the provider refused the text",
    "request_refused": "the provider refused the request",
    "header_crlf": "a header of the gateway profile holds a line break; refused before sending",
    "invalid_request": "the request could not be built from the gateway profile",
    "auth_refused": "the provider refused the credentials",
    "insecure_url": "plain http:// to another machine; refused before sending",
    "redirected": (
        "the gateway's address redirects elsewhere, not followed: it may have been sent"
    ),
    "ambiguous_answer": (
        "the provider's answer could belong to another message (the same id or number twice): "
        "it may have been sent; the provider is asked"
    ),
    "proxy_auth_refused": "the proxy refused its user name or password; nothing was sent",
    "account_refused": "the provider refuses to send for this account (credentials or credit)",
    "cannot_ask": "this provider cannot be asked whether it was sent",
    "lookup_unavailable": "the provider cannot be asked now; asked again later",
    "lookup_needs_id": "the provider's look-up needs the id it gave, which is missing",
    "text_without_reference": "a message found at the provider may be another notice's",
    "ambiguous_match": "the provider lists more or fewer messages than those in doubt",
    "similar_message": "the provider lists a message to this number with a similar text",
    "not_listed_yet": "not listed by the provider yet; too recent to be sure",
    "record_lost": "the provider no longer knows the id it gave",
    "not_in_answer": "the provider answered without this message",
}


def sentence(key: str) -> str:
    """The translated sentence of ``key`` (a key of :data:`TEXTS`)."""
    return tr(TEXTS[key])


def gateway_reason_text(code: str | None, detail: str = "") -> str:
    """What happened to one SMS at the gateway, in words; the provider's detail when unknown."""
    if code in GATEWAY_REASONS:
        return tr(GATEWAY_REASONS[code])
    return detail or code or ""
