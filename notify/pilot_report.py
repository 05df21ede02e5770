"""``write_report``: the pilot report files for a period, for the history dock and Processing.

Two CSV files (the summary per municipality and one line per intervention)
for the spreadsheet users, and one HTML page with charts for everyone else,
all in Italian or English (headings, kinds, states and reasons in words).
The CSV files follow the customers' export conventions (UTF-8 with BOM,
``;``, formula guard); in Italian they write decimals with a comma, so
Italian Excel reads them as numbers.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

from ..common.labels import label
from ..common.log_words import say
from ..customers.csv_export import csv_bytes
from ..store.interventions import InterventionStore, When
from ..store.report_figures import (
    MessageSource,
    build_report,
    decimal_text,
    interventions_table,
    summary_table,
)
from ..store.report_html import render_html
from .request import Services
from .states import message_rows_source

log = logging.getLogger("water_outage_notifier.notify")


@dataclass(frozen=True)
class ReportPaths:
    """The files written."""

    summary_csv: str
    interventions_csv: str
    html: str

    def __iter__(self):
        return iter((self.summary_csv, self.interventions_csv, self.html))


def write_report(
    store: InterventionStore,
    period_start: When | date,
    period_end: When | date,
    folder: str,
    messages: MessageSource | None = None,
    lang: str = "it",
    title: str | None = None,
) -> ReportPaths:
    """Compute the figures for the period and write the CSV and HTML files into ``folder``.

    Plain dates are whole Rome days, ``period_end`` included. ``messages``
    gives each intervention's SMS states (the outbox); without it the
    recipient snapshot recorded with the interventions is used. ``lang``
    (``it`` or ``en``) is the language of the files; ``title`` defaults to
    the report's name in that language.
    """
    report = build_report(store, period_start, period_end, messages)
    os.makedirs(folder, exist_ok=True)
    stem = f"pilot_report_{report.period_start:%Y%m%d}_{report.period_end:%Y%m%d}"
    paths = ReportPaths(
        os.path.join(folder, f"{stem}_summary.csv"),
        os.path.join(folder, f"{stem}_interventions.csv"),
        os.path.join(folder, f"{stem}.html"),
    )
    for path, (header, rows) in (
        (paths.summary_csv, summary_table(report, lang)),
        (paths.interventions_csv, interventions_table(report, lang)),
    ):
        with open(path, "wb") as handle:
            handle.write(
                csv_bytes(header, ([_csv_cell(cell, lang) for cell in row] for row in rows))
            )
    title = title or label("report_text", "title", lang)
    with open(paths.html, "w", encoding="utf-8") as handle:
        handle.write(render_html(report, title, store.now(), lang))
    count = report.total.interventions
    say(log, logging.INFO, "pilot_report", count=count, folder=str(folder))
    return paths


def _csv_cell(value: object, lang: str) -> object:
    return decimal_text(value, lang) if isinstance(value, float) else value


def write_pilot_report(
    services: Services,
    period_start: When | date,
    period_end: When | date,
    folder: str,
    lang: str = "it",
) -> ReportPaths:
    """The pilot report of the store in ``services``, in ``lang``, its SMS states read
    from the outbox.

    A message delivered after the notice was recorded still counts as delivered.
    """
    return write_report(
        services.store,
        period_start,
        period_end,
        folder,
        messages=message_rows_source(services.outbox),
        lang=lang,
    )
