"""A batch answer's per-recipient list, read into one result per message.

Some gateways answer a request with one entry per number: taken, refused or
throttled, each with its own id (Vonage's ``messages``, ClickSend's
``data.messages``, Infobip's ``messages``). The generic provider reads that
list through ``recipients_path`` and, in each entry,
``recipient_ref_path``, ``recipient_phone_path``, ``recipient_id_path`` and
``recipient_status_path``; ``accepted_values`` and ``retry_values`` say
what a status means, anything else is a refusal (``refused_reasons`` may
name its reason: ``invalid_number``, ``number_opted_out``,
``content_refused``), and ``stop_values`` the statuses that refuse the
account itself (credentials, credit): an answer with nothing else stops the
run; beside numbers taken, those numbers are sent again later, never the
taken ones.

Whose entry is whose: the plugin's reference when the entry carries it,
else the number (digits compared, so ``393331234567`` is
``+393331234567``), else, in a request of one message, that message.
Nothing is guessed. An entry that could be two messages' (the same number
twice in the request, the same provider id given to two messages), a
message without an entry, or a message whose parts (a long SMS answered
part by part) disagree, is in doubt, and the provider is asked.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .. import reasons
from ..provider import AccountRefusedError, Outcome, OutgoingMessage, RecipientResult
from .common import ambiguous, json_path

#: Reasons a per-recipient refusal may be given (``refused_reasons``); any other is
#: ``request_refused``.
REFUSALS = frozenset({reasons.INVALID_NUMBER, reasons.NUMBER_OPTED_OUT, reasons.CONTENT_REFUSED})


def digits(phone) -> str:
    """A number as its digits, international prefix ``00`` dropped."""
    text = "".join(ch for ch in str(phone) if ch.isdigit())
    return text[2:] if text.startswith("00") else text


def _scalar(value) -> bool:
    return value is not None and not isinstance(value, (dict, list)) and str(value) != ""


def _owners(options: dict, entries: list, messages: Sequence[OutgoingMessage]) -> list[list[str]]:
    """For each entry, the references of the messages it may belong to."""
    ref_path = options.get("recipient_ref_path")
    phone_path = options.get("recipient_phone_path")
    if ref_path:
        known = {message.ref for message in messages}
        keys = [str(json_path(entry, ref_path)) for entry in entries]
        return [[key] if key in known else [] for key in keys]
    if phone_path:
        by_number = defaultdict(list)
        for message in messages:
            by_number[digits(message.phone)].append(message.ref)
        return [by_number.get(digits(json_path(entry, phone_path) or ""), []) for entry in entries]
    # No key: only a request of one message is sure whose its entries are.
    return [[message.ref for message in messages] for _entry in entries]


def read_recipients(
    options: dict, data: dict, messages: Sequence[OutgoingMessage], can_ask: bool
) -> dict[str, RecipientResult] | None:
    """One result per message from the answer's list; None when the list is
    not there (an answer of another shape: the caller says it is unreadable)."""
    entries = json_path(data, options["recipients_path"])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        return None
    status_path = options.get("recipient_status_path")
    if status_path and entries:
        statuses = [json_path(entry, status_path) for entry in entries]
        stop = options.get("stop_values", [])
        if all(str(status) in stop for status in statuses):  # none taken: the account is refused
            stop_if_refused(options, statuses)
    found = defaultdict(list)
    shared = set()
    for entry, refs in zip(entries, _owners(options, entries, messages)):
        if len(refs) > 1:
            shared.update(refs)
        for ref in refs:
            found[ref].append(entry)
    id_path = options.get("recipient_id_path")
    holders = defaultdict(set)
    for ref, own in found.items():
        for entry in own:
            ident = json_path(entry, id_path) if id_path else None
            if _scalar(ident):
                holders[str(ident)].add(ref)
    for refs in holders.values():
        if len(refs) > 1:  # one id for two messages: either could be the one it names
            shared.update(refs)
    return {
        message.ref: _result(options, found.get(message.ref, []), message.ref in shared, can_ask)
        for message in messages
    }


def stop_if_refused(options: dict, statuses: list) -> None:
    """Raise ``AccountRefusedError`` when a status is one of ``stop_values``:
    the provider refused the account (credentials, credit), not a number."""
    refused = [
        str(s) for s in statuses if s is not None and str(s) in options.get("stop_values", [])
    ]
    if refused:
        raise AccountRefusedError(f"status {refused[0]}")


def _result(options: dict, entries: list, shared: bool, can_ask: bool) -> RecipientResult:
    """One message's result from its entries (one, or one per part)."""
    doubt = ambiguous(can_ask)
    if shared:
        return RecipientResult(
            doubt, code=reasons.AMBIGUOUS_ANSWER, detail=f"entries shared with another: {entries}"
        )
    if not entries:
        return RecipientResult(
            doubt, code=reasons.UNREADABLE_ANSWER, detail="no entry for it in the answer's list"
        )
    id_path = options.get("recipient_id_path")
    ids = [json_path(entry, id_path) for entry in entries] if id_path else [None]
    status_path = options.get("recipient_status_path")
    if not status_path:  # the id is the proof it was taken
        if not all(_scalar(ident) for ident in ids):
            return RecipientResult(doubt, code=reasons.UNREADABLE_ANSWER, detail=f"{entries}")
        return RecipientResult(Outcome.ACCEPTED, str(ids[0]))
    statuses = [json_path(entry, status_path) for entry in entries]
    if not all(_scalar(status) for status in statuses):
        return RecipientResult(doubt, code=reasons.UNREADABLE_ANSWER, detail=f"{entries}")
    meanings = {_meaning(options, str(status)) for status in statuses}
    if len(meanings) > 1:  # some parts taken, others not
        return RecipientResult(doubt, code=reasons.AMBIGUOUS_ANSWER, detail=f"{entries}")
    meaning, status = meanings.pop(), str(statuses[0])
    if meaning is Outcome.RETRY:  # throttled, or refused for the account while others went
        code = reasons.ACCOUNT_REFUSED if status in options.get("stop_values", []) else None
        code = code or reasons.THROTTLED
        return RecipientResult(Outcome.RETRY, code=code, detail=f"status {status}")
    if meaning is Outcome.FAILED:
        code = (options.get("refused_reasons") or {}).get(status)
        code = code if code in REFUSALS else reasons.REQUEST_REFUSED
        return RecipientResult(Outcome.FAILED, code=code, detail=f"status {status}: {entries}")
    ident = ids[0] if _scalar(ids[0]) else None
    return RecipientResult(Outcome.ACCEPTED, None if ident is None else str(ident))


def _meaning(options: dict, status: str) -> Outcome:
    if status in options.get("accepted_values", []):
        return Outcome.ACCEPTED
    if status in options.get("retry_values", []) or status in options.get("stop_values", []):
        return Outcome.RETRY
    return Outcome.FAILED


def batch_outcome(results: dict[str, RecipientResult]) -> Outcome:
    """The request's own outcome: ACCEPTED when any message was taken, else
    the one all share, else in doubt (as a partly readable answer is)."""
    outcomes = {result.outcome for result in results.values()}
    if Outcome.ACCEPTED in outcomes or len(outcomes) != 1:
        return Outcome.ACCEPTED if Outcome.ACCEPTED in outcomes else Outcome.UNCERTAIN
    return outcomes.pop()
