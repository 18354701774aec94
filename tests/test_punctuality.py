"""How a customer paid what they settled (core/punctuality.py): the settling day is the day the
dated payments reached the amount; a payment without a date, or a column figure, counts as
paid with its lateness unknown; a number two customers share goes to the payer it names."""

from datetime import date, timedelta

from core.punctuality import PaidRecord, dated_payments_by_invoice, paid_records, settled_on
from tests.factories import book, invoice, payment

DUE = date(2026, 9, 1)


def test_the_settling_day_is_when_the_payments_reach_the_amount() -> None:
    bill = invoice("F1", "Toko A", 1_000, 1_000, due=DUE)
    parts = [
        payment(600, DUE + timedelta(days=12), "F1"),
        payment(400, DUE - timedelta(days=3), "F1"),
    ]
    assert settled_on(bill, parts) == DUE + timedelta(days=12)
    assert settled_on(bill, parts[1:]) is None  # 400 of 1.000: never reached
    assert settled_on(invoice("F2", "Toko A", 1_000, 0, due=DUE), parts) is None  # still open


def test_each_customers_record_on_time_late_and_unknown() -> None:
    ledger = book(
        invoice("A1", "Toko A", 500, due=DUE),  # paid 10 days late
        invoice("A2", "Toko A", 300, due=DUE),  # paid early: on time
        invoice("A3", "Toko A", 200, 200, due=DUE),  # paid by the column, no date
        invoice("A4", "Toko A", 900, due=DUE),  # still open: not in the record
        invoice("B1", "Toko B", 100, due=DUE),
        payment(500, DUE + timedelta(days=10), "A1"),
        payment(300, DUE - timedelta(days=5), "A2"),
        payment(100, None, "B1"),  # paid, but on an unknown day
    )
    records = paid_records(ledger)
    a, b = records["toko a"], records["toko b"]
    assert a == PaidRecord(paid=3, days_late=(10, 0))
    assert (a.known, a.late) == (2, 1)
    assert (b.paid, b.known, b.late) == (1, 0, 0)


def test_a_shared_number_goes_to_the_payer_it_names_or_to_both() -> None:
    ledger = book(
        invoice("001", "Toko A", 100, due=DUE),
        invoice("001", "Toko B", 100, due=DUE, row=3),
        payment(100, DUE, "001", "Toko B"),
        payment(50, DUE, "001"),
    )
    found = dated_payments_by_invoice(ledger)
    assert [p.amount for p in found["toko b"]["001"]] == [100, 50]
    assert [p.amount for p in found["toko a"]["001"]] == [50]
