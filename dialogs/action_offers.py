"""Offering an action of the history dock: enabled when the state allows it, and why not.

A disabled entry of the work's menu that says nothing leaves the operator
guessing; each one's tooltip says what it does or, disabled, why
(``notify.lifecycle.refusal_code`` in the operator's words).
"""

from __future__ import annotations

from ..gis.history_layer import state_label
from ..gis.i18n import tr
from ..notify import lifecycle


def offer(action, item, code: str, idle: bool, purpose: str) -> None:
    """Enable ``action`` when ``item``'s state allows ``code`` and nothing is being
    sent; its tooltip says what it does, or why it is not offered."""
    why = lifecycle.refusal_code(item.state if item is not None else None, code)
    if why is None and not idle:
        why = "sending"
    action.setEnabled(why is None)
    action.setToolTip(purpose if why is None else refusal_text(why, code, item))


def refusal_text(code: str, action: str, item) -> str:
    """Why ``action`` is not offered for ``item``, from ``lifecycle.refusal_code``."""
    if code == "no_intervention":
        return tr("Select an intervention in the list first.")
    if code == "sending":
        return tr("Wait: an SMS is being sent.")
    reference, state = item.reference, state_label(item.state)
    if code == "closed":
        return tr("{reference} is {state}: its work no longer changes.").format(
            reference=reference, state=state
        )
    if code == "not_closed":
        return tr("The follow-up notice goes once the work is finished or cancelled.")
    if code == "already_started" and action == lifecycle.RESCHEDULE:
        return tr("{reference} is already in progress: to end it later, use Extend…").format(
            reference=reference
        )
    if code == "already_started":
        return tr("{reference} is already in progress.").format(reference=reference)
    return tr("{reference} has not been notified yet: nobody had its notice.").format(
        reference=reference
    )
