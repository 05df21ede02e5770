"""The dispatch pass in the background while QGIS is open (``notify.dispatch``).

Every ``dispatch_minutes`` (plugin settings, SMS gateway tab; 0 turns it
off) a ``QTimer`` starts one ``DispatchTask``: interrupted sends are
finished and delivery reports read, with nobody pressing a button. One
task at a time: a tick while the last pass still runs is skipped. The
gateway's credentials are read in the main thread, and only when the QGIS
master password is already entered: a background timer never asks for it.
The mail server of the settings (Email tab) is opened too, so the
customers' emails that are due (a follow-up's, a reminder's) go while QGIS
is open, not at the next ``outage:dispatch``; its login is read under the
same rule. Emails left waiting (no mail server, or its login locked) are
said once in the QGIS message log, in the operator's words, until they
stop waiting. ``stop`` (the plugin's ``unload``) stops the timer and
cancels a running pass.
"""

from __future__ import annotations

import logging
import time

from qgis.core import QgsApplication, QgsTask
from qgis.PyQt.QtCore import QObject, QTimer

from ..common.log_words import say
from ..notify.dispatch import DispatchResult, dispatch
from ..store.errors import StoreError
from .auth import master_password_entered
from .i18n import tr
from .notify_services import NotifySetupError, open_services
from .problem_text import problem_text
from .progress import FeedbackProgress
from .settings_store import PluginSettings

LOG = logging.getLogger("water_outage_notifier.notify")
#: A pass stops retrying this long before the next tick is due.
MARGIN_SECONDS = 30.0


class DispatchTask(QgsTask):
    """One dispatch pass on services opened in the main thread."""

    def __init__(self, services, deadline: float, mail_locked: bool = False, said=None):
        super().__init__(tr("Water Outage Notifier: SMS dispatch"), QgsTask.Flag.CanCancel)
        self.services = services
        self.deadline = deadline
        self.mail_locked = mail_locked
        self.said = said if said is not None else set()
        self.result: DispatchResult | None = None
        self.error: str | None = None
        self.done = False  # set in the main thread when QGIS is finished with it

    def run(self) -> bool:
        # No GUI here: the outbox, the history and the gateway only.
        try:
            self.result = dispatch(
                self.services, FeedbackProgress(self), self.deadline, mail_locked=self.mail_locked
            )
        except Exception as error:  # noqa: BLE001 - logged; the next tick tries again
            say(LOG, logging.ERROR, "background_failed", exc_info=True)
            self.error = str(error)
        finally:
            self.services.store.db.close()  # this worker thread's connection
        return self.result is not None and not self.isCanceled()

    def finished(self, result: bool) -> None:
        self.done = True
        self.services.close()
        if self.result is not None and self.result.counts.in_doubt:  # why it stopped: said
            in_doubt = self.result.counts.in_doubt  # by the pass (``dispatch_stopped``)
            say(LOG, logging.WARNING, "background_in_doubt", count=in_doubt)
        if self.result is not None:
            self._say_once(self.result.notes)

    def _say_once(self, notes) -> None:
        """Each note (``emails_waiting``) in the message log once, until it goes away."""
        keys = {(note.code, note.params.get("why")) for note in notes}
        for note in notes:
            if (note.code, note.params.get("why")) not in self.said:
                LOG.warning("%s", problem_text(note))
        self.said.intersection_update(keys)
        self.said.update(keys)


class BackgroundDispatch(QObject):
    """The timer and the one task it may have running (``task`` keeps the reference)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.tick)
        self.task: DispatchTask | None = None
        self.minutes = 0
        self.said: set = set()  # the notes already in the message log

    def start(self, minutes: int | None = None) -> None:
        """Tick every ``minutes`` (the settings' when None); 0 stops the timer."""
        self.minutes = PluginSettings.load().dispatch_minutes if minutes is None else minutes
        self.timer.stop()
        if self.minutes > 0:
            self.timer.start(int(self.minutes * 60_000))

    def busy(self) -> bool:
        return self.task is not None and not self.task.done

    def tick(self) -> DispatchTask | None:
        """Start one pass unless one runs or the settings cannot send; returns it.

        The interval is read again first: the QGIS Options page may have
        changed it (0 stops the timer and starts nothing).
        """
        minutes = PluginSettings.load().dispatch_minutes
        if minutes != self.minutes:
            self.start(minutes)
        if not minutes:
            return None
        if self.busy():
            say(LOG, logging.INFO, "background_skipped")
            return None
        opened = self._services()
        if opened is None:
            return None
        services, mail_locked = opened
        seconds = max(MARGIN_SECONDS, self.minutes * 60.0 - MARGIN_SECONDS)
        self.task = DispatchTask(services, time.time() + seconds, mail_locked, self.said)
        QgsApplication.taskManager().addTask(self.task)
        return self.task

    def stop(self) -> None:
        self.timer.stop()
        if self.busy():
            self.task.cancel()  # the reference stays until QGIS is done with it

    @staticmethod
    def _services():
        """``(services, mail_locked)`` opened without asking for the master
        password, or None (said in the log) when the pass cannot start."""
        settings = PluginSettings.load()
        profile = settings.profile()
        if profile is None:
            return None
        entered = master_password_entered()
        voice = settings.profile(settings.voice_profile) if settings.voice_profile else None
        if not entered and any(p is not None and p.authcfg for p in (profile, voice)):
            say(LOG, logging.INFO, "background_locked")
            return None
        mail_locked = bool(settings.email.authcfg) and not entered
        try:
            return open_services(settings, profile, with_email=not mail_locked), mail_locked
        except (NotifySetupError, StoreError) as error:
            say(LOG, logging.WARNING, "background_cannot_start", detail=str(error))
            return None
