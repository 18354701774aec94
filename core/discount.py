"""The settlement discount (step 9 of the playbook): the largest discount that still earns a profit.

The letters used throughout, per invoice or summed over a customer's invoices:

- ``A`` the selling amount, ``P`` what was already paid, ``C`` the cost of the goods (HPP);
- ``B = A − P`` the balance, ``D`` the discount off it, ``X = B − D`` what the customer pays now;
- received ``A − D = P + X``, profit ``A − D − C``, margin = profit ÷ received.

The floors, each an inequality that only gets easier as ``X`` grows, so the safe pay-now values
are exactly ``X ≥ need``:

- profit ≥ ``min_profit`` rupiah; when the owner sets no rupiah floor, profit ≥ Rp 1 (the owner
  must still earn a little, also when only a margin floor is set);
- profit ≥ ``min_margin`` % of what is received: ``(P + X)(1 − m) ≥ C``.

With rounding ``R``, ``X`` is rounded *up* to a multiple of ``R`` (or is the whole balance), so
the floors still hold. Everything is exact: amounts stay ``int`` rupiah (``Decimal`` only when
the ledger has sen), and the divisions a percentage forces are done in ``Fraction``, rounded
at the end in the owner's favour. No float ever touches an amount; the only floats are display
values (a margin rounded down to two decimals for JSON, chart coordinates).

"Worth it?" compares the offer with waiting: the expected value today of the balance collected
after ``months`` months, when money costs ``capital`` % a month (simple, not compound, interest:
the way an owner reckons it, and exact) and the balance is never paid with the given chance.
The break-even discount makes the offer worth exactly that; the recommendation is the smaller of
it and the largest safe discount.

Offers the owner makes are saved as store events of kind ``"offer"`` (the record,
``core.events.Offer``); ``active_offers`` says which are still open on a date (not expired,
not cancelled, not yet paid).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from fractions import Fraction
from typing import Any, Final, Literal

from core.access import Viewer, require
from core.aging import days_late, past_due
from core.events import Offer, rewrite
from core.i18n import CodeKeys, Lang, t
from core.ledger import CustomerKey, Invoice, Ledger, customer_key, invoice_key, invoice_label
from core.money import Amount, AmountError, format_rupiah, normalise, parse_amount
from core.store import Event, Store

OFFER_KIND: Final = Offer.KIND
ROUNDING_CHOICES: Final[tuple[int, ...]] = (1, 1_000, 5_000, 10_000, 50_000, 100_000)
# Days late (up to and including) → allowance %, after the loss allowances Indonesian banks
# keep per collectibility grade (kolektibilitas: lancar, dalam perhatian khusus, kurang
# lancar, diragukan; beyond 180 days macet). A familiar yardstick, not a prediction.
LATENESS_ALLOWANCE: Final[tuple[tuple[int, int], ...]] = ((0, 1), (90, 5), (120, 15), (180, 50))
BEYOND_ALLOWANCE: Final = 100
MAX_SUGGESTED_NEVER_PAID: Final = 90  # never certain: the owner can still collect something
# The page's starting values until the owner saves their own (setting "discount").
DEFAULT_SETTINGS: Final[dict[str, Any]] = {
    "margin_pct": 20,
    "min_profit": "",
    "min_margin_pct": 5,
    "rounding": 1_000,
    "capital_pct": 2,
    "wait_months": 3,
    "never_paid_pct": 10,
    "valid_days": 7,
}

Reason = Literal[
    "nothing_owed",
    "whole_balance",
    "min_profit",
    "min_margin",
    "profit_one",
    "no_room",
    "rounding",
    "infeasible_profit",
    "infeasible_margin",
    "infeasible_loss",
]
Binding = Literal["min_profit", "min_margin", "profit_one"]
AdviceCase = Literal["infeasible", "nothing_owed", "no_room", "wait", "floor", "break_even"]
OfferStatus = Literal["open", "paid", "expired", "cancelled"]
OFFER_STATUS_KEYS: Final = CodeKeys[OfferStatus](
    OfferStatus,
    {
        "open": "discount.status.open",
        "paid": "discount.status.paid",
        "expired": "discount.status.expired",
        "cancelled": "discount.status.cancelled",
    },
)
# The figures an error can be about, and why the figures make no sense.
DiscountField = Literal[
    "amount", "paid", "cost", "min_profit", "min_margin", "margin", "capital", "months",
    "rounding", "discount",
]  # fmt: skip
DiscountProblem = Literal[
    "not_number", "negative", "paid_above", "margin_range", "rounding", "never_range",
    "offer_too_big", "valid_until",
]  # fmt: skip
FIELD_KEYS: Final = CodeKeys[DiscountField](
    DiscountField,
    {
        "amount": "discount.field.amount",
        "paid": "discount.field.paid",
        "cost": "discount.field.cost",
        "min_profit": "discount.field.min_profit",
        "min_margin": "discount.field.min_margin",
        "margin": "discount.field.margin",
        "capital": "discount.field.capital",
        "months": "discount.field.months",
        "rounding": "discount.field.rounding",
        "discount": "discount.field.discount",
    },
)
ERROR_KEYS: Final = CodeKeys[DiscountProblem](
    DiscountProblem,
    {
        "not_number": "discount.error.not_number",
        "negative": "discount.error.negative",
        "paid_above": "discount.error.paid_above",
        "margin_range": "discount.error.margin_range",
        "rounding": "discount.error.rounding",
        "never_range": "discount.error.never_range",
        "offer_too_big": "discount.error.offer_too_big",
        "valid_until": "discount.error.valid_until",
    },
)
REASON_KEYS: Final = CodeKeys[Reason](
    Reason,
    {
        "nothing_owed": "discount.reason.nothing_owed",
        "whole_balance": "discount.reason.whole_balance",
        "min_profit": "discount.reason.min_profit",
        "min_margin": "discount.reason.min_margin",
        "profit_one": "discount.reason.profit_one",
        "no_room": "discount.reason.no_room",
        "rounding": "discount.reason.rounding",
        "infeasible_profit": "discount.reason.infeasible_profit",
        "infeasible_margin": "discount.reason.infeasible_margin",
        "infeasible_loss": "discount.reason.infeasible_loss",
    },
)
ADVICE_KEYS: Final = CodeKeys[AdviceCase](
    AdviceCase,
    {
        "infeasible": "discount.advice.infeasible",
        "nothing_owed": "discount.advice.nothing_owed",
        "no_room": "discount.advice.no_room",
        "wait": "discount.advice.wait",
        "floor": "discount.advice.floor",
        "break_even": "discount.advice.break_even",
    },
)


_MISSED: Final[dict[Binding, Reason]] = {
    "min_profit": "infeasible_profit",
    "min_margin": "infeasible_margin",
    "profit_one": "infeasible_loss",
}


class DiscountError(ValueError):
    """Figures or settings that make no sense (a negative amount, a margin of 100 %)."""

    def __init__(
        self, code: DiscountProblem, *, what: DiscountField | None = None, **params: object
    ) -> None:
        super().__init__(f"{code}: {what} {params}")
        self.code: DiscountProblem = code
        self.what = what
        self.params = params

    def message(self, lang: Lang = "id") -> str:
        params = dict(self.params)
        if self.what is not None:
            params["what"] = t(FIELD_KEYS[self.what], lang)
        return t(ERROR_KEYS[self.code], lang, **params)


# Small exact helpers.


def _ceil_to(value: Fraction, step: int) -> int:
    """The smallest multiple of ``step`` that is ≥ ``value``.

    >>> _ceil_to(Fraction(1001), 1000), _ceil_to(Fraction(-5), 1000), _ceil_to(Fraction(7, 2), 1)
    (2000, 0, 4)
    """
    return -((-value) // step) * step


def _exact(value: Amount | Decimal) -> Fraction:
    return Fraction(value)


def _amount(value: Amount) -> Amount:
    return normalise(value) if isinstance(value, Decimal) else value


def percent(value: object, what: DiscountField = "margin") -> Decimal:
    """A percentage as an exact ``Decimal``: from an int, a ``Decimal``, or text such as "12,5%".

    Floats (a slider's value) go through their shortest text, so 0.1 stays 0.1.

    >>> percent("12,5%"), percent(20), percent(2.5)
    (Decimal('12.5'), Decimal('20'), Decimal('2.5'))
    """
    if isinstance(value, bool):
        raise DiscountError("not_number", what=what, value=value)
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int | float):
        number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    elif isinstance(value, str):
        text = value.strip().removesuffix("%").strip().replace(",", ".")
        try:
            number = Decimal(text)
        except ArithmeticError as exc:
            raise DiscountError("not_number", what=what, value=value) from exc
    else:
        raise DiscountError("not_number", what=what, value=value)
    if not number.is_finite():
        raise DiscountError("not_number", what=what, value=value)
    return number


def format_percent(
    value: Fraction | Decimal | int, lang: Lang = "id", *, places: int = 1, down: bool = False
) -> str:
    """A percentage as the owner reads it: '12,5%' (Indonesian comma), trailing zeros dropped.

    ``down`` rounds toward minus infinity: a margin is never shown higher than it is.

    >>> format_percent(Fraction(25, 2)), format_percent(20, "en"), format_percent(Fraction(2, 3))
    ('12,5%', '20%', '0,7%')
    >>> format_percent(Fraction(199, 20), places=1, down=True)
    '9,9%'
    """
    exact = Fraction(value)
    number = Decimal(exact.numerator) / Decimal(exact.denominator)
    rounded = number.quantize(Decimal(1).scaleb(-places), ROUND_FLOOR if down else ROUND_HALF_UP)
    text = f"{rounded:f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return (text.replace(".", ",") if lang == "id" else text) + "%"


def _number(value: Decimal, lang: Lang) -> str:
    text = f"{value.normalize():f}"
    return text.replace(".", ",") if lang == "id" else text


def format_number(value: Decimal, lang: Lang = "id") -> str:
    """A plain number as the owner reads it, trailing zeros dropped.

    >>> format_number(Decimal("1.50")), format_number(Decimal("3.0"), "en")
    ('1,5', '3')
    """
    return _number(value, lang)


# What is being settled.


@dataclass(frozen=True, slots=True)
class Line:
    """One invoice in the calculation; ``cost`` is its HPP, ``None`` when the ledger has none."""

    number: str
    amount: Amount
    paid: Amount
    cost: Amount | None = None
    due_date: date | None = None
    # An opening balance (saldo awal): named so where it has no number (``label``).
    opening: bool = False

    @property
    def balance(self) -> Amount:
        rest = self.amount - self.paid
        return rest if rest > 0 else 0

    def label(self, lang: Lang = "id", blank: str = "-") -> str:
        """Its number, "Saldo awal" for an opening balance without one (``invoice_label``)."""
        return invoice_label(self.number, "opening" if self.opening else "column", lang, blank)


def lines_of(invoices: Iterable[Invoice]) -> list[Line]:
    """The open invoices as calculation lines, oldest due date first."""
    lines = [
        Line(
            inv.number,
            inv.amount,
            min(inv.paid, inv.amount),
            inv.cost,
            inv.due_date,
            opening=inv.due_source == "opening",
        )
        for inv in invoices
        if inv.outstanding > 0
    ]
    return sorted(lines, key=lambda line: (line.due_date or date.min, line.number))


def cost_from_margin(amount: Amount, margin_pct: Decimal | int) -> int:
    """The cost of goods from a gross margin: ``A × (1 − margin)``, rounded **up** to a rupiah.

    Up, because a cost rounded down would show the owner a rosier profit than the true one,
    and the discount built on it could cut into the real floor.

    >>> cost_from_margin(1_000_000, 20), cost_from_margin(999, Decimal("12.5"))
    (800000, 875)
    """
    margin = percent(margin_pct)
    if not 0 <= margin < 100:
        raise DiscountError("margin_range", what="margin", value=margin)
    if amount < 0:
        raise DiscountError("negative", what="amount", value=format_rupiah(amount))
    return math.ceil(_exact(amount) * (100 - _exact(margin)) / 100)


@dataclass(frozen=True, slots=True)
class Figures:
    """Sold ``amount``, already ``paid`` and ``cost`` (HPP), summed over ``invoices``.

    ``from_margin`` counts the invoices whose cost came from ``margin_pct`` (no HPP in the
    ledger); ``from_ledger`` those whose HPP the ledger (or the owner) gave.
    """

    amount: Amount
    paid: Amount
    cost: Amount
    invoices: tuple[str, ...] = ()
    from_margin: int = 0
    from_ledger: int = 0
    margin_pct: Decimal | None = None

    @property
    def balance(self) -> Amount:
        return _amount(self.amount - self.paid)


def combine(lines: Sequence[Line], margin_pct: Decimal | int) -> Figures:
    """One customer's (or one invoice's) figures: A, P and C summed over the lines.

    A line without HPP costs ``cost_from_margin(amount, margin_pct)``. A line paid more than
    its amount counts as paid in full (its balance is 0), as everywhere in Tagih.
    """
    amount: Amount = 0
    paid: Amount = 0
    cost: Amount = 0
    from_margin = from_ledger = 0
    for line in lines:
        amount += line.amount
        paid += min(line.paid, line.amount)
        if line.cost is None:
            cost += cost_from_margin(line.amount, margin_pct)
            from_margin += 1
        else:
            cost += line.cost
            from_ledger += 1
    return Figures(
        _amount(amount),
        _amount(paid),
        _amount(cost),
        tuple(line.number for line in lines),
        from_margin,
        from_ledger,
        percent(margin_pct) if from_margin else None,
    )


@dataclass(frozen=True, slots=True)
class Floors:
    """The least the owner will accept: a profit in rupiah and/or a margin of what is received.

    With neither set, profit ≥ Rp 1. The Rp 1 floor also stands under a margin floor alone;
    a rupiah floor the owner sets (even 0) replaces it.
    """

    min_profit: Amount | None = None
    min_margin_pct: Decimal | None = None

    @property
    def profit_floor(self) -> Amount:
        return self.min_profit if self.min_profit is not None else 1


def _check(figures: Figures, floors: Floors, rounding: int) -> None:
    checked: tuple[tuple[DiscountField, Amount], ...] = (
        ("amount", figures.amount), ("paid", figures.paid), ("cost", figures.cost)
    )  # fmt: skip
    for what, value in checked:
        if isinstance(value, Decimal) and not value.is_finite():
            raise DiscountError("not_number", what=what, value=value)
        if value < 0:
            raise DiscountError("negative", what=what, value=format_rupiah(value))
    if figures.paid > figures.amount:
        raise DiscountError(
            "paid_above", paid=format_rupiah(figures.paid), amount=format_rupiah(figures.amount)
        )
    if floors.min_profit is not None and floors.min_profit < 0:
        raise DiscountError("negative", what="min_profit", value=format_rupiah(floors.min_profit))
    margin = floors.min_margin_pct
    if margin is not None and not (margin.is_finite() and 0 <= margin < 100):
        raise DiscountError("margin_range", what="min_margin", value=margin)
    if isinstance(rounding, bool) or not isinstance(rounding, int) or rounding < 1:
        raise DiscountError("rounding", value=rounding)


@dataclass(frozen=True, slots=True)
class Discount:
    """The largest safe discount; ``need`` is the exact least pay-now before rounding."""

    figures: Figures
    floors: Floors
    rounding: int
    max_discount: Amount
    pay_now: Amount
    need: Fraction
    binding: Binding
    feasible: bool
    reason: Reason

    @property
    def balance(self) -> Amount:
        return self.figures.balance

    @property
    def received(self) -> Amount:
        """What the owner ends up receiving for these goods: ``A − D``."""
        return _amount(self.figures.amount - self.max_discount)

    @property
    def profit(self) -> Amount:
        return _amount(self.received - self.figures.cost)

    @property
    def margin(self) -> Fraction | None:
        """Profit ÷ received, exact; ``None`` when nothing is received."""
        received = _exact(self.received)
        return _exact(self.profit) / received if received else None

    @property
    def full_profit(self) -> Amount:
        return _amount(self.figures.amount - self.figures.cost)

    @property
    def share(self) -> Fraction:
        """The discount as a share of the balance (0 when nothing is owed)."""
        balance = _exact(self.balance)
        return _exact(self.max_discount) / balance if balance else Fraction(0)

    def share_shown(self, lang: Lang = "id") -> str:
        """The discount's share of the balance as shown, rounded *down* to two decimals: the
        percentage shown, typed back as the owner's own discount, is always safe."""
        return format_percent(self.share * 100, lang, places=2, down=True)

    def margin_pct(self) -> float | None:
        """Margin in percent rounded *down* to two decimals, a display value (JSON, CLI)."""
        if self.margin is None:
            return None
        exact = self.margin * 100
        value = (Decimal(exact.numerator) / Decimal(exact.denominator)).quantize(
            Decimal("0.01"), ROUND_FLOOR
        )
        return float(value)

    def reason_text(self, lang: Lang = "id") -> str:
        return t(REASON_KEYS[self.reason], lang, **_reason_params(self, lang))

    def as_json(self, lang: Lang = "id") -> dict[str, object]:
        """The pinned object of ``python -m core discount --json``."""
        return {
            "max_discount": _json_amount(self.max_discount),
            "pay_now": _json_amount(self.pay_now),
            "profit": _json_amount(self.profit),
            "margin_pct": self.margin_pct(),
            "feasible": self.feasible,
            "reason": self.reason_text(lang),
        }


def _json_amount(amount: Amount) -> int | float:
    # Sen only: JSON has no decimal type, and a two-decimal float prints exactly.
    return amount if isinstance(amount, int) else float(amount)


def _reason_params(result: Discount, lang: Lang) -> dict[str, object]:
    margin = result.floors.min_margin_pct
    full = result.figures.amount
    full_margin = (
        _exact(result.full_profit) / _exact(full) * 100 if full else Fraction(0)
    )  # at full payment
    return {
        "floor": format_rupiah(result.floors.profit_floor),
        "margin": format_percent(margin or 0, lang),
        "rounding": format_rupiah(result.rounding),
        "profit": format_rupiah(result.full_profit),
        "full_margin": format_percent(full_margin, lang, down=True),
        "cost": format_rupiah(result.figures.cost),
        "amount": format_rupiah(full),
    }


def largest_discount(figures: Figures, floors: Floors = Floors(), rounding: int = 1) -> Discount:
    """The largest discount off the balance that keeps every floor, pay-now rounded up to ``R``.

    ``DiscountError`` for figures that make no sense. When even full payment misses a floor
    (cost above price, a floor set too high), the discount is 0, ``feasible`` is false and
    ``reason`` names the floor.
    """
    _check(figures, floors, rounding)
    balance = figures.balance
    cost, paid = _exact(figures.cost), _exact(figures.paid)
    binding: Binding = "min_profit" if floors.min_profit is not None else "profit_one"
    need = cost + _exact(floors.profit_floor) - paid
    if floors.min_margin_pct is not None:
        by_margin = cost * 100 / (100 - _exact(floors.min_margin_pct)) - paid
        if by_margin > need:
            need, binding = by_margin, "min_margin"
    reason: Reason
    if need > _exact(balance):
        pay_now: Amount = balance
        feasible = False
        reason = _MISSED[binding]
    else:
        feasible = True
        rounded = max(0, _ceil_to(need, rounding))
        if balance == 0:
            pay_now, reason = balance, "nothing_owed"
        elif rounded >= balance:
            pay_now, reason = balance, "no_room" if need == _exact(balance) else "rounding"
        elif rounded == 0:
            pay_now, reason = 0, "whole_balance"
        else:
            pay_now, reason = rounded, binding
    return Discount(
        figures=figures,
        floors=floors,
        rounding=rounding,
        max_discount=_amount(balance - pay_now),
        pay_now=_amount(pay_now),
        need=need,
        binding=binding,
        feasible=feasible,
        reason=reason,
    )


def floors_hold(figures: Figures, floors: Floors, discount: Amount) -> bool:
    """Whether a discount keeps every floor (the plain definition, for checks and the page)."""
    received = _exact(figures.amount) - _exact(discount)
    profit = received - _exact(figures.cost)
    if profit < _exact(floors.profit_floor):
        return False
    margin = floors.min_margin_pct
    return margin is None or profit * 100 >= _exact(margin) * received


OwnVerdict = Literal["safe", "rounding", "below_floor", "no_profit"]


@dataclass(frozen=True, slots=True)
class OwnDiscount:
    """A discount the owner typed as a percentage of the balance, judged against the floors.

    ``discount`` is ``pct`` of the balance rounded half up to a whole rupiah (never more than
    the balance). ``safe`` keeps every floor and is no larger than the largest safe discount;
    ``rounding`` keeps the floors but is above that discount, whose pay-now is rounded up to
    the owner's step; ``below_floor`` still earns a profit, but less than the owner's floor;
    ``no_profit`` loses money, or earns nothing where the floor asks for more. Only a safe one
    may be offered.
    """

    pct: Decimal
    discount: Amount
    pay_now: Amount
    profit: Amount
    verdict: OwnVerdict
    largest: Discount

    @property
    def safe(self) -> bool:
        return self.verdict == "safe"

    def sentence(self, lang: Lang = "id") -> str:
        """What the typed discount means, and whether it is safe, in one or two sentences."""
        params = {
            "pct": format_percent(self.pct, lang, places=2),
            "discount": format_rupiah(self.discount),
            "pay_now": format_rupiah(self.pay_now),
            "profit": format_rupiah(self.profit),
            "loss": format_rupiah(-self.profit),
            "max": format_rupiah(self.largest.max_discount),
            "max_pct": self.largest.share_shown(lang),
        }
        key = {
            "safe": "discount.own.safe",
            "rounding": "discount.own.rounding",
            "below_floor": "discount.own.below_floor",
            "no_profit": "discount.own.loss" if self.profit < 0 else "discount.own.zero",
        }[self.verdict]
        return t(key, lang, **params)


def own_discount(result: Discount, pct: Decimal) -> OwnDiscount:
    """The owner's own discount of ``pct`` % off the balance, judged (see ``OwnDiscount``).

    >>> r = largest_discount(Figures(1_000_000, 0, 800_000), Floors(), 1)
    >>> [(o.discount, o.verdict) for o in (own_discount(r, Decimal(p)) for p in (10, 20, 25))]
    [(100000, 'safe'), (200000, 'no_profit'), (250000, 'no_profit')]
    """
    if not (pct.is_finite() and 0 <= pct <= 100):
        raise DiscountError("margin_range", what="discount", value=pct)
    balance = _exact(result.balance)
    cut = min(balance, balance * _exact(pct) / 100)
    discount = _amount(math.floor(cut + Fraction(1, 2)))
    figures = result.figures
    profit = _amount(figures.amount - discount - figures.cost)
    verdict: OwnVerdict
    holds = floors_hold(figures, result.floors, discount)
    if profit < 0 or (profit == 0 and not holds):
        verdict = "no_profit"  # a zero profit only where the owner set a floor of Rp 0
    elif not holds:
        verdict = "below_floor"
    elif discount > result.max_discount:
        verdict = "rounding"
    else:
        verdict = "safe"
    return OwnDiscount(pct, discount, _amount(result.balance - discount), profit, verdict, result)


# Figures typed as text (the command line, the page's fields).


def read_money(text: str | None, what: DiscountField) -> Amount:
    """An amount typed as text: "1250000", "Rp 1.250.000", "1,25 jt" (``core.money`` rules).

    ``DiscountError`` for text that is no amount, an empty text, or a negative amount.

    >>> read_money("Rp 1.250.000", "amount")
    1250000
    """
    try:
        value = parse_amount(text)
    except AmountError as exc:
        raise DiscountError("not_number", what=what, value=text) from exc
    if value is None:
        raise DiscountError("not_number", what=what, value=text or "")
    if value < 0:
        raise DiscountError("negative", what=what, value=format_rupiah(value))
    return value


def read_rounding(text: str | None) -> int:
    """A rounding step in whole rupiah, at least 1 ("50.000" is fifty thousand)."""
    value = read_money(text, "rounding")
    if not isinstance(value, int) or value < 1:
        raise DiscountError("rounding", value=text)
    return value


def discount_from_text(
    amount: str,
    cost: str,
    *,
    paid: str | None = None,
    min_profit: str | None = None,
    min_margin: str | None = None,
    rounding: str | None = None,
) -> Discount:
    """``largest_discount`` for figures typed as text, as ``python -m core discount`` takes them."""
    figures = Figures(
        read_money(amount, "amount"),
        read_money(paid, "paid") if paid is not None else 0,
        read_money(cost, "cost"),
    )
    margin = percent(min_margin, "min_margin") if min_margin is not None else None
    floors = Floors(
        read_money(min_profit, "min_profit") if min_profit is not None else None, margin
    )
    return largest_discount(figures, floors, read_rounding(rounding) if rounding else 1)


def discount_text(result: Discount, lang: Lang = "id") -> str:
    """The answer as a few readable lines (the command line without ``--json``)."""
    margin = result.margin
    rows = [
        (t("discount.m.balance", lang), format_rupiah(result.balance)),
        (
            t("discount.m.max", lang),
            f"{format_rupiah(result.max_discount)} ({result.share_shown(lang)})",
        ),
        (t("discount.m.pay_now", lang), format_rupiah(result.pay_now)),
        (t("discount.m.profit", lang), format_rupiah(result.profit)),
        (
            t("discount.m.margin", lang),
            format_percent(margin * 100, lang, places=2, down=True) if margin is not None else "-",
        ),
    ]
    width = max(len(label) for label, _ in rows) + 2
    lines = [f"{label:<{width}}{value}" for label, value in rows]
    return "\n".join([*lines, result.reason_text(lang)])


# Worth it?


@dataclass(frozen=True, slots=True)
class Waiting:
    """The owner's view of waiting: cost of capital % a month, months, chance never paid %."""

    capital_pct: Decimal
    months: Decimal
    never_paid_pct: Decimal

    def check(self) -> None:
        checked: tuple[tuple[DiscountField, Decimal], ...] = (
            ("capital", self.capital_pct), ("months", self.months)
        )  # fmt: skip
        for what, value in checked:
            if not value.is_finite() or value < 0:
                raise DiscountError("negative", what=what, value=value)
        if not (self.never_paid_pct.is_finite() and 0 <= self.never_paid_pct <= 100):
            raise DiscountError("never_range", value=self.never_paid_pct)


@dataclass(frozen=True, slots=True)
class Advice:
    """Is an offer worth more than waiting, and which discount to offer.

    ``wait_value`` is the balance's expected value today, rounded **up** to a rupiah, so the
    break-even discount (balance − wait value) is never overstated. The recommendation is the
    smaller of the largest safe discount and the break-even one, pay-now rounded up to ``R``.
    """

    discount: Discount
    waiting: Waiting
    wait_value_exact: Fraction
    wait_value: int
    break_even: Amount
    recommended: Amount
    recommended_pay_now: Amount
    case: AdviceCase

    @property
    def recommended_profit(self) -> Amount:
        figures = self.discount.figures
        return _amount(figures.amount - self.recommended - figures.cost)

    def paragraph(self, lang: Lang = "id") -> str:
        """The reasoning in one plain paragraph, as the owner would tell a partner."""
        result = self.discount
        params: dict[str, object] = {
            "balance": format_rupiah(result.balance),
            "months": _number(self.waiting.months, lang),
            "capital": format_percent(self.waiting.capital_pct, lang, places=2),
            "never": format_percent(self.waiting.never_paid_pct, lang, places=2),
            "wait_value": format_rupiah(self.wait_value),
            "break_even": format_rupiah(self.break_even),
            "safe": format_rupiah(result.max_discount),
            "recommended": format_rupiah(self.recommended),
            "pay_now": format_rupiah(self.recommended_pay_now),
            "profit": format_rupiah(self.recommended_profit),
            "why": result.reason_text(lang),
        }
        waiting = t("discount.advice.waiting", lang, **params)
        if self.case in ("infeasible", "nothing_owed", "no_room"):
            return t(ADVICE_KEYS[self.case], lang, **params)
        return f"{waiting} {t(ADVICE_KEYS[self.case], lang, **params)}"


def advise(result: Discount, waiting: Waiting) -> Advice:
    """Compare the offer with waiting: expected value, break-even discount, recommendation."""
    waiting.check()
    balance = result.balance
    keep = 1 - _exact(waiting.never_paid_pct) / 100
    growth = 1 + _exact(waiting.capital_pct) / 100 * _exact(waiting.months)
    exact = _exact(balance) * keep / growth
    wait_value = math.ceil(exact)
    break_even = _amount(max(balance - wait_value, 0))
    case: AdviceCase
    if not result.feasible:
        pay_now, case = balance, "infeasible"
    elif balance == 0:
        pay_now, case = balance, "nothing_owed"
    elif result.max_discount == 0:
        pay_now, case = balance, "no_room"
    else:
        pay_now = min(balance, max(result.pay_now, _ceil_to(exact, result.rounding)))
        if pay_now == balance:
            case = "wait"
        elif pay_now == result.pay_now:
            case = "floor"
        else:
            case = "break_even"
    return Advice(
        discount=result,
        waiting=waiting,
        wait_value_exact=exact,
        wait_value=wait_value,
        break_even=break_even,
        recommended=_amount(balance - pay_now),
        recommended_pay_now=_amount(pay_now),
        case=case,
    )


@dataclass(frozen=True, slots=True)
class RiskHint:
    """A suggested chance that a customer never pays, and the two facts it comes from.

    ``table_pct``: the allowance for how late their open invoices are (``LATENESS_ALLOWANCE``),
    weighted by balance, to one decimal as shown. ``paid_share``: of the money on their
    invoices that fell due, the share paid (``None`` when nothing fell due yet); ``share_pct``
    that share in whole percent, rounded down, as shown. The suggestion is ``table_pct ×
    (150% − share_pct)`` (``product``): a customer who paid half of what fell due keeps the
    table's rate, one who paid all of it halves it, one who paid nothing raises it by half.
    Rounded up to a whole percent and capped at ``MAX_SUGGESTED_NEVER_PAID``. The working is
    done on the figures as shown, so the sentence that shows it gives the number it names.
    """

    pct: int
    table_pct: Fraction
    paid_share: Fraction | None
    weighted_days_late: int
    share_pct: int | None = None
    product: Fraction = Fraction(0)

    def explain(self, lang: Lang = "id") -> str:
        params = {
            "days": self.weighted_days_late,
            "table": format_percent(self.table_pct, lang),
            "pct": format_percent(self.pct, lang),
            "product": format_percent(self.product, lang, places=3),
        }
        if self.share_pct is None:
            return t("discount.risk.no_history", lang, **params)
        share = format_percent(self.share_pct, lang, places=0)
        return t("discount.risk.explain", lang, share=share, **params)


def allowance_pct(days: int) -> int:
    """The allowance % for an invoice this many days past due.

    >>> [allowance_pct(d) for d in (-3, 0, 1, 90, 91, 121, 181)]
    [1, 1, 5, 5, 15, 50, 100]
    """
    for upto, pct in LATENESS_ALLOWANCE:
        if days <= upto:
            return pct
    return BEYOND_ALLOWANCE


def suggest_never_paid(invoices: Iterable[Invoice], as_of: date) -> RiskHint:
    """The chance (whole %) that a customer never pays, from their invoices (see ``RiskHint``)."""
    open_total = Fraction(0)
    weighted_rate = Fraction(0)
    weighted_days = Fraction(0)
    due_amount = Fraction(0)
    due_paid = Fraction(0)
    for inv in invoices:
        late = days_late(inv, as_of)
        rest = _exact(inv.outstanding)
        if rest:
            open_total += rest
            weighted_rate += rest * allowance_pct(late)
            weighted_days += rest * max(late, 0)
        if past_due(inv, as_of) and inv.amount > 0:
            due_amount += _exact(inv.amount)
            due_paid += _exact(min(inv.paid, inv.amount))
    if not open_total:
        return RiskHint(0, Fraction(0), None, 0)
    # Worked on the figures as the owner reads them: the allowance to one decimal (half up),
    # the share paid in whole percent (down).
    table = Fraction(math.floor(weighted_rate / open_total * 10 + Fraction(1, 2)), 10)
    share = due_paid / due_amount if due_amount else None
    share_pct = math.floor(share * 100) if share is not None else None
    product = table * (150 - share_pct) / 100 if share_pct is not None else table
    pct = min(MAX_SUGGESTED_NEVER_PAID, math.ceil(product))
    return RiskHint(pct, table, share, round(weighted_days / open_total), share_pct, product)


# The arithmetic in words.


def steps(result: Discount, advice: Advice | None = None, lang: Lang = "id") -> list[str]:
    """The calculation step by step in plain words, as the owner would explain it to a partner."""
    f = result.figures
    rp = format_rupiah
    out: list[str] = []
    count = len(f.invoices)
    out.append(
        t(
            "discount.step.balance" if count <= 1 else "discount.step.balance_many",
            lang,
            n=count,
            amount=rp(f.amount),
            paid=rp(f.paid),
            balance=rp(f.balance),
        )
    )
    margin = f.margin_pct if f.margin_pct is not None else Decimal(0)
    cost_params = {
        "cost": rp(f.cost),
        "margin": format_percent(margin, lang, places=2),
        "keep": format_percent(100 - margin, lang, places=2),
        "amount": rp(f.amount),
        "k": f.from_ledger,
        "n": f.from_margin,
    }
    if f.from_margin and f.from_ledger:
        out.append(t("discount.step.cost_mixed", lang, **cost_params))
    elif f.from_margin:
        out.append(t("discount.step.cost_margin", lang, **cost_params))
    else:
        out.append(t("discount.step.cost_ledger", lang, **cost_params))
    full_margin = _exact(result.full_profit) / _exact(f.amount) * 100 if f.amount else 0
    out.append(
        t(
            "discount.step.full",
            lang,
            amount=rp(f.amount),
            cost=rp(f.cost),
            profit=rp(result.full_profit),
            margin=format_percent(full_margin, lang, down=True),
        )
    )
    floor = result.floors.profit_floor
    floor_key = "discount.step.floor_profit"
    if result.floors.min_profit is None:
        floor_key = "discount.step.floor_one"
    out.append(
        t(floor_key, lang, cost=rp(f.cost), floor=rp(floor), need=rp(_amount(f.cost + floor)))
    )
    if result.floors.min_margin_pct is not None:
        m = result.floors.min_margin_pct
        need_m = math.ceil(_exact(f.cost) * 100 / (100 - _exact(m)))
        out.append(
            t(
                "discount.step.floor_margin",
                lang,
                cost=rp(f.cost),
                margin=format_percent(m, lang, places=2),
                need=rp(need_m),
            )
        )
    if not result.feasible:
        out.append(t("discount.step.infeasible", lang, why=result.reason_text(lang)))
        return out + _advice_steps(advice, lang)
    need_x = math.ceil(result.need)
    if need_x <= 0:
        out.append(t("discount.step.need_none", lang, paid=rp(f.paid)))
    else:
        out.append(t("discount.step.need", lang, paid=rp(f.paid), need=rp(need_x)))
        if result.rounding > 1 and result.reason != "no_room":
            key = "discount.step.rounded"
            if result.reason == "rounding":
                key = "discount.step.rounded_over"
            out.append(
                t(
                    key,
                    lang,
                    rounding=rp(result.rounding),
                    pay_now=rp(result.pay_now),
                    balance=rp(result.balance),
                )
            )
    out.append(
        t(
            "discount.step.discount",
            lang,
            balance=rp(result.balance),
            pay_now=rp(result.pay_now),
            discount=rp(result.max_discount),
            share=result.share_shown(lang),
        )
    )
    out.append(
        t(
            "discount.step.profit",
            lang,
            received=rp(result.received),
            cost=rp(f.cost),
            profit=rp(result.profit),
            margin=format_percent(result.margin * 100, lang, down=True)
            if result.margin is not None
            else "-",
        )
    )
    return out + _advice_steps(advice, lang)


def _advice_steps(advice: Advice | None, lang: Lang) -> list[str]:
    if advice is None:
        return []
    result, waiting, rp = advice.discount, advice.waiting, format_rupiah
    return [
        t(
            "discount.step.wait",
            lang,
            balance=rp(result.balance),
            never=format_percent(waiting.never_paid_pct, lang, places=2),
            capital=format_percent(waiting.capital_pct, lang, places=2),
            months=_number(waiting.months, lang),
            wait_value=rp(advice.wait_value),
        ),
        t(
            "discount.step.break_even",
            lang,
            balance=rp(result.balance),
            wait_value=rp(advice.wait_value),
            break_even=rp(advice.break_even),
        ),
        t(
            "discount.step.recommend",
            lang,
            safe=rp(result.max_discount),
            break_even=rp(advice.break_even),
            recommended=rp(advice.recommended),
            pay_now=rp(advice.recommended_pay_now),
        ),
    ]


# Offers.


def make_offer(
    customer: str,
    advice_or_result: Advice | Discount,
    *,
    made_on: date,
    valid_until: date,
    discount: Amount | None = None,
    lang: Lang = "id",
) -> Offer:
    """An offer of ``discount`` (the recommendation by default) for the figures behind it.

    A discount above the largest safe one is refused (``DiscountError``): an offer never
    breaks the owner's floor.
    """
    result = advice_or_result.discount if isinstance(advice_or_result, Advice) else advice_or_result
    if discount is None:
        discount = (
            advice_or_result.recommended
            if isinstance(advice_or_result, Advice)
            else result.max_discount
        )
    if discount < 0 or discount > result.max_discount:
        raise DiscountError("offer_too_big", safe=format_rupiah(result.max_discount))
    if valid_until < made_on:
        raise DiscountError("valid_until", date=valid_until.isoformat())
    numbers = result.figures.invoices
    return Offer(
        customer_key=customer_key(customer),
        made_on=made_on,
        invoices=numbers if numbers and all(numbers) else (),
        amount_before=result.balance,
        discount=_amount(discount),
        pay_now=_amount(result.balance - discount),
        valid_until=valid_until,
        lang=lang,
    )


def offer_outstanding(offer: Offer, ledger: Ledger) -> Amount:
    """What is still owed now on the offer's invoices (the customer's whole balance if none)."""
    numbers = {invoice_key(n) for n in offer.invoices}
    total: Amount = 0
    for inv in ledger.invoices_of(offer.customer_key):
        if numbers and invoice_key(inv.number) not in numbers:
            continue
        total += inv.outstanding
    return _amount(total)


def offer_status(offer: Offer, ledger: Ledger, as_of: date) -> OfferStatus:
    """Cancelled; paid (the outstanding dropped to what the offer waives); expired; or open."""
    if offer.status == "cancelled":
        return "cancelled"
    if offer_outstanding(offer, ledger) <= offer.settled_at:
        return "paid"
    if as_of > offer.valid_until:
        return "expired"
    return "open"


@dataclass(frozen=True, slots=True)
class TrackedOffer:
    """An offer with where it stands on a date."""

    offer: Offer
    status: OfferStatus
    outstanding: Amount


def tracked_offers(
    store_events: Iterable[Event],
    ledger: Ledger,
    as_of: date,
    customer: CustomerKey | None = None,
) -> list[TrackedOffer]:
    """Every saved offer (of one customer when given) with its status, newest first."""
    found: list[TrackedOffer] = []
    for event in store_events:
        if event.kind != OFFER_KIND:
            continue
        if customer is not None and event.customer_key != customer:
            continue
        offer = Offer.from_event(event)
        found.append(
            TrackedOffer(
                offer, offer_status(offer, ledger, as_of), offer_outstanding(offer, ledger)
            )
        )
    found.sort(key=lambda item: (item.offer.made_on, item.offer.event_id or 0), reverse=True)
    return found


def active_offers(store_events: Iterable[Event], ledger: Ledger, as_of: date) -> list[Offer]:
    """The offers still open on ``as_of``: not cancelled, not expired, not yet paid.

    Soonest to expire first, for the daily list. ``store_events`` may hold events of any kind.
    """
    tracked = tracked_offers(store_events, ledger, as_of)
    live = [item.offer for item in tracked if item.status == "open"]
    return sorted(live, key=lambda offer: (offer.valid_until, offer.customer_key))


def cancel_offer(store: Store, offer: Offer, *, by: Viewer) -> None:
    """Cancel a saved offer; only the owner may (``AccessDenied`` otherwise)."""
    require(by, "cancel_offer", offer.customer_key)
    if offer.event_id is None:
        raise ValueError("the offer is not saved")
    rewrite(store, offer.event_id, replace(offer, status="cancelled"))
