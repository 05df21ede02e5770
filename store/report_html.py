"""The pilot report as one self-contained HTML page.

It is read by managers and archived with the trial's documents, so it
carries its own CSS and inline SVG charts and no script: it opens offline
and prints. jinja2 renders it with autoescape on, because municipality
names, operators and references are user data.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from .report_charts import bar_chart
from .report_figures import PilotReport, interventions_table, summary_table

TEMPLATE_FOLDER = Path(__file__).resolve().parents[1] / "templates" / "report"
TEMPLATE_NAME = "pilot_report.html.j2"


def render_html(report: PilotReport, title: str, generated_at: datetime) -> str:
    """The report page: summary table, charts and one line per intervention."""
    environment = Environment(
        loader=FileSystemLoader(str(TEMPLATE_FOLDER)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        keep_trailing_newline=True,
    )
    summary_header, summary_rows = summary_table(report)
    item_header, item_rows = interventions_table(report)
    return environment.get_template(TEMPLATE_NAME).render(
        title=title,
        report=report,
        generated_at=generated_at,
        charts=[Markup(svg) for svg in _charts(report)],
        summary_header=summary_header,
        summary_rows=summary_rows,
        item_header=item_header,
        item_rows=item_rows,
    )


def _charts(report: PilotReport) -> list[str]:
    total = report.total
    names = [name for name, _ in report.municipalities]
    scopes = [figures for _, figures in report.municipalities]
    reasons = report.reasons()
    return [
        bar_chart(
            "Interventions by kind",
            report.kinds(),
            [("interventions", [total.by_kind[kind] for kind in report.kinds()])],
        ),
        bar_chart(
            "Customers affected and warned by SMS, per municipality",
            names,
            [
                ("affected", [figures.customers_affected for figures in scopes]),
                ("warned", [figures.customers_warned for figures in scopes]),
            ],
        ),
        bar_chart(
            "SMS by outcome",
            ["accepted", "delivered", "failed"],
            [("SMS", [total.sms_accepted, total.sms_delivered, total.sms_failed])],
        ),
        bar_chart(
            "Customers not reachable by SMS, by reason",
            reasons,
            [("customers", [total.unreachable_by_reason[reason] for reason in reasons])],
        ),
    ]
