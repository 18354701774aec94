"""A customer's dispute (kind ``dispute``) and how it ended (kind ``dispute_resolved``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, ClassVar, Final, Literal, get_args

from core.events.base import EventError, EventKind, amount_of, day_of, int_of
from core.events.payment import ManualPayment
from core.i18n import Lang, t
from core.money import Amount, amount_text

DisputeReason = Literal["short", "damaged", "wrong_price", "already_paid"]
DISPUTE_REASONS: Final[tuple[DisputeReason, ...]] = get_args(DisputeReason)
Resolution = Literal["return", "playbook"]
RESOLUTIONS: Final[tuple[Resolution, ...]] = get_args(Resolution)


class DisputeError(EventError):
    """A dispute or resolution that cannot be recorded; ``code`` keys ``dispute.error.<code>``."""

    def message(self, lang: Lang = "id") -> str:
        return t(f"dispute.error.{self.code}", lang)


@dataclass(frozen=True, slots=True)
class DisputeMark:
    """The customer disputes the bill from ``on``: the goods were short, damaged, wrongly
    priced, or they say they paid (``reason``); about one invoice or the whole account."""

    KIND: ClassVar[EventKind] = "dispute"

    customer: str
    reason: str
    on: date
    note: str = ""
    invoice: str = ""

    @property
    def known_reason(self) -> DisputeReason | None:
        """The reason when it is one Tagih knows (an older or edited payload may hold another)."""
        return next((r for r in DISPUTE_REASONS if r == self.reason), None)

    def validate(self) -> None:
        if self.known_reason is None:
            raise DisputeError("reason", self.reason)

    def token(self, customer: str, nonce: str | None) -> str | None:
        """The form's nonce itself: one mark per form, whatever was typed between two clicks."""
        return nonce

    def encode(self) -> dict[str, Any]:
        return {
            "customer": self.customer,
            "reason": self.reason,
            "invoice": self.invoice.strip(),
            "note": self.note.strip(),
            "on": self.on.isoformat(),
        }

    @classmethod
    def decode(cls, payload: Mapping[str, Any], *, on: date) -> DisputeMark:
        """``on`` is the day the event is about when its payload names none."""
        return cls(
            customer=str(payload.get("customer") or ""),
            reason=str(payload.get("reason") or ""),
            on=day_of(payload.get("on")) or on,
            note=str(payload.get("note") or ""),
            invoice=str(payload.get("invoice") or ""),
        )


@dataclass(frozen=True, slots=True)
class DisputeResolution:
    """Dispute ``dispute_id`` (its event) ended on ``on``: with a return (credit note) of
    ``credit`` against ``invoice`` or the account, or back to the playbook (the bill stands).

    A dispute ends once: the token is the dispute's, so a second click changes nothing.
    """

    KIND: ClassVar[EventKind] = "dispute_resolved"

    customer: str
    dispute_id: int
    how: str
    on: date
    credit: Amount = 0
    invoice: str = ""
    note: str = ""

    def validate(self) -> None:
        if self.how not in RESOLUTIONS:
            raise DisputeError("resolution", self.how)
        if self.how == "return" and self.credit <= 0:
            raise DisputeError("credit", amount_text(self.credit))
        if self.how != "return" and self.credit != 0:
            raise DisputeError("credit", amount_text(self.credit))

    def token(self, customer: str, nonce: str | None = None) -> str:
        return f"resolved:{self.dispute_id}"

    def return_payment(self) -> ManualPayment | None:
        """The return a resolution with a credit note records in the book (``None`` without)."""
        if self.how != "return":
            return None
        return ManualPayment(self.customer, self.credit, self.on, self.invoice.strip(), "return")

    def return_token(self) -> str:
        """The token of ``return_payment``'s event: one return per dispute."""
        return f"return:{self.dispute_id}"

    def encode(self) -> dict[str, Any]:
        return {
            "customer": self.customer,
            "dispute_id": self.dispute_id,
            "how": self.how,
            "credit": amount_text(self.credit),
            "invoice": self.invoice.strip(),
            "note": self.note.strip(),
            "on": self.on.isoformat(),
        }

    @classmethod
    def decode(cls, payload: Mapping[str, Any], *, on: date) -> DisputeResolution:
        """``on`` is the day the event is about when its payload names none; a dispute id that
        cannot be read is 0 (it ends no dispute)."""
        return cls(
            customer=str(payload.get("customer") or ""),
            dispute_id=int_of(payload.get("dispute_id"), 0) or 0,
            how=str(payload.get("how") or "playbook"),
            on=day_of(payload.get("on")) or on,
            credit=amount_of(payload.get("credit")),
            invoice=str(payload.get("invoice") or ""),
            note=str(payload.get("note") or ""),
        )
