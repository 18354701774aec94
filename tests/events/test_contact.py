"""core/events/contact.py: a contact and its promise read back as written, and say why not."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.events import CHANNELS, OUTCOMES, Contact, EventError
from tests.events.records import DAY, amounts, days, refused


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


@pytest.mark.parametrize(
    ("record", "code"),
    [
        (Contact("A", "pigeon", "no_answer"), "channel"),
        (Contact("A", "phone", "maybe"), "outcome"),
        (Contact("A", "phone", "promised", promise_amount=5), "promise_needs"),
        (Contact("A", "phone", "promised", promise_date=DAY), "promise_needs"),
    ],
)
def test_what_cannot_be_saved_says_why(record: Contact, code: str) -> None:
    refused(record, EventError, code)


def test_older_payloads_read_with_defaults() -> None:
    """Rows saved before a field existed, or by hand, still read."""
    assert Contact.decode({"outcome": "promised"}) == Contact("", "phone", "promised")
    assert Contact.decode({"step": "4"}).step == 4
    assert Contact.decode({"step": True}).step is None
