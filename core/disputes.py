"""Disputed bills: a customer who says the goods were short, damaged, wrongly priced, or that
they already paid is heard before anyone chases them further.

Marking a customer in dispute (an event of kind ``DISPUTE_EVENT``) takes them out of the
playbook's escalation (``core.playbook.choose_step``) until the dispute is resolved (an event
of kind ``RESOLVED_EVENT``), in one of two ways: a return (credit note) that lowers what they
owe, recorded as a ledger record (a ``payment`` event with ``kind: "return"``), or "back to
the playbook" when the bill stands. The records are typed (``core.events.DisputeMark``,
``DisputeResolution``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final

from core.access import Viewer, require
from core.events import DisputeMark, DisputeResolution, ManualPayment, write
from core.events.dispute import (
    DISPUTE_REASONS,
    RESOLUTIONS,
    DisputeError,
    DisputeReason,
    Resolution,
)
from core.history import EventLike, recorded_on
from core.ledger import CustomerKey
from core.money import Amount

if TYPE_CHECKING:
    from core.store import Event, Store

__all__ = [
    "DISPUTE_EVENT", "DISPUTE_REASONS", "RESOLUTIONS", "RESOLVED_EVENT", "RETURN_EVENT", "Dispute",
    "DisputeError", "DisputeReason", "Resolution", "dispute_facts", "open_disputes",
    "record_dispute", "resolve_dispute",
]  # fmt: skip

DISPUTE_EVENT: Final = DisputeMark.KIND
RESOLVED_EVENT: Final = DisputeResolution.KIND
RETURN_EVENT: Final = ManualPayment.KIND  # a credit note is a ledger record, like a payment


@dataclass(frozen=True, slots=True)
class Dispute:
    """An open dispute: since when, why, and the owner's note."""

    event_id: int
    customer: CustomerKey
    since: date
    reason: DisputeReason
    note: str = ""


def open_disputes(events: Iterable[EventLike], as_of: date) -> dict[CustomerKey, Dispute]:
    """Per customer, the dispute still open on ``as_of`` (the latest, when several are).

    A dispute is open from its day until a resolution on or after that day names it.
    """
    found: dict[CustomerKey, Dispute] = {}
    resolved: set[int] = set()
    for event in events:
        if event.kind == RESOLVED_EVENT and recorded_on(event) <= as_of:
            resolved.add(DisputeResolution.decode(event.payload, on=recorded_on(event)).dispute_id)
    disputes = sorted(
        (e for e in events if e.kind == DISPUTE_EVENT), key=lambda e: (recorded_on(e), e.id)
    )
    for event in disputes:
        since = recorded_on(event)
        mark = DisputeMark.decode(event.payload, on=since)
        reason = mark.known_reason
        if since > as_of or event.id in resolved or reason is None:
            continue
        key = CustomerKey(event.customer_key)
        found[key] = Dispute(event.id, key, since, reason, mark.note)
    return found


def record_dispute(
    store: Store,
    customer: CustomerKey,
    *,
    name: str,
    reason: str,
    on: date,
    at: datetime,
    note: str = "",
    invoice: str = "",
    token: str | None = None,
    by: Viewer | None = None,
) -> Event:
    """Mark ``customer`` in dispute from ``on``; ``AccessDenied`` unless ``by`` (when given)
    may log contacts with the customer. ``token`` is the form's nonce: a double click marks
    once. ``DisputeError("reason")`` for an unknown reason."""
    if by is not None:
        require(by, "log_contact", customer)
    mark = DisputeMark(customer=name, reason=reason, on=on, note=note, invoice=invoice)
    return write(store, customer, mark, at=at, nonce=token)[0]


def resolve_dispute(
    store: Store,
    dispute: Dispute,
    *,
    name: str,
    how: str,
    on: date,
    at: datetime,
    credit: Amount = 0,
    invoice: str = "",
    note: str = "",
    by: Viewer | None = None,
) -> Event:
    """End ``dispute`` on ``on``: with a return (credit note) of ``credit`` against the
    customer's account or ``invoice``, or back to the playbook (the bill stands).

    The return is recorded first, as a ledger record, so what the customer owes falls with it.
    ``AccessDenied`` unless ``by`` (when given) may record payments for the customer (a return
    lowers the debt as a payment does) or, back to the playbook, log contacts.
    """
    record = DisputeResolution(
        customer=name, dispute_id=dispute.event_id, how=how, on=on,
        credit=credit if how == "return" else 0, invoice=invoice, note=note,
    )  # fmt: skip
    record.validate()
    if by is not None:
        require(by, "record_payment" if how == "return" else "log_contact", dispute.customer)
    returned = record.return_payment()
    if returned is not None:
        write(store, dispute.customer, returned, at=at, token=record.return_token())
    return write(store, dispute.customer, record, at=at)[0]


def dispute_facts(events: Iterable[EventLike], as_of: date) -> dict[CustomerKey, dict[str, Any]]:
    """Per customer with an open dispute, what the daily list's ``History`` takes
    (``dispute``, ``dispute_since``), as ``core.history.histories(extra=…)`` adds it."""
    return {
        key: {"dispute": dispute.reason, "dispute_since": dispute.since}
        for key, dispute in open_disputes(events, as_of).items()
    }
