"""The overview's figures: each one adds up from the rows shown under it."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from core.aging import customer_balances, summarize
from core.ledger import build_ledger, customer_key
from core.overview import aged_report, headline, invoice_rows, overdue_by_due_month, top_debtors
from tests.factories import invoice, payment

TODAY = date(2026, 11, 23)


def test_headline_dso_and_collected() -> None:
    ledger = build_ledger(
        [invoice(1, "A", 900, 0, 10, sold=30), invoice(2, "B", 300, 0, -5, sold=100)],
        [
            payment(50, TODAY - timedelta(days=3), "F2", file="f", sheet="P"),
            payment(70, TODAY - timedelta(days=45), "F2", file="f", sheet="P", row=3),
        ],
    )
    head = headline(ledger, TODAY)
    # Sales in the last 90 days: only F1 (900); outstanding 900 + 300 - 120 = 1080.
    assert head.summary.outstanding == 1080
    assert head.credit_sales_window == 900
    assert head.dso_days == 108
    assert head.dso_method == "simple"
    assert head.collected_30d == 50


def test_money_dated_after_the_as_of_date_is_told_and_returns_are_no_money_collected() -> None:
    """A giro dated after the day looked at is counted as paid (the book as written) and told
    as such; goods sent back are not money collected."""
    ledger = build_ledger(
        [invoice(1, "A", 900, 0, 10, sold=30), invoice(2, "B", 300, 0, -5, sold=100)],
        [
            payment(200, TODAY + timedelta(days=5), "F1", file="f", sheet="P"),
            payment(100, TODAY - timedelta(days=2), "F2", file="f", sheet="P", row=3),
            payment(40, TODAY - timedelta(days=1), "F2", file="f", sheet="P", row=4, kind="return"),
        ],
    )
    head = headline(ledger, TODAY)
    assert head.summary.outstanding == 900 + 300 - 200 - 100 - 40
    assert head.paid_after == 200
    assert head.collected_30d == 100
    assert headline(ledger, TODAY + timedelta(days=5)).paid_after == 0  # dated on the day: paid
    assert headline(ledger, TODAY - timedelta(days=10)).paid_after == 300


def test_no_dated_payments_means_collected_is_unknown() -> None:
    head = headline(build_ledger([invoice(1, "A", 100, 50, 3, sold=40)]), TODAY)
    assert head.collected_30d is None


def test_invoice_rows_filter_by_bucket_and_customer() -> None:
    ledger = build_ledger(
        [
            invoice(1, "A", 100, 0, 10, sold=40),
            invoice(2, "A", 100, 0, 100, sold=40),
            invoice(3, "B", 100, 100, 5, sold=40),
        ]
    )
    assert [r.number for r in invoice_rows(ledger, TODAY)] == ["F2", "F1"]
    assert [r.number for r in invoice_rows(ledger, TODAY, buckets=["90+"])] == ["F2"]
    assert invoice_rows(ledger, TODAY, customer=ledger.invoices[2].customer_key) == []  # paid
    assert [r.number for r in invoice_rows(ledger, TODAY, customer=customer_key("A"))] == [
        "F2",
        "F1",
    ]


def test_overdue_by_due_month() -> None:
    ledger = build_ledger(
        [
            invoice(1, "A", 100, 0, 10, sold=40),
            invoice(2, "A", 40, 0, 12, sold=40),
            invoice(3, "B", 7, 0, 60, sold=40),
        ]
    )
    assert overdue_by_due_month(ledger, TODAY) == [("2026-09", 7), ("2026-11", 140)]


rows = st.lists(
    st.tuples(
        st.sampled_from("ABCDEFG"),
        st.integers(0, 10**9),
        st.integers(0, 10**9),
        st.integers(-30, 300),
    ),
    max_size=40,
)


@given(rows, st.lists(st.sampled_from(["current", "1-30", "31-60", "61-90", "90+"]), unique=True))
def test_every_figure_adds_up_from_its_rows(
    data: list[tuple[str, int, int, int]], buckets: list[str]
) -> None:
    ledger = build_ledger([invoice(i, c, a, p, d, sold=40) for i, (c, a, p, d) in enumerate(data)])
    summary = summarize(ledger, TODAY)
    shown = invoice_rows(ledger, TODAY, buckets=buckets or None)
    expected = sum(summary.aging[b] for b in buckets) if buckets else summary.outstanding
    assert sum(r.outstanding for r in shown) == expected
    report, totals = aged_report(ledger, TODAY)
    assert totals == summary.aging
    assert sum(r.outstanding for r in report) == summary.outstanding
    top = top_debtors(customer_balances(ledger, TODAY), 3)
    assert [t.outstanding for t in top] == sorted((t.outstanding for t in top), reverse=True)
    assert sum(v for _, v in overdue_by_due_month(ledger, TODAY)) == summary.overdue
