"""The late fee (denda): computed per invoice, shown apart from the debt, never added to it.

A percentage per month charged pro rata by day after a grace period, or a fixed amount, with
an optional cap per invoice. Whole rupiah, rounded half up, computed with exact fractions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Any, Final, Literal

from core.aging import days_late
from core.ledger import Invoice

FeeKind = Literal["percent", "fixed", "none"]


@dataclass(frozen=True, slots=True)
class LateFeePolicy:
    """The owner's rule: ``percent`` per month (pro rata per day, 30-day month) or ``fixed``.

    Off (``none``) until the owner sets it: a fee may only be claimed when it was agreed with
    the customer, so nothing demands one the owner never chose.
    """

    kind: FeeKind = "none"
    grace_days: int = 7
    percent_per_month: Decimal = Decimal("2")
    fixed: int = 0
    cap: int | None = None

    @classmethod
    def from_setting(cls, raw: Mapping[str, Any] | None) -> LateFeePolicy:
        """From the settings JSON; anything missing or malformed keeps its default."""
        if not raw:
            return cls()
        base = cls()
        try:
            cap = raw.get("cap")
            return cls(
                kind=raw.get("kind", base.kind)
                if raw.get("kind") in ("percent", "fixed", "none")
                else base.kind,
                grace_days=max(0, int(raw.get("grace_days", base.grace_days))),
                percent_per_month=max(
                    Decimal(0), Decimal(str(raw.get("percent_per_month", base.percent_per_month)))
                ),
                fixed=max(0, int(raw.get("fixed", base.fixed))),
                cap=int(cap) if cap not in (None, "", 0) else None,
            )
        except (ValueError, TypeError, ArithmeticError):
            return base

    def as_setting(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "grace_days": self.grace_days,
            "percent_per_month": str(self.percent_per_month),
            "fixed": self.fixed,
            "cap": self.cap,
        }


def fee_days(invoice: Invoice, as_of: date, policy: LateFeePolicy) -> int:
    """Days the fee runs: days past due beyond the grace period (0 while within it)."""
    late = days_late(invoice, as_of)
    return max(0, late - policy.grace_days)


def late_fee(invoice: Invoice, as_of: date, policy: LateFeePolicy) -> int:
    """The fee owed on one invoice today, in whole rupiah.

    >>> from core.ledger import Source
    >>> due = date(2026, 1, 1)
    >>> inv = Invoice("F1", "A", None, due, "column", 1_000_000, 0, Source("f", "s", 2))
    >>> two = LateFeePolicy(kind="percent", grace_days=7)
    >>> late_fee(inv, date(2026, 2, 7), two)  # 30 days after grace, 2 %
    20000
    >>> late_fee(inv, date(2026, 1, 5), two)
    0
    >>> late_fee(inv, date(2026, 2, 7), LateFeePolicy())  # off unless the owner set it
    0
    """
    rest = invoice.outstanding
    days = fee_days(invoice, as_of, policy)
    if policy.kind == "none" or not rest or days <= 0:
        return 0
    if policy.kind == "fixed":
        fee = policy.fixed
    else:
        exact = Fraction(rest) * Fraction(policy.percent_per_month) / 100 * Fraction(days, 30)
        fee = _round_half_up(exact)
    if policy.cap is not None:
        fee = min(fee, policy.cap)
    return fee


def _round_half_up(value: Fraction) -> int:
    """Whole rupiah, halves up: exact, with no float or decimal precision in between."""
    return int((value * 2 + 1) // 2)


def total_late_fee(invoices: Iterable[Invoice], as_of: date, policy: LateFeePolicy) -> int:
    return sum(late_fee(inv, as_of, policy) for inv in invoices)


# Above this a fee looks like usury: Indonesian courts have cut fees beyond about 3 % a month.
HIGH_PERCENT_PER_MONTH: Final = Decimal("3")


def is_high(policy: LateFeePolicy) -> bool:
    """Whether the monthly rate is above what courts have let stand (about 3 % a month)."""
    return policy.kind == "percent" and policy.percent_per_month > HIGH_PERCENT_PER_MONTH


def customer_late_fee(
    invoices: Iterable[Invoice], key: str, as_of: date, policy: LateFeePolicy
) -> int:
    """The fee customer ``key`` owes on ``as_of``, from their invoices among ``invoices`` (the
    whole book, or their own): the one figure the daily list, letters, offers and agreements
    all show for them."""
    return total_late_fee((inv for inv in invoices if inv.customer_key == key), as_of, policy)
