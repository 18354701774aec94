"""The figures of the overview and customer pages, each reproducible from the rows under it.

Headline cards (outstanding, overdue, share, debtors, DSO, collected in the last 30 days), the
invoice rows behind any bucket, top debtors, overdue by the month it fell due, and the aged
receivables report (customer by bucket).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final, Literal

from core.aging import (
    DEFAULT_EDGES,
    CustomerBalance,
    Summary,
    bucket_labels,
    bucket_of,
    customer_balances,
    days_late,
    summarize,
)
from core.ledger import CustomerKey, Ledger
from core.money import Amount

DSO_WINDOW_DAYS: Final = 90
COLLECTED_WINDOW_DAYS: Final = 30
DsoMethod = Literal["simple"]


@dataclass(frozen=True, slots=True)
class InvoiceRow:
    """One invoice as a table row: what the owner sees under a chart or a total."""

    number: str
    customer: str
    customer_key: CustomerKey
    invoice_date: date | None
    due_date: date
    amount: Amount
    paid: Amount
    outstanding: Amount
    days_late: int
    bucket: str
    file: str
    sheet: str
    row: int


def invoice_rows(
    ledger: Ledger,
    as_of: date,
    edges: Sequence[int] = DEFAULT_EDGES,
    *,
    buckets: Sequence[str] | None = None,
    customer: CustomerKey | None = None,
    open_only: bool = True,
) -> list[InvoiceRow]:
    """The invoices behind a figure: open ones (or all), optionally of some buckets or one customer.

    Sorted most late first, so the table starts where the trouble is.
    """
    wanted = set(buckets) if buckets else None
    rows: list[InvoiceRow] = []
    for inv in ledger.invoices:
        rest = inv.outstanding
        if open_only and not rest:
            continue
        key = inv.customer_key
        if customer is not None and key != customer:
            continue
        late = days_late(inv, as_of)
        bucket = bucket_of(late, edges) if rest else ""
        if wanted is not None and bucket not in wanted:
            continue
        rows.append(
            InvoiceRow(
                number=inv.number,
                customer=ledger.name_of(key),
                customer_key=key,
                invoice_date=inv.invoice_date,
                due_date=inv.due_date,
                amount=inv.amount,
                paid=inv.paid,
                outstanding=rest,
                days_late=late,
                bucket=bucket,
                file=inv.source.file,
                sheet=inv.source.sheet,
                row=inv.source.row,
            )
        )
    rows.sort(key=lambda r: (-r.days_late, r.customer, r.number))
    return rows


@dataclass(frozen=True, slots=True)
class Headline:
    """The cards at the top of the overview."""

    summary: Summary
    dso_days: int | None
    dso_method: DsoMethod
    credit_sales_window: Amount
    collected_30d: Amount | None

    @property
    def overdue_share(self) -> float:
        return self.summary.overdue_share


def headline(ledger: Ledger, as_of: date, edges: Sequence[int] = DEFAULT_EDGES) -> Headline:
    """Summary plus DSO and money collected lately.

    DSO uses the simple formula: outstanding ÷ credit sales of the last 90 days × 90, rounded to
    whole days; ``None`` when nothing was sold in that window. Collected in the last 30 days
    counts payments whose date is known (a payments sheet); ``None`` when no payment has a date.
    """
    summary = summarize(ledger, as_of, edges)
    window_start = as_of - timedelta(days=DSO_WINDOW_DAYS)
    sales: Amount = 0
    for inv in ledger.invoices:
        if inv.invoice_date is not None and window_start < inv.invoice_date <= as_of:
            sales += inv.amount
    dso = None
    if sales > 0:
        dso = int((summary.outstanding * DSO_WINDOW_DAYS + sales // 2) // sales)
    dated = [p for p in ledger.payments if p.paid_on is not None]
    collected: Amount | None = None
    if dated:
        since = as_of - timedelta(days=COLLECTED_WINDOW_DAYS)
        collected = sum(
            (p.amount for p in dated if p.paid_on is not None and since < p.paid_on <= as_of), 0
        )
    return Headline(summary, dso, "simple", sales, collected)


def top_debtors(balances: Sequence[CustomerBalance], n: int = 10) -> list[CustomerBalance]:
    """The customers owing the most, largest first."""
    owing = [b for b in balances if b.outstanding > 0]
    return sorted(owing, key=lambda b: (-b.outstanding, b.name))[:n]


def overdue_by_due_month(ledger: Ledger, as_of: date) -> list[tuple[str, Amount]]:
    """Today's overdue money grouped by the month it fell due ("2026-08"), oldest first."""
    months: defaultdict[str, Amount] = defaultdict(int)
    for inv in ledger.invoices:
        rest = inv.outstanding
        if rest and inv.due_date < as_of:
            months[inv.due_date.strftime("%Y-%m")] += rest
    return sorted(months.items())


def aged_report(
    ledger: Ledger, as_of: date, edges: Sequence[int] = DEFAULT_EDGES
) -> tuple[list[CustomerBalance], dict[str, Amount]]:
    """The aged receivables report: customers with a balance by bucket, and the column totals."""
    rows = [b for b in customer_balances(ledger, as_of, edges) if b.outstanding > 0]
    totals: dict[str, Amount] = dict.fromkeys(bucket_labels(edges), 0)
    for row in rows:
        for label, amount in row.aging.items():
            totals[label] += amount
    return rows, totals
