"""core/events/payment.py: a payment entered by hand reads back exactly, and says why not."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.events import EventError, ManualPayment
from tests.events.records import DAY, amounts, days, refused


@given(amount=amounts, paid_on=days, number=st.text(max_size=12))
def test_a_manual_payment_reads_back_as_written(
    amount: int | Decimal, paid_on: date, number: str
) -> None:
    record = ManualPayment("Toko A", amount, paid_on, number)
    record.validate()
    payload = record.encode()
    assert isinstance(payload["amount"], str)  # exact text, never a JSON float
    assert ManualPayment.decode(payload) == record


@pytest.mark.parametrize(
    ("record", "code"),
    [
        (ManualPayment("A", 0, DAY), "payment_zero"),
        (ManualPayment("A", -5, DAY), "payment_zero"),
        (ManualPayment("A", 5, None), "payment_date"),
    ],
)
def test_what_cannot_be_saved_says_why(record: ManualPayment, code: str) -> None:
    refused(record, EventError, code)


def test_older_payloads_read_with_defaults() -> None:
    assert ManualPayment.decode({"amount": "524000.50"}).amount == Decimal("524000.50")
