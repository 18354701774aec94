"""What the owner records about a customer, as typed values: one record type per kind.

The store keeps each event as a row with a JSON payload (``core.store``); this package is the
one place that says what each kind's payload holds. Each type checks its fields
(``validate``), writes its payload (``encode``), reads one back (``decode``, lenient: a field
an older version did not write takes its default) and gives its write's idempotency token
(``token``), so a double click or a second tab saves one event whatever page or command
records it. ``write`` and ``rewrite`` are the only way a record reaches the store.

The kinds:

``contact``           ``Contact``: a call, a WhatsApp, a visit…, and what came of it; a promise
                      to pay (``outcome == "promised"``) carries its date and amount.
``letter``            ``Letter``: a reminder letter or a firm notice made for a playbook step;
                      ``Somasi``: a somasi (``letter: "somasi"``).
``payment``           ``ManualPayment``: a payment (or a return) entered by hand, into the book.
``offer``             ``Offer``: a settlement offer; cancelling it rewrites the same event.
``agreement``         ``Agreement``: a payment agreement; its status changes rewrite it.
``dispute``           ``DisputeMark``: the customer disputes the bill.
``dispute_resolved``  ``DisputeResolution``: how a dispute ended.
``bank_credit``       ``BankCredit``: a bank statement's credit, proposed, confirmed or dismissed.

Which staff member handles a customer is not an event: ``Store.assign`` keeps it.
"""

from core.events.agreement import Agreement, AgreementError
from core.events.bank import BankCredit
from core.events.base import (
    DAY_FIELDS,
    KINDS,
    LEDGER_KINDS,
    EventError,
    EventKind,
    EventLike,
    EventProblem,
    Record,
    amount_of,
    business_day,
    event_token,
    rewrite,
    write,
)
from core.events.contact import (
    CHANNEL_KEYS,
    CHANNELS,
    OUTCOME_KEYS,
    OUTCOMES,
    Channel,
    Contact,
    Outcome,
)
from core.events.dispute import DisputeMark, DisputeResolution
from core.events.letter import Letter, Somasi, is_somasi
from core.events.offer import Offer
from core.events.payment import ManualPayment
from core.ledger import CreditKind


def decode(event: EventLike) -> Record | None:
    """The record a saved event holds, whatever its kind; ``None`` for a kind Tagih does not
    know or a payload that cannot be read as its kind (an agreement without its schedule)."""
    on = business_day(event.kind, event.payload) or event.at.date()
    payload = event.payload
    if event.kind == Somasi.KIND and is_somasi(payload):
        return Somasi.decode(payload, on=on)
    try:
        match event.kind:
            case Contact.KIND:
                return Contact.decode(payload)
            case Letter.KIND:
                return Letter.decode(payload)
            case ManualPayment.KIND:
                return ManualPayment.decode(payload)
            case Offer.KIND:
                return Offer.from_event(event)
            case Agreement.KIND:
                return Agreement.from_event(event)
            case DisputeMark.KIND:
                return DisputeMark.decode(payload, on=on)
            case DisputeResolution.KIND:
                return DisputeResolution.decode(payload, on=on)
            case BankCredit.KIND:
                return BankCredit.decode(payload)
    except (KeyError, TypeError, ValueError):
        return None
    return None


__all__ = [
    "CHANNELS",
    "CHANNEL_KEYS",
    "DAY_FIELDS",
    "KINDS",
    "LEDGER_KINDS",
    "OUTCOMES",
    "OUTCOME_KEYS",
    "Agreement",
    "AgreementError",
    "BankCredit",
    "Channel",
    "Contact",
    "CreditKind",
    "DisputeMark",
    "DisputeResolution",
    "EventError",
    "EventKind",
    "EventLike",
    "EventProblem",
    "Letter",
    "ManualPayment",
    "Offer",
    "Outcome",
    "Record",
    "Somasi",
    "amount_of",
    "business_day",
    "decode",
    "event_token",
    "rewrite",
    "write",
]  # fmt: skip
