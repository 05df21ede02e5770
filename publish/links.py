"""The public address of an intervention's page, and the link the SMS carries.

The SMS names the intervention by its reference (``Rif. INT-2026-0001``);
its link is the public pages' base URL plus a short form of the same
reference, so the link a customer taps and the reference they read to the
call-centre say the same thing. Every character of an SMS is paid for, so
the short form drops the ``INT-`` prefix all references share.
"""

from __future__ import annotations

import re

_PREFIX = "INT-"
_UNSAFE = re.compile(r"[^a-z0-9-]+")


def short_reference(reference: str) -> str:
    """``INT-2026-0001`` → ``2026-0001``: the page's folder and the link's last part.

    Any other reference (a batch may set its own) is lowercased and kept to
    letters, digits and hyphens, so it is safe in a URL and a file name.
    """
    text = reference.strip()
    if text.upper().startswith(_PREFIX):
        text = text[len(_PREFIX) :]
    return _UNSAFE.sub("-", text.lower()).strip("-") or "intervention"


def page_url(base_url: str | None, reference: str) -> str | None:
    """``<base>/<short reference>/``, or None when no base URL is set.

    The trailing slash lets any web server answer with the folder's
    ``index.html`` without a redirect.
    """
    base = (base_url or "").strip()
    if not base:
        return None
    return f"{base.rstrip('/')}/{short_reference(reference)}/"
