"""The publisher the notify pipeline calls on every change of an intervention.

One call publishes one change: the pages and feeds are written to the
folder, then uploaded when a target is set. Whatever happens, the call
returns a :class:`PublishOutcome` (a code and plain parameters) and never
raises: the pipeline calls it after the SMS and the email, and a page that
could not be written or uploaded must not look like a failed notice. A
failed upload is remembered with the files still waiting, and
:meth:`Publisher.retry_upload` sends exactly those (with whatever a later
change added).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Callable

from ..common.log_words import say
from ..store.interventions import InterventionStore
from .notice import NotPublic
from .privacy import PrivacyLeak, public_streets
from .records import UPLOAD_FAILED, UPLOADED, Publications, PublicFacts
from .site import SiteSettings, publish_change, upload_order
from .upload import UploadResult, UploadTarget, upload

LOG = logging.getLogger("water_outage_notifier.publish")

PUBLISHED = "published"
WRITE_FAILED = "publish_write_failed"
NOTHING_TO_RETRY = "upload_nothing_to_retry"
NO_TARGET = "upload_no_target"


@dataclass(frozen=True)
class PublishOutcome:
    """What one publication did: ``code`` ``published`` or why not, and the upload."""

    reference: str
    change: str
    code: str
    params: dict = field(default_factory=dict)
    url: str | None = None
    page_file: str | None = None
    files: tuple[str, ...] = ()
    upload: UploadResult | None = None

    @property
    def published(self) -> bool:
        return self.code == PUBLISHED

    @property
    def upload_failed(self) -> bool:
        return self.upload is not None and not self.upload.ok


class Publisher:
    """Publishes to ``settings.folder`` and uploads to ``target`` (when given).

    ``map_png`` is the map of the next intervention published, rendered
    beforehand by the QGIS edge (maps are drawn in the GUI thread); later
    changes keep the map already in the folder. ``clock`` is the store's
    clock by default. ``target_error`` is the code of why the upload target
    could not be set up (its login could not be read): the files are then
    kept waiting for a retry, as after a failed upload.
    """

    def __init__(
        self,
        settings: SiteSettings,
        target: UploadTarget | None = None,
        map_png: bytes | None = None,
        clock: Callable[[], datetime] | None = None,
        target_error: str = "",
    ):
        self.settings = settings
        self.target = target
        self.map_png = map_png
        self.clock = clock
        self.target_error = target_error

    def __call__(
        self,
        store: InterventionStore,
        reference: str,
        change: str,
        streets: Iterable[str] | None = None,
        area: tuple | None = None,
    ) -> PublishOutcome:
        """Publish ``change``; ``streets`` (raw, from the customers' addresses) and
        ``area`` (WGS 84 MultiPolygon coordinates) are the public facts, given
        with the first notice and kept for the later changes."""
        publications = Publications(store.db)
        now = self.clock() if self.clock else store.now()
        try:
            if streets is not None or area is not None:
                facts = PublicFacts(reference, public_streets(streets or ()), tuple(area or ()))
                publications.remember(facts, now)
            publication = publish_change(
                store, publications, reference, change, self.settings, self.map_png, now
            )
        except (NotPublic, PrivacyLeak) as refusal:
            say(LOG, logging.WARNING, "not_published", reference=reference, why=refusal.code)
            return PublishOutcome(reference, change, refusal.code, _params(refusal))
        except OSError as error:
            detail = str(error)
            say(LOG, logging.WARNING, "not_published_folder", reference=reference, detail=detail)
            return PublishOutcome(reference, change, WRITE_FAILED, {"folder": self.settings.folder})
        address = publication.url or str(publication.page_file)
        say(LOG, logging.INFO, "published", reference=reference, change=change, address=address)
        outcome = PublishOutcome(
            reference,
            change,
            PUBLISHED,
            url=publication.url,
            page_file=publication.page_file,
            files=publication.files,
        )
        if self.target is None and not self.target_error:
            return outcome
        waiting = publications.upload_state(reference)
        earlier = waiting.files if waiting is not None and waiting.state == UPLOAD_FAILED else ()
        files = upload_order(dict.fromkeys([*earlier, *publication.files]))
        return _with_upload(outcome, self._upload(publications, reference, files, now))

    def retry_upload(self, store: InterventionStore, reference: str) -> PublishOutcome:
        """Upload again the files a failed upload of ``reference`` left waiting."""
        publications = Publications(store.db)
        state = publications.upload_state(reference)
        if self.target is None:
            return PublishOutcome(reference, "retry", self.target_error or NO_TARGET)
        if state is None or state.state != UPLOAD_FAILED:
            return PublishOutcome(reference, "retry", NOTHING_TO_RETRY)
        now = self.clock() if self.clock else store.now()
        result = self._upload(publications, reference, list(state.files), now)
        return _with_upload(PublishOutcome(reference, "retry", PUBLISHED), result)

    def _upload(self, publications, reference, files, now) -> UploadResult:
        if self.target is None:
            result = UploadResult(self.target_error, pending=tuple(files))
        else:
            result = upload(self.target, self.settings.folder, files)
        publications.record_upload(
            reference,
            self.target.describe() if self.target is not None else "",
            UPLOADED if result.ok else UPLOAD_FAILED,
            "" if result.ok else result.code,
            result.pending,
            now,
        )
        return result


def _with_upload(outcome: PublishOutcome, result: UploadResult) -> PublishOutcome:
    return PublishOutcome(**{**vars(outcome), "upload": result})


def _params(refusal) -> dict:
    if isinstance(refusal, PrivacyLeak):
        return {"files": sorted({leak.path for leak in refusal.leaks})}
    return dict(refusal.params)
