"""What a new user must still set before the first notice can go, as codes.

A fresh QGIS profile has no utility name, no call-centre number, no SMS
gateway and no mail server. Each of them would otherwise surface late and
in the wrong words (a template's missing placeholder, a gateway error, a
copy silently not mailed), so the settings dialog and the notify dialog
both ask this module first and list what is missing, each item with the
settings tab that sets it. The words are the dialogs' (``dialogs.readiness``).
"""

from __future__ import annotations

from dataclasses import dataclass

from .auth import AuthError
from .mail_check import last_check_failure
from .settings_store import PluginSettings

UTILITY_NAME = "utility_name"
CALL_CENTRE_NUMBER = "call_centre_number"
GATEWAY_PROFILE = "gateway_profile"
MAIL_SERVER = "mail_server"
#: The mail server is set, but its last connection test failed (``gis.mail_check``).
MAIL_TEST_FAILED = "mail_test_failed"

#: The settings tab that sets each item.
MESSAGES_TAB, GATEWAY_TAB, EMAIL_TAB = "messages", "gateway", "email"
TAB_OF = {
    UTILITY_NAME: MESSAGES_TAB,
    CALL_CENTRE_NUMBER: MESSAGES_TAB,
    GATEWAY_PROFILE: GATEWAY_TAB,
    MAIL_SERVER: EMAIL_TAB,
    MAIL_TEST_FAILED: EMAIL_TAB,
}
#: The SMS placeholders each item fills: a template missing one of them is this item.
PLACEHOLDER_OF = {"utility": UTILITY_NAME, "phone": CALL_CENTRE_NUMBER}


@dataclass(frozen=True)
class Missing:
    """One thing to set before sending; ``detail`` says more when it is set but unusable."""

    code: str
    detail: str = ""

    @property
    def tab(self) -> str:
        return TAB_OF[self.code]

    @property
    def blocks_sms(self) -> bool:
        """Only the mail server leaves the SMS free to go (without the call-centre copy)."""
        return self.code not in (MAIL_SERVER, MAIL_TEST_FAILED)


def missing_for_sending(settings: PluginSettings) -> list[Missing]:
    """What ``settings`` still lack for a notice, in the order the operator sets them."""
    found = []
    messages = settings.messages
    if not messages.utility_name.strip():
        found.append(Missing(UTILITY_NAME))
    if not messages.call_centre_number.strip():
        found.append(Missing(CALL_CENTRE_NUMBER))
    if settings.profile() is None:
        found.append(Missing(GATEWAY_PROFILE))
    mail = mail_problem(settings)
    if mail is not None:
        found.append(mail)
    return found


def mail_problem(settings: PluginSettings) -> Missing | None:
    """Why the call-centre copy cannot go with these settings, or None when it can."""
    email = settings.email
    if not email.enabled or not email.host.strip():
        return Missing(MAIL_SERVER)
    problems = email.problems()
    if problems:
        return Missing(MAIL_SERVER, " ".join(problems))
    try:
        email.smtp_settings()
    except AuthError as error:
        return Missing(MAIL_SERVER, str(error))
    failed = last_check_failure(email)
    return Missing(MAIL_TEST_FAILED, failed) if failed else None
