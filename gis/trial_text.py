"""The operator's words for how the settings' test SMS went (*Send a test SMS to my number*).

``notify.trials`` says it with a code and plain values; here they become a
sentence in the interface's language: the reason a number cannot get an SMS
and the gateway's answer as words, a refused login as the sentence a send
says (the provider's own English, with its HTTP status, stays in the message
log).
"""

from __future__ import annotations

from ..common.labels import label
from ..notify import trials
from ..sms_gateway.provider import Outcome
from ..sms_gateway.reasons import AUTH_REFUSED
from .i18n import tr, user_language
from .problem_text import problem_text


def trial_sms_text(outcome: trials.TrialOutcome) -> str:
    """The operator's words for how a test SMS went."""
    params = outcome.params
    if outcome.code == trials.SMS_ACCEPTED:
        return tr("The gateway accepted the test SMS to {phone}.").format(phone=params["phone"])
    if outcome.code == trials.SMS_BAD_NUMBER:
        reason = label("reason", params["reason"], user_language())
        return tr("The number '{phone}' cannot receive an SMS ({reason}).").format(
            phone=params["phone"], reason=reason[:1].lower() + reason[1:]
        )
    if outcome.code == trials.SMS_LOGIN_REFUSED:
        return problem_text({"code": "gateway_stopped", "params": {"why": AUTH_REFUSED}})
    if outcome.code == trials.SMS_STOPPED:
        why = {"why": params["reason"], "detail": params["detail"]}
        return problem_text({"code": "gateway_stopped", "params": why})
    answers = {
        Outcome.RETRY.value: tr("not taken, try again later"),
        Outcome.FAILED.value: tr("refused"),
        Outcome.UNCERTAIN.value: tr("not confirmed"),
        Outcome.LOOKUP.value: tr("not confirmed"),
    }
    return tr("The gateway did not accept the test SMS ({outcome}: {detail}).").format(
        outcome=answers.get(params["outcome"], params["outcome"]), detail=params["detail"]
    )
