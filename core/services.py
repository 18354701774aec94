"""What the dashboard and the CLI do, one function per job: the only way they write.

Each service takes the store, the viewer (``core.access``: who is acting, checked here whatever
the page showed), and where it matters the as-of date and the typed settings
(``core.settings``). Pages and commands build no payloads and call no store write of their own:
they call these, so a rule about what is recorded, who may record it and how a double click is
kept from saving twice lives in one place.

Records about a customer are typed (``core.events``); each write takes a ``nonce``, the form's
own token: the same record saved again under the same nonce (a double click, a second tab)
stays one event (``Recorded.new`` is then False). ``now`` is when it is typed in; the day it is
about is the as-of date (or the payment's date), so the timeline orders by that day.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core import agreements as _agreements
from core import daily as _daily
from core import discount as _discount
from core import disputes as _disputes
from core import letters as _letters
from core.access import (
    Viewer,
    require,
    restrict,
    visible_agreements,
    visible_records,
)
from core.access import assign as _assign
from core.access import change_setting as _change_setting
from core.agreements import Agreement, daily_facts, load_agreements
from core.backup import write_backup

# A bank statement's credits: kept, confirmed as a customer's payment, dismissed, reopened.
# Each checks the viewer itself; a confirmed credit is recorded as ``record_payment`` records.
from core.bankcredits import confirm_credit as confirm_bank_credit
from core.bankcredits import dismiss_credit as dismiss_bank_credit
from core.bankcredits import reopen_credit as reopen_bank_credit
from core.bankcredits import save_statement as save_bank_statement
from core.credit import Assessment, Override, assess_saved
from core.credit import save_override as _save_override
from core.daily import Action
from core.disputes import DisputeReason, Resolution, dispute_facts
from core.events import (
    Channel,
    Contact,
    EventError,
    Letter,
    ManualPayment,
    Offer,
    Outcome,
    Record,
    rewrite,
    write,
)
from core.history import histories
from core.ingest import LedgerFile, LedgerReadError, as_owed, read_ledger, read_ledgers
from core.ledger import CustomerKey, Invoice, Ledger, customer_key
from core.money import Amount
from core.playbook import History
from core.reading.layout import Shape
from core.settings import DEMO_DISMISSED, Settings
from core.store import ACTOR, Event, ImportOutcome, Store

if TYPE_CHECKING:  # the PDF library is loaded by what makes a document, not by every service
    from core.documents.base import BusinessInfo
    from core.i18n import Lang

__all__ = [
    "EventError",
    "Recorded",
    "assign_customer",
    "cancel_agreement",
    "cancel_offer",
    "change_setting",
    "clear_demo",
    "confirm_bank_credit",
    "credit_check",
    "customer_events",
    "daily_list",
    "dismiss_bank_credit",
    "import_file",
    "import_files",
    "make_offer",
    "mark_dispute",
    "record_contact",
    "record_letter",
    "record_payment",
    "record_somasi",
    "reminder_letter",
    "remove_import",
    "reopen_bank_credit",
    "resolve_dispute",
    "restore_backup",
    "save_agreement",
    "save_bank_statement",
    "save_credit_override",
    "staff_names",
    "visible_book",
    "void_event",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Recorded:
    """An event written, or found already written under the same token (``new`` False)."""

    event: Event
    new: bool


def _record(
    store: Store, customer: CustomerKey, record: Record, *, now: datetime, nonce: str | None
) -> Recorded:
    return Recorded(*write(store, customer, record, at=now, nonce=nonce))


@contextmanager
def _acting(viewer: Viewer) -> Iterator[None]:
    """The writes inside are audited under ``viewer``: a download's ``on_click`` runs before
    the page sets ``ACTOR`` for its run, so a letter made there was logged as "owner"."""
    token = ACTOR.set(viewer.username)
    try:
        yield
    finally:
        ACTOR.reset(token)


# What the owner records about a customer.


def record_contact(
    store: Store,
    viewer: Viewer,
    as_of: date,
    *,
    customer: CustomerKey,
    name: str,
    channel: Channel,
    outcome: Outcome,
    step: int | None,
    by: str = "",
    note: str = "",
    promise_date: date | None = None,
    promise_amount: Amount = 0,
    outstanding_then: Amount = 0,
    now: datetime,
    nonce: str | None = None,
) -> Recorded:
    """Log a contact (a promise to pay when ``outcome == "promised"``) about ``as_of``.

    ``EventError`` when a field is wrong (a promise without its date or amount), ``AccessDenied``
    unless the viewer works this customer. A promise's fields are kept only for a promise.
    """
    require(viewer, "log_contact", customer)
    promised = outcome == "promised"
    record = Contact(
        customer=name,
        channel=channel,
        outcome=outcome,
        step=step,
        by=by,
        note=note.strip(),
        promise_date=promise_date if promised else None,
        promise_amount=promise_amount if promised else 0,
        outstanding_then=outstanding_then,
        on=as_of,
    )
    return _record(store, customer, record, now=now, nonce=nonce)


def record_letter(
    store: Store,
    viewer: Viewer,
    as_of: date,
    *,
    customer: CustomerKey,
    name: str,
    step: int | None,
    total: Amount,
    now: datetime,
    nonce: str | None = None,
) -> Recorded:
    """A letter made for a playbook step: a step taken, on the timeline at once."""
    require(viewer, "log_contact", customer)
    record = Letter(customer=name, step=step, total=total, on=as_of)
    with _acting(viewer):  # made by a button's callback (Hari Ini)
        return _record(store, customer, record, now=now, nonce=nonce)


def record_payment(
    store: Store,
    viewer: Viewer,
    *,
    customer: CustomerKey,
    amount: Amount,
    paid_on: date,
    invoice_number: str = "",
    name: str | None = None,
    now: datetime,
    nonce: str | None = None,
) -> Recorded:
    """A payment received, into the book at once: against ``invoice_number``, else the
    customer's account (their oldest invoices first, as ``build_ledger`` lays credits).

    ``name`` is the customer's name as the book writes it (the key when not given): the book
    finds the customer by it. ``EventError("payment_zero")`` for an amount that is not positive.
    A caller that confirms payments from elsewhere (a bank statement's line) passes that line's
    own id as ``nonce``: confirming it twice records it once.
    """
    require(viewer, "record_payment", customer)
    record = ManualPayment(
        customer=name or customer, amount=amount, paid_on=paid_on, invoice_number=invoice_number
    )
    return _record(store, customer, record, now=now, nonce=nonce)


def mark_dispute(
    store: Store,
    viewer: Viewer,
    as_of: date,
    *,
    customer: CustomerKey,
    name: str,
    reason: DisputeReason,
    note: str = "",
    now: datetime,
    nonce: str | None = None,
) -> Event:
    """Mark a customer in dispute from ``as_of`` (``core.disputes``): out of the escalation
    until it is resolved. The form's ``nonce`` keeps a double click to one mark."""
    return _disputes.record_dispute(
        store, customer, name=name, reason=reason, on=as_of, at=now, note=note, token=nonce,
        by=viewer,
    )  # fmt: skip


def resolve_dispute(
    store: Store,
    viewer: Viewer,
    as_of: date,
    dispute: _disputes.Dispute,
    *,
    name: str,
    how: Resolution,
    credit: Amount = 0,
    invoice: str = "",
    note: str = "",
    now: datetime,
) -> Event:
    """End a dispute on ``as_of``: with a return (credit note) of ``credit``, or back to the
    playbook; ``DisputeError`` says what is missing."""
    return _disputes.resolve_dispute(
        store, dispute, name=name, how=how, on=as_of, at=now, credit=credit, invoice=invoice,
        note=note, by=viewer,
    )  # fmt: skip


def record_somasi(
    store: Store,
    viewer: Viewer,
    as_of: date,
    *,
    customer: CustomerKey,
    name: str,
    number: int,
    deadline: date,
    total: Amount,
    step: int | None,
    now: datetime,
) -> Event:
    """A somasi made (``core.letters``): on the customer's timeline at once, once per number
    and deadline."""
    require(viewer, "log_contact", customer)
    with _acting(viewer):  # made by the download's callback (ui.papers)
        return _letters.record_somasi(
            store, customer, name=name, number=number, on=as_of, deadline=deadline,
            total=total, step=step, at=now,
        )  # fmt: skip


def make_offer(store: Store, viewer: Viewer, offer: Offer, *, now: datetime) -> Recorded:
    """Save a settlement offer (``core.discount.make_offer`` builds it); the owner's decision.

    The same offer made twice on one day is one offer; made again after it was cancelled, it
    is open again.
    """
    require(viewer, "offer", offer.customer_key)
    event, new = write(store, offer.customer_key, offer, at=now)
    if Offer.from_event(event).status != offer.status:
        rewrite(store, event.id, offer)
        return Recorded(store.event(event.id), True)
    return Recorded(event, new)


def cancel_offer(store: Store, viewer: Viewer, offer: Offer) -> None:
    """Cancel a saved offer (the owner only)."""
    _discount.cancel_offer(store, offer, by=viewer)


def save_agreement(
    store: Store, viewer: Viewer, agreement: Agreement, *, now: datetime, nonce: str | None = None
) -> Agreement:
    """Save a payment agreement; an earlier active one of the customer is ``replaced``.

    Staff make agreements for their customers, but one with a settlement discount is the
    owner's (``AccessDenied`` before anything is written), whatever the page sent.
    """
    require(viewer, "make_agreement", agreement.customer)
    if agreement.discount:
        require(viewer, "agreement_discount", agreement.customer)
    return _agreements.save_agreement(store, agreement, at=now, nonce=nonce)


def cancel_agreement(store: Store, viewer: Viewer, agreement: Agreement) -> Agreement:
    """Cancel a saved agreement (``AccessDenied`` unless the viewer works its customer)."""
    return _agreements.cancel_agreement(store, agreement, by=viewer)


def void_event(store: Store, viewer: Viewer, event_id: int, *, now: datetime) -> Event:
    """Void a recorded event (the owner's undo): kept, marked void with who and when, in the
    audit log; from then on it counts for nothing (a payment, a promise, a contact's step).

    Staff may void only their own customers' records; an offer only the owner. Voiding an
    agreement in force brings back the one it replaced, if any.
    """
    event = store.event(event_id)
    require(viewer, "void_event", event.customer_key)
    if event.kind == Offer.KIND:
        require(viewer, "cancel_offer", event.customer_key)
    voided = store.void_event(event_id, at=now, by=viewer.username)
    if event.kind == _agreements.EVENT_KIND and not event.voided:
        _reinstate_replaced(store, event)
    return voided


def _reinstate_replaced(store: Store, voided: Event) -> None:
    """The agreement a voided one had replaced is in force again (the newest such one)."""
    mine = load_agreements(store, voided.customer_key)
    if any(a.status == "active" for a in mine):
        return
    replaced = [a for a in mine if a.status == "replaced"]
    if replaced:
        _agreements.set_status(store, replaced[-1], "active")


def customer_events(
    store: Store, viewer: Viewer, customer: CustomerKey, *, include_void: bool = True
) -> list[Event]:
    """What was recorded about one customer (voided ones too, for the timeline), if the
    viewer may see them."""
    return visible_records(viewer, store.events(customer_key=customer, include_void=include_void))


# The owner's settings and assignments.


def change_setting(store: Store, viewer: Viewer, key: str, value: Any) -> None:
    """Save one of the owner's settings (``AccessDenied`` for staff)."""
    _change_setting(store, viewer, key, value)


def assign_customer(store: Store, viewer: Viewer, customer: str, username: str | None) -> None:
    """Hand a customer to a staff account (``None``: back to the owner)."""
    _assign(store, viewer, customer, username)


def save_credit_override(
    store: Store, viewer: Viewer, key: CustomerKey, override: Override
) -> None:
    """The owner's credit decision for one customer (an empty one clears it)."""
    _save_override(store, key, override, by=viewer)


# Imports.


def import_file(
    store: Store,
    viewer: Viewer,
    result: LedgerFile,
    data: bytes,
    *,
    now: datetime,
    mapping: dict[str, str | None] | None = None,
    is_demo: bool = False,
) -> ImportOutcome:
    """Keep a file just read and its bytes. ``now`` is stamped in local time with its offset,
    whoever imports (the dashboard or the CLI), so the saved times compare."""
    require(viewer, "import")
    return store.save_import(result, data, now=now.astimezone(), mapping=mapping, is_demo=is_demo)


def import_files(
    store: Store,
    viewer: Viewer,
    files: Sequence[tuple[str, bytes]],
    *,
    now: datetime,
    default_term: int,
) -> list[tuple[LedgerFile, ImportOutcome] | LedgerReadError]:
    """Read and keep each file in order; one that cannot be read is its error, and does not
    stop the others."""
    require(viewer, "import")
    found: list[tuple[LedgerFile, ImportOutcome] | LedgerReadError] = []
    for name, data in files:
        batch = read_ledgers([(name, data)], default_term=default_term)
        if batch.errors:
            found.append(batch.errors[0])
            continue

        def again(shape: Shape, name: str = name, data: bytes = data) -> LedgerFile:
            return read_ledger(data, name, default_term=default_term, shape=shape)

        # Named for payments, its columns an invoice list's, and no invoice saved to pay.
        result = as_owed(batch.files[0], lambda: own_invoices(store), again)
        found.append((result, import_file(store, viewer, result, data, now=now)))
    return found


def own_invoices(store: Store) -> list[Invoice]:
    """The saved invoices a file of payments may pay: none while the demo's are all there is
    (an owner's first file, dropped beside the demo, is no payment of its invoices)."""
    if all(record.is_demo for record in store.imports()):
        return []
    return store.ledger().invoices


def remove_import(store: Store, viewer: Viewer, import_id: int) -> None:
    require(viewer, "import")
    store.remove_import(import_id)


def clear_demo(store: Store, viewer: Viewer) -> int:
    """Remove the demo ledger, and do not load it again."""
    require(viewer, "import")
    removed = store.clear_demo()
    store.set_setting(DEMO_DISMISSED, True)
    return removed


def restore_backup(
    store: Store, viewer: Viewer, data: bytes, *, safety_copy: Path, now: datetime
) -> tuple[Path, dict[str, int]]:
    """Replace everything with a backup, after keeping the current state in ``safety_copy``
    (made only once the file has passed every check).

    Returns where the copy went and the rows restored per table; ``StoreError("bad_backup")``
    leaves the database as it was.
    """
    require(viewer, "backup")
    kept: list[Path] = []
    # The copy is made once the file has passed every check: a refused file leaves no trace.
    counts = store.restore(
        data, before=lambda: kept.append(write_backup(store, safety_copy, now=now))
    )
    return (kept[0] if kept else safety_copy), counts


# What is read for a page and a command alike.


def visible_book(store: Store, viewer: Viewer) -> Ledger:
    """The book this viewer may see: all of it for the owner, their customers' for staff."""
    return restrict(store.ledger(), viewer.scope)


def staff_names(store: Store) -> dict[str, str]:
    """The staff accounts customers can be handed to: username → display name, active ones
    first as made, then disabled ones that still handle a customer."""
    accounts = [u for u in store.users() if u["role"] == "staff"]
    handling = set(store.assignments().values())
    return {
        u["username"]: u["display_name"]
        for u in sorted(accounts, key=lambda u: not u["active"])
        if u["active"] or u["username"] in handling
    }


def daily_list(
    store: Store,
    settings: Settings,
    as_of: date,
    viewer: Viewer,
    *,
    staff: str | None = None,
    ledger: Ledger | None = None,
    only: CustomerKey | None = None,
) -> list[Action]:
    """The Hari Ini list for the saved book and history: who to contact, at which step, why.

    Everything the page shows comes from here, for the CLI's ``actions`` too: the viewer's
    customers, their contacts, promises, offers, agreements and disputes, the playbook, late fee
    and forms of address, who handles whom. Customers waiting (on a promise, a step's wait)
    come after the others (``Action.needs_action`` tells them apart). ``staff`` keeps the
    customers of that account only, ``only`` one customer. ``ledger`` is the viewer's book
    when the caller has it already (``visible_book``), to spare reading it again.
    """
    book = ledger if ledger is not None else visible_book(store, viewer)
    events = visible_records(viewer, store.events())
    mine = visible_agreements(viewer, load_agreements(store))
    found = _daily.daily_list(
        book,
        as_of,
        histories=_histories(events, mine, book, as_of, settings),
        rules=settings.playbook,
        policy=settings.late_fee,
        assignments=store.assignments(),
        staff_names=staff_names(store),
        titles=settings.titles,
        include_waiting=True,
        only=only,
    )
    if staff is not None:
        found = [a for a in found if a.staff == staff]
    return found


def _histories(
    events: Sequence[Event],
    agreements: Sequence[Agreement],
    book: Ledger,
    as_of: date,
    settings: Settings,
) -> dict[CustomerKey, History]:
    """What is on record with each customer: their contacts, promises, offers and letters, with
    the agreements in force and the open disputes."""
    extra: dict[CustomerKey, dict[str, Any]] = {}
    agreed = daily_facts(agreements, book, as_of, settings.agreement_days_before)
    for facts in (agreed, dispute_facts(events, as_of)):  # agreements in force, open disputes
        for key, values in facts.items():
            extra.setdefault(key, {}).update(values)
    return histories(events, book, as_of, extra=extra)


def customer_history(store: Store, ledger: Ledger, customer: CustomerKey, as_of: date) -> History:
    """What is on record with one customer on ``as_of``, as the Hari Ini list reads it: what a
    letter may say was done before (``History.reminded``, ``History.given_time``)."""
    events = store.events(customer_key=customer)
    mine = [a for a in load_agreements(store) if a.customer == customer]
    found = _histories(events, mine, ledger, as_of, Settings.of(store))
    return found.get(customer, History())


def reminder_letter(
    store: Store,
    ledger: Ledger,
    customer: CustomerKey,
    as_of: date,
    *,
    firm: bool,
    business: BusinessInfo,
    lang: Lang,
    title: str | None = None,
) -> bytes:
    """The reminder letter (``firm``: the notice of step 7) as Hari Ini and ``python -m core
    letter`` make it: with the late fee policy and the ways to pay saved in Settings (a
    request for the amount asked, its code when unique codes are on), and what is on record
    with the customer (``customer_history``: the firm notice says no more than it shows). The
    document's own rules are ``core.documents.letters.reminder_letter_pdf``'s."""
    from core.documents.letters import reminder_letter_pdf
    from core.payinfo import asker, load_details

    return reminder_letter_pdf(
        ledger,
        customer,
        as_of,
        firm=firm,
        business=business,
        policy=Settings.of(store).late_fee,
        lang=lang,
        payment=asker(
            load_details(store), store=store, customer=customer, as_of=as_of, what="letter"
        ),
        title=title,
        history=customer_history(store, ledger, customer, as_of),
    )


def credit_check(
    store: Store, viewer: Viewer, as_of: date, *, customer: str | None = None
) -> list[Assessment]:
    """Payment grades and credit limits for the viewer's customers (of one when given), with
    broken promises, missed instalments and the owner's overrides."""
    book = visible_book(store, viewer)
    found = assess_saved(store, book, as_of, customer=customer)
    return [a for a in found if viewer.is_owner or customer_key(a.customer) in viewer.customers]
