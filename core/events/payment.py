"""A payment or a return entered by hand (kind ``payment``): into the book at once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar

from core.events.base import EventError, EventKind, amount_of, day_of, iso, nonce_token
from core.ledger import CreditKind
from core.money import Amount, amount_text


@dataclass(frozen=True, slots=True)
class ManualPayment:
    """A payment entered by hand: against ``invoice_number``, or the customer's account ("").

    A ``return`` (a credit note, a dispute ended with one) lowers the debt as a payment does.
    """

    KIND: ClassVar[EventKind] = "payment"

    customer: str
    amount: Amount
    paid_on: date | None
    invoice_number: str = ""
    kind: CreditKind = "payment"

    def validate(self) -> None:
        if self.amount <= 0:
            raise EventError("payment_zero", amount_text(self.amount))
        if self.paid_on is None:
            raise EventError("payment_date")

    def token(self, customer: str, nonce: str | None) -> str | None:
        return nonce_token(self, customer, nonce)

    def encode(self) -> dict[str, Any]:
        return {
            "amount": amount_text(self.amount),
            "invoice_number": self.invoice_number,
            "customer": self.customer,
            "paid_on": iso(self.paid_on),
            **({"kind": "return"} if self.kind == "return" else {}),
        }

    @classmethod
    def decode(cls, payload: Mapping[str, Any]) -> ManualPayment:
        return cls(
            customer=str(payload.get("customer") or ""),
            amount=amount_of(payload.get("amount")),
            paid_on=day_of(payload.get("paid_on")),
            invoice_number=str(payload.get("invoice_number") or ""),
            kind="return" if payload.get("kind") == "return" else "payment",
        )
