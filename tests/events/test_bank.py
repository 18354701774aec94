"""core/events/bank.py: a bank credit reads back as written (its key kept from the first save),
says why it cannot be saved, reads as earlier versions wrote it; its token is its key."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.events import BankCredit, EventError
from tests.events.records import CREDIT, read_back, refused


@pytest.mark.parametrize(
    "record",
    [
        BankCredit(CREDIT, "bca"),
        BankCredit(CREDIT, "bca", "confirmed", "toko a", "F-1", 40, 2, CREDIT.key),
    ],
    ids=["proposed", "confirmed"],
)
def test_a_bank_credit_reads_back_as_written(record: BankCredit) -> None:
    back = read_back(record, BankCredit.decode)
    if not record.key:
        assert back == replace(record, key=CREDIT.key)  # the key is kept from the first save
    else:
        assert back == record


@pytest.mark.parametrize(
    ("record", "code"),
    [
        (BankCredit(replace(CREDIT, amount=0)), "payment_zero"),
        (BankCredit(CREDIT, state="confirmed"), "bank_confirmed"),
    ],
)
def test_what_cannot_be_saved_says_why(record: BankCredit, code: str) -> None:
    refused(record, EventError, code)


def test_older_payloads_still_read() -> None:
    kept = BankCredit.decode({"key": "k1", "on": "2026-11-23", "amount": "250000",
                              "description": "TRSF", "balance": None, "state": "odd"})  # fmt: skip
    assert (kept.state, kept.confirmations, kept.payment_event_id, kept.token_key) == (
        "proposed", 0, None, "k1")  # fmt: skip


def test_a_bank_credit_token_is_its_key() -> None:
    assert BankCredit(CREDIT).token("", None) == CREDIT.key
