"""The settings' test SMS with a profile the gateway layer refuses to use:
the operator gets a sentence, never a traceback (issue 16, item 2)."""

from __future__ import annotations

from water_outage_notifier.dialogs.widgets_gateway import send_trial_sms
from water_outage_notifier.sms_gateway.profile import GatewayProfile


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
