"""The plugin's words: one word for one thing, spelt in one place.

These strings are stored (the outbox, the history, the templates' folder
names, JSON reports) and compared everywhere, so each room imports them
from here instead of typing them again. The stored values never change: an
existing database, outbox key or user template folder keeps its meaning.
The words people read are made from these at the edge: ``tr()`` in the
interface, the catalogue of :mod:`.labels` in files and emails.

Two things once shared the word ``CANCELLED``: the state of an intervention
and the message telling customers about it. They are now
``CANCELLED`` (the state) and ``CANCELLATION`` (the message kind, whose
stored value stays ``"cancelled"``).
"""

from __future__ import annotations

# -- message kinds: what an SMS is about (outbox ``kind``, template folders) ----

PLANNED_INTERRUPTION = "planned_interruption"
PRESSURE_DROP = "pressure_drop"
EMERGENCY = "emergency"
SERVICE_ANNOUNCEMENT = "service_announcement"
#: The follow-up after the work: the water is back.
WATER_BACK = "water_back"
#: The follow-up after a cancelled intervention (stored as "cancelled").
CANCELLATION = "cancelled"
#: A reminder of a notice already sent: the evening before, the morning of the
#: work, each day of a work of several days (``notify.reminders``).
REMINDER = "reminder"
#: New dates for the work (``notify.changes.reschedule``), to the same numbers.
POSTPONEMENT = "postponed"
#: A later end for the work (``notify.changes.extend``).
EXTENSION = "extended"
#: The operator's own test SMS from the notify dialog (never a customer).
TEST_MESSAGE = "test"

#: Kinds of the first notice of an intervention, in the order the dialogs offer them.
NOTICE_KINDS = (PLANNED_INTERRUPTION, PRESSURE_DROP, EMERGENCY, SERVICE_ANNOUNCEMENT)
#: Kinds sent after the notice, only to the numbers that may have had it.
FOLLOW_UP_KINDS = (WATER_BACK, CANCELLATION, REMINDER, POSTPONEMENT, EXTENSION)
#: Every kind a template exists for.
MESSAGE_KINDS = NOTICE_KINDS + FOLLOW_UP_KINDS

# -- intervention states: the field work's life cycle ----------------------------

PLANNED = "planned"
NOTIFIED = "notified"
IN_PROGRESS = "in_progress"
FINISHED = "finished"
CANCELLED = "cancelled"
INTERVENTION_STATES = (PLANNED, NOTIFIED, IN_PROGRESS, FINISHED, CANCELLED)
#: States in which the network is (or will be) shut: they can conflict.
ACTIVE_STATES = (PLANNED, NOTIFIED, IN_PROGRESS)
#: The follow-up message each closed state offers.
FOLLOW_UP_OF_STATE = {FINISHED: WATER_BACK, CANCELLED: CANCELLATION}

# -- outbox states: where one SMS to one number stands ---------------------------

PENDING = "PENDING"
SUBMITTING = "SUBMITTING"
ACCEPTED = "ACCEPTED"
FAILED = "FAILED"
UNCERTAIN = "UNCERTAIN"
DELIVERED = "DELIVERED"
UNDELIVERED = "UNDELIVERED"
OUTBOX_STATES = (PENDING, SUBMITTING, ACCEPTED, FAILED, UNCERTAIN, DELIVERED, UNDELIVERED)
#: States no report changes any more.
FINAL_STATES = (FAILED, DELIVERED, UNDELIVERED)
#: The provider took the SMS: it left.
SENT_STATES = (ACCEPTED, DELIVERED, UNDELIVERED)
#: The phone may have received the message (the follow-ups go to these):
#: one a sender holds (SUBMITTING) is on its way and cannot be called back.
MAY_HAVE_RECEIVED = (ACCEPTED, DELIVERED, UNCERTAIN, SUBMITTING)
#: The code of a scheduled message the operator called off before it went
#: (FAILED, never revived, never sent: ``Outbox.cancel``).
CANCELLED_BEFORE_SENDING = "cancelled_before_sending"

# -- channels: how a message reaches a customer (outbox key, its ``channel``) ------

SMS = "sms"
#: A voice call to a landline: the text is spoken (``messages.speech``).
CALL = "call"
EMAIL = "email"
CHANNELS = (SMS, CALL, EMAIL)

# -- unreachable reasons: why a customer gets a flyer instead of an SMS ----------

NO_PHONE = "no_phone"
INVALID_PHONE = "invalid_phone"
LANDLINE = "landline"
NO_CONSENT = "no_consent"
OPTED_OUT = "opted_out"
#: From most to least informative: a customer with several contacts gets the first found.
UNREACHABLE_REASONS = (OPTED_OUT, NO_CONSENT, LANDLINE, INVALID_PHONE, NO_PHONE)

# -- replies: what a customer's SMS to the utility means --------------------------

#: STOP, ANNULLA, CANCELLA (the profile's ``opt_out_keywords``): never again.
REPLY_OPT_OUT = "opt_out"
#: "1" to the water-back notice: the water is still not back there.
REPLY_NO_WATER = "no_water"
REPLY_OTHER = "other"
DEFAULT_OPT_OUT_KEYWORDS = ("STOP", "ANNULLA", "CANCELLA")

# -- the call-centre copy ---------------------------------------------------------

EMAIL_SENT = "sent"
EMAIL_FAILED = "failed"
EMAIL_SKIPPED = "skipped"
EMAIL_STATUSES = (EMAIL_SENT, EMAIL_FAILED, EMAIL_SKIPPED)

# -- published changes: what the public page and the CAP feed say happened ---------
# (``notify.publication.announce``; stored in the ``publications`` tables)

CHANGE_NOTIFIED = "notified"
CHANGE_STARTED = "started"
CHANGE_FINISHED = "finished"
CHANGE_CANCELLED = "cancelled"
#: New times (issue 18's reschedule and extension announce these).
CHANGE_RESCHEDULED = "rescheduled"
CHANGE_EXTENDED = "extended"
#: Published again by hand (the history dock's Publish, ``outage:publish``).
CHANGE_REPUBLISHED = "republished"
PUBLISHED_CHANGES = (
    CHANGE_NOTIFIED,
    CHANGE_STARTED,
    CHANGE_FINISHED,
    CHANGE_CANCELLED,
    CHANGE_RESCHEDULED,
    CHANGE_EXTENDED,
    CHANGE_REPUBLISHED,
)
