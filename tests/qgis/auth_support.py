"""The test profile's QGIS authentication database, unlocked once for every test that needs it."""

from __future__ import annotations

from qgis.core import QgsApplication

MASTER = "master-of-the-test-profile"


def unlock_auth():
    """The auth manager of pytest-qgis's temporary profile, with its master password set."""
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        assert manager.setMasterPassword(MASTER, True)
    return manager
