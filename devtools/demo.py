"""`make demo`: the whole job on the bundled sample town, headless.

1. Load the sample project and its layer mapping, build the network model.
2. Plan an interruption on the Dozza hamlet's branch main (C002941): its
   shutdown also leaves the hamlet without water.
3. Print the valves to close, the isolated and unsupplied pipes, the customers
   by role and category, and the unreachable customers by reason.
4. Render the SMS with its encoding and segment count.
5. Send it through the local gateway emulator (Skebby-shaped, 127.0.0.1).
6. Email the call-centre copy through a local SMTP server (127.0.0.1).
7. Record the intervention in the store (``demo-output/store.sqlite``).
8. Write the report, the customer list (CSV for machines, .xlsx for people),
   the flyer list, the map PNG, the received email and the pilot report to
   ``demo-output/``.
9. Publish the intervention's public page, the index and the GeoJSON and
   CAP feeds to ``demo-output/public/`` (the SMS links to it), and print
   the flyers of the customers no SMS reaches to ``demo-output/flyers/``.

The store is kept between runs: run it twice and the outbox refuses to send
the same messages again. ``make clean`` starts afresh.
"""

from __future__ import annotations

import json
import runpy
import sys
import time
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from datetime import time as clock
from pathlib import Path

if __name__ == "__main__" and not __package__:
    runpy.run_path(str(Path(__file__).resolve().parents[1] / "tests" / "conftest.py"))
    __package__ = "water_outage_notifier.devtools"  # noqa: A001

from qgis.core import QgsApplication, QgsProject  # noqa: E402

from ..customers.csv_export import customers_csv, flyers_csv  # noqa: E402
from ..customers.flyers import flyer_list  # noqa: E402
from ..customers.xlsx_export import customers_xlsx  # noqa: E402
from ..gis.flyer_pdf import write_street_flyers  # noqa: E402
from ..gis.map_image import notice_titles, work_site_png  # noqa: E402
from ..gis.map_layout import mapped_background  # noqa: E402
from ..gis.mapping import ProjectMapping, load_mapping  # noqa: E402
from ..gis.model import ModelSources  # noqa: E402
from ..gis.public_area import public_area
from ..gis.publish_services import public_map  # noqa: E402
from ..gis.work_site_area import affected_pipes  # noqa: E402
from ..mail.smtp import SmtpSettings  # noqa: E402
from ..messages.dates import rome  # noqa: E402
from ..notify.pilot_report import write_report  # noqa: E402
from ..notify.pipeline import expected_reference, notify  # noqa: E402
from ..notify.request import InterventionPlan, MailCopy, MessageOptions, NotifyRequest, Services  # noqa: E402
from ..notify.states import message_rows_source  # noqa: E402
from ..publish.flyers import street_flyers  # noqa: E402
from ..publish.pages import SiteText  # noqa: E402
from ..publish.records import Publications  # noqa: E402
from ..publish.service import Publisher  # noqa: E402
from ..publish.site import SiteSettings, notice_of  # noqa: E402
from ..sms_gateway.profile import Credentials, GatewayProfile  # noqa: E402
from ..sms_gateway.provider import create_provider  # noqa: E402
from ..store.backend import open_database  # noqa: E402
from ..store.history import list_interventions  # noqa: E402
from ..store.interventions import InterventionStore  # noqa: E402
from ..store.outbox import Outbox  # noqa: E402
from .gateway_emulator import GatewayEmulator  # noqa: E402
from .smtp_server import LocalSmtpServer  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PROJECT = ROOT / "sample_data" / "imola_sample.qgz"
OUTPUT = ROOT / "demo-output"
#: The branch main of the Dozza hamlet (see sample_data/README.md).
PIPE = "C002941"
CALL_CENTRE = ("prontointervento@acqua-imola.example",)
#: Where the demo's public pages would be served; the SMS links there.
PAGES_URL = "https://acqua-imola.example/lavori"
SITE_TEXT = SiteText("Acqua Imola", "800 999 500")


@dataclass
class DemoResult:
    """What one run did, for the printout and for the test of the demo."""

    report: dict
    result: object
    files: dict = field(default_factory=dict)
    emulator_accepted: int = 0
    emails_received: int = 0


def planned_window(now: datetime) -> tuple:
    """08:30-12:30 on the first weekday at least three days ahead (Rome time)."""
    day = (now.astimezone(rome()) + timedelta(days=3)).date()
    while day.weekday() >= 5:
        day += timedelta(days=1)
    start = datetime.combine(day, clock(8, 30), tzinfo=rome())
    return start, start + timedelta(hours=4)


def load_sample(project_path: Path = PROJECT) -> ProjectMapping:
    """Open the sample project; its mapping says which layer plays which role."""
    project = QgsProject.instance()
    if not project.read(str(project_path)):
        raise RuntimeError(f"Cannot read the sample project {project_path}")
    return load_mapping(project)


def run_demo(
    output: Path = OUTPUT, project_path: Path = PROJECT, say=print, now: datetime | None = None
) -> DemoResult:
    """Run the whole job once; ``say`` prints the story (tests pass a collector).

    ``now`` is the clock of the send rules (tests set the hour); default: the real time.
    """
    output.mkdir(parents=True, exist_ok=True)
    mapping = load_sample(project_path)
    started = time.perf_counter()
    model = ModelSources.from_mapping(mapping).build()
    network = model.network
    say(
        f"1. Sample town loaded: {len(network.pieces):,} pipe pieces, "
        f"{len(model.index.customers):,} customers, model built in "
        f"{time.perf_counter() - started:.1f} s."
    )
    work_site = model.analyse(network.pieces_of_pipe(PIPE))
    report = work_site.report()
    _print_trace(report, say)
    _print_customers(work_site.customers, say)
    files = _write_lists(output, report, work_site)

    area = public_area(affected_pipes(work_site), model.crs)
    with ExitStack() as stack:
        emulator = stack.enter_context(GatewayEmulator())
        smtp = stack.enter_context(LocalSmtpServer(folder=output / "mail"))
        services = _services(output, emulator, smtp)
        stack.callback(services.close)
        if now is not None:
            services.now = lambda: now
        site = SiteSettings(str(output / "public"), PAGES_URL, SITE_TEXT)
        services.publisher = Publisher(site, map_png=public_map(area))
        start, end = planned_window(services.now())
        request = NotifyRequest(
            plan=InterventionPlan(
                kind="planned_interruption",
                start=start,
                end=end,
                operator="demo",
                reference=_earlier_demo(services.store),
                work_pipe_ids=(PIPE,),
                valves_to_close=tuple(v["valve_id"] for v in report["valves"]["to_close"]),
                segment_ids=tuple(report["pipes"]["isolated"]["pipe_ids"]),
                public_area=area,
            ),
            selection=work_site.customers,
            options=MessageOptions(
                language="it",
                utility_name="Acqua Imola",
                callcentre_number="800 999 500",
                link=PAGES_URL,
                override_window=True,
            ),
        )
        request = _with_map(request, services, work_site, model.crs)
        files["map"] = output / "map.png"
        files["map"].write_bytes(request.map_png)
        result = notify(request, services)
        _print_notice(result, say)
        accepted = emulator.total_accepted()
        emails = len(smtp.messages)
        files.update(_write_history(output, services, result))
        files.update(_publish(output, services, site, result, work_site, say))
    files["mail"] = output / "mail"
    say("9. Files written:")
    for name, path in files.items():
        say(f"   {name:<16} {path}")
    return DemoResult(report, result, files, accepted, emails)


def _with_map(request: NotifyRequest, services: Services, work_site, crs) -> NotifyRequest:
    """The call-centre's map over the sample project's own background, titled with the
    reference the notice will carry (as the notify dialog makes it)."""
    reference = expected_reference(request, services)
    plan = request.plan
    title, subtitle = notice_titles(
        plan.kind, reference, plan.start, plan.end, work_site.customers.places(), "it"
    )
    png = work_site_png(work_site, crs, mapped_background(), title, subtitle)
    return replace(request, map_png=png, map_reference=reference)


def _publish(output: Path, services, site, result, work_site, say) -> dict:
    """Say where the page went, and print the flyers for the doors no SMS reaches."""
    if result.publication is not None:
        say(f"8. Public page: {result.publication.page_file} (online: {result.publication.url})")
    notice = notice_of(services.store, Publications(services.store.db), result.reference, PAGES_URL)
    streets = flyer_list(work_site.customers.customers)
    flyers = write_street_flyers(street_flyers(notice, streets, SITE_TEXT), str(output / "flyers"))
    say(f"   Flyers: {len(flyers)} PDF, one per street, for the customers no SMS reaches.")
    return {"public_page": Path(site.folder) / "index.html", "flyers": output / "flyers"}


def _earlier_demo(store: InterventionStore):
    """The reference of an earlier run's intervention on the same pipe, so it is reopened."""
    for intervention in list_interventions(store, kinds=("planned_interruption",)):
        if PIPE in intervention.work_pipe_ids and intervention.state != "cancelled":
            return intervention.reference
    return None


def _services(output: Path, emulator: GatewayEmulator, smtp: LocalSmtpServer) -> Services:
    """The store kept in ``output``, the emulator as a Skebby gateway, the local SMTP server."""
    username, password = emulator.credentials["skebby"]
    profile = GatewayProfile(
        "demo", "skebby", base_url=emulator.url, sender="AcquaImola", rate=1000.0
    )
    provider = create_provider(profile, Credentials(username=username, password=password))
    db = open_database(str(output / "store.sqlite"))
    mail = MailCopy(
        SmtpSettings(host="127.0.0.1", port=smtp.port, security="none", timeout=10),
        "gis@acqua-imola.example",
        CALL_CENTRE,
    )
    return Services(outbox=Outbox(db), store=InterventionStore(db), provider=provider, mail=mail)


def _print_trace(report: dict, say) -> None:
    counts = report["counts"]
    say(f"2. Planned interruption on pipe {PIPE} (the Dozza hamlet's branch main).")
    say(f"3. Valves to close ({counts['valves_to_close']}):")
    plans = {plan["valve_id"]: plan for plan in report["plan_b"]}
    for valve in report["valves"]["to_close"]:
        plan = plans[valve["valve_id"]]
        extra = ", ".join(str(v) for v in plan["extra_valves_to_close"]) or "none"
        say(
            f"   {valve['valve_id']}  plan B if it will not close: also close {extra} "
            f"(+{plan['extra_customers']} customers)"
        )
    if report["sources"]["to_shut"]:
        shut = ", ".join(str(s["source_id"]) for s in report["sources"]["to_shut"])
        say(f"   sources to shut (toward the work, or stop the pump): {shut}")
    for key, label in (
        ("not_required", "not required (their far side is dry anyway; optional)"),
        ("already_closed", "already closed"),
        ("inoperable_passed", "inoperable, passed"),
    ):
        if report["valves"][key]:
            say(f"   {label}: " + ", ".join(str(v["valve_id"]) for v in report["valves"][key]))
    say(
        f"   Isolated pipes: {counts['isolated_pipes']} ({counts['isolated_km']} km); "
        f"unsupplied pipes: {counts['unsupplied_pipes']} ({counts['unsupplied_km']} km)."
    )


def _print_customers(selection, say) -> None:
    counts = selection.counts()
    say(
        f"   Customers affected: {counts['customers']} ({counts.get('isolated', 0)} isolated, "
        f"{counts.get('unsupplied', 0)} unsupplied), {counts['units']} units, "
        f"{counts['sensitive']} sensitive."
    )
    by_category: dict = {}
    for customer in selection.customers:
        key = (customer.role, str(customer.category))
        by_category[key] = by_category.get(key, 0) + 1
    for (role, category), count in sorted(by_category.items()):
        say(f"   {role:<11} {category:<12} {count}")
    say(f"   SMS recipients: {counts['recipients']} numbers. Not reachable by SMS:")
    for reason, count in counts["unreachable"].items():
        say(f"   {reason:<14} {count}")


def _print_notice(result, say) -> None:
    preview = result.preview
    say("4. The SMS:")
    for refusal in result.refused:
        say(f"   REFUSED: {refusal}")
    if preview is None:
        return
    say(f"   {preview.text}")
    analysis = preview.analysis
    say(f"   {analysis.encoding}, {analysis.units} characters, {analysis.segments} segment(s).")
    # The SMS is Italian, the story is English: the checks' warnings in English.
    english = {issue.message("it"): issue.message("en") for issue in preview.issues}
    for warning in result.warnings:
        say(f"   ! {english.get(warning, warning)}")
    before = f"{result.already_sent} already sent before (not sent again)"
    say(
        f"5. Sent through the gateway emulator: {result.queued} queued now"
        + (f", {before}" if result.already_sent else "")
        + "; outbox states "
        + ", ".join(f"{state} {count}" for state, count in sorted(result.counts.items()) if count)
        + "."
    )
    email = result.email
    say(
        f"6. Call-centre email: {email.status if email else 'not sent'} {email.detail if email else ''}".rstrip()
    )
    say(f"7. Intervention {result.reference} recorded, state '{result.state}'.")


def _write_lists(output: Path, report: dict, work_site) -> dict:
    files = {
        "report": output / "isolate_report.json",
        "customers_csv": output / "customers.csv",
        "customers_xlsx": output / "customers.xlsx",
        "flyers_csv": output / "flyers.csv",
    }
    files["report"].write_text(
        json.dumps(report, ensure_ascii=False, indent=2, default=str), encoding="utf-8"
    )
    files["customers_csv"].write_bytes(
        customers_csv(work_site.customers.customers, mask_phones=True)
    )
    files["customers_xlsx"].write_bytes(
        customers_xlsx(work_site.customers.customers, "it", mask_phones=True)
    )
    files["flyers_csv"].write_bytes(flyers_csv(flyer_list(work_site.customers.unreachable)))
    return files


def _write_history(output: Path, services: Services, result) -> dict:
    (output / "notify_result.json").write_text(
        json.dumps(result.to_dict(), ensure_ascii=False, indent=2, default=str), encoding="utf-8"
    )
    today = datetime.now(rome()).date()
    paths = write_report(
        services.store,
        today - timedelta(days=30),
        today + timedelta(days=30),
        str(output / "pilot_report"),
        messages=message_rows_source(services.outbox),
    )
    return {
        "notify_result": output / "notify_result.json",
        "pilot_report": Path(paths.html),
        "store": output / "store.sqlite",
    }


def main() -> int:
    app = QgsApplication([], False)
    app.initQgis()
    try:
        started = time.perf_counter()
        run_demo()
        print(
            f"Done in {time.perf_counter() - started:.1f} s. Run `make demo` again to see the outbox refuse duplicates."
        )
    finally:
        QgsProject.instance().clear()
    return 0


if __name__ == "__main__":
    sys.exit(main())
