"""The credits of imported bank statements, kept in the store, each proposed, confirmed or
dismissed; a confirmed credit becomes a payment.

Each credit is one event (kind ``bank_credit``) whose token is the credit's key (date, amount,
description, balance): the same statement, or one that overlaps it, imported again adds
nothing. Confirming records the payment exactly as a payment entered by hand on the
Kesepakatan page is recorded (a ``payment`` event with the same fields), so it changes the
figures, judges promises and fills instalments the same way; its token comes from the credit,
so a credit confirmed twice (a double click, two tabs) pays once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Final

from core.access import Viewer, require
from core.bankstatement import Credit, Statement
from core.events import BankCredit, rewrite, write
from core.events.bank import CreditState
from core.ledger import CustomerKey, Ledger
from core.matching import OpenRequest
from core.money import Amount
from core.store import Event, Store

KIND: Final = BankCredit.KIND
NO_CUSTOMER: Final = ""  # a credit belongs to no customer until it is confirmed
State = CreditState


@dataclass(frozen=True, slots=True)
class SavedCredit:
    """A credit as kept: its state and, once confirmed, whom it paid."""

    event_id: int
    credit: Credit
    state: State
    bank: str = ""
    customer_key: str = ""
    invoice_number: str = ""
    payment_event_id: int | None = None


@dataclass(frozen=True, slots=True)
class SaveOutcome:
    """How many credits were new and how many were already kept."""

    new: int
    known: int


def save_statement(store: Store, statement: Statement, viewer: Viewer, at: datetime) -> SaveOutcome:
    """Keep the statement's credits; those already kept (same key) are left as they are."""
    require(viewer, "import")
    kept = {BankCredit.decode(e.payload).token_key for e in store.events(KIND)}
    new = known = 0
    for credit in statement.credits:
        if credit.key in kept:
            known += 1
            continue
        write(store, NO_CUSTOMER, BankCredit(credit, statement.bank), at=at)
        kept.add(credit.key)
        new += 1
    return SaveOutcome(new, known)


def _saved(event: Event) -> SavedCredit:
    kept = BankCredit.decode(event.payload)
    return SavedCredit(
        event.id, kept.credit, kept.state, kept.bank, kept.customer_key, kept.invoice_number,
        kept.payment_event_id,
    )  # fmt: skip


def saved_credits(store: Store, state: State | None = None) -> list[SavedCredit]:
    """The kept credits, oldest first; of one state when given.

    A confirmed credit whose payment is no longer in the book (the owner deleted or voided it)
    is open again: the money came in, and nothing says from whom any more.
    """
    live = {e.id for e in store.events("payment")}
    found = [_live(_saved(e), live) for e in store.events(KIND)]
    found.sort(key=lambda s: (s.credit.on, s.event_id))
    return [s for s in found if state is None or s.state == state]


def _live(saved: SavedCredit, payments: set[int]) -> SavedCredit:
    if saved.state == "confirmed" and saved.payment_event_id not in payments:
        return replace(saved, state="proposed", customer_key="", invoice_number="",
                       payment_event_id=None)  # fmt: skip
    return saved


def _event(store: Store, event_id: int) -> Event:
    event = next((e for e in store.events(KIND) if e.id == event_id), None)
    if event is None:
        raise LookupError(f"no bank credit {event_id}")
    return event


def open_requests(store: Store, as_of: date) -> list[OpenRequest]:
    """The payment requests still open on ``as_of`` that carry a unique code (kode unik), as
    the matcher takes them: the exact amount each customer was asked to transfer."""
    from core.payinfo import open_payment_requests

    return [OpenRequest(r.customer, r.exact) for r in open_payment_requests(store, as_of) if r.code]


def _close_request(store: Store, customer: CustomerKey, amount: Amount, on: date) -> None:
    """The request whose exact amount this credit paid is settled: its code is free again."""
    from core.payinfo import close_payment_request, open_payment_requests

    for request in open_payment_requests(store, on):
        if request.code and request.customer == customer and request.exact == amount:
            close_payment_request(store, request)


def confirm_credit(
    store: Store,
    viewer: Viewer,
    event_id: int,
    customer: CustomerKey,
    ledger: Ledger,
    invoice_number: str = "",
    at: datetime | None = None,
) -> Event:
    """The credit pays ``customer`` (``invoice_number``, or their oldest dues when ""): record
    the payment the way a hand-entered one is recorded, and mark the credit confirmed.
    Returns the payment event (the first one when the credit was confirmed before)."""
    require(viewer, "import")
    require(viewer, "record_payment", customer)
    event = _event(store, event_id)
    saved = _saved(event)
    if saved.state == "confirmed" and saved.payment_event_id is not None:
        found = next((e for e in store.events("payment") if e.id == saved.payment_event_id), None)
        if found is not None:
            return found
    from core.services import record_payment  # the services build on this module's peers

    # Confirmed once per round: a double click stays one payment; a credit whose payment was
    # undone (voided) is confirmed anew.
    kept = BankCredit.decode(event.payload)
    rounds = kept.confirmations
    payment = record_payment(
        store,
        viewer,
        customer=customer,
        amount=saved.credit.amount,
        paid_on=saved.credit.on,
        invoice_number=invoice_number,
        name=ledger.name_of(customer),
        now=at or datetime.now(),
        nonce=f"bank_payment:{saved.credit.key}:{rounds}",
    ).event
    confirmed = replace(
        kept, state="confirmed", customer_key=customer, invoice_number=invoice_number,
        payment_event_id=payment.id, confirmations=rounds + 1,
    )  # fmt: skip
    rewrite(store, event_id, confirmed)
    _close_request(store, customer, saved.credit.amount, saved.credit.on)
    return payment


def dismiss_credit(store: Store, viewer: Viewer, event_id: int) -> None:
    """Not a customer's payment (a refund, a transfer between own accounts): off the list."""
    require(viewer, "import")
    event = _event(store, event_id)
    live = {e.id for e in store.events("payment")}
    if _live(_saved(event), live).state == "confirmed":
        return
    rewrite(store, event_id, replace(BankCredit.decode(event.payload), state="dismissed"))


def reopen_credit(store: Store, viewer: Viewer, event_id: int) -> None:
    """A dismissed credit back on the list."""
    require(viewer, "import")
    kept = BankCredit.decode(_event(store, event_id).payload)
    if kept.state == "dismissed":
        rewrite(store, event_id, replace(kept, state="proposed"))
