"""What the owner records about a customer, as typed values: one payload type per kind.

The store keeps each event as a row with a JSON payload (``core.store``); this module is the
one place that says what each kind's payload holds. Each type checks its fields
(``validate``), writes its payload (``encode``) and reads one back (``decode``), and the
idempotency token of a write comes from ``event_token``, so a double click or a second tab
saves one event whatever page or command records it.

The kinds:

``contact``   ``Contact``: a call, a WhatsApp, a visit…, and what came of it; a promise to pay
              (``outcome == "promised"``) carries its date and amount.
``letter``    ``Letter``: a reminder letter or a firm notice made for a playbook step.
``payment``   ``ManualPayment``: a payment entered by hand, into the book at once.
``offer``     a settlement offer: ``core.discount.Offer`` (``payload``/``from_event``).
``agreement`` a payment agreement: ``core.agreements.Agreement`` (``agreement_payload``/
              ``agreement_from_payload``); its status changes rewrite the same event.

Amounts are stored as exact decimal text (``"1250000"``), dates as ISO text. Decoding is
lenient (a field missing from an older payload takes its default); checking is strict and
happens before a write.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar, Final, Literal, TypeVar, get_args

from core.i18n import CodeKeys, Lang, t
from core.money import Amount, amount_text, normalise

EventKind = Literal["contact", "letter", "payment", "offer", "agreement"]
KINDS: Final[tuple[EventKind, ...]] = get_args(EventKind)
Channel = Literal["phone", "whatsapp", "visit", "letter", "email"]
CHANNELS: Final[tuple[Channel, ...]] = get_args(Channel)
Outcome = Literal["no_answer", "promised", "disputed", "paid", "refused", "sent"]
OUTCOMES: Final[tuple[Outcome, ...]] = get_args(Outcome)
CHANNEL_KEYS: Final = CodeKeys[Channel](
    Channel,
    {
        "phone": "channel.phone",
        "whatsapp": "channel.whatsapp",
        "visit": "channel.visit",
        "letter": "channel.letter",
        "email": "channel.email",
    },
)
OUTCOME_KEYS: Final = CodeKeys[Outcome](
    Outcome,
    {
        "no_answer": "outcome.no_answer",
        "promised": "outcome.promised",
        "disputed": "outcome.disputed",
        "paid": "outcome.paid",
        "refused": "outcome.refused",
        "sent": "outcome.sent",
    },
)
CreditKind = Literal["payment", "return"]
# Events that change the book itself (and so the ledger's cache key).
LEDGER_KINDS: Final = frozenset({"payment"})


EventProblem = Literal[
    "channel", "outcome", "promise_needs", "negative", "payment_zero", "payment_date"
]
ERROR_KEYS: Final = CodeKeys[EventProblem](
    EventProblem,
    {
        "channel": "event.error.channel",
        "outcome": "event.error.outcome",
        "promise_needs": "event.error.promise_needs",
        "negative": "event.error.negative",
        "payment_zero": "event.error.payment_zero",
        "payment_date": "event.error.payment_date",
    },
)


_Code = TypeVar("_Code", bound=str)


class EventError(ValueError):
    """A record that cannot be saved as it is; ``code`` says why (``event.error.<code>``)."""

    def __init__(self, code: EventProblem, detail: str = "") -> None:
        super().__init__(f"{code} {detail}".strip())
        self.code: EventProblem = code
        self.detail = detail

    def message(self, lang: Lang = "id") -> str:
        return t(ERROR_KEYS[self.code], lang)


def amount_of(value: object) -> Amount:
    """An amount saved as exact text in an event ("500000", "1250000.50"); 0 when missing."""
    if value in (None, ""):
        return 0
    try:
        return normalise(Decimal(str(value)))
    except InvalidOperation:
        return 0


def _code(value: object, codes: tuple[_Code, ...], default: _Code) -> _Code:
    """A stored code read back: one of ``codes``, or ``default`` when it is absent or unknown."""
    return next((code for code in codes if code == value), default)


def _day(value: object) -> date | None:
    if isinstance(value, str) and value:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _step(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return int(value) if isinstance(value, str) and value.isdigit() else None


def event_token(kind: str, customer_key: str, payload: Mapping[str, Any], nonce: str) -> str:
    """The idempotency token of a write: the same record saved again under the same ``nonce``
    (one form on one screen, until it saved) is one event.

    The nonce is the form's: a page keeps one per form and starts a new one after each save,
    so recording the same thing again on purpose records it again.
    """
    text = json.dumps(
        {"kind": kind, "customer": customer_key, "payload": dict(payload), "nonce": nonce},
        sort_keys=True,
        ensure_ascii=False,
        default=str,
    )
    return f"{kind}:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:48]


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
    channel: Channel
    outcome: Outcome
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

    def encode(self) -> dict[str, Any]:
        promised = self.outcome == "promised"
        return {
            "customer": self.customer,
            "channel": self.channel,
            "outcome": self.outcome,
            "step": self.step,
            "by": self.by,
            "note": self.note,
            "promise_date": self.promise_date.isoformat() if self.promise_date else None,
            "promise_amount": amount_text(self.promise_amount) if promised else None,
            "outstanding_then": amount_text(self.outstanding_then),
            **({"on": self.on.isoformat()} if self.on is not None else {}),
        }

    @classmethod
    def decode(cls, payload: Mapping[str, Any]) -> Contact:
        return cls(
            customer=str(payload.get("customer") or ""),
            channel=_code(payload.get("channel"), CHANNELS, "phone"),
            outcome=_code(payload.get("outcome"), OUTCOMES, "no_answer"),
            step=_step(payload.get("step")),
            by=str(payload.get("by") or ""),
            note=str(payload.get("note") or ""),
            promise_date=_day(payload.get("promise_date")),
            promise_amount=amount_of(payload.get("promise_amount")),
            outstanding_then=amount_of(payload.get("outstanding_then")),
            on=_day(payload.get("on")),
        )


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
            step=_step(payload.get("step")),
            total=amount_of(payload.get("total")),
            on=_day(payload.get("on")),
        )


@dataclass(frozen=True, slots=True)
class ManualPayment:
    """A payment entered by hand: against ``invoice_number``, or the customer's account ("")."""

    KIND: ClassVar[EventKind] = "payment"

    customer: str
    amount: Amount
    paid_on: date | None
    invoice_number: str = ""
    kind: CreditKind = "payment"  # a return (credit note, a dispute ended) lowers the debt too

    def validate(self) -> None:
        if self.amount <= 0:
            raise EventError("payment_zero", amount_text(self.amount))
        if self.paid_on is None:
            raise EventError("payment_date")

    def encode(self) -> dict[str, Any]:
        return {
            "amount": amount_text(self.amount),
            "invoice_number": self.invoice_number,
            "customer": self.customer,
            "paid_on": self.paid_on.isoformat() if self.paid_on else None,
            **({"kind": "return"} if self.kind == "return" else {}),
        }

    @classmethod
    def decode(cls, payload: Mapping[str, Any]) -> ManualPayment:
        return cls(
            customer=str(payload.get("customer") or ""),
            amount=amount_of(payload.get("amount")),
            paid_on=_day(payload.get("paid_on")),
            invoice_number=str(payload.get("invoice_number") or ""),
            kind="return" if payload.get("kind") == "return" else "payment",
        )


# The payload field that holds, for each kind of record, the day it is about.
DAY_FIELDS: Final[Mapping[str, str]] = {
    "payment": "paid_on",
    "agreement": "created",
    "offer": "made_on",
}


def business_day(kind: str, payload: Mapping[str, Any]) -> date | None:
    """The day a record is about, from its payload (``on``, else the kind's own date field);
    ``None`` when it names none (then the day it was entered counts)."""
    for field in ("on", DAY_FIELDS.get(kind)):
        found = _day(payload.get(field)) if field else None
        if found is not None:
            return found
    return None
