"""README screenshots of the settings dialog at its default size, filled with the Imola sample
project, in the screenshots' language (``screens.language``)."""

from __future__ import annotations

from qgis.core import QgsProject, QgsSettings
from screens import SCREENSHOT_DIR, assert_painted, grab, screenshot_dir
from water_outage_notifier.dialogs.settings_dialog import SettingsDialog
from water_outage_notifier.gis.mapping import load_mapping
from water_outage_notifier.gis.settings_store import (
    ROOT,
    EmailSettings,
    MessageSettings,
    PublishSettings,
)
from water_outage_notifier.sms_gateway.profile import GatewayProfile

SAMPLE = SCREENSHOT_DIR.parents[1] / "sample_data" / "imola_sample.qgz"


def test_settings_dialog_screenshots(screen_language, tmp_path):
    QgsSettings().remove(ROOT)
    assert QgsProject.instance().read(str(SAMPLE))
    dialog = SettingsDialog()
    dialog.layers.set_mapping(load_mapping())
    tabs = dialog.global_tabs
    tabs.gateway.set_profiles(
        [
            GatewayProfile("Skebby", "skebby", "https://api.skebby.it", "AcquaImola", rate=5.0),
            GatewayProfile(
                "Prova (file)",
                "file",
                sender="AcquaImola",
                options={"path": "/tmp/prove_sms.jsonl"},
            ),
        ],
        "Skebby",
    )
    tabs.email.set_email_settings(
        EmailSettings(
            host="smtp.acque-imola.example.it",
            from_address="gis@acque-imola.example.it",
            call_centre=["callcenter@acque-imola.example.it"],
        )
    )
    tabs.messages.set_message_settings(
        MessageSettings(
            language="it",
            utility_name="Acque Imola",
            call_centre_number="800 123 456",
            short_link_base="https://acque-imola.example.it/i/",
            operator_phone="+39 333 1234567",
        ),
        "",
    )
    tabs.publish.set_publish_settings(
        PublishSettings(
            folder="/srv/www/lavori",
            upload="sftp",
            upload_url="sftp://www.acque-imola.example.it/var/www/lavori",
        )
    )
    try:
        pages = {
            "layers": dialog.layers,
            "hydraulics": dialog.hydraulics,
            "gateway": tabs.gateway,
            "email": tabs.email,
            "messages": tabs.messages,
            "publish": tabs.publish,
        }
        for name, page in pages.items():  # by page, not position: a new tab moves the others
            dialog.tabs.setCurrentWidget(page)
            assert_painted(grab(dialog, screenshot_dir(tmp_path) / f"settings_{name}.png"))
    finally:
        dialog.close()
        QgsProject.instance().clear()
        QgsSettings().remove(ROOT)
