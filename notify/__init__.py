"""The notify room: one path from an approved preview to SMS, email and history,
and the one door through which the dialogs reach the core.

The notify dialog, the ``outage:notify`` algorithm and the demo all call
:func:`.pipeline.notify` (and :func:`.pipeline.follow_up` for "water back"
and "cancelled"), so the rules that protect customers (preview checks
before anything is written, one SMS per number per intervention, the email
only after the SMS) hold whichever door the operator came through.

Everything else a dialog asks of the core is a plain function here too:
the intervention's life cycle (``lifecycle``), its messages and the
deliberate re-send (``resend``), the history listing (``history``), the
test SMS and email (``trials``), the pilot report (``pilot_report``) and
the files of a work site (``exports``). ``dispatcher`` drains the outbox
through a provider, with its retry policy (``backoff``) and rate limiter
(``ratelimit``). Pure Python: no Qt, no QGIS.
"""
