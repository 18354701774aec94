"""core/events/offer.py: a settlement offer reads back as written, says why it cannot be saved,
reads as earlier versions wrote it, and has one token whatever its status."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from core.events import EventError, Offer
from core.ledger import CustomerKey
from tests.events.records import DAY, read_back, refused


def test_an_offer_reads_back_as_written() -> None:
    record = Offer(
        CustomerKey("toko a"),
        DAY,
        ("F-1", "F-2"),
        1_000_000,
        100_000,
        900_000,
        date(2026, 11, 30),
        "cancelled",
        "en",
    )
    back = read_back(
        record,
        lambda payload: Offer.decode(payload, customer=record.customer_key, on=date(2000, 1, 1)),
    )
    assert back == record


@pytest.mark.parametrize(
    ("record", "code"),
    [
        (Offer(CustomerKey("a"), DAY, (), 10, 3, 8, DAY), "offer_sum"),
        (Offer(CustomerKey("a"), DAY, (), 10, -1, 11, DAY), "negative"),
        (Offer(CustomerKey("a"), DAY, (), 10, 1, 9, date(2026, 11, 1)), "offer_valid_until"),
        (Offer(CustomerKey("a"), DAY, (), 10, 1, 9, DAY, "paid"), "status"),
    ],
)
def test_what_cannot_be_saved_says_why(record: Offer, code: str) -> None:
    refused(record, EventError, code)


def test_older_payloads_still_read() -> None:
    figures = {"amount_before": 1_000_000, "discount": 100_000, "pay_now": 900_000}
    offer = Offer.decode(
        {**figures, "valid_until": "2026-11-30", "lang": "fr"}, customer="a", on=DAY
    )
    assert (offer.made_on, offer.status, offer.lang, offer.invoices) == (DAY, "open", "id", ())
    assert offer.pay_now == 900_000


def test_an_offer_has_one_token() -> None:
    offer = Offer(CustomerKey("a"), DAY, (), 10, 1, 9, DAY)
    assert offer.token() == replace(offer, status="cancelled").token()  # the status is no part
    assert offer.token() != replace(offer, made_on=date(2026, 11, 22)).token()
