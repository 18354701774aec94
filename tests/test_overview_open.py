"""The figures for a date, worked out from the open invoices only, equal a plain recomputation.

``core.aging`` and ``core.overview`` keep what does not depend on the date with the book (the
open invoices in table order, sales and payments sorted by day) and, for a new date, bisect it.
The references below are the plain loops over every invoice those functions replaced: on random
books (whole rupiah and exact decimals, dates missing, payments by number and on account) and
random dates and bucket edges, every figure must be equal, of the same type, in the same order.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from core.aging import (
    CURRENT,
    CustomerBalance,
    Summary,
    bucket_labels,
    bucket_of,
    customer_balances,
    days_late,
    open_book,
    summarize,
)
from core.ledger import Invoice, Ledger, build_ledger, customer_key
from core.money import Amount
from core.overview import (
    COLLECTED_WINDOW_DAYS,
    DSO_WINDOW_DAYS,
    InvoiceRow,
    aged_report,
    headline,
    invoice_rows,
    open_lateness,
    overdue_by_due_month,
)
from tests.factories import invoice, payment

BASE = date(2026, 6, 1)


# The plain recomputations over every invoice (the code before the open-invoice index).


def ref_aging(invoices: Sequence[Invoice], as_of: date, edges: Sequence[int]) -> dict[str, Any]:
    labels = bucket_labels(edges)
    totals: dict[str, Amount] = dict.fromkeys(labels, 0)
    for inv in invoices:
        rest = inv.outstanding
        if rest:
            late = (as_of - inv.due_date).days
            totals[CURRENT if late <= 0 else labels[bisect_left(edges, late) + 1]] += rest
    return totals


def ref_summarize(ledger: Ledger, as_of: date, edges: Sequence[int]) -> Summary:
    outstanding: Amount = 0
    overdue: Amount = 0
    open_count = 0
    debtors = set()
    for inv in ledger.invoices:
        if inv.amount <= inv.paid:
            continue
        rest = inv.amount - inv.paid
        open_count += 1
        outstanding += rest
        debtors.add(customer_key(inv.customer))
        if inv.due_date < as_of:
            overdue += rest
    return Summary(
        as_of,
        len(ledger.invoices),
        open_count,
        len(debtors),
        outstanding,
        overdue,
        ref_aging(ledger.invoices, as_of, edges),
    )


def ref_balances(ledger: Ledger, as_of: date, edges: Sequence[int]) -> list[CustomerBalance]:
    labels = bucket_labels(edges)
    result: dict[Any, CustomerBalance] = {}
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
            continue
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
        owner = ledger.customer_of(pay)
        found = result.get(owner) if owner else None
        if found and (found.last_payment is None or pay.paid_on > found.last_payment):
            found.last_payment = pay.paid_on
    return sorted(result.values(), key=lambda r: (-r.outstanding, r.name))


def ref_rows(ledger: Ledger, as_of: date, edges: Sequence[int], **only: Any) -> list[InvoiceRow]:
    buckets, customer = only.get("buckets"), only.get("customer")
    wanted = set(buckets) if buckets else None
    rows = []
    for inv in ledger.invoices:
        rest = inv.outstanding
        if not rest:
            continue
        key = inv.customer_key
        if customer is not None and key != customer:
            continue
        late = days_late(inv, as_of)
        bucket = bucket_of(late, edges)
        if wanted is not None and bucket not in wanted:
            continue
        rows.append(
            InvoiceRow(
                inv.number,
                ledger.name_of(key),
                key,
                inv.invoice_date,
                inv.due_date,
                inv.amount,
                inv.paid,
                rest,
                late,
                bucket,
                inv.source.file,
                inv.source.sheet,
                inv.source.row,
            )
        )
    rows.sort(key=lambda r: (-r.days_late, r.customer, r.number))
    return rows


def ref_headline_extra(ledger: Ledger, as_of: date) -> tuple[Amount, Amount | None]:
    start = as_of - timedelta(days=DSO_WINDOW_DAYS)
    sales: Amount = 0
    for inv in ledger.invoices:
        if inv.invoice_date is not None and start < inv.invoice_date <= as_of:
            sales += inv.amount
    dated = [p for p in ledger.payments if p.paid_on is not None]
    if not dated:
        return sales, None
    since = as_of - timedelta(days=COLLECTED_WINDOW_DAYS)
    return sales, sum((p.amount for p in dated if p.paid_on and since < p.paid_on <= as_of), 0)


def ref_overdue_by_month(ledger: Ledger, as_of: date) -> list[tuple[str, Amount]]:
    months: defaultdict[str, Amount] = defaultdict(int)
    for inv in ledger.invoices:
        rest = inv.outstanding
        if rest and inv.due_date < as_of:
            months[inv.due_date.strftime("%Y-%m")] += rest
    return sorted(months.items())


def typed(value: Any) -> Any:
    """A value with the type of every number in it: ``5`` and ``Decimal(5)`` must not pass."""
    if isinstance(value, dict):
        return [(k, typed(v)) for k, v in value.items()]
    if isinstance(value, (list, tuple)):
        return [typed(v) for v in value]
    if isinstance(value, (CustomerBalance, Summary, InvoiceRow)):
        return [(name, typed(getattr(value, name))) for name in value.__slots__]
    if isinstance(value, (int, Decimal)):
        return (type(value).__name__, str(value))
    return value


# Random books: a few customers (spellings differ), whole rupiah and a few exact decimals.

NAMES = ["Toko Maju", "TOKO MAJU", "Bu Sari", "CV Abadi", "Pak Joko", "  bu  sari"]
amounts = st.one_of(
    st.integers(-50_000, 3_000_000),
    st.integers(0, 300_000).map(lambda n: Decimal(n) / 100),  # sen, or whole as Decimal("5.00")
)


@st.composite
def books(draw: st.DrawFn) -> Ledger:
    invoices = []
    for n in range(draw(st.integers(0, 30))):
        amount = draw(amounts)
        paid = draw(st.one_of(st.just(0), st.just(amount), amounts))
        sold = draw(
            st.one_of(st.none(), st.integers(-200, 200).map(lambda d: BASE + timedelta(days=d)))
        )
        due = BASE + timedelta(days=draw(st.integers(-200, 200)))
        number = draw(st.sampled_from(["", f"F{n}", f"f{n % 7}"]))
        name = draw(st.sampled_from(NAMES))
        sheet = draw(st.sampled_from(["Jan", "Feb"]))
        invoices.append(
            invoice(
                number,
                name,
                amount,
                paid,
                due=due,
                issued=sold,
                term=None,  # no sale date when none was drawn
                file="buku.xlsx",
                sheet=sheet,
                row=n + 2,
            )
        )
    payments = []
    for n in range(draw(st.integers(0, 8))):
        on = draw(
            st.one_of(st.none(), st.integers(-120, 120).map(lambda d: BASE + timedelta(days=d)))
        )
        number = draw(st.sampled_from(["", "F1", "f2", "F99"]))
        customer = draw(st.sampled_from(["", *NAMES]))
        if not number and not customer:
            customer = NAMES[0]
        amount = draw(amounts.filter(lambda a: a > 0))
        payments.append(
            payment(amount, on, number, customer, file="bayar.csv", sheet="", row=n + 2)
        )
    return build_ledger(invoices, payments)


dates = st.integers(-260, 260).map(lambda d: BASE + timedelta(days=d))
edge_sets = st.sampled_from([(30, 60, 90), (7, 14), (1,), (15, 30, 45, 60, 120)])


@settings(max_examples=300, deadline=None)
@given(books(), st.lists(dates, min_size=1, max_size=4), edge_sets)
def test_figures_from_the_open_invoices_equal_a_plain_recomputation(
    book: Ledger, days: list[date], edges: tuple[int, ...]
) -> None:
    labels = bucket_labels(edges)
    for as_of in days:  # several dates on one book: what is kept with it must not go stale
        assert typed(summarize(book, as_of, edges)) == typed(ref_summarize(book, as_of, edges))
        assert typed(customer_balances(book, as_of, edges)) == typed(
            ref_balances(book, as_of, edges)
        )
        expected_rows = ref_rows(book, as_of, edges)
        assert typed(invoice_rows(book, as_of, edges)) == typed(expected_rows)
        for wanted in ([labels[-1]], [CURRENT, labels[1]]):
            assert typed(invoice_rows(book, as_of, edges, buckets=wanted)) == typed(
                ref_rows(book, as_of, edges, buckets=wanted)
            )
        for key in {customer_key(n) for n in NAMES}:
            assert typed(invoice_rows(book, as_of, edges, customer=key)) == typed(
                ref_rows(book, as_of, edges, customer=key)
            )
        late, buckets = open_lateness(book, as_of, edges)
        assert (late, buckets) == (
            [r.days_late for r in expected_rows],
            [r.bucket for r in expected_rows],
        )
        head = headline(book, as_of, edges)
        assert typed((head.credit_sales_window, head.collected_30d)) == typed(
            ref_headline_extra(book, as_of)
        )
        assert typed(overdue_by_due_month(book, as_of)) == typed(ref_overdue_by_month(book, as_of))
        rows, totals = aged_report(book, as_of, edges)
        assert typed(rows) == typed(
            [b for b in ref_balances(book, as_of, edges) if b.outstanding > 0]
        )
        assert typed(totals) == typed(ref_aging(book.invoices, as_of, edges))


def test_what_is_kept_with_a_book_follows_a_replaced_or_longer_invoice_list() -> None:
    day = date(2026, 11, 23)
    first = invoice("A", "Toko", 100, due=day, issued=day, file="f")
    book = build_ledger([first])
    assert summarize(book, day).outstanding == 100 and len(open_book(book).invoices) == 1
    book.invoices.append(invoice("B", "Toko", 50, due=day, issued=day, file="f", row=3))
    assert summarize(book, day).outstanding == 150
    book.invoices = [first]
    assert summarize(book, day).outstanding == 100
    assert [r.number for r in invoice_rows(book, day)] == ["A"]
