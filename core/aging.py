"""Aging: how late each open invoice is, the buckets, and the totals every screen shows.

The rules: outstanding = amount − paid, floored at 0 · overdue = outstanding of invoices whose
due date is before ``as_of`` · buckets by days past due: current (≤ 0), 1-30, 31-60, 61-90, 90+
(edges configurable) · ``as_of`` is always a parameter, never read from the clock here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Final

from core.ledger import CustomerKey, Invoice, Ledger, customer_key
from core.money import Amount

DEFAULT_EDGES: Final[tuple[int, ...]] = (30, 60, 90)
CURRENT: Final = "current"


def bucket_labels(edges: Sequence[int] = DEFAULT_EDGES) -> tuple[str, ...]:
    """The bucket names for the given upper edges.

    >>> bucket_labels()
    ('current', '1-30', '31-60', '61-90', '90+')
    >>> bucket_labels((7, 14))
    ('current', '1-7', '8-14', '14+')
    """
    return _labels(tuple(edges))


@lru_cache(maxsize=64)
def _labels(edges: tuple[int, ...]) -> tuple[str, ...]:
    if not edges or list(edges) != sorted(set(edges)) or edges[0] < 1:
        raise ValueError("bucket edges must be increasing whole days from 1")
    labels = [CURRENT]
    low = 1
    for edge in edges:
        labels.append(f"{low}-{edge}")
        low = edge + 1
    labels.append(f"{edges[-1]}+")
    return tuple(labels)


def days_late(invoice: Invoice, as_of: date) -> int:
    """Days past the due date; zero or negative while not yet due."""
    return (as_of - invoice.due_date).days


def bucket_of(days: int, edges: Sequence[int] = DEFAULT_EDGES) -> str:
    """The bucket a number of days past due falls in.

    >>> [bucket_of(d) for d in (-5, 0, 1, 30, 31, 90, 91)]
    ['current', 'current', '1-30', '1-30', '31-60', '61-90', '90+']
    """
    if days <= 0:
        return CURRENT
    labels = bucket_labels(edges)
    # The first edge at or above ``days`` names the bucket; past the last edge, the last one.
    return labels[bisect_left(edges, days) + 1]


def aging(
    invoices: Iterable[Invoice], as_of: date, edges: Sequence[int] = DEFAULT_EDGES
) -> dict[str, Amount]:
    """Outstanding per bucket; the buckets always add up to the total outstanding."""
    labels = bucket_labels(edges)
    totals: dict[str, Amount] = dict.fromkeys(labels, 0)
    for inv in invoices:
        rest = inv.outstanding
        if rest:
            late = (as_of - inv.due_date).days  # days_late(), inlined: the loop runs per invoice
            totals[CURRENT if late <= 0 else labels[bisect_left(edges, late) + 1]] += rest
    return totals


@dataclass(frozen=True, slots=True)
class Summary:
    """The headline figures of a ledger on a date."""

    as_of: date
    invoices: int
    open_invoices: int
    customers_with_balance: int
    outstanding: Amount
    overdue: Amount
    aging: dict[str, Amount]

    @property
    def overdue_share(self) -> float:
        """Overdue as a share of outstanding (0-1), for display only."""
        return float(self.overdue / self.outstanding) if self.outstanding else 0.0


def summarize(ledger: Ledger, as_of: date, edges: Sequence[int] = DEFAULT_EDGES) -> Summary:
    """The figures every screen and ``python -m core summary`` show."""
    outstanding: Amount = 0
    overdue: Amount = 0
    open_count = 0
    debtors: set[CustomerKey] = set()
    for inv in ledger.invoices:
        if inv.amount <= inv.paid:
            continue  # nothing outstanding (the ``outstanding`` property, inlined: 100k times)
        rest = inv.amount - inv.paid
        open_count += 1
        outstanding += rest
        debtors.add(customer_key(inv.customer))
        if inv.due_date < as_of:
            overdue += rest
    return Summary(
        as_of=as_of,
        invoices=len(ledger.invoices),
        open_invoices=open_count,
        customers_with_balance=len(debtors),
        outstanding=outstanding,
        overdue=overdue,
        aging=aging(ledger.invoices, as_of, edges),
    )


@dataclass(slots=True)
class CustomerBalance:
    """One customer's position on a date."""

    key: CustomerKey
    name: str
    phone: str | None
    outstanding: Amount = 0
    overdue: Amount = 0
    open_invoices: int = 0
    invoices: int = 0
    oldest_days_late: int = 0
    aging: dict[str, Amount] = field(default_factory=dict)
    last_payment: date | None = None


def customer_balances(
    ledger: Ledger, as_of: date, edges: Sequence[int] = DEFAULT_EDGES
) -> list[CustomerBalance]:
    """Every customer in the ledger, largest outstanding first."""
    labels = bucket_labels(edges)
    result: dict[CustomerKey, CustomerBalance] = {}
    # Every invoice counts for its customer; only the open ones (a tenth, typically) need more.
    for name, count in Counter(inv.customer for inv in ledger.invoices).items():
        key = customer_key(name)
        row = result.get(key)
        if row is None:
            row = result[key] = CustomerBalance(
                key, ledger.name_of(key), ledger.phones.get(key), aging=dict.fromkeys(labels, 0)
            )
        row.invoices += count
    for inv in ledger.invoices:
        if inv.amount <= inv.paid:
            continue  # nothing outstanding
        rest = inv.amount - inv.paid
        row = result[customer_key(inv.customer)]
        late = (as_of - inv.due_date).days
        row.outstanding += rest
        row.open_invoices += 1
        row.aging[CURRENT if late <= 0 else labels[bisect_left(edges, late) + 1]] += rest
        if late > 0:
            row.overdue += rest
            row.oldest_days_late = max(row.oldest_days_late, late)
    for pay in ledger.payments:
        if pay.paid_on is None:
            continue
        owner = ledger.customer_of(pay)  # the owners of invoice numbers are kept with the book
        row = result.get(owner) if owner else None
        if row and (row.last_payment is None or pay.paid_on > row.last_payment):
            row.last_payment = pay.paid_on
    return sorted(result.values(), key=lambda r: (-r.outstanding, r.name))
