"""What has happened with each customer: contacts, promises (kept or broken), offers, letters.

Built from the events the owner recorded (``core.store``) and the ledger, so a promise logged
today is judged by the payments a later import brings: kept when at least the promised amount
arrived by the promised date, broken when the date passed without it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Final, Literal

from core.discount import active_offers
from core.events import (
    CHANNELS,
    OUTCOMES,
    Contact,
    EventLike,
    Letter,
    amount_of,
    business_day,
)
from core.i18n import CodeKeys
from core.ledger import CustomerKey, Ledger
from core.money import Amount
from core.playbook import History

__all__ = [
    "CHANNELS", "OUTCOMES", "PROMISE_KEYS", "EventLike", "Promise", "PromiseStatus", "amount_of",
    "histories", "promises", "recorded_on",
]  # fmt: skip

PromiseStatus = Literal["open", "kept", "broken"]
PROMISE_KEYS: Final = CodeKeys[PromiseStatus](
    PromiseStatus,
    {
        "open": "promise.open",
        "kept": "promise.kept",
        "broken": "promise.broken",
    },
)


def recorded_on(event: EventLike) -> date:
    """The business day a record is about: the as-of date the owner worked on when recording
    it (``on``, or the kind's own date field), else the day it was entered (``at``).

    ``at`` is when it was typed in; the owner may be catching up on an earlier day.
    """
    return business_day(event.kind, event.payload) or event.at.date()


@dataclass(frozen=True, slots=True)
class Promise:
    """A promise to pay (janji bayar) and how it turned out."""

    event_id: int
    customer_key: CustomerKey
    made_on: date
    due: date
    amount: Amount
    paid: Amount
    status: PromiseStatus


def _dated_payments(ledger: Ledger) -> dict[CustomerKey, list[tuple[date, Amount]]]:
    result: defaultdict[CustomerKey, list[tuple[date, Amount]]] = defaultdict(list)
    for pay in ledger.payments:
        if pay.paid_on is None:
            continue
        owner = ledger.customer_of(pay)
        if owner is not None:
            result[owner].append((pay.paid_on, pay.amount))
    return result


def _outstanding(ledger: Ledger) -> dict[CustomerKey, Amount]:
    totals: defaultdict[CustomerKey, Amount] = defaultdict(int)
    for inv in ledger.invoices:
        totals[inv.customer_key] += inv.outstanding
    return totals


def promises(events: Iterable[EventLike], ledger: Ledger, as_of: date) -> list[Promise]:
    """Every promise logged, judged against the ledger.

    Paid towards a promise: the customer's dated payments from the day it was made to its date,
    or, for payments without a date (a paid column in a later import), how far their balance
    fell since the promise was made; the larger of the two, never counted twice.
    """
    dated = _dated_payments(ledger)
    now = _outstanding(ledger)
    found: list[Promise] = []
    for event in events:
        if event.kind != Contact.KIND:
            continue
        contact = Contact.decode(event.payload)
        if not contact.is_promise or contact.promise_date is None:
            continue
        key = CustomerKey(event.customer_key)
        made, due = recorded_on(event), contact.promise_date
        amount = contact.promise_amount
        by_date: Amount = sum((a for d, a in dated.get(key, []) if made <= d <= due), 0)
        fell = contact.outstanding_then - now.get(key, 0)
        paid = max(by_date, fell if fell > 0 else 0)
        status: PromiseStatus = "kept" if paid >= amount else "broken" if as_of > due else "open"
        found.append(Promise(event.id, key, made, due, amount, paid, status))
    return found


def histories(
    events: Sequence[EventLike],
    ledger: Ledger,
    as_of: date,
    extra: Mapping[CustomerKey, Mapping[str, Any]] | None = None,
) -> dict[CustomerKey, History]:
    """One ``History`` per customer with any recorded contact, promise, offer or letter.

    ``extra`` adds what other modules know (agreements in force, instalments) by field name.
    A letter counts from the day after it was made (``History.last_letter``).
    """
    contacts: defaultdict[CustomerKey, list[EventLike]] = defaultdict(list)
    letters: dict[CustomerKey, date] = {}
    for event in events:
        if event.kind == "contact" and recorded_on(event) <= as_of:
            contacts[CustomerKey(event.customer_key)].append(event)
        elif event.kind == Letter.KIND and (day := recorded_on(event)) < as_of:
            key = CustomerKey(event.customer_key)
            letters[key] = max(day, letters.get(key, day))
    judged: defaultdict[CustomerKey, list[Promise]] = defaultdict(list)
    for promise in promises(events, ledger, as_of):
        judged[promise.customer_key].append(promise)
    dated = _dated_payments(ledger)
    now = _outstanding(ledger)
    offers: dict[CustomerKey, date] = {}
    for offer in active_offers(events, ledger, as_of):  # type: ignore[arg-type]
        offers[offer.customer_key] = max(offer.valid_until, offers.get(offer.customer_key, as_of))
    result: dict[CustomerKey, History] = {}
    for key in set(contacts) | set(judged) | set(offers) | set(letters) | set(extra or {}):
        mine = sorted(contacts.get(key, []), key=lambda e: (recorded_on(e), e.at, e.id))
        last = mine[-1] if mine else None
        last_day = recorded_on(last) if last else None
        paid_since = False
        if last is not None and last_day is not None:
            paid_since = any(d > last_day for d, _ in dated.get(key, []))
            fell = Contact.decode(last.payload).outstanding_then - now.get(key, 0)
            paid_since = paid_since or fell > 0
        kept = [p for p in judged.get(key, []) if p.status == "kept"]
        broken = [p for p in judged.get(key, []) if p.status == "broken"]
        open_ = sorted((p for p in judged.get(key, []) if p.status == "open"), key=lambda p: p.due)
        history = History(
            last_step=_step(last),
            last_contact=last_day,
            paid_since_last_contact=paid_since,
            promise_date=open_[0].due if open_ else None,
            promise_amount=int(open_[0].amount) if open_ else 0,
            broken_promises=len(broken),
            last_broken=max((p.due for p in broken), default=None),
            kept_promises=len(kept),
            offer_until=offers.get(key),
            last_letter=letters.get(key),
        )
        if extra and key in extra:
            history = replace(history, **dict(extra[key]))
        result[key] = history
    return result


def _step(event: EventLike | None) -> int | None:
    return None if event is None else Contact.decode(event.payload).step
