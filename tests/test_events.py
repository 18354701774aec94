"""Typed events: each kind writes its payload, reads it back, checks its fields; one token."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.events import (
    CHANNELS,
    OUTCOMES,
    Contact,
    EventError,
    Letter,
    ManualPayment,
    amount_of,
    business_day,
    event_token,
)

DAY = date(2026, 11, 23)
amounts = st.one_of(
    st.integers(min_value=1, max_value=10**13),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10**9), places=2).map(
        lambda d: d if d != d.to_integral_value() else int(d)
    ),
)
days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@given(
    channel=st.sampled_from(CHANNELS),
    outcome=st.sampled_from(OUTCOMES),
    step=st.one_of(st.none(), st.integers(1, 10)),
    note=st.text(max_size=40),
    promise_date=days,
    promise_amount=amounts,
    outstanding=amounts,
    on=days,
)
def test_a_contact_reads_back_as_written(
    channel: str,
    outcome: str,
    step: int | None,
    note: str,
    promise_date: date,
    promise_amount: int | Decimal,
    outstanding: int | Decimal,
    on: date,
) -> None:
    promised = outcome == "promised"
    record = Contact(
        "Toko A", channel, outcome, step, "Andi", note,
        promise_date if promised else None, promise_amount if promised else 0, outstanding, on,
    )  # fmt: skip
    record.validate()
    assert Contact.decode(record.encode()) == record


@given(amount=amounts, paid_on=days, number=st.text(max_size=12))
def test_a_manual_payment_reads_back_as_written(
    amount: int | Decimal, paid_on: date, number: str
) -> None:
    record = ManualPayment("Toko A", amount, paid_on, number)
    record.validate()
    payload = record.encode()
    assert isinstance(payload["amount"], str)  # exact text, never a JSON float
    assert ManualPayment.decode(payload) == record


def test_a_letter_reads_back_as_written() -> None:
    record = Letter("Toko A", 7, Decimal("1250000.50"), DAY)
    assert record.encode()["total"] == "1250000.50"
    assert Letter.decode(record.encode()) == record


@pytest.mark.parametrize(
    ("record", "code"),
    [
        (Contact("A", "pigeon", "no_answer"), "channel"),
        (Contact("A", "phone", "maybe"), "outcome"),
        (Contact("A", "phone", "promised", promise_amount=5), "promise_needs"),
        (Contact("A", "phone", "promised", promise_date=DAY), "promise_needs"),
        (ManualPayment("A", 0, DAY), "payment_zero"),
        (ManualPayment("A", -5, DAY), "payment_zero"),
        (ManualPayment("A", 5, None), "payment_date"),
        (Letter("A", 5, -1), "negative"),
    ],
)
def test_what_cannot_be_saved_says_why(record: Contact | ManualPayment | Letter, code: str) -> None:
    with pytest.raises(EventError) as error:
        record.validate()
    assert error.value.code == code
    assert error.value.message("id") and error.value.message("en")


def test_older_payloads_read_with_defaults() -> None:
    """Rows saved before a field existed, or by hand, still read."""
    assert Contact.decode({"outcome": "promised"}) == Contact("", "phone", "promised")
    assert Contact.decode({"step": "4"}).step == 4
    assert Contact.decode({"step": True}).step is None
    assert ManualPayment.decode({"amount": "524000.50"}).amount == Decimal("524000.50")
    assert Letter.decode({}).step is None
    assert amount_of("x") == 0 and amount_of(None) == 0


def test_the_day_a_record_is_about() -> None:
    assert business_day("contact", {"on": "2026-11-20"}) == date(2026, 11, 20)
    assert business_day("payment", {"paid_on": "2026-11-21"}) == date(2026, 11, 21)
    assert business_day("offer", {"made_on": "2026-11-22T10:00:00"}) == date(2026, 11, 22)
    assert business_day("letter", {"on": "not a day"}) is None


def test_one_token_per_record_and_form() -> None:
    payload = ManualPayment("A", 5, DAY).encode()
    same = event_token("payment", "a", payload, "form-1")
    assert same == event_token("payment", "a", dict(payload), "form-1")
    assert same.startswith("payment:") and len(same) <= 64  # fits the column
    assert same != event_token("payment", "a", payload, "form-2")
    assert same != event_token("payment", "b", payload, "form-1")
    assert same != event_token("payment", "a", ManualPayment("A", 6, DAY).encode(), "form-1")
