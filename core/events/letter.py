"""Letters made for a customer (kind ``letter``): a playbook step's reminder or firm notice
(``Letter``), or a somasi (``Somasi``, marked ``letter: "somasi"`` in its payload)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar, Final

from core.events.base import EventError, EventKind, amount_of, day_of, int_of, nonce_token
from core.money import Amount, amount_text

SOMASI: Final = "somasi"  # the ``letter`` field of a letter event that is a somasi
MAX_SOMASI: Final = 3


@dataclass(frozen=True, slots=True)
class Letter:
    """A reminder letter (or the firm notice) made for a playbook step, for ``total``."""

    KIND: ClassVar[EventKind] = "letter"

    customer: str
    step: int | None
    total: Amount
    on: date | None = None

    def validate(self) -> None:
        if self.total < 0:
            raise EventError("negative", amount_text(self.total))

    def token(self, customer: str, nonce: str | None) -> str | None:
        return nonce_token(self, customer, nonce)

    def encode(self) -> dict[str, Any]:
        return {
            "customer": self.customer,
            "step": self.step,
            "total": amount_text(self.total),
            **({"on": self.on.isoformat()} if self.on is not None else {}),
        }

    @classmethod
    def decode(cls, payload: Mapping[str, Any]) -> Letter:
        return cls(
            customer=str(payload.get("customer") or ""),
            step=int_of(payload.get("step")),
            total=amount_of(payload.get("total")),
            on=day_of(payload.get("on")),
        )


@dataclass(frozen=True, slots=True)
class Somasi:
    """Somasi ``number`` (1 to ``MAX_SOMASI``) made on ``on``, demanding ``total`` by
    ``deadline``. The same somasi (number and deadline) made again, a second download, is
    one event: its token is the customer, the number and the deadline."""

    KIND: ClassVar[EventKind] = "letter"

    customer: str
    number: int
    on: date
    deadline: date
    total: Amount
    step: int | None = None

    def validate(self) -> None:
        if not 1 <= self.number <= MAX_SOMASI:
            raise EventError("somasi_number", str(self.number))
        if self.deadline < self.on:
            raise EventError("somasi_deadline", self.deadline.isoformat())
        if self.total < 0:
            raise EventError("negative", amount_text(self.total))

    def token(self, customer: str, nonce: str | None = None) -> str:
        return f"{SOMASI}:{customer}:{self.number}:{self.deadline.isoformat()}"

    def encode(self) -> dict[str, Any]:
        return {
            "customer": self.customer,
            "letter": SOMASI,
            "number": self.number,
            "step": self.step,
            "total": amount_text(self.total),
            "deadline": self.deadline.isoformat(),
            "on": self.on.isoformat(),
        }

    @classmethod
    def decode(cls, payload: Mapping[str, Any], *, on: date) -> Somasi | None:
        """The somasi a letter payload holds; ``None`` for a step's letter or a somasi whose
        number or deadline cannot be read. ``on`` is the day the event is about (its ``on``
        field wins when it has one)."""
        if not is_somasi(payload):
            return None
        number = int_of(payload.get("number"), 0) or 0
        deadline = day_of(payload.get("deadline"))
        if number <= 0 or deadline is None:
            return None
        return cls(
            customer=str(payload.get("customer") or ""),
            number=number,
            on=day_of(payload.get("on")) or on,
            deadline=deadline,
            total=amount_of(payload.get("total")),
            step=int_of(payload.get("step")),
        )


def is_somasi(payload: Mapping[str, Any]) -> bool:
    """Whether a letter event's payload is a somasi's (else a playbook step's letter)."""
    return payload.get("letter") == SOMASI
