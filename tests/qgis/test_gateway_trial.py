"""The settings' test SMS with a profile the gateway layer refuses to use:
the operator gets a sentence, never a traceback (issue 16, item 2)."""

from __future__ import annotations

from screens import interface_in
from water_outage_notifier.common.vocabulary import INVALID_PHONE
from water_outage_notifier.dialogs.widgets_gateway import send_trial_sms
from water_outage_notifier.gis.trial_text import trial_sms_text
from water_outage_notifier.notify import trials
from water_outage_notifier.sms_gateway.profile import GatewayProfile
from water_outage_notifier.sms_gateway.provider import Outcome


def test_a_test_sms_over_plain_http_to_another_host_is_refused_in_words(qgis_app):
    profile = GatewayProfile(
        "relay",
        "generic",
        "http://198.51.100.7",
        "AcquaImola",
        options={"url": "{{ base_url }}/send", "body": "to={{ message.phone }}"},
    )
    ok, said = send_trial_sms(profile, "333 123 4567", "Prova")
    assert not ok and "http://" in said and "198.51.100.7" in said


def test_a_refused_test_sms_is_said_in_the_operators_words(qgis_app):
    """The walk's wrong password and a bad number in the Italian settings: the test SMS
    said the provider's English ("Skebby login refused (HTTP 401)…") and a raw reason code
    ("invalid_phone")."""
    refused = trials.TrialOutcome(
        False,
        trials.SMS_LOGIN_REFUSED,
        {"detail": "Skebby login refused (HTTP 401); check the user name and password."},
    )
    bad = trials.TrialOutcome(
        False, trials.SMS_BAD_NUMBER, {"phone": "12ab", "reason": INVALID_PHONE}
    )
    failed = trials.TrialOutcome(
        False, trials.SMS_NOT_ACCEPTED, {"outcome": Outcome.FAILED.value, "detail": "HTTP 400"}
    )
    with interface_in("it"):
        said = [trial_sms_text(outcome) for outcome in (refused, bad, failed)]
    assert said == [
        "Il fornitore SMS ha rifiutato le credenziali del profilo del gateway; non si invia "
        "altro finché non vengono corrette.",
        "Il numero '12ab' non può ricevere SMS (numero non valido).",
        "Il gateway non ha accettato l'SMS di prova (rifiutato: HTTP 400).",
    ]
