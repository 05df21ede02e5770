"""The gateway emulator's own promises, which the gateway tests rely on:
Twilio's message list (filters, newest first, paging by ``next_page_uri``),
faults on every n-th request, and delivery statuses that progress."""

from datetime import datetime, timezone

import requests
from water_outage_notifier.devtools.gateway_emulator import (
    ACCEPTED_THEN_500,
    SERVER_ERROR,
    GatewayEmulator,
)

SID, TOKEN = "ACtest", "twilio-secret"
A, B = "+393330000001", "+393330000002"


def send(emu, to, body):
    url = f"{emu.url}/2010-04-01/Accounts/{SID}/Messages.json"
    form = {"To": to, "From": "HeraAcqua", "Body": body}
    return requests.post(url, data=form, auth=(SID, TOKEN), timeout=5)


def listing(emu, **query):
    url = f"{emu.url}/2010-04-01/Accounts/{SID}/Messages.json"
    return requests.get(url, params=query, auth=(SID, TOKEN), timeout=5).json()


def test_the_list_filters_by_number_newest_first_and_pages_by_next_page_uri(emulator):
    for n in range(5):
        send(emulator, A, f"notice {n}")
    send(emulator, B, "other")
    page = listing(emulator, To=A, PageSize=2)
    bodies = [m["body"] for m in page["messages"]]
    while page["next_page_uri"]:
        page = requests.get(emulator.url + page["next_page_uri"], auth=(SID, TOKEN)).json()
        bodies += [m["body"] for m in page["messages"]]
    assert bodies == [f"notice {n}" for n in (4, 3, 2, 1, 0)]
    assert page["page"] == 2 and page["page_size"] == 2 and page["previous_page_uri"]
    assert emulator.request_count("twilio_list") == 3


def test_a_queued_message_has_no_date_sent_and_escapes_date_sent_filters(emulator):
    sid = send(emulator, A, "queued one").json()["sid"]
    (message,) = listing(emulator, To=A)["messages"]
    assert message["status"] == "queued" and message["date_sent"] is None
    created = emulator.twilio_messages(A)[0]["accepted_at"]
    day = datetime.fromtimestamp(created, timezone.utc).strftime("%Y-%m-%d")
    assert listing(emulator, To=A, **{"DateSent>": day})["messages"] == []
    url = f"{emulator.url}/2010-04-01/Accounts/{SID}/Messages/{sid}.json"
    assert requests.get(url, auth=(SID, TOKEN)).json()["status"] == "sent"  # one read: sent
    assert [m["sid"] for m in listing(emulator, To=A, DateSent=day)["messages"]] == [sid]
    assert listing(emulator, To=A, **{"DateSent<": "2000-01-01"})["messages"] == []


def test_faults_on_every_second_request_and_accepted_then_500(emulator):
    emulator.fail_every("twilio_send", 2, SERVER_ERROR)
    codes = [send(emulator, A, f"n{n}").status_code for n in range(4)]
    assert codes == [201, 500, 201, 500] and emulator.accepted_count(A) == 2
    emulator.fail_every("twilio_send", 1, ACCEPTED_THEN_500)
    assert send(emulator, B, "taken").status_code == 500 and emulator.accepted_count(B) == 1


def test_statuses_progress_on_demand_or_with_time_and_can_be_forced_backwards():
    clock = [1_000.0]
    with GatewayEmulator(progress="manual") as emu:
        sid = send(emu, A, "x").json()["sid"]
        url = f"{emu.url}/2010-04-01/Accounts/{SID}/Messages/{sid}.json"
        assert requests.get(url, auth=(SID, TOKEN)).json()["status"] == "queued"
        emu.advance(2)
        assert requests.get(url, auth=(SID, TOKEN)).json()["status"] == "delivered"
        emu.set_status(A, "sent")
        assert requests.get(url, auth=(SID, TOKEN)).json()["status"] == "sent"
    with GatewayEmulator(progress="time", step_seconds=10, clock=lambda: clock[0]) as emu:
        sid = send(emu, A, "x").json()["sid"]
        url = f"{emu.url}/2010-04-01/Accounts/{SID}/Messages/{sid}.json"
        clock[0] += 15
        assert requests.get(url, auth=(SID, TOKEN)).json()["status"] == "sent"
        clock[0] += 10
        assert listing(emu, To=A)["messages"][0]["status"] == "delivered"
