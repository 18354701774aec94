"""The figures of the overview and customer pages, each reproducible from the rows under it.

Headline cards (outstanding, overdue, share, debtors, DSO, collected in the last 30 days), the
invoice rows behind any bucket, top debtors, overdue by the month it fell due, and the aged
receivables report (customer by bucket).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from operator import attrgetter
from typing import Final, Literal

from core.aging import (
    DEFAULT_EDGES,
    CustomerBalance,
    Summary,
    bucket_labels,
    bucket_ranges,
    customer_balances,
    derived,
    open_book,
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
) -> list[InvoiceRow]:
    """The open invoices behind a figure, optionally of some buckets or one customer, most
    late first (so the table starts where the trouble is): already in that order in the open
    book, each bucket a range of it. A customer's every invoice, money paid and goods returned
    apart, is their statement's (``core.statement.statement_rows``)."""
    book = open_book(ledger)
    wanted = set(buckets) if buckets else None
    day = as_of.toordinal()
    name_of = ledger.name_of
    rows: list[InvoiceRow] = []
    for label, start, end in bucket_ranges(book, as_of, edges):
        if wanted is not None and label not in wanted:
            continue
        for i in range(start, end):
            key = book.keys[i]
            if customer is not None and key != customer:
                continue
            inv = book.invoices[i]
            source = inv.source
            rows.append(
                InvoiceRow(
                    inv.number,
                    name_of(key),
                    key,
                    inv.invoice_date,
                    inv.due_date,
                    inv.amount,
                    inv.paid,
                    book.rests[i],
                    day - book.due_days[i],
                    label,
                    source.file,
                    source.sheet,
                    source.row,
                )
            )
    return rows


def open_lateness(
    ledger: Ledger, as_of: date, edges: Sequence[int] = DEFAULT_EDGES
) -> tuple[list[int], list[str]]:
    """Days late and bucket of every open invoice on ``as_of``, in the order of
    ``open_book(ledger).invoices`` (the order of ``invoice_rows``): what a table of the open
    invoices needs for a new date, the rest of its columns being the same on any date."""
    book = open_book(ledger)
    day = as_of.toordinal()
    late = [day - due for due in book.due_days]
    buckets: list[str] = []
    for label, start, end in bucket_ranges(book, as_of, edges):
        buckets += [label] * (end - start)
    return late, buckets


@dataclass(frozen=True, slots=True)
class Headline:
    """The cards at the top of the overview."""

    summary: Summary
    dso_days: int | None
    dso_method: DsoMethod
    credit_sales_window: Amount
    collected_30d: Amount | None
    paid_after: Amount = 0  # money dated after the as-of date, counted as paid (``paid_after``)

    @property
    def overdue_share(self) -> float:
        return self.summary.overdue_share


def headline(ledger: Ledger, as_of: date, edges: Sequence[int] = DEFAULT_EDGES) -> Headline:
    """Summary plus DSO and money collected lately.

    DSO uses the simple formula: outstanding ÷ credit sales of the last 90 days × 90, rounded to
    whole days; ``None`` when nothing was sold in that window. Collected in the last 30 days
    counts the money whose day is known (a payments sheet, an invoice row's own Tgl Bayar:
    ``_money_received``); ``None`` when no payment has a date.
    """
    summary = summarize(ledger, as_of, edges)
    day = as_of.toordinal()
    sales = derived(ledger, "sales_by_date", _sales_by_date).window(day - DSO_WINDOW_DAYS, day)
    dso = None
    if sales > 0:
        dso = int((summary.outstanding * DSO_WINDOW_DAYS + sales // 2) // sales)
    paid = derived(ledger, "payments_by_date", _payments_by_date)
    collected: Amount | None = None
    if paid.days or paid.others:  # some payment has a date
        collected = paid.window(day - COLLECTED_WINDOW_DAYS, day)
    return Headline(summary, dso, "simple", sales, collected, paid_after(ledger, as_of))


def paid_after(ledger: Ledger, as_of: date) -> Amount:
    """The money whose payment date is after ``as_of``, which every figure counts as paid
    already: a post-dated giro, a date typed wrong, or a look back at an earlier day. The
    book is read as it is written; this says how much of it is not yet so on that day."""
    if derived(ledger, "last_payment_day", _last_payment_day) <= as_of:
        return 0  # the usual case, told without adding up every payment's day
    return derived(ledger, "payments_by_date", _payments_by_date).window(
        as_of.toordinal(), date.max.toordinal()
    )


def _last_payment_day(ledger: Ledger) -> date:
    return max((day for day, _ in _money_received(ledger)), default=date.min)


def credit_balances(ledger: Ledger) -> tuple[int, Amount]:
    """How many customers paid or returned more than they owe, and by how much together: what
    the shop holds for them (titipan), never counted against the outstanding total."""
    amounts = ledger.credit_balances.values()
    return len(amounts), sum(amounts, 0)


@dataclass(frozen=True, slots=True)
class _AmountsByDay:
    """Amounts sorted by day, so the total of any window of days is two bisections.

    Whole-rupiah amounts are summed ahead (``sums[i]`` is the total of the first ``i``); any
    other amount (a ``Decimal``) is kept aside and added when in the window, so a window of
    whole rupiah totals an ``int``, exactly as adding them one by one would.
    """

    days: tuple[int, ...]  # ordinals, ascending
    sums: tuple[int, ...]  # len(days) + 1 running totals of the int amounts
    others: tuple[tuple[int, Amount], ...]  # (day, amount) of the amounts that are not ints

    def window(self, after: int, until: int) -> Amount:
        """The total of the amounts with ``after < day <= until``."""
        lo, hi = bisect_right(self.days, after), bisect_right(self.days, until)
        total: Amount = self.sums[hi] - self.sums[lo]
        for day, amount in self.others:
            if after < day <= until:
                total += amount
        return total


def _by_day(dated: Iterable[tuple[date, Amount]]) -> _AmountsByDay:
    per_day: dict[date, int] = {}  # a few hundred days, however many amounts
    others: list[tuple[int, Amount]] = []
    for day, amount in dated:
        if isinstance(amount, int):
            per_day[day] = per_day.get(day, 0) + amount
        else:
            others.append((day.toordinal(), amount))
    days = sorted(per_day)
    sums = [0]
    for day in days:
        sums.append(sums[-1] + per_day[day])
    return _AmountsByDay(tuple(day.toordinal() for day in days), tuple(sums), tuple(others))


def _sales_by_date(ledger: Ledger) -> _AmountsByDay:
    return _by_day(
        (inv.invoice_date, inv.amount) for inv in ledger.invoices if inv.invoice_date is not None
    )


def _payments_by_date(ledger: Ledger) -> _AmountsByDay:
    """The money received, by day (``_money_received``)."""
    return _by_day(_money_received(ledger))


def _money_received(ledger: Ledger) -> Iterator[tuple[date, Amount]]:
    """Each sum of money received with its day: a dated payment's, and what an invoice's row
    says it paid on the row's own payment date ("Dibayar | Tgl Bayar"). Goods sent back (a
    return) are no money collected."""
    for pay in ledger.payments:
        if pay.paid_on is not None and pay.kind == "payment":
            yield pay.paid_on, pay.amount
    yield from filter(None, map(attrgetter("dated_paid"), ledger.invoices))


def top_debtors(balances: Sequence[CustomerBalance], n: int = 10) -> list[CustomerBalance]:
    """The customers owing the most, largest first."""
    owing = [b for b in balances if b.outstanding > 0]
    return sorted(owing, key=lambda b: (-b.outstanding, b.name))[:n]


def overdue_by_due_month(ledger: Ledger, as_of: date) -> list[tuple[str, Amount]]:
    """Today's overdue money grouped by the month it fell due ("2026-08"), oldest first."""
    book = open_book(ledger)
    months: defaultdict[str, Amount] = defaultdict(int)
    due_months = derived(ledger, "due_months", _due_months)
    # Most late first: the overdue ones are those before the first due on or after ``as_of``.
    for i in range(bisect_left(book.due_days, as_of.toordinal())):
        months[due_months[i]] += book.rests[i]
    return sorted(months.items())


def _due_months(ledger: Ledger) -> tuple[str, ...]:
    months: dict[date, str] = {}  # a few hundred due dates, however many invoices
    return tuple(
        months.get(inv.due_date) or months.setdefault(inv.due_date, f"{inv.due_date:%Y-%m}")
        for inv in open_book(ledger).invoices
    )


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
