"""Channels per customer (issue 23): a mobile gets an SMS, a consented
landline a call, an address an email where there is no mobile or email was
chosen; nobody gets two notices; whoever has none stays on the flyer list."""

from test_customers_index import Isolation, build, customer
from water_outage_notifier.common.vocabulary import CALL, EMAIL, SMS
from water_outage_notifier.customers import ContactInput, CustomerDetails
from water_outage_notifier.customers.channels import channel_of, plan_channels
from water_outage_notifier.customers.reachability import chooses_email, email_address
from water_outage_notifier.customers.table import CustomerTable

LANDLINE = "0542 600001"  # Imola


def selected(*customers, contacts=()):
    index = build(list(customers), contacts)
    return index.select(Isolation([0]))


def test_each_customer_gets_one_notice_on_the_channel_that_reaches_them():
    selection = selected(
        customer(1, "mobile", pipe_id="P1", phone="333 123 4567"),
        customer(2, "landline", pipe_id="P1", phone=LANDLINE),
        customer(3, "landline-no-consent", pipe_id="P1", phone="0542 600003", consent="no"),
        customer(4, "nothing", pipe_id="P1", phone=None),
        customer(5, "email-only", pipe_id="P1", phone=None),
        customer(6, "landline-and-email", pipe_id="P1", phone="0542 600006"),
        contacts=[
            ContactInput(10, "email-only", None, "si", email="rossi@example.it"),
            ContactInput(11, "landline-and-email", None, "si", email="bianchi@example.it"),
            ContactInput(12, "nothing", None, "si", email="not an address"),
        ],
    )
    plan = plan_channels(selection)
    assert [(r.phone, r.customers) for r in plan.sms] == [("+393331234567", ("mobile",))]
    assert [(r.phone, r.customers) for r in plan.calls] == [
        ("+390542600001", ("landline",)),
        ("+390542600006", ("landline-and-email",)),  # one call, no email
    ]
    assert [(r.phone, r.customers) for r in plan.emails] == [("rossi@example.it", ("email-only",))]
    assert sorted(c.customer_id for c in plan.flyers) == ["landline-no-consent", "nothing"]
    assert plan.counts() == {SMS: 1, CALL: 2, EMAIL: 1, "flyer": 2}


def test_email_wins_when_it_is_the_chosen_channel():
    chosen = CustomerDetails(
        phone=LANDLINE, consent="si", email=" verdi@example.it ", channel="E-mail"
    )
    plain = CustomerDetails(
        phone=LANDLINE, consent="si", email="neri@example.it", channel="telefono"
    )
    rows = [customer(1, "chose-email", pipe_id="P1"), customer(2, "plain", pipe_id="P1")]
    index = build(rows)
    details = {1: chosen, 2: plain}
    index.customers = CustomerTable(rows, lambda fids: {f: details[f] for f in fids})
    by_id = {c.customer_id: c for c in index.select(Isolation([0])).customers}
    assert channel_of(by_id["chose-email"]) == EMAIL and by_id["chose-email"].emails == (
        "verdi@example.it",
    )
    assert channel_of(by_id["plain"]) == CALL and by_id["plain"].landlines == ("+390542600001",)


def test_a_shared_landline_is_one_call_for_every_customer_behind_it():
    plan = plan_channels(
        selected(
            customer(1, "a", pipe_id="P1", phone=LANDLINE),
            customer(2, "b", pipe_id="P1", phone="+39 0542 600001"),
        )
    )
    assert [(r.phone, r.customers) for r in plan.calls] == [("+390542600001", ("a", "b"))]


def test_addresses_and_choices_are_read_as_people_type_them():
    assert email_address(" a.b@comune.imola.bo.it ") == "a.b@comune.imola.bo.it"
    assert [email_address(v) for v in (None, "", "a@b", "a b@c.it", "x@@y.it")] == [None] * 5
    assert chooses_email("Posta  elettronica") and chooses_email("EMAIL")
    assert not chooses_email("sms") and not chooses_email(None)


def test_the_estimate_counts_segments_and_started_minutes_per_channel():
    from water_outage_notifier.notify.channels import billed_minutes, call_seconds, estimate

    plan = plan_channels(
        selected(
            customer(1, "m1", pipe_id="P1", phone="333 123 4567"),
            customer(2, "m2", pipe_id="P1", phone="333 765 4321"),
            customer(3, "l1", pipe_id="P1", phone=LANDLINE),
            customer(4, "none", pipe_id="P1", phone=None),
        )
    )
    speech = " ".join(["parola"] * 100) + "\n\n" + " ".join(["parola"] * 100)
    assert call_seconds(speech) == 3 + 200 * 60 / 150 + 1  # 84 s
    assert billed_minutes(speech) == 2 and billed_minutes("Breve.") == 1
    figures = estimate(plan, 2, speech)
    assert (figures.sms, figures.sms_segments, figures.calls, figures.call_minutes) == (2, 4, 1, 2)
    assert (figures.emails, figures.flyers) == (0, 1)


def test_a_channel_not_set_up_sends_its_customers_elsewhere():
    rows = [
        customer(1, "landline", pipe_id="P1", phone=LANDLINE),
        customer(2, "mobile-chose-email", pipe_id="P1", phone="333 123 4567"),
    ]
    contacts = [ContactInput(10, "mobile-chose-email", None, "si", email="a@b.it")]
    index = build(rows, contacts)
    chose = CustomerDetails(phone="333 123 4567", consent="si", channel="email")
    keep = index.customers.details
    index.customers.details = lambda positions: [
        chose if d.phone == "333 123 4567" else d for d in keep(positions)
    ]
    selection = index.select(Isolation([0]))
    everything = plan_channels(selection)
    assert (len(everything.sms), len(everything.calls), len(everything.emails)) == (0, 1, 1)
    sms_only = plan_channels(selection, (SMS,))  # no voice profile, no mail server
    assert [r.phone for r in sms_only.sms] == ["+393331234567"]
    assert [c.customer_id for c in sms_only.flyers] == ["landline"]
