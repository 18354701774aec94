"""A contact logged with a customer (kind ``contact``), a promise to pay among them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar, Final, Literal, get_args

from core.events.base import EventError, EventKind, amount_of, day_of, int_of, iso, nonce_token
from core.money import Amount, amount_text

Channel = Literal["phone", "whatsapp", "visit", "letter", "email"]
CHANNELS: Final[tuple[Channel, ...]] = get_args(Channel)
Outcome = Literal["no_answer", "promised", "disputed", "paid", "refused", "sent"]
OUTCOMES: Final[tuple[Outcome, ...]] = get_args(Outcome)


@dataclass(frozen=True, slots=True)
class Contact:
    """A contact logged: by which channel, what came of it, at which step, about which day.

    ``on`` is the day it is about (the as-of date the owner worked on). A promise
    (``outcome == "promised"``) needs its ``promise_date`` and a positive ``promise_amount``.
    ``outstanding_then`` is the customer's balance when it was logged: how far it fell since
    tells whether a promise was kept when payments come without dates.
    """

    KIND: ClassVar[EventKind] = "contact"

    customer: str
    channel: str
    outcome: str
    step: int | None = None
    by: str = ""
    note: str = ""
    promise_date: date | None = None
    promise_amount: Amount = 0
    outstanding_then: Amount = 0
    on: date | None = None

    @property
    def is_promise(self) -> bool:
        return self.outcome == "promised" and self.promise_date is not None

    def validate(self) -> None:
        if self.channel not in CHANNELS:
            raise EventError("channel", self.channel)
        if self.outcome not in OUTCOMES:
            raise EventError("outcome", self.outcome)
        if self.outcome == "promised" and (self.promise_date is None or self.promise_amount <= 0):
            raise EventError("promise_needs")

    def token(self, customer: str, nonce: str | None) -> str | None:
        return nonce_token(self, customer, nonce)

    def encode(self) -> dict[str, Any]:
        promised = self.outcome == "promised"
        return {
            "customer": self.customer,
            "channel": self.channel,
            "outcome": self.outcome,
            "step": self.step,
            "by": self.by,
            "note": self.note,
            "promise_date": iso(self.promise_date),
            "promise_amount": amount_text(self.promise_amount) if promised else None,
            "outstanding_then": amount_text(self.outstanding_then),
            **({"on": self.on.isoformat()} if self.on is not None else {}),
        }

    @classmethod
    def decode(cls, payload: Mapping[str, Any]) -> Contact:
        return cls(
            customer=str(payload.get("customer") or ""),
            channel=str(payload.get("channel") or "phone"),
            outcome=str(payload.get("outcome") or "no_answer"),
            step=int_of(payload.get("step")),
            by=str(payload.get("by") or ""),
            note=str(payload.get("note") or ""),
            promise_date=day_of(payload.get("promise_date")),
            promise_amount=amount_of(payload.get("promise_amount")),
            outstanding_then=amount_of(payload.get("outstanding_then")),
            on=day_of(payload.get("on")),
        )
