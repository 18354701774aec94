"""A written payment agreement (kind ``agreement``): the record saved, its schedule, and the
words its fields are written in (``every``, ``status``).

``core.agreements`` builds an agreement from the book (``build_agreement``), plans its schedule
(``plan_schedule``) and judges it against payments; this is what is saved of it. A status
change (cancelled, replaced, active again) rewrites the same event with the changed record.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar, Final, Literal

from core.events.base import EventKind, EventLike, day_of, int_of, iso, nonce_token
from core.i18n import LANGS, CodeKeys, Lang, t
from core.ledger import CustomerKey, invoice_label
from core.money import Amount, amount_text, normalise, to_json_number

DEFAULT_GRACE_DAYS: Final = 7
MAX_GRACE_DAYS: Final = 365
AgreementStatus = Literal["active", "cancelled", "replaced"]
STATUSES: Final[tuple[AgreementStatus, ...]] = ("active", "cancelled", "replaced")
_N_DAYS: Final = re.compile(r"^([1-9][0-9]{0,3})d$")


AgreementProblem = Literal[
    "not_amount", "total", "instalments", "round_to", "down_payment", "every", "too_small",
    "date_range", "nothing_owed", "discount", "late_fee", "missed_fee", "grace_days",
    "first_before_created", "nik", "schedule_sum", "negative", "status",
]  # fmt: skip
ERROR_KEYS: Final = CodeKeys[AgreementProblem](
    AgreementProblem,
    {
        "not_amount": "agreement.error.not_amount",
        "total": "agreement.error.total",
        "instalments": "agreement.error.instalments",
        "round_to": "agreement.error.round_to",
        "down_payment": "agreement.error.down_payment",
        "every": "agreement.error.every",
        "too_small": "agreement.error.too_small",
        "date_range": "agreement.error.date_range",
        "nothing_owed": "agreement.error.nothing_owed",
        "discount": "agreement.error.discount",
        "late_fee": "agreement.error.late_fee",
        "missed_fee": "agreement.error.missed_fee",
        "grace_days": "agreement.error.grace_days",
        "first_before_created": "agreement.error.first_before_created",
        "nik": "agreement.error.nik",
        "schedule_sum": "agreement.error.schedule_sum",
        "negative": "agreement.error.negative",
        "status": "agreement.error.status",
    },
)


class AgreementError(ValueError):
    """Figures an agreement cannot be built from. ``code`` keys the text ``agreement.error.<code>``.

    >>> AgreementError("instalments", max=240).message("en")
    'The number of instalments must be a whole number from 1 to 240.'
    """

    def __init__(self, code: AgreementProblem, **params: object) -> None:
        super().__init__(f"{code} {params}" if params else code)
        self.code: AgreementProblem = code
        self.params = params

    def message(self, lang: Lang = "id") -> str:
        return t(ERROR_KEYS[self.code], lang, **self.params)


@dataclass(frozen=True, slots=True)
class Interval:
    """The time between two instalments: whole months (day kept, clamped) or days."""

    spec: str
    months: int = 0
    days: int = 0

    def describe(self, lang: Lang = "id") -> str:
        """'setiap bulan', 'every 2 weeks', 'setiap 10 hari'."""
        if self.months:
            return t("agreement.every.month", lang)
        if self.days == 7:
            return t("agreement.every.week", lang)
        if self.days == 14:
            return t("agreement.every.2weeks", lang)
        return t("agreement.every.days", lang, days=self.days)


def parse_interval(every: str) -> Interval:
    """``"month"``, ``"week"``, ``"2weeks"`` or ``"Nd"`` (every N days).

    >>> parse_interval("month"), parse_interval("2weeks").days, parse_interval("10d").days
    (Interval(spec='month', months=1, days=0), 14, 10)
    """
    spec = every.strip().lower()
    if spec == "month":
        return Interval("month", months=1)
    if spec == "week":
        return Interval("week", days=7)
    if spec == "2weeks":
        return Interval("2weeks", days=14)
    match = _N_DAYS.match(spec)
    if match is None:
        raise AgreementError("every", value=every)
    return Interval(spec, days=int(match.group(1)))


@dataclass(frozen=True, slots=True)
class Instalment:
    """One payment of a schedule; ``no`` 0 is the down payment."""

    no: int
    due: date
    amount: Amount


@dataclass(frozen=True, slots=True)
class Schedule:
    """The agreed total and the payments that make it up, in order (down payment first)."""

    total: Amount
    instalments: tuple[Instalment, ...]
    every: str = "month"
    round_to: Amount = 1000

    @property
    def down_payment(self) -> Amount:
        first = self.instalments[0] if self.instalments else None
        return first.amount if first is not None and first.no == 0 else 0

    @property
    def count(self) -> int:
        """The number of instalments, the down payment not counted."""
        return sum(1 for row in self.instalments if row.no > 0)

    @property
    def interval(self) -> Interval:
        return parse_interval(self.every)

    def as_dict(self) -> dict[str, Any]:
        """The pinned JSON of ``python -m core plan --json``."""
        return {
            "total": to_json_number(self.total),
            "instalments": [
                {"no": row.no, "due": row.due.isoformat(), "amount": to_json_number(row.amount)}
                for row in self.instalments
            ],
        }


@dataclass(frozen=True, slots=True)
class AgreedInvoice:
    """An invoice the agreement covers, as it stood when the agreement was made."""

    number: str
    invoice_date: date | None
    due_date: date
    amount: Amount
    outstanding: Amount
    # An opening balance (saldo awal): named so where it has no number (``label``).
    opening: bool = False

    def label(self, lang: Lang = "id", blank: str = "-") -> str:
        """Its number, "Saldo awal" for an opening balance without one (``invoice_label``)."""
        return invoice_label(self.number, "opening" if self.opening else "column", lang, blank)


@dataclass(frozen=True, slots=True)
class Agreement:
    """A new written payment arrangement with one customer.

    ``original_debt`` is what the covered invoices still owed on ``created``; the agreed
    total is that, less ``discount``, plus ``late_fee`` when ``late_fee_included`` (a waived
    fee is kept to be named in the document). ``missed_fee`` and ``grace_days`` are what the
    document says happens when an instalment is missed. ``payments_before`` is what the
    customer had already paid on the agreement's day when it was made, so that money is not
    counted again towards the instalments. ``id`` is the Store event's id once saved.
    """

    KIND: ClassVar[EventKind] = "agreement"

    customer: CustomerKey
    name: str
    created: date
    invoices: tuple[AgreedInvoice, ...]
    original_debt: Amount
    schedule: Schedule
    discount: Amount = 0
    late_fee: Amount = 0
    late_fee_included: bool = False
    missed_fee: Amount = 0
    grace_days: int = DEFAULT_GRACE_DAYS
    phone: str | None = None
    payments_before: Amount = 0
    status: AgreementStatus = "active"
    lang: Lang = "id"
    id: int | None = None
    # The customer as the document names them: address, NIK (16 digits or blank, left to be
    # written by hand), and the witnesses' names (none, one or more).
    address: str = ""
    nik: str = ""
    witnesses: tuple[str, ...] = ()

    @property
    def total(self) -> Amount:
        return self.schedule.total

    def validate(self) -> None:
        """``AgreementError`` for a record that cannot be saved: a schedule that does not add
        up to its total, an unknown interval, status or language, a negative figure."""
        rows = self.schedule.instalments
        if not rows or sum((row.amount for row in rows), 0) != self.schedule.total:
            raise AgreementError("schedule_sum")
        figures = (self.original_debt, self.discount, self.late_fee, self.missed_fee,
                   self.payments_before, *(row.amount for row in rows))  # fmt: skip
        if min(figures) < 0:
            raise AgreementError("negative")
        parse_interval(self.schedule.every)
        if self.status not in STATUSES or self.lang not in LANGS:
            raise AgreementError("status")
        if not 0 <= self.grace_days <= MAX_GRACE_DAYS:
            raise AgreementError("grace_days")

    def token(self, customer: str, nonce: str | None) -> str | None:
        return nonce_token(self, customer, nonce)

    def encode(self) -> dict[str, Any]:
        """The event payload: every figure as exact text, dates as ISO text."""
        return {
            "customer": self.name,
            "customer_key": self.customer,
            "phone": self.phone,
            "created": self.created.isoformat(),
            "address": self.address,
            "nik": self.nik,
            "witnesses": list(self.witnesses),
            "status": self.status,
            "lang": self.lang,
            "invoices": [
                {
                    "number": inv.number,
                    "invoice_date": iso(inv.invoice_date),
                    "due_date": inv.due_date.isoformat(),
                    "amount": amount_text(inv.amount),
                    "outstanding": amount_text(inv.outstanding),
                    **({"opening": True} if inv.opening else {}),
                }
                for inv in self.invoices
            ],
            "original_debt": amount_text(self.original_debt),
            "discount": amount_text(self.discount),
            "late_fee": amount_text(self.late_fee),
            "late_fee_included": self.late_fee_included,
            "missed_fee": amount_text(self.missed_fee),
            "grace_days": self.grace_days,
            "payments_before": amount_text(self.payments_before),
            "agreed_total": amount_text(self.total),
            "every": self.schedule.every,
            "round_to": amount_text(self.schedule.round_to),
            "schedule": [
                {"no": row.no, "due": row.due.isoformat(), "amount": amount_text(row.amount)}
                for row in self.schedule.instalments
            ],
        }

    @classmethod
    def decode(cls, payload: Mapping[str, Any], *, id: int | None = None) -> Agreement:
        """Back from ``encode`` (or an older payload: a field added since takes its default);
        ``KeyError`` or ``ValueError`` for a payload that is not an agreement's."""
        status = payload.get("status")
        lang = payload.get("lang")
        schedule = Schedule(
            total=_figure(payload["agreed_total"]),
            instalments=tuple(
                Instalment(int(row["no"]), _date(row["due"]), _figure(row["amount"]))
                for row in payload["schedule"]
            ),
            every=str(payload.get("every") or "month"),
            round_to=_figure(payload.get("round_to", "1000")),
        )
        return cls(
            customer=CustomerKey(str(payload["customer_key"])),
            name=str(payload["customer"]),
            created=_date(payload["created"]),
            invoices=tuple(
                AgreedInvoice(
                    number=str(row["number"]),
                    invoice_date=day_of(row.get("invoice_date")),
                    due_date=_date(row["due_date"]),
                    amount=_figure(row["amount"]),
                    outstanding=_figure(row["outstanding"]),
                    opening=row.get("opening") is True,
                )
                for row in payload["invoices"]
            ),
            original_debt=_figure(payload["original_debt"]),
            schedule=schedule,
            discount=_figure(payload.get("discount", "0")),
            late_fee=_figure(payload.get("late_fee", "0")),
            late_fee_included=bool(payload.get("late_fee_included", False)),
            missed_fee=_figure(payload.get("missed_fee", "0")),
            grace_days=int_of(payload.get("grace_days"), DEFAULT_GRACE_DAYS) or 0,
            phone=payload.get("phone") or None,
            payments_before=_figure(payload.get("payments_before", "0")),
            status=next((s for s in STATUSES if s == status), "active"),
            lang=next((code for code in LANGS if code == lang), "id"),
            id=id,
            address=str(payload.get("address") or ""),
            nik=str(payload.get("nik") or ""),
            witnesses=tuple(str(w) for w in payload.get("witnesses") or ()),
        )

    @classmethod
    def from_event(cls, event: EventLike) -> Agreement:
        """The agreement a saved event holds, with the event's id."""
        return cls.decode(event.payload, id=event.id)


def _figure(value: object) -> Amount:
    """A figure of a saved agreement: exact text (or a number an older version wrote);
    ``ValueError`` for anything else, as a payload that is not an agreement's."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise ValueError(f"not an amount: {value!r}")
    try:
        return normalise(Decimal(str(value)))
    except InvalidOperation as exc:
        raise ValueError(f"not an amount: {value!r}") from exc


def _date(value: object) -> date:
    found = day_of(value)
    if found is None:
        raise ValueError(f"not a date: {value!r}")
    return found
