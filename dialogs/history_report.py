"""The history dock's "Pilot report…" button: ask the period, write the report, open it.

For whoever asks how the pilot is going: the CSV files and the HTML page
(``notify.pilot_report``) of the store the dock shows, written into a
``reports`` folder beside the store unless the operator picks another,
then opened in the desktop's browser.
"""

from __future__ import annotations

import logging

from qgis.PyQt.QtCore import QObject, QUrl
from qgis.PyQt.QtWidgets import QPushButton

from ..common.log_words import say
from ..gis.i18n import document_language, tr
from ..gis.store_access import StoreError, report_folder, store_error_text
from ..notify.pilot_report import write_pilot_report
from .report_dialog import PilotReportDialog

LOG = logging.getLogger("water_outage_notifier.dialogs")


class PilotReportAction(QObject):
    """The report button of ``dock``; ``open_url`` opens the written page."""

    def __init__(self, dock, open_url):
        super().__init__(dock)
        self.dock = dock
        self.open_url = open_url
        self.button = QPushButton(tr("Pilot report…"), dock.widget())
        self.button.clicked.connect(self.run)

    def run(self) -> None:
        """Write the pilot report (CSV and HTML) for a chosen period, then open the page."""
        dialog = PilotReportDialog(report_folder(self.dock.settings_now()), self.dock)
        if not self.dock.ask(dialog):
            return
        (start, end), folder = dialog.period(), dialog.folder()
        try:
            with self.dock.open_history() as services:
                paths = write_pilot_report(services, start, end, folder, document_language())
        except StoreError as error:
            self._say(
                tr("The pilot report could not be written: {error}").format(
                    error=store_error_text(error)
                )
            )
            return
        except OSError as error:
            detail = str(error)
            say(LOG, logging.WARNING, "report_not_written", folder=str(folder), detail=detail)
            self._say(tr("The pilot report could not be written: {error}").format(error=error))
            return
        if self.open_url(QUrl.fromLocalFile(paths.html)):
            self._say(tr("Pilot report written to {folder}.").format(folder=folder))
        else:
            self._say(
                tr("Pilot report written to {folder}; open {page} in a browser.").format(
                    folder=folder, page=paths.html
                )
            )

    def _say(self, text: str) -> None:
        self.dock.message.setText(text)
