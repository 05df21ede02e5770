"""The plugin-wide tabs (gateway, email, messages, public pages), shared by two windows.

The plugin's settings dialog and the page in QGIS Options show the same
tabs; building them here keeps one implementation for both.
"""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QTabWidget

from ..gis.i18n import tr
from ..gis.settings_store import PluginSettings
from .widgets_email import EmailTab
from .widgets_gateway import GatewayTab
from .widgets_messages import MessagesTab
from .widgets_publish import PublishTab


class GlobalSettingsTabs:
    """Adds the four plugin-wide tabs to a ``QTabWidget`` and reads them back."""

    def __init__(self, tabs: QTabWidget):
        self.messages = MessagesTab()
        self.gateway = GatewayTab(phone_source=lambda: self.messages.operator_phone.text().strip())
        self.email = EmailTab()
        self.publish = PublishTab()
        tabs.addTab(self.gateway, tr("SMS gateway"))
        tabs.addTab(self.email, tr("Email"))
        tabs.addTab(self.messages, tr("Messages"))
        tabs.addTab(self.publish, tr("Public pages"))

    def set_settings(self, settings: PluginSettings) -> None:
        self.gateway.set_profiles(settings.profiles, settings.selected_profile)
        self.gateway.dispatch_minutes.setValue(settings.dispatch_minutes)
        self.gateway.set_voice_profile(settings.voice_profile)
        self.email.set_email_settings(settings.email)
        self.messages.set_message_settings(settings.messages, settings.store_location)
        self.messages.store_login.setConfigId(settings.store_authcfg)
        self.publish.set_publish_settings(settings.publish)

    def settings(self) -> PluginSettings:
        return PluginSettings(
            profiles=self.gateway.profiles(),
            selected_profile=self.gateway.selected_profile(),
            email=self.email.email_settings(),
            messages=self.messages.message_settings(),
            publish=self.publish.publish_settings(),
            store_location=self.messages.store_location_text(),
            store_authcfg=self.messages.store_login.configId(),
            dispatch_minutes=self.gateway.dispatch_minutes.value(),
            voice_profile=self.gateway.voice_profile(),
        )
