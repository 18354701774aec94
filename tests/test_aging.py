"""Aging buckets and the headline figures."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.aging import aging, bucket_labels, bucket_of, customer_balances, summarize
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
            invoice(4, "B", 100, 500, 100),  # overpaid: nothing outstanding
            invoice(5, "C", 70, 0, 95),  # 90+
        ]
    )
    s = summarize(ledger, TODAY)
    assert (s.invoices, s.open_invoices, s.customers_with_balance) == (5, 3, 3)
    assert s.outstanding == 100 + 250 + 70
    assert s.overdue == 170
    assert s.aging == {"current": 250, "1-30": 100, "31-60": 0, "61-90": 0, "90+": 70}


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
