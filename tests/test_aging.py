"""Aging buckets and the headline figures."""

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.aging import (
    aging,
    bucket_labels,
    bucket_of,
    customer_balances,
    days_late,
    days_overdue,
    days_past_due,
    oldest_days_late,
    overdue_amount,
    past_due,
    summarize,
)
from core.ledger import build_ledger
from tests.factories import invoice, payment

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(
    ("days", "bucket"),
    [
        (-10, "current"),
        (0, "current"),
        (1, "1-30"),
        (30, "1-30"),
        (31, "31-60"),
        (60, "31-60"),
        (61, "61-90"),
        (90, "61-90"),
        (91, "90+"),
        (1000, "90+"),
    ],
)
def test_bucket_edges(days: int, bucket: str) -> None:
    assert bucket_of(days) == bucket


def test_configurable_edges() -> None:
    assert bucket_labels((15, 45)) == ("current", "1-15", "16-45", "45+")
    assert bucket_of(20, (15, 45)) == "16-45"
    with pytest.raises(ValueError):
        bucket_labels((30, 30))


def test_summary_rules() -> None:
    ledger = build_ledger(
        [
            invoice(1, "A", 100, 0, 10),  # overdue 1-30
            invoice(2, "A", 100, 100, 50),  # fully paid
            invoice(3, "b", 300, 50, 0),  # due today: not overdue
            # Overpaid by 400: nothing outstanding, and the rest pays B's other invoice (250)
            # and leaves a credit balance of 150.
            invoice(4, "B", 100, 500, 100),
            invoice(5, "C", 70, 0, 95),  # 90+
        ]
    )
    s = summarize(ledger, TODAY)
    assert (s.invoices, s.open_invoices, s.customers_with_balance) == (5, 2, 2)
    assert s.outstanding == 100 + 70
    assert s.overdue == 170
    assert s.aging == {"current": 0, "1-30": 100, "31-60": 0, "61-90": 0, "90+": 70}
    assert ledger.credit_balances == {"b": 150}


def test_customer_balances() -> None:
    ledger = build_ledger(
        [
            invoice(1, "Toko A", 100, 0, 10),
            invoice(2, "TOKO A", 50, 0, 40),
            invoice(3, "B", 10, 10, 5),
        ],
        [payment(10, date(2026, 11, 1), "F3", file="f", sheet="P")],
    )
    rows = customer_balances(ledger, TODAY)
    assert [r.name for r in rows] == ["Toko A", "B"]
    a = rows[0]
    assert (a.outstanding, a.overdue, a.open_invoices, a.oldest_days_late) == (150, 150, 2, 40)
    assert rows[1].last_payment == date(2026, 11, 1)


def test_last_payment_is_money_received_never_a_return() -> None:
    """Round 90: Toko Sentosa Prima paid 1.500.000 on 10 Oct and sent goods back for 500.000
    on 20 Nov; Bu Ratna Sari only sent goods back. "Bayar terakhir" said 20/11 and 10/11."""
    ledger = build_ledger(
        [
            invoice("INV-201", "Toko Sentosa Prima", 4_000_000, 0, 10),
            invoice("INV-202", "Toko Sentosa Prima", 2_500_000, 0, 0),
            invoice("F-102", "Bu Ratna Sari", 1_250_000, 0, 5),
        ],
        [
            payment(1_500_000, date(2026, 10, 10), "INV-201", sheet="Pembayaran"),
            payment(500_000, date(2026, 11, 20), "INV-202", sheet="Retur", kind="return"),
            payment(250_000, date(2026, 11, 10), "F-102", sheet="Retur", row=3, kind="return"),
        ],
    )
    last = {r.name: r.last_payment for r in customer_balances(ledger, TODAY)}
    assert last == {"Toko Sentosa Prima": date(2026, 10, 10), "Bu Ratna Sari": None}


rows = st.lists(
    st.tuples(
        st.sampled_from("ABCDE"),
        st.integers(0, 10**10),
        st.integers(0, 10**10),
        st.integers(-60, 400),
    ),
    max_size=40,
)


@given(rows, st.lists(st.integers(1, 365), min_size=1, max_size=5, unique=True))
def test_buckets_add_up_to_the_outstanding(
    data: list[tuple[str, int, int, int]], edges: list[int]
) -> None:
    ledger = build_ledger([invoice(i, c, a, p, d) for i, (c, a, p, d) in enumerate(data)])
    edges = sorted(edges)
    s = summarize(ledger, TODAY, edges)
    assert sum(s.aging.values()) == s.outstanding
    assert s.overdue == s.outstanding - s.aging["current"]
    assert sum(aging(ledger.invoices, TODAY, edges).values()) == s.outstanding
    balances = customer_balances(ledger, TODAY, edges)
    assert sum(b.outstanding for b in balances) == s.outstanding
    assert sum(1 for b in balances if b.outstanding) == s.customers_with_balance


def test_late_and_overdue_are_worked_out_here() -> None:
    book = [invoice(1, "A", 500, 100, 40), invoice(2, "A", 300, 300, 90),
            invoice(3, "A", 200, 0, 0), invoice(4, "A", 700, 0, -5),
            invoice(5, "A", 50, 0, 1)]  # fmt: skip
    assert [days_late(i, TODAY) for i in book] == [40, 90, 0, -5, 1]
    assert [past_due(i, TODAY) for i in book] == [True, True, False, False, True]
    assert overdue_amount(book, TODAY) == 400 + 50  # due today is not overdue yet; paid adds 0
    assert oldest_days_late(book, TODAY) == 40  # the paid one, 90 days past due, is not open
    assert oldest_days_late(book[2:4], TODAY) == 0
    assert days_past_due(TODAY, TODAY + timedelta(days=3)) == 3
    assert days_overdue(TODAY, TODAY - timedelta(days=3)) == 0
    assert days_overdue(TODAY, TODAY + timedelta(days=3)) == 3


def test_overdue_matches_the_summary() -> None:
    book = build_ledger([invoice(n, "AB"[n % 2], 100 * n, 10, 15 * n - 30) for n in range(1, 9)])
    assert overdue_amount(book.invoices, TODAY) == summarize(book, TODAY).overdue


def test_no_other_module_works_out_lateness_from_a_due_date() -> None:
    """Days late and overdue have one home: a module comparing a due date with a day, or
    counting the days from one, does what ``days_late``/``past_due`` do (a second rule)."""
    root = Path(__file__).resolve().parent.parent
    second = re.compile(r"\.due_date\s*[<>]|[-]\s*[\w.]*\bdue(_date)?\)\.days")
    found = [
        f"{path.relative_to(root)}:{n}"
        for folder in ("core", "pages", "ui")
        for path in sorted((root / folder).rglob("*.py"))
        if path.name != "aging.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if second.search(line)
    ]
    assert found == []
    assert second.search("late = (as_of - inv.due_date).days")
    assert second.search("if inv.due_date < as_of")
