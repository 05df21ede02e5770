"""The pilot report: figures on a seeded history, checked against hand counts."""

import csv
import re
from datetime import date, datetime, timezone

import pytest
from water_outage_notifier.notify.pilot_report import write_report
from water_outage_notifier.store.db import Database
from water_outage_notifier.store.interventions import (
    InterventionDraft,
    InterventionStore,
    MessageRow,
    RecipientState,
)
from water_outage_notifier.store.report_charts import bar_chart
from water_outage_notifier.store.report_figures import build_report

NOW = datetime(2026, 4, 5, 9, 0, tzinfo=timezone.utc)
BORGO = "<Borgo & Tossignano>"


def seed(store):
    """Three interventions in March 2026 and one in April (see the hand counts below)."""

    def create(kind, start, end, municipalities, customers, unreachable=()):
        ref = store.create(
            InterventionDraft(
                kind=kind,
                planned_start=start,
                planned_end=end,
                operator="op",
                municipalities=municipalities,
                customer_ids=customers,
            )
        ).reference
        if unreachable:
            store.record_notification(ref, kind, [], unreachable=unreachable)
        return ref

    a = create(
        "planned_interruption",
        "2026-03-03T08:00:00+01:00",
        "2026-03-03T12:00:00+01:00",
        ["Imola"],
        ["C1", "C2", "C3", "C4"],
        unreachable=[("C4", "landline")],
    )
    store.transition(a, "notified", "op", at="2026-03-01T08:00:00+01:00")
    store.record_notification(
        a,
        "planned_interruption",
        [
            RecipientState("+393330000001", ("C1",), "DELIVERED", 1),
            RecipientState("+393330000002", ("C2",), "ACCEPTED", 1),
            RecipientState("+393330000003", ("C3",), "FAILED", 1),
        ],
        text="notice A",
    )
    store.record_email(a, ["cc@example.org"], "<a@x>", "sent")
    store.transition(a, "in_progress", "crew", at="2026-03-03T08:05:00+01:00")
    store.transition(a, "finished", "crew", at="2026-03-03T11:00:00+01:00")
    store.record_notification(
        a,
        "water_back",
        [
            RecipientState("+393330000001", ("C1",), "DELIVERED", 1),
            RecipientState("+393330000002", ("C2",), "DELIVERED", 1),
        ],
    )

    b = create(
        "pressure_drop",
        "2026-03-10T10:00:00+01:00",
        "2026-03-10T14:00:00+01:00",
        ["Imola", BORGO],
        ["C1", "C5", "C6"],
    )
    store.transition(b, "notified", "op", at="2026-03-09T22:00:00+01:00")
    store.record_notification(
        b,
        "pressure_drop",
        [
            RecipientState("+393330000001", ("C1",), "DELIVERED", 2),
            RecipientState("+393330000005", ("C5", "C6"), "UNDELIVERED", 2),
        ],
    )
    store.record_email(b, ["cc@example.org"], None, "failed", "connection refused")

    c = create(
        "planned_interruption",
        "2026-03-31T23:30:00+02:00",
        "2026-04-01T03:00:00+02:00",
        ["Medicina"],
        ["C7", "C8"],
    )
    store.transition(c, "cancelled", "op")

    create("emergency", "2026-04-01T00:30:00+02:00", "2026-04-01T05:00:00+02:00", ["Imola"], ["C9"])
    return a, b, c


@pytest.fixture()
def store(tmp_path):
    store = InterventionStore(Database(str(tmp_path / "store.sqlite")), clock=lambda: NOW)
    seed(store)
    return store


# Hand counts for March 2026 (A, B and the cancelled C; April's emergency is out):
# affected: A 4 + B 3 (C cancelled) = 7; warned: A {C1, C2} + B {C1} = 3;
# unreachable: landline C4, sms_failed C3 (A) + C5, C6 (B) = 4;
# SMS accepted: A DELIVERED, ACCEPTED + 2 water back, B DELIVERED, UNDELIVERED = 6;
# delivered: A 1 + 2, B 1 = 4; failed: A FAILED, B UNDELIVERED = 2;
# segments: A 1 + 1 + 1 + 1, B 2 + 2 = 8; notice: (48 h + 12 h) / 2 = 30 h; emails sent 1.
EXPECTED_TOTAL = dict(
    interventions=3,
    customers_affected=7,
    customers_warned=3,
    sms_accepted=6,
    sms_delivered=4,
    sms_failed=2,
    sms_segments=8,
    emails_sent=1,
)


def test_total_figures_match_the_hand_counts(store):
    report = build_report(store, date(2026, 3, 1), date(2026, 3, 31))
    total = report.total
    assert {name: getattr(total, name) for name in EXPECTED_TOTAL} == EXPECTED_TOTAL
    assert dict(total.by_kind) == {"planned_interruption": 2, "pressure_drop": 1}
    assert total.by_state["cancelled"] == 1
    assert dict(total.unreachable_by_reason) == {"landline": 1, "sms_failed": 3}
    assert total.average_notice_hours == pytest.approx(30.0)
    assert total.notice_48h_share == pytest.approx(50.0)  # A had 48 h, B 12 h


def test_municipality_rows_count_an_intervention_in_each_of_its_towns(store):
    report = build_report(store, date(2026, 3, 1), date(2026, 3, 31))
    rows = dict(report.municipalities)
    assert list(rows) == [BORGO, "Imola", "Medicina"]
    imola, borgo, medicina = rows["Imola"], rows[BORGO], rows["Medicina"]
    assert (imola.interventions, imola.customers_affected, imola.customers_warned) == (2, 7, 3)
    assert (borgo.interventions, borgo.customers_affected, borgo.customers_warned) == (1, 3, 1)
    assert (borgo.sms_accepted, borgo.sms_delivered, borgo.sms_failed) == (2, 1, 1)
    assert borgo.average_notice_hours == pytest.approx(12.0)
    assert (medicina.interventions, medicina.customers_affected) == (1, 0)
    assert medicina.average_notice_hours is None


def test_states_come_from_the_message_source_when_given(store):
    def outbox(reference):
        """An outbox that has since learnt that B's shared phone got the SMS."""
        rows = store.message_rows(reference)
        return [
            MessageRow(r.kind, r.phone, "DELIVERED", r.segments)
            if r.phone == "+393330000005"
            else r
            for r in rows
        ]

    total = build_report(store, "2026-03-01", "2026-03-31", messages=outbox).total
    assert total.customers_warned == 3 + 2
    assert dict(total.unreachable_by_reason) == {"landline": 1, "sms_failed": 1}
    assert (total.sms_delivered, total.sms_failed) == (5, 1)


def test_a_date_end_includes_that_whole_rome_day(store):
    march = build_report(store, date(2026, 3, 1), date(2026, 3, 31))
    april_first = build_report(store, date(2026, 4, 1), date(2026, 4, 1))
    assert "pressure_drop" in march.kinds() and march.total.interventions == 3
    assert [item.kind for item, _ in april_first.interventions] == ["emergency"]


def read_csv(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    assert text.startswith("\ufeff")
    return list(csv.DictReader(text[1:].splitlines(), delimiter=";"))


#: The hand counts' columns, as the Italian and the English files head them.
HEADINGS = {
    "it": dict(
        interventions="Interventi",
        customers_affected="Utenze coinvolte",
        customers_warned="Utenze avvisate",
        sms_accepted="SMS accettati",
        sms_delivered="SMS consegnati",
        sms_failed="SMS non riusciti",
        sms_segments="Segmenti SMS",
        emails_sent="Email al call center",
    ),
    "en": dict(
        interventions="Interventions",
        customers_affected="Customers affected",
        customers_warned="Customers warned",
        sms_accepted="SMS accepted",
        sms_delivered="SMS delivered",
        sms_failed="SMS failed",
        sms_segments="SMS segments",
        emails_sent="Emails to the call-centre",
    ),
}


def test_written_csv_reads_back_in_italian(store, tmp_path):
    paths = write_report(store, date(2026, 3, 1), date(2026, 3, 31), str(tmp_path / "out"))
    summary = {row["Comune"]: row for row in read_csv(paths.summary_csv)}
    assert list(summary) == [BORGO, "Imola", "Medicina", "TOTALE"]
    total = summary["TOTALE"]
    for name, value in EXPECTED_TOTAL.items():
        assert int(total[HEADINGS["it"][name]]) == value, name
    assert total["Interventi: Interruzione programmata"] == "2"
    assert total["Non raggiungibili: Numero fisso"] == "1"
    assert total["Non raggiungibili: SMS non consegnato"] == "3"
    assert total["Preavviso medio (ore)"] == "30,0"
    assert summary["Medicina"]["Preavviso medio (ore)"] == ""
    assert total["Avvisati con almeno 48 ore (%)"] == "50,0"
    items = read_csv(paths.interventions_csv)
    assert {"Inizio previsto", "Fine prevista", "Inizio effettivo", "Fine effettiva"} <= set(
        items[0]
    ), "planned against actual"
    assert [row["Riferimento"] for row in items] == [
        "INT-2026-0001",
        "INT-2026-0002",
        "INT-2026-0003",
    ]
    assert [row["Tipo"] for row in items] == [
        "Interruzione programmata",
        "Calo di pressione",
        "Interruzione programmata",
    ]
    assert [row["Stato"] for row in items] == ["Concluso", "Notificato", "Annullato"]
    assert items[0]["Inizio previsto"] == "03/03/2026 08:00"
    assert [row["Utenze avvisate"] for row in items] == ["2", "1", "0"]
    assert [row["Avvisate via SMS"] for row in items] == ["2", "1", "0"]
    assert {row["Avvisate con chiamata"] for row in items} == {"0"}, "nobody was called"


def test_written_csv_reads_back_in_english(store, tmp_path):
    paths = write_report(store, date(2026, 3, 1), date(2026, 3, 31), str(tmp_path), lang="en")
    summary = {row["Municipality"]: row for row in read_csv(paths.summary_csv)}
    total = summary["TOTAL"]
    for name, value in EXPECTED_TOTAL.items():
        assert int(total[HEADINGS["en"][name]]) == value, name
    assert total["Interventions: Pressure drop"] == "1"
    assert total["Not reachable: Landline"] == "1"
    assert total["Average notice (hours)"] == "30.0"
    assert [row["State"] for row in read_csv(paths.interventions_csv)][0] == "Finished"


@pytest.mark.parametrize("lang", ["it", "en"])
def test_no_code_is_shown_in_the_files(store, tmp_path, lang):
    paths = write_report(store, date(2026, 3, 1), date(2026, 3, 31), str(tmp_path), lang=lang)
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        codes = ("kind:", "unreachable:", "planned_interruption", "pressure_drop", "landline")
        codes += ("sms_failed", "customers_warned", "in_progress", "_notice_")
        assert not [code for code in codes if code in text], path


def test_html_is_self_contained_with_svg_charts_and_escaped_names(store, tmp_path):
    paths = write_report(store, date(2026, 3, 1), date(2026, 3, 31), str(tmp_path), lang="en")
    with open(paths.html, encoding="utf-8") as handle:
        page = handle.read()
    assert page.count("<svg") == 4
    assert "&lt;Borgo &amp; Tossignano&gt;" in page
    assert BORGO not in page
    assert "<script" not in page and not re.search(r'(src|href)="', page)
    assert "Customers affected and warned, per municipality" in page
    assert '<html lang="en">' in page and "<h1>Water outage SMS pilot report</h1>" in page


def test_html_in_italian(store, tmp_path):
    paths = write_report(store, date(2026, 3, 1), date(2026, 3, 31), str(tmp_path))
    with open(paths.html, encoding="utf-8") as handle:
        page = handle.read()
    assert '<html lang="it">' in page
    assert "<h1>Rapporto sulla sperimentazione degli SMS</h1>" in page
    assert "Utenze coinvolte e avvisate, per comune" in page
    assert "dal 01/03/2026 00:00 al 01/04/2026 00:00 (ora italiana" in page
    assert ">30,0<" in page and ">Calo di pressione<" in page
    assert "Preavviso: ore dal primo avviso" in page


def test_bar_lengths_are_proportional_and_labels_escaped():
    svg = bar_chart("t", ["a<b", "c"], [("n", [10, 5])])
    widths = [float(w) for w in re.findall(r'<rect x="\d+" y="\d+" width="([\d.]+)"', svg)]
    assert widths[0] == pytest.approx(2 * widths[1]) and widths[1] > 0
    assert "a&lt;b" in svg and "a<b" not in svg
