"""The history dock's public-page buttons: Publish, Retry upload, Flyers….

Every change of state already publishes the intervention (``notify``'s
hook); these buttons do it by hand. *Publish* writes the page, the map,
the indexes and the feeds again; *Retry upload* sends what a failed upload
left waiting; *Flyers…* prints one A4 PDF per street for the customers no
SMS reaches. The pages are written at once, and the upload always runs in
a ``QgsTask``: a slow or unreachable server never freezes QGIS. The login
is read here, in the GUI thread (QGIS may ask for its master password).
"""

from __future__ import annotations

import logging

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QObject
from qgis.PyQt.QtWidgets import QFileDialog, QPushButton

from ..common.vocabulary import PLANNED
from ..gis.flyer_pdf import FlyerError
from ..gis.i18n import tr
from ..gis.publish_services import (
    UPLOAD_QUEUED,
    make_publisher,
    outcome_text,
    publish_again,
    upload_waiting,
    write_flyers,
)
from ..gis.store_access import StoreError, store_error_text
from .notify_dialog import NotifyTask, run_and_close

LOG = logging.getLogger("water_outage_notifier.dialogs")


class PublishActions(QObject):
    """The public-page buttons of ``dock``, and the upload task they start."""

    def __init__(self, dock):
        super().__init__(dock)
        self.dock = dock
        self.task: NotifyTask | None = None
        body = dock.widget()
        self.publish_button = QPushButton(tr("Publish"), body)
        self.retry_button = QPushButton(tr("Retry upload"), body)
        self.flyers_button = QPushButton(tr("Flyers…"), body)
        self.publish_button.clicked.connect(self.publish_selected)
        self.retry_button.clicked.connect(self.retry_selected)
        self.flyers_button.clicked.connect(self.flyers_selected)

    def buttons(self) -> list:
        return [self.publish_button, self.retry_button, self.flyers_button]

    def update_buttons(self, item) -> None:
        """Public work only (its notice went out); no retry while an upload runs."""
        public = item is not None and item.state != PLANNED
        self.publish_button.setEnabled(public and bool(self.dock.settings_now().publish.folder))
        self.flyers_button.setEnabled(public)
        self.retry_button.setEnabled(public and self.task is None and self._waiting(item.reference))

    def _waiting(self, reference: str) -> bool:
        try:
            with self.dock.open_history() as services:
                return upload_waiting(services.store, reference)
        except StoreError:
            return False

    def _add(self, text: str) -> None:
        if text:
            self.dock.message.setText(f"{self.dock.message.text()}\n{text}".strip())

    # What a change of state published ----------------------------------------------
    def published(self, outcome) -> None:
        """Say what a publication did; its waiting upload goes on in a task."""
        self._add(outcome_text(outcome))
        if outcome is not None and outcome.upload is not None:
            if outcome.upload.code == UPLOAD_QUEUED:
                self.upload_in_background(outcome.reference)
        self.dock.update_buttons()

    # The buttons ---------------------------------------------------------------------
    def publish_selected(self) -> None:
        """Publish the selected intervention's page, map and feeds again, then upload them."""
        item = self.dock.chosen()
        if item is None:
            return
        settings = self.dock.settings_now()
        try:
            with self.dock.open_history() as services:
                outcome = publish_again(settings, services.store, item.reference, upload_now=False)
        except StoreError as error:
            self.dock.message.setText(store_error_text(error))
            return
        self.dock.message.setText("")
        self.published(outcome)

    def retry_selected(self) -> None:
        """Upload what a failed upload of the selected intervention left waiting."""
        item = self.dock.chosen()
        if item is not None:
            self.dock.message.setText("")
            self.upload_in_background(item.reference)

    def upload_in_background(self, reference: str) -> None:
        """Send what waits for ``reference`` in a QgsTask."""
        publisher = make_publisher(self.dock.settings_now())  # the login, read now
        if publisher is None:
            return
        try:
            services = self.dock.open_history()
        except StoreError as error:
            self._add(store_error_text(error))
            return
        self.task = NotifyTask(
            tr("Uploading the public page of {reference}").format(reference=reference),
            lambda _progress: run_and_close(
                services, publisher.retry_upload, services.store, reference
            ),
            self._uploaded,
        )
        self.dock.update_buttons()
        QgsApplication.taskManager().addTask(self.task)

    def _uploaded(self, outcome, error: str) -> None:
        self.task = None
        if outcome is None:
            self._add(tr("Publishing failed: {error}").format(error=error))
        else:
            self._add(outcome_text(outcome))
        self.dock.update_buttons()

    def flyers_selected(self) -> None:
        """Write the selected intervention's flyers (one PDF per street) into a chosen folder."""
        item = self.dock.chosen()
        if item is None:
            return
        folder = self.choose_folder(
            tr("Folder for the flyers of {reference}").format(reference=item.reference)
        )
        if not folder:
            return
        settings = self.dock.settings_now()
        try:
            with self.dock.open_history() as services:
                written = write_flyers(settings, services.store, item.reference, folder)
        except StoreError as error:
            self.dock.message.setText(store_error_text(error))
            return
        except FlyerError as error:
            self.dock.message.setText(
                tr("The flyer {path} could not be written.").format(path=error.path)
            )
            return
        if not written:
            self.dock.message.setText(
                tr("{reference}: every affected customer can get the SMS, no flyers.").format(
                    reference=item.reference
                )
            )
            return
        self.dock.message.setText(
            tr("{n} flyer file(s) (one per street) written to {folder}.").format(
                n=len(written), folder=folder
            )
        )

    def choose_folder(self, title: str) -> str:
        """Ask for a folder (tests replace this)."""
        return QFileDialog.getExistingDirectory(self.dock, title)
