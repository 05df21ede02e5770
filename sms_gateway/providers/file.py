"""The dry-run gateway: it writes what would be sent to a JSONL file.

Operators rehearse a notice (and tests exercise the whole path) without
sending a single SMS. Each line is flushed and fsynced before the message is
reported accepted, and the file answers status lookups, so a dry run obeys
the same crash-and-resume rules as a real gateway.
"""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Sequence

from ..provider import (
    Capabilities,
    Delivery,
    Outcome,
    OutgoingMessage,
    Provider,
    RecipientResult,
    Reconcile,
    StatusReport,
    SubmitResult,
)


class FileProvider(Provider):
    """Option ``path`` (or the base URL) names the JSONL file to append to."""

    name = "file"
    capabilities = Capabilities(
        max_batch=1000, client_reference=True, status_lookup=True, reconcile=Reconcile.REFERENCE
    )

    def __init__(self, profile, credentials, http):
        super().__init__(profile, credentials, http)
        self.path = profile.options.get("path") or profile.base_url
        if not self.path:
            raise ValueError(f"Profile '{profile.name}': the file gateway needs a 'path' option.")
        self._lock = threading.Lock()

    def submit(self, batch_ref: str, messages: Sequence[OutgoingMessage]) -> SubmitResult:
        now = time.time()
        lines = "".join(
            json.dumps(
                {
                    "batch_ref": batch_ref,
                    "ref": message.ref,
                    "to": message.phone,
                    "from": self.profile.sender,
                    "text": message.text,
                    "at": now,
                },
                ensure_ascii=False,
            )
            + "\n"
            for message in messages
        )
        with self._lock, open(self.path, "a", encoding="utf-8") as stream:
            stream.write(lines)
            stream.flush()
            os.fsync(stream.fileno())
        accepted = RecipientResult(Outcome.ACCEPTED, batch_ref)
        return SubmitResult(Outcome.ACCEPTED, {message.ref: accepted for message in messages})

    def lookup(self, batch_ref, messages):
        if not os.path.exists(self.path):
            return None
        with open(self.path, encoding="utf-8") as stream:
            written = {row["ref"] for row in _rows(stream) if row.get("batch_ref") == batch_ref}
        if not written:
            return None
        return {
            message.ref: StatusReport(Delivery.DELIVERED, batch_ref, "written")
            if message.ref in written
            else StatusReport(Delivery.UNKNOWN)  # the process died mid-line: never written
            for message in messages
        }


def _rows(stream):
    """The complete lines of the file; a line torn by a crash is skipped (never written)."""
    for line in stream:
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict) and "ref" in row:
            yield row
