"""The pilot report as one self-contained HTML page.

It is read by managers and archived with the trial's documents, so it
carries its own CSS and inline SVG charts and no script: it opens offline
and prints. jinja2 renders it with autoescape on, because municipality
names, operators and references are user data.
"""

from __future__ import annotations

from datetime import datetime
from functools import partial
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..common.labels import REPORT_TEXT, label
from .report_charts import bar_chart
from .report_figures import PilotReport, decimal_text, interventions_table, summary_table

TEMPLATE_FOLDER = Path(__file__).resolve().parents[1] / "templates" / "report"
TEMPLATE_NAME = "pilot_report.html.j2"


def render_html(report: PilotReport, title: str, generated_at: datetime, lang: str = "it") -> str:
    """The report page in ``lang``: summary table, charts and one line per intervention."""
    environment = Environment(
        loader=FileSystemLoader(str(TEMPLATE_FOLDER)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        keep_trailing_newline=True,
    )
    environment.filters["shown"] = partial(_shown, lang=lang)
    summary_header, summary_rows = summary_table(report, lang)
    item_header, item_rows = interventions_table(report, lang)
    words = {code: label("report_text", code, lang) for code in REPORT_TEXT}
    stamp = "%d/%m/%Y %H:%M"
    return environment.get_template(TEMPLATE_NAME).render(
        lang=lang,
        title=title,
        words=words,
        period=words["period"].format(
            start=report.period_start.strftime(stamp),
            end=report.period_end.strftime(stamp),
            generated=generated_at.strftime(stamp),
        ),
        charts=[Markup(svg) for svg in _charts(report, lang)],
        summary_header=summary_header,
        summary_rows=summary_rows,
        item_header=item_header,
        item_rows=item_rows,
    )


def _shown(value: object, lang: str) -> object:
    """A table cell as the page shows it: a dash for none, decimals the reader's way."""
    if value is None:
        return "–"
    return decimal_text(value, lang) if isinstance(value, float) else value


def _charts(report: PilotReport, lang: str) -> list[str]:
    def words(code: str) -> str:
        return label("report_text", code, lang)

    total = report.total
    names = [name for name, _ in report.municipalities]
    scopes = [figures for _, figures in report.municipalities]
    reasons = report.reasons()
    empty = words("no_data")
    return [
        bar_chart(
            words("chart_kinds"),
            [label("kind", kind, lang) for kind in report.kinds()],
            [(words("series_interventions"), [total.by_kind[k] for k in report.kinds()])],
            empty,
        ),
        bar_chart(
            words("chart_customers"),
            names,
            [
                (words("series_affected"), [figures.customers_affected for figures in scopes]),
                (words("series_warned"), [figures.customers_warned for figures in scopes]),
            ],
            empty,
        ),
        bar_chart(
            words("chart_sms"),
            [words(f"outcome_{outcome}") for outcome in ("accepted", "delivered", "failed")],
            [
                ("SMS", [total.sms_accepted, total.sms_delivered, total.sms_failed]),
                (
                    words("series_calls"),
                    [total.calls_placed, total.calls_answered, total.calls_failed],
                ),
            ],
            empty,
        ),
        bar_chart(
            words("chart_unreachable"),
            [label("reason", reason, lang) for reason in reasons],
            [(words("series_customers"), [total.unreachable_by_reason[r] for r in reasons])],
            empty,
        ),
    ]
