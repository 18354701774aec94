"""A credit line of an imported bank statement (kind ``bank_credit``): proposed, confirmed as a
customer's payment, or dismissed. It belongs to no customer until it is confirmed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, Final, Literal, get_args

from core.bankstatement import Credit
from core.events.base import EventError, EventKind, amount_of, day_of, int_of
from core.money import amount_text

CreditState = Literal["proposed", "confirmed", "dismissed"]
CREDIT_STATES: Final[tuple[CreditState, ...]] = get_args(CreditState)


@dataclass(frozen=True, slots=True)
class BankCredit:
    """A credit as kept: its state and, once confirmed, whom it paid (``customer_key``,
    ``invoice_number``) through which payment event. ``confirmations`` counts the rounds it
    was confirmed in: a payment undone (voided) and confirmed anew is a new payment.

    ``key`` is the credit's (``Credit.key``, as it was when first kept): the same statement
    imported again adds nothing.
    """

    KIND: ClassVar[EventKind] = "bank_credit"

    credit: Credit
    bank: str = ""
    state: CreditState = "proposed"
    customer_key: str = ""
    invoice_number: str = ""
    payment_event_id: int | None = None
    confirmations: int = 0
    key: str = ""

    @property
    def token_key(self) -> str:
        return self.key or self.credit.key

    def validate(self) -> None:
        if self.credit.amount <= 0:
            raise EventError("payment_zero", amount_text(self.credit.amount))
        if self.state not in CREDIT_STATES:
            raise EventError("status", self.state)
        if self.state == "confirmed" and (not self.customer_key or self.payment_event_id is None):
            raise EventError("bank_confirmed")

    def token(self, customer: str, nonce: str | None = None) -> str:
        return self.token_key

    def encode(self) -> dict[str, Any]:
        credit = self.credit
        confirmed = (
            {
                "customer_key": self.customer_key,
                "invoice_number": self.invoice_number,
                "payment_event_id": self.payment_event_id,
            }
            if self.payment_event_id is not None
            else {}
        )
        return {
            "key": self.token_key,
            "on": credit.on.isoformat(),
            "amount": amount_text(credit.amount),
            "description": credit.description,
            "balance": None if credit.balance is None else amount_text(credit.balance),
            "occurrence": credit.occurrence,
            "file": credit.file,
            "sheet": credit.sheet,
            "row": credit.row,
            "bank": self.bank,
            "state": self.state,
            **confirmed,
            **({"confirmations": self.confirmations} if self.confirmations else {}),
        }

    @classmethod
    def decode(cls, payload: Mapping[str, Any]) -> BankCredit:
        """``ValueError`` for a payload without the credit's day."""
        on = day_of(payload.get("on"))
        if on is None:
            raise ValueError(f"a bank credit without its day: {payload.get('on')!r}")
        balance = payload.get("balance")
        credit = Credit(
            on,
            amount_of(payload.get("amount")),
            str(payload.get("description") or ""),
            None if balance is None else amount_of(balance),
            str(payload.get("file") or ""),
            str(payload.get("sheet") or ""),
            int_of(payload.get("row"), 0) or 0,
            int_of(payload.get("occurrence"), 0) or 0,
        )
        state = payload.get("state")
        return cls(
            credit=credit,
            bank=str(payload.get("bank") or ""),
            state=next((s for s in CREDIT_STATES if s == state), "proposed"),
            customer_key=str(payload.get("customer_key") or ""),
            invoice_number=str(payload.get("invoice_number") or ""),
            payment_event_id=int_of(payload.get("payment_event_id")),
            confirmations=int_of(payload.get("confirmations"), 0) or 0,
            key=str(payload.get("key") or ""),
        )
