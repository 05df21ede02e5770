"""The "Public pages" tab: where the pages are written, and where they are uploaded.

The pages' public address is the Messages tab's link base (the SMS links
to it); this tab holds the local folder and, optionally, an SFTP or
WebDAV upload whose login is chosen with QGIS's authentication selector
(only the authcfg id is stored).
"""

from __future__ import annotations

from qgis.gui import QgsAuthConfigSelect, QgsFileWidget
from qgis.PyQt.QtWidgets import QComboBox, QLabel, QLineEdit

from ..gis.i18n import tr
from ..gis.settings_store import PublishSettings
from .widgets_common import FormTab


class PublishTab(FormTab):
    """Edits ``PublishSettings``; ``publish_settings()`` reads them back."""

    def __init__(self, parent=None):
        super().__init__(parent)
        intro = QLabel(
            tr(
                "On every notice, start, end or cancellation of an intervention, its public page "
                "(Italian and English, with a map), the index per municipality and the GeoJSON "
                "and CAP feeds are written to this folder. No phone number, name or customer "
                "code is ever published. Their public address is set on the Messages tab."
            )
        )
        intro.setWordWrap(True)
        self.folder = QgsFileWidget()
        self.folder.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder.lineEdit().setPlaceholderText(tr("empty: nothing is published"))
        self.upload = QComboBox()
        self.upload.addItem(tr("No upload (the folder is served as it is)"), "")
        self.upload.addItem(tr("SFTP"), "sftp")
        self.upload.addItem(tr("WebDAV or HTTP PUT"), "webdav")
        self.upload_url = QLineEdit()
        self.upload_url.setPlaceholderText("sftp://www.example.it/var/www/lavori")
        self.authcfg = QgsAuthConfigSelect()
        self.known_hosts = QgsFileWidget()
        self.known_hosts.setToolTip(
            tr("An OpenSSH known_hosts file with the SFTP server's key (empty: your own).")
        )
        self.form.addRow(intro)
        self.form.addRow(tr("Pages folder"), self.folder)
        self.form.addRow(tr("Upload"), self.upload)
        self.form.addRow(tr("Upload address"), self.upload_url)
        self.form.addRow(tr("Upload login"), self.authcfg)
        self.form.addRow(tr("SFTP known hosts"), self.known_hosts)
        self.folder.fileChanged.connect(self.refresh)
        self.known_hosts.fileChanged.connect(self.refresh)
        self.upload_url.textChanged.connect(self.refresh)
        self.upload.currentIndexChanged.connect(self.refresh)
        self.set_publish_settings(PublishSettings())

    def set_publish_settings(self, publish: PublishSettings) -> None:
        self.folder.setFilePath(publish.folder)
        self.upload.setCurrentIndex(max(0, self.upload.findData(publish.upload)))
        self.upload_url.setText(publish.upload_url)
        self.authcfg.setConfigId(publish.authcfg)
        self.known_hosts.setFilePath(publish.known_hosts)
        self.refresh()

    def publish_settings(self) -> PublishSettings:
        return PublishSettings(
            folder=self.folder.filePath(),
            upload=self.upload.currentData(),
            upload_url=self.upload_url.text().strip(),
            authcfg=self.authcfg.configId(),
            known_hosts=self.known_hosts.filePath(),
        )

    def refresh(self) -> None:
        uploading = bool(self.upload.currentData())
        for widget in (self.upload_url, self.authcfg, self.known_hosts):
            widget.setEnabled(uploading)
        self.known_hosts.setEnabled(self.upload.currentData() == "sftp")
        self.problems_label.show_problems(self.publish_settings().problems())
