"""Disputed bills: a customer who says the goods were short, damaged, wrongly priced, or that
they already paid is heard before anyone chases them further.

Marking a customer in dispute (an event of kind ``DISPUTE_EVENT``) takes them out of the
playbook's escalation (``core.playbook.choose_step``) until the dispute is resolved (an event
of kind ``RESOLVED_EVENT``), in one of two ways: a return (credit note) that lowers what they
owe, recorded as a ledger record (a ``payment`` event with ``kind: "return"``), or "back to
the playbook" when the bill stands. Both events are recorded through ``Store.add_event``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final, Literal

from core.access import Viewer, require
from core.history import EventLike, recorded_on
from core.i18n import CodeKeys, Lang, t
from core.ledger import CustomerKey
from core.money import Amount

if TYPE_CHECKING:
    from core.store import Event, Store

DISPUTE_EVENT: Final = "dispute"
RESOLVED_EVENT: Final = "dispute_resolved"
RETURN_EVENT: Final = "payment"  # a credit note is a ledger record, like a payment by hand

DisputeReason = Literal["short", "damaged", "wrong_price", "already_paid"]
DISPUTE_REASONS: Final[tuple[DisputeReason, ...]] = (
    "short",
    "damaged",
    "wrong_price",
    "already_paid",
)
Resolution = Literal["return", "playbook"]
RESOLUTIONS: Final[tuple[Resolution, ...]] = ("return", "playbook")
DisputeProblem = Literal["reason", "resolution", "credit"]
DISPUTE_REASON_KEYS: Final = CodeKeys[DisputeReason](
    DisputeReason,
    {
        "short": "dispute.reason.short",
        "damaged": "dispute.reason.damaged",
        "wrong_price": "dispute.reason.wrong_price",
        "already_paid": "dispute.reason.already_paid",
    },
)
HOW_KEYS: Final = CodeKeys[Resolution](
    Resolution,
    {
        "return": "dispute.how.return",
        "playbook": "dispute.how.playbook",
    },
)
ERROR_KEYS: Final = CodeKeys[DisputeProblem](
    DisputeProblem,
    {
        "reason": "dispute.error.reason",
        "resolution": "dispute.error.resolution",
        "credit": "dispute.error.credit",
    },
)


class DisputeError(ValueError):
    """A dispute or resolution that cannot be recorded; ``code`` says why."""

    def __init__(self, code: DisputeProblem) -> None:
        super().__init__(code)
        self.code: DisputeProblem = code

    def message(self, lang: Lang = "id") -> str:
        return t(ERROR_KEYS[self.code], lang)


@dataclass(frozen=True, slots=True)
class Dispute:
    """An open dispute: since when, why, and the owner's note."""

    event_id: int
    customer: CustomerKey
    since: date
    reason: DisputeReason
    note: str = ""


def dispute_payload(
    *, customer: str, reason: DisputeReason, note: str = "", invoice: str = "", on: date
) -> dict[str, Any]:
    """The fields of a dispute event; ``DisputeError("reason")`` for an unknown reason."""
    if reason not in DISPUTE_REASONS:
        raise DisputeError("reason")
    return {
        "customer": customer,
        "reason": reason,
        "invoice": invoice.strip(),
        "note": note.strip(),
        "on": on.isoformat(),
    }


def open_disputes(events: Iterable[EventLike], as_of: date) -> dict[CustomerKey, Dispute]:
    """Per customer, the dispute still open on ``as_of`` (the latest, when several are).

    A dispute is open from its day until a resolution on or after that day names it.
    """
    found: dict[CustomerKey, Dispute] = {}
    resolved: set[int] = set()
    for event in events:
        if event.kind == RESOLVED_EVENT and recorded_on(event) <= as_of:
            try:
                resolved.add(int(event.payload.get("dispute_id") or 0))
            except (TypeError, ValueError):
                continue
    disputes = sorted(
        (e for e in events if e.kind == DISPUTE_EVENT), key=lambda e: (recorded_on(e), e.id)
    )
    for event in disputes:
        since = recorded_on(event)
        reason = event.payload.get("reason")
        if since > as_of or event.id in resolved or reason not in DISPUTE_REASONS:
            continue
        key = CustomerKey(event.customer_key)
        found[key] = Dispute(event.id, key, since, reason, str(event.payload.get("note") or ""))
    return found


def record_dispute(
    store: Store,
    customer: CustomerKey,
    *,
    name: str,
    reason: DisputeReason,
    on: date,
    at: datetime,
    note: str = "",
    invoice: str = "",
    token: str | None = None,
    by: Viewer | None = None,
) -> Event:
    """Mark ``customer`` in dispute from ``on``; ``AccessDenied`` unless ``by`` (when given)
    may log contacts with the customer."""
    if by is not None:
        require(by, "log_contact", customer)
    payload = dispute_payload(customer=name, reason=reason, note=note, invoice=invoice, on=on)
    return store.add_event(DISPUTE_EVENT, customer, at, payload, token=token)


def resolve_dispute(
    store: Store,
    dispute: Dispute,
    *,
    name: str,
    how: Resolution,
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
    if how not in RESOLUTIONS:
        raise DisputeError("resolution")
    if by is not None:
        require(by, "record_payment" if how == "return" else "log_contact", dispute.customer)
    if how == "return" and credit <= 0:
        raise DisputeError("credit")
    if how == "return":
        record = {
            "amount": str(credit),
            "kind": "return",
            "invoice_number": invoice.strip(),
            "customer": name,
            "paid_on": on.isoformat(),
        }
        store.add_event(
            RETURN_EVENT, dispute.customer, at, record, token=f"return:{dispute.event_id}"
        )
    payload = {
        "customer": name,
        "dispute_id": dispute.event_id,
        "how": how,
        "credit": str(credit if how == "return" else 0),
        "note": note.strip(),
        "on": on.isoformat(),
    }
    return store.add_event(
        RESOLVED_EVENT, dispute.customer, at, payload, token=f"resolved:{dispute.event_id}"
    )


def dispute_facts(events: Iterable[EventLike], as_of: date) -> dict[CustomerKey, dict[str, Any]]:
    """Per customer with an open dispute, what the daily list's ``History`` takes
    (``dispute``, ``dispute_since``), as ``core.history.histories(extra=…)`` adds it."""
    return {
        key: {"dispute": dispute.reason, "dispute_since": dispute.since}
        for key, dispute in open_disputes(events, as_of).items()
    }
