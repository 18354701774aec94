"""The credit policy ("Boleh utang?"): a payment-behaviour grade, a credit limit, a quick check.

Step 10 of the playbook: next time, be firmer about credit with customers who pay badly.

``assess`` grades every customer of a ledger from what the data shows, each grade with its
reasons in plain words; with fewer than three paid invoices the grade says "belum cukup data"
(not enough data) beside its letter. The score starts at 100 and only behaviour the data shows takes
points off; missing data takes nothing, so a customer with little history is marked as such
and not punished:

==========================================  ===============================================
what the data shows                         points off
==========================================  ===============================================
days late when paying (average over the     half a point per day, at most 25
invoices whose payment dates are known)
share of those invoices paid late           up to 20 (all late, three invoices or more)
the oldest overdue balance, by its age      1-30 days 5, 31-60 15, 61-90 25, over 90 40
the overdue amount against usual monthly    5 from half a month's purchases, 10 from one
purchases                                   month's, 15 from two months' (or no purchases)
broken promises to pay                      10 each, at most 30
missed instalments of an agreement          15 each, at most 45
==========================================  ===============================================

Grades: A from 85, B from 70, C from 50, D below. **Stop credit** when any balance is more
than 90 days late, when the grade is D, or when two or more agreement instalments were
missed. The suggested **credit limit** (the most the customer may owe at once) is the usual
monthly purchases (average of the last 12 months) × 2 for A, × 1 for B, × ½ for C, 0 for D
or stop credit (× 1 at most with little history), rounded down to Rp 50.000. The owner can
override both. ``quick_check`` answers "wants goods for Rp X on credit today": yes, only with
a down payment, or no with the polite refusal from the playbook.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction
from typing import TYPE_CHECKING, Any, Final, Literal

from core.access import Viewer, require
from core.aging import oldest_days_late, overdue_amount
from core.agreements import load_agreements, missed_instalments
from core.history import promises
from core.i18n import CodeKeys, Lang, t
from core.ledger import CustomerKey, Invoice, Ledger, customer_key
from core.money import Amount, format_rupiah, normalise, to_json_number
from core.punctuality import PaidRecord, dated_payments_by_invoice, paid_record

if TYPE_CHECKING:
    from core.store import Event, Store

__all__ = [
    "LITTLE_HISTORY_INVOICES", "OVERRIDES_SETTING", "Assessment", "CreditCheck", "CreditError",
    "CustomerHistory", "Grade", "Override", "Reason", "Verdict", "assess", "assess_customer",
    "assess_saved", "broken_promises_from", "credit_text", "grade_of", "overrides_from_setting",
    "overrides_to_setting", "quick_check", "refusal_text", "save_override",
]  # fmt: skip

Grade = Literal["A", "B", "C", "D"]
Verdict = Literal["yes", "down_payment", "no"]
VERDICT_KEYS: Final = CodeKeys[Verdict](
    Verdict,
    {
        "yes": "credit.verdict.yes",
        "down_payment": "credit.verdict.down_payment",
        "no": "credit.verdict.no",
    },
)

OVERRIDES_SETTING: Final = "credit_overrides"
LITTLE_HISTORY_INVOICES: Final = 3
STOP_DAYS_LATE: Final = 90
GRADE_FLOORS: Final[tuple[tuple[Grade, int], ...]] = (("A", 85), ("B", 70), ("C", 50))
LIMIT_FACTORS: Final[dict[Grade, Fraction]] = {
    "A": Fraction(2),
    "B": Fraction(1),
    "C": Fraction(1, 2),
    "D": Fraction(0),
}
LIMIT_STEP: Final = 50_000
PURCHASE_WINDOW_DAYS: Final = 365
_MONTH_DAYS: Final = Fraction(487, 16)  # 30.4375, the average month
_TITLES: Final = frozenset({"pak", "bapak", "bpk", "bpk.", "bu", "ibu"})


class CreditError(ValueError):
    """A quick check that cannot be answered (an amount of 0 or less)."""


@dataclass(frozen=True, slots=True)
class CustomerHistory:
    """What the owner recorded beyond the ledger: broken promises and missed instalments."""

    broken_promises: int = 0
    missed_instalments: int = 0


@dataclass(frozen=True, slots=True)
class Override:
    """The owner's own decision, over the suggestion; ``None`` leaves the suggestion."""

    credit_limit: Amount | None = None
    stop_credit: bool | None = None

    @property
    def is_empty(self) -> bool:
        return self.credit_limit is None and self.stop_credit is None


ReasonCode = Literal[
    "paid_late_days", "paid_late_share", "paid_on_time", "no_payment_dates", "overdue", "over_90",
    "no_overdue", "broken_promises", "missed_instalments", "missed_twice", "grade_d",
    "little_history", "limit", "override_stop", "override_allow", "override_limit",
    "check_stopped", "check_over_limit", "check_within_limit", "check_overdue", "check_grade",
    "check_no_room",
]  # fmt: skip
REASON_KEYS: Final = CodeKeys[ReasonCode](
    ReasonCode,
    {
        "paid_late_days": "credit.reason.paid_late_days",
        "paid_late_share": "credit.reason.paid_late_share",
        "paid_on_time": "credit.reason.paid_on_time",
        "no_payment_dates": "credit.reason.no_payment_dates",
        "overdue": "credit.reason.overdue",
        "over_90": "credit.reason.over_90",
        "no_overdue": "credit.reason.no_overdue",
        "broken_promises": "credit.reason.broken_promises",
        "missed_instalments": "credit.reason.missed_instalments",
        "missed_twice": "credit.reason.missed_twice",
        "grade_d": "credit.reason.grade_d",
        "little_history": "credit.reason.little_history",
        "limit": "credit.reason.limit",
        "override_stop": "credit.reason.override_stop",
        "override_allow": "credit.reason.override_allow",
        "override_limit": "credit.reason.override_limit",
        "check_stopped": "credit.reason.check_stopped",
        "check_over_limit": "credit.reason.check_over_limit",
        "check_within_limit": "credit.reason.check_within_limit",
        "check_overdue": "credit.reason.check_overdue",
        "check_grade": "credit.reason.check_grade",
        "check_no_room": "credit.reason.check_no_room",
    },
)


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason for a grade, limit or answer, in plain words through ``credit.reason.<code>``.

    ``points`` is what it took off the score (0 for a good sign or a plain fact); ``stop``
    marks a reason that stops credit.
    """

    code: ReasonCode
    params: tuple[tuple[str, str | int], ...] = ()
    points: int = 0
    stop: bool = False

    def text(self, lang: Lang = "id") -> str:
        return t(REASON_KEYS[self.code], lang, **dict(self.params))


@dataclass(frozen=True, slots=True)
class Assessment:
    """One customer's payment behaviour on ``as_of`` and what it means for new credit.

    ``credit_limit`` and ``stop_credit`` are what applies (the owner's override when there is
    one); ``suggested_limit`` and ``suggested_stop`` what the data alone says.
    """

    customer: CustomerKey
    name: str
    phone: str | None
    as_of: date
    grade: Grade
    score: int
    stop_credit: bool
    credit_limit: Amount
    suggested_stop: bool
    suggested_limit: Amount
    reasons: tuple[Reason, ...]
    little_history: bool
    invoices: int
    paid_known: int
    paid_late: int
    average_days_late: int
    outstanding: Amount
    overdue: Amount
    oldest_days_late: int
    monthly_purchases: Amount
    history: CustomerHistory = field(default_factory=CustomerHistory)
    override: Override = field(default_factory=Override)

    @property
    def headroom(self) -> Amount:
        """How much more the customer may owe within the limit (never below 0)."""
        room = self.credit_limit - self.outstanding
        return room if room > 0 else 0

    def grade_label(self, lang: Lang = "id") -> str:
        """The grade as the owner reads it: "belum cukup data" while fewer than
        ``LITTLE_HISTORY_INVOICES`` invoices are paid, the letter otherwise."""
        return t("credit.not_enough_data", lang) if self.little_history else self.grade

    def reason_texts(self, lang: Lang = "id") -> list[str]:
        return [reason.text(lang) for reason in self.reasons]

    def as_dict(self, lang: Lang = "id") -> dict[str, Any]:
        """The pinned JSON object of ``python -m core credit --json``."""
        return {
            "customer": self.name,
            "grade": self.grade,
            "score": self.score,
            "stop_credit": self.stop_credit,
            "credit_limit": to_json_number(self.credit_limit),
            "reasons": self.reason_texts(lang),
        }


def grade_of(score: int) -> Grade:
    """The grade of a score.

    >>> [grade_of(s) for s in (100, 85, 84, 70, 69, 50, 49, 0)]
    ['A', 'A', 'B', 'B', 'C', 'C', 'D', 'D']
    """
    for grade, floor in GRADE_FLOORS:
        if score >= floor:
            return grade
    return "D"


# What the data shows, per customer.


def _group(ledger: Ledger) -> dict[CustomerKey, tuple[list[Invoice], PaidRecord]]:
    """Each customer's invoices, and how they paid the ones settled."""
    payments = dated_payments_by_invoice(ledger)
    return {
        key: (list(found), paid_record(found, payments.get(key, {})))
        for key, found in ledger.invoices_by_customer().items()
    }


def _monthly_purchases(invoices: Sequence[Invoice], as_of: date) -> Amount:
    """Average credit purchases per month over the last 12 months (counted from the first
    purchase in them); over the whole history when nothing was bought in the last 12 months."""
    dated = [(inv.invoice_date or inv.due_date, inv.amount) for inv in invoices]
    dated = [(day, amount) for day, amount in dated if day <= as_of]
    if not dated:
        return 0
    since = as_of - timedelta(days=PURCHASE_WINDOW_DAYS)
    recent = [(day, amount) for day, amount in dated if day > since]
    chosen = recent or dated
    first = min(day for day, _ in chosen)
    months = max(1, math.ceil(Fraction((as_of - first).days + 1) / _MONTH_DAYS))
    if recent:
        months = min(months, 12)
    total = sum((amount for _, amount in chosen), 0)
    return math.floor(Fraction(total) / months)


def _overdue_points(days: int) -> int:
    if days <= 0:
        return 0
    if days <= 30:
        return 5
    if days <= 60:
        return 15
    if days <= STOP_DAYS_LATE:
        return 25
    return 40


def _round_down(amount: Fraction, step: int) -> Amount:
    return math.floor(amount / step) * step


def assess_customer(
    ledger: Ledger,
    customer: str,
    as_of: date,
    history: CustomerHistory = CustomerHistory(),
    override: Override | None = None,
) -> Assessment:
    """One customer's assessment; ``KeyError`` when the ledger has no invoice of theirs."""
    key = customer_key(customer)
    mine = ledger.invoices_of(key)
    if not mine:
        raise KeyError(customer)
    record = paid_record(mine, dated_payments_by_invoice(ledger).get(key, {}))
    return _assess(ledger, key, list(mine), record, as_of, history, override or Override())


def assess(
    ledger: Ledger,
    as_of: date,
    histories: Mapping[CustomerKey, CustomerHistory] | None = None,
    overrides: Mapping[CustomerKey, Override] | None = None,
) -> list[Assessment]:
    """Every customer in the ledger, by name."""
    histories = histories or {}
    overrides = overrides or {}
    found = [
        _assess(
            ledger,
            key,
            *facts,
            as_of,
            histories.get(key, CustomerHistory()),
            overrides.get(key, Override()),
        )
        for key, facts in _group(ledger).items()
    ]
    return sorted(found, key=lambda a: (a.name.casefold(), a.customer))


def _assess(
    ledger: Ledger,
    key: CustomerKey,
    invoices: list[Invoice],
    record: PaidRecord,
    as_of: date,
    history: CustomerHistory,
    override: Override,
) -> Assessment:
    reasons: list[Reason] = []

    # Paying late: only invoices whose payment dates are known can say.
    known_late = list(record.days_late)
    paid = record.paid
    late = [days for days in known_late if days > 0]
    average = round(sum(known_late) / len(known_late)) if known_late else 0
    if late:
        points = min(25, math.ceil(average / 2))
        reasons.append(
            Reason("paid_late_days", (("days", average), ("count", len(known_late))), points)
        )
        # A share of one or two invoices says little: it weighs fully from three on.
        weight = Fraction(min(len(known_late), 3), 3)
        share_points = round(20 * Fraction(len(late), len(known_late)) * weight)
        reasons.append(
            Reason(
                "paid_late_share", (("late", len(late)), ("count", len(known_late))), share_points
            )
        )
    elif known_late:
        reasons.append(Reason("paid_on_time", (("count", len(known_late)),)))
    elif paid:
        reasons.append(Reason("no_payment_dates", (("count", paid),)))

    # What is overdue now.
    outstanding: Amount = sum((inv.outstanding for inv in invoices), 0)
    overdue = overdue_amount(invoices, as_of)
    oldest = oldest_days_late(invoices, as_of)
    monthly = _monthly_purchases(invoices, as_of)
    if overdue > 0:
        points = _overdue_points(oldest)
        if monthly <= 0 or overdue >= 2 * monthly:
            points += 15
        elif overdue >= monthly:
            points += 10
        elif 2 * overdue >= monthly:
            points += 5
        params: tuple[tuple[str, str | int], ...] = (
            ("amount", format_rupiah(overdue)),
            ("days", oldest),
        )
        reasons.append(Reason("overdue", params, points))
        if oldest > STOP_DAYS_LATE:
            reasons.append(Reason("over_90", (("days", oldest),), 0, stop=True))
    else:
        reasons.append(Reason("no_overdue"))

    if history.broken_promises > 0:
        points = min(30, 10 * history.broken_promises)
        reasons.append(Reason("broken_promises", (("count", history.broken_promises),), points))
    if history.missed_instalments > 0:
        points = min(45, 15 * history.missed_instalments)
        params = (("count", history.missed_instalments),)
        reasons.append(Reason("missed_instalments", params, points))
        if history.missed_instalments >= 2:
            reasons.append(Reason("missed_twice", params, 0, stop=True))

    score = max(0, 100 - sum(reason.points for reason in reasons))
    grade = grade_of(score)
    if grade == "D":
        reasons.append(Reason("grade_d", (("score", score),), 0, stop=True))
    little = paid < LITTLE_HISTORY_INVOICES
    if little:
        reasons.append(Reason("little_history", (("count", paid),)))

    suggested_stop = any(reason.stop for reason in reasons)
    factor = LIMIT_FACTORS[grade]
    if little:
        factor = min(factor, Fraction(1))
    graded_limit = _round_down(Fraction(monthly) * factor, LIMIT_STEP)
    suggested_limit = 0 if suggested_stop else graded_limit
    if not suggested_stop:
        reasons.append(
            Reason(
                "limit",
                (
                    ("factor", _factor_text(factor)),
                    ("monthly", format_rupiah(monthly)),
                    ("limit", format_rupiah(graded_limit)),
                ),
            )
        )

    stop = suggested_stop if override.stop_credit is None else override.stop_credit
    limit: Amount = graded_limit if not stop else 0
    if override.stop_credit is not None and override.stop_credit != suggested_stop:
        reasons.append(Reason("override_stop" if stop else "override_allow"))
    if override.credit_limit is not None:
        limit = override.credit_limit
        reasons.append(Reason("override_limit", (("limit", format_rupiah(limit)),)))

    reasons.sort(key=lambda reason: (not reason.stop, -reason.points))
    return Assessment(
        customer=key,
        name=ledger.name_of(key),
        phone=ledger.phones.get(key),
        as_of=as_of,
        grade=grade,
        score=score,
        stop_credit=stop,
        credit_limit=limit,
        suggested_stop=suggested_stop,
        suggested_limit=suggested_limit,
        reasons=tuple(reasons),
        little_history=little,
        invoices=len(invoices),
        paid_known=len(known_late),
        paid_late=len(late),
        average_days_late=average,
        outstanding=outstanding,
        overdue=overdue,
        oldest_days_late=oldest,
        monthly_purchases=monthly,
        history=history,
        override=override,
    )


def _factor_text(factor: Fraction) -> str:
    """'2', '1', '½', '0'."""
    if factor.denominator == 1:
        return str(factor.numerator)
    return "½" if factor == Fraction(1, 2) else f"{float(factor):g}"


# The quick check.


@dataclass(frozen=True, slots=True)
class CreditCheck:
    """The answer to "wants goods for ``amount`` on credit today"."""

    assessment: Assessment
    amount: Amount
    verdict: Verdict
    down_payment: Amount
    reasons: tuple[Reason, ...]

    @property
    def amount_asked(self) -> Amount:
        """What the message asks to be paid now: the down payment when one is asked, else 0."""
        return self.down_payment if self.verdict == "down_payment" else 0

    def message(self, lang: Lang = "id") -> str:
        """What to tell the customer: the refusal for a no, the terms for a down payment."""
        who = _salutation(self.assessment.name, lang)
        if self.verdict == "no":
            return refusal_text(self.assessment.name, lang, owing=self.assessment.outstanding > 0)
        if self.verdict == "down_payment":
            return t(
                "credit.message.down_payment",
                lang,
                who=who,
                amount=format_rupiah(self.amount),
                dp=format_rupiah(self.down_payment),
                rest=format_rupiah(self.amount - self.down_payment),
            )
        return t("credit.message.yes", lang, who=who, amount=format_rupiah(self.amount))


def _salutation(name: str, lang: Lang) -> str:
    """'Pak Joko' for a name that already says Pak/Bu, else 'Bapak/Ibu' (the name in English).

    >>> _salutation("Pak Joko", "id"), _salutation("Toko Maju", "id")
    ('Pak Joko', 'Bapak/Ibu')
    >>> _salutation("Toko Maju", "en")
    'Toko Maju'
    """
    words = name.split()
    if lang == "en":
        return name
    if words and words[0].casefold() in _TITLES:
        return name
    return t("credit.sir_madam", lang)


def refusal_text(name: str, lang: Lang = "id", *, owing: bool = True) -> str:
    """The polite refusal of new credit, in the playbook's words; it speaks of the old bills
    to be settled first only to a customer ``owing`` some (one the owner stopped who owes
    nothing has none)."""
    key = "credit.message.refusal" if owing else "credit.message.refusal.clear"
    return t(key, lang, who=_salutation(name, lang))


def _round_up(amount: Amount | Fraction, step: int) -> Amount:
    units = math.ceil(Fraction(amount) / step)
    return units * step


def quick_check(assessment: Assessment, amount: Amount, *, round_to: int = 1000) -> CreditCheck:
    """Yes, only with a down payment, or no: goods for ``amount`` on credit today.

    No when credit is stopped, or when the down payment asked would be the whole amount (no
    room left under the limit). Otherwise the part beyond the room left under the limit is the
    down payment; a grade C customer, or one with an overdue bill, pays at least half up
    front. Down payments are rounded up to ``round_to``.
    """
    if isinstance(amount, bool) or not isinstance(amount, (int, Decimal)) or amount <= 0:
        raise CreditError("the amount must be more than 0")
    a = assessment
    reasons: list[Reason] = []
    if a.stop_credit:
        reasons.append(Reason("check_stopped", stop=True))
        reasons.extend(r for r in a.reasons if r.stop)
        return CreditCheck(a, amount, "no", amount, tuple(reasons))
    room = a.headroom
    need: Amount = 0
    limit_params = (
        ("limit", format_rupiah(a.credit_limit)),
        ("outstanding", format_rupiah(a.outstanding)),
        ("room", format_rupiah(room)),
    )
    if amount > room:
        need = amount - room
        reasons.append(Reason("check_over_limit", limit_params))
    else:
        reasons.append(Reason("check_within_limit", limit_params))
    half = _round_up(Fraction(amount) / 2, round_to)
    if a.overdue > 0:
        need = max(need, half)
        reasons.append(Reason("check_overdue", (("amount", format_rupiah(a.overdue)),)))
    elif a.grade in ("C", "D"):
        need = max(need, half)
        reasons.append(Reason("check_grade", (("grade", a.grade),)))
    need = min(_round_up(need, round_to), amount) if need > 0 else 0
    if need >= amount:
        reasons.append(Reason("check_no_room"))
        return CreditCheck(a, amount, "no", amount, tuple(reasons))
    if need > 0:
        return CreditCheck(a, amount, "down_payment", need, tuple(reasons))
    return CreditCheck(a, amount, "yes", 0, tuple(reasons))


# The owner's overrides, kept as one setting.


def overrides_from_setting(raw: object) -> dict[CustomerKey, Override]:
    """The ``credit_overrides`` setting read back; anything malformed is left out."""
    found: dict[CustomerKey, Override] = {}
    if not isinstance(raw, Mapping):
        return found
    for key, value in raw.items():
        if not isinstance(value, Mapping):
            continue
        limit = value.get("credit_limit")
        stop = value.get("stop_credit")
        try:
            amount = normalise(Decimal(str(limit))) if limit is not None else None
        except ArithmeticError:
            amount = None
        if amount is not None and amount < 0:
            amount = None
        override = Override(amount, stop if isinstance(stop, bool) else None)
        if not override.is_empty:
            found[customer_key(str(key))] = override
    return found


def overrides_to_setting(overrides: Mapping[CustomerKey, Override]) -> dict[str, dict[str, Any]]:
    """The value to save as the ``credit_overrides`` setting (amounts as exact text)."""
    return {
        str(key): {
            "credit_limit": None if o.credit_limit is None else str(o.credit_limit),
            "stop_credit": o.stop_credit,
        }
        for key, o in sorted(overrides.items())
        if not o.is_empty
    }


def save_override(store: Store, key: CustomerKey, override: Override, *, by: Viewer) -> None:
    """Record the owner's decision for one customer (an empty one clears it); only the owner
    may (``AccessDenied`` otherwise)."""
    require(by, "credit_override")
    overrides = overrides_from_setting(store.get_setting(OVERRIDES_SETTING, {}))
    overrides[key] = override
    store.set_setting(OVERRIDES_SETTING, overrides_to_setting(overrides))


# From what the owner recorded.


def broken_promises_from(
    events: Iterable[Event], ledger: Ledger, as_of: date
) -> dict[CustomerKey, int]:
    """Broken promises per customer: the promises to pay logged as contacts (``core.history``)
    whose date passed without the promised amount arriving."""
    counts: dict[CustomerKey, int] = {}
    for promise in promises(events, ledger, as_of):
        if promise.status == "broken":
            counts[promise.customer_key] = counts.get(promise.customer_key, 0) + 1
    return counts


def assess_saved(
    store: Store,
    ledger: Ledger,
    as_of: date,
    *,
    broken_promises: Mapping[CustomerKey, int] | None = None,
    customer: str | None = None,
) -> list[Assessment]:
    """``assess`` with what the Store holds: agreements' missed instalments, broken promises
    (from contact events unless given), and the owner's overrides; of one customer if given."""
    missed = missed_instalments(load_agreements(store), ledger, as_of)
    broken = (
        broken_promises
        if broken_promises is not None
        else broken_promises_from(store.events("contact"), ledger, as_of)
    )
    keys = set(missed) | set(broken)
    histories = {key: CustomerHistory(broken.get(key, 0), missed.get(key, 0)) for key in keys}
    overrides = overrides_from_setting(store.get_setting(OVERRIDES_SETTING, {}))
    found = assess(ledger, as_of, histories, overrides)
    if customer is not None:
        key = customer_key(customer)
        found = [a for a in found if a.customer == key]
    return found


def credit_text(assessments: Sequence[Assessment], lang: Lang = "id") -> str:
    """The grades as plain lines, for ``python -m core credit`` without ``--json``."""
    lines: list[str] = []
    for a in assessments:
        head = t(
            "credit.line",
            lang,
            name=a.name,
            grade=a.grade_label(lang),
            score=a.score,
            limit=format_rupiah(a.credit_limit),
        )
        if a.stop_credit:
            head += " · " + t("credit.stop", lang)
        lines.append(head)
        lines.extend(f"  - {text}" for text in a.reason_texts(lang))
    return "\n".join(lines)
