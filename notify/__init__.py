"""The notify pipeline: one path from an approved preview to SMS, email and history.

The notify dialog, the ``outage:notify`` algorithm and the demo all call
:func:`.pipeline.notify` (and :func:`.pipeline.follow_up` for "water back"
and "cancelled"), so the rules that protect customers (preview checks
before anything is written, one SMS per number per intervention, the email
only after the SMS) hold whichever door the operator came through. Pure
Python: no Qt, no QGIS.
"""
