"""A settlement offer the owner made (kind ``offer``): pay ``pay_now`` by ``valid_until``.

The offer is worked out by ``core.discount.make_offer``; this is what is saved of it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, ClassVar, Final, Literal, get_args

from core.events.base import EventError, EventKind, EventLike, amount_of, day_of, event_token
from core.i18n import LANGS, Lang
from core.ledger import CustomerKey
from core.money import Amount, amount_text, normalise

SavedStatus = Literal["open", "cancelled"]
SAVED_STATUSES: Final[tuple[SavedStatus, ...]] = get_args(SavedStatus)


@dataclass(frozen=True, slots=True)
class Offer:
    """A settlement offer the owner made: pay ``pay_now`` by ``valid_until`` to settle.

    ``invoices`` are the invoice numbers it covers; empty when it covers the customer's whole
    balance (figures typed by hand, or invoices without numbers). ``status`` is what was saved
    ("open" or "cancelled"); ``core.discount.offer_status`` adds "paid" and "expired" from the
    ledger. ``customer_key`` and ``event_id`` are the event's, not the payload's.
    """

    KIND: ClassVar[EventKind] = "offer"

    customer_key: CustomerKey
    made_on: date
    invoices: tuple[str, ...]
    amount_before: Amount
    discount: Amount
    pay_now: Amount
    valid_until: date
    status: str = "open"
    lang: Lang = "id"
    event_id: int | None = None

    @property
    def settled_at(self) -> Amount:
        """The outstanding at or below which the offer counts as paid: what it waives."""
        waived = self.amount_before - self.pay_now
        return normalise(waived) if isinstance(waived, Decimal) else waived

    def validate(self) -> None:
        if min(self.amount_before, self.discount, self.pay_now) < 0:
            raise EventError("negative")
        if self.discount + self.pay_now != self.amount_before:
            raise EventError("offer_sum", amount_text(self.amount_before))
        if self.valid_until < self.made_on:
            raise EventError("offer_valid_until", self.valid_until.isoformat())
        if self.status not in SAVED_STATUSES:
            raise EventError("status", self.status)

    def token(self, customer: str | None = None, nonce: str | None = None) -> str:
        """The same offer made twice on one day (a double click, two tabs) is saved once: the
        day is the nonce, the status no part of it (a cancelled offer made again reopens).
        The customer is the offer's own unless given."""
        content = {k: v for k, v in self.encode().items() if k != "status"}
        who = self.customer_key if customer is None else customer
        return event_token(self.KIND, who, content, self.made_on.isoformat())

    def encode(self) -> dict[str, Any]:
        """The payload: amounts as exact text ("1250000"), dates as ISO text."""
        return {
            "invoices": list(self.invoices),
            "amount_before": amount_text(self.amount_before),
            "discount": amount_text(self.discount),
            "pay_now": amount_text(self.pay_now),
            "valid_until": self.valid_until.isoformat(),
            "made_on": self.made_on.isoformat(),
            "status": self.status,
            "lang": self.lang,
        }

    @classmethod
    def decode(
        cls, payload: Mapping[str, Any], *, customer: str, on: date, event_id: int | None = None
    ) -> Offer:
        """``on`` stands for a missing ``made_on`` (an older payload: the day it was entered),
        and for a missing ``valid_until``."""
        lang = payload.get("lang")
        made_on = day_of(payload.get("made_on")) or on
        return cls(
            customer_key=CustomerKey(customer),
            made_on=made_on,
            invoices=tuple(str(n) for n in payload.get("invoices") or ()),
            amount_before=amount_of(payload.get("amount_before")),
            discount=amount_of(payload.get("discount")),
            pay_now=amount_of(payload.get("pay_now")),
            valid_until=day_of(payload.get("valid_until")) or made_on,
            status=str(payload.get("status") or "open"),
            lang=next((code for code in LANGS if code == lang), "id"),
            event_id=event_id,
        )

    @classmethod
    def from_event(cls, event: EventLike) -> Offer:
        """The offer a saved event holds."""
        return cls.decode(
            event.payload, customer=event.customer_key, on=event.at.date(), event_id=event.id
        )
