"""Which channel warns each affected customer: SMS, a call, an email, or a flyer.

One notice per customer, by the cheapest channel that surely reaches them:

* email, when the customer chose it and left an address;
* otherwise SMS, to every consented mobile;
* otherwise a call, to the consented landlines (often the elderly, who
  most need the warning);
* otherwise email, to a consented address;
* otherwise the flyer list.

So a customer with a landline and an email gets one call and no email,
unless email is their chosen channel. A number or address shared by
several customers (a building administrator) is one recipient on its
channel, as for SMS.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..common.vocabulary import CALL, CHANNELS, EMAIL, SMS
from .selection import AffectedCustomer, CustomerSelection, Recipient, merged


def channel_of(customer: AffectedCustomer, available=CHANNELS) -> str | None:
    """The channel that warns ``customer`` (see the module docstring) among
    those ``available`` (no voice profile: no call; no mail server: no
    email); None: a flyer."""
    email = EMAIL in available and bool(customer.emails)
    if email and customer.prefers_email:
        return EMAIL
    if SMS in available and customer.phones:
        return SMS
    if CALL in available and customer.landlines:
        return CALL
    return EMAIL if email else None


@dataclass(frozen=True)
class ChannelPlan:
    """The recipients of each channel, and who is left for the flyers."""

    sms: tuple[Recipient, ...]
    calls: tuple[Recipient, ...]
    emails: tuple[Recipient, ...]
    flyers: tuple[AffectedCustomer, ...]

    def counts(self) -> dict[str, int]:
        """Recipients per channel, and customers left on the flyer list."""
        return {
            SMS: len(self.sms),
            CALL: len(self.calls),
            EMAIL: len(self.emails),
            "flyer": len(self.flyers),
        }


def plan_channels(selection: CustomerSelection, available=CHANNELS) -> ChannelPlan:
    """Each affected customer on its channel among ``available``, in report order."""
    chosen = {SMS: [], CALL: [], EMAIL: []}
    flyers = []
    for customer in selection.customers:
        channel = channel_of(customer, available)
        if channel is None:
            flyers.append(customer)
        else:
            chosen[channel].append(customer)
    return ChannelPlan(
        sms=merged(chosen[SMS], lambda c: c.phones),
        calls=merged(chosen[CALL], lambda c: c.landlines),
        emails=merged(chosen[EMAIL], lambda c: c.emails),
        flyers=tuple(flyers),
    )
