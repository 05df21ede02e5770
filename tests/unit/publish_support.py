"""Shared pieces of the publishing tests: a notified intervention, the site, hostile data."""

from __future__ import annotations

from datetime import datetime, timezone

from water_outage_notifier.publish.pages import SiteText
from water_outage_notifier.publish.service import Publisher
from water_outage_notifier.publish.site import SiteSettings
from water_outage_notifier.store.interventions import (
    InterventionDraft,
    InterventionStore,
    RecipientState,
)

NOW = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)
BASE_URL = "https://acqua.example.it/lavori"
PHONE = "+393331234567"
#: Around Imola, lon/lat: a small square, closed.
AREA = (
    (((11.710, 44.350), (11.716, 44.350), (11.716, 44.354), (11.710, 44.354), (11.710, 44.350)),),
)
#: Address values as utilities really hold them, with people and numbers in them.
HOSTILE_ADDRESSES = (
    "Via Emilia 12",
    "Via Roma 3 c/o Rossi Mario 333 1234567",
    "Via Garibaldi, 5 - int. 3 (Bianchi Anna) tel. 0542 877492",
    "Piazza Matteotti 3489876543 Verdi",
    "U0000777 Via Appia",
    "<script>alert('Via')</script>",
)
PUBLIC_STREETS = ("Via Emilia", "Via Roma", "Via Garibaldi", "Piazza Matteotti")


def site(tmp_path, base_url=BASE_URL) -> SiteSettings:
    return SiteSettings(str(tmp_path / "site"), base_url, SiteText("Acqua Imola", "800 999 500"))


def make_store(database, clock=lambda: NOW) -> InterventionStore:
    return InterventionStore(database, clock=clock)


def notified(store: InterventionStore, phones=(PHONE,), **changes):
    """A planned interruption in Imola and Dozza, notified to ``phones``."""
    values = dict(
        kind="planned_interruption",
        planned_start="2026-03-03T08:30:00+01:00",
        planned_end="2026-03-03T12:30:00+01:00",
        operator="Mario Rossi",
        municipalities=("Imola", "Dozza"),
        customer_ids=("U0000777", "U0000778"),
    )
    values.update(changes)
    intervention = store.create(InterventionDraft(**values))
    store.record_notification(
        intervention.reference,
        values["kind"],
        [RecipientState(phone, ("U0000777",), "ACCEPTED") for phone in phones],
        unreachable=[("U0000778", "landline")],
    )
    return store.transition(intervention.reference, "notified", "Mario Rossi")


def publish_first(store, settings, reference, streets=HOSTILE_ADDRESSES, area=AREA, **kwargs):
    return Publisher(settings, **kwargs)(store, reference, "notified", streets=streets, area=area)
