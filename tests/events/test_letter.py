"""core/events/letter.py: a step's letter and a somasi read back as written, say why they
cannot be saved, read as earlier versions wrote them, and have one token each."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from core.events import EventError, Letter, Somasi
from tests.events.records import DAY, read_back, refused


def test_a_letter_reads_back_as_written() -> None:
    record = Letter("Toko A", 7, Decimal("1250000.50"), DAY)
    assert record.encode()["total"] == "1250000.50"
    assert Letter.decode(record.encode()) == record


def test_a_somasi_reads_back_as_written() -> None:
    record = Somasi("Toko A", 2, DAY, date(2026, 11, 30), Decimal("1250000.50"), 7)
    assert read_back(record, lambda payload: Somasi.decode(payload, on=date(2000, 1, 1))) == record


@pytest.mark.parametrize(
    ("record", "code"),
    [
        (Letter("A", 5, -1), "negative"),
        (Somasi("A", 4, DAY, DAY, 1), "somasi_number"),
        (Somasi("A", 1, DAY, date(2026, 11, 1), 1), "somasi_deadline"),
        (Somasi("A", 1, DAY, DAY, -1), "negative"),
    ],
)
def test_what_cannot_be_saved_says_why(record: Letter | Somasi, code: str) -> None:
    refused(record, EventError, code)


def test_older_payloads_still_read() -> None:
    assert Letter.decode({}).step is None
    somasi = Somasi.decode({"letter": "somasi", "number": "2", "deadline": "2026-11-30",
                            "total": "500000"}, on=DAY)  # fmt: skip
    assert somasi == Somasi("", 2, DAY, date(2026, 11, 30), 500_000)
    assert (
        Somasi.decode({"letter": "somasi", "number": "x", "deadline": "2026-11-30"}, on=DAY) is None
    )
    assert Somasi.decode({"step": 5, "total": "1"}, on=DAY) is None  # a step's letter


def test_a_somasi_has_one_token() -> None:
    somasi = Somasi("Toko A", 1, DAY, date(2026, 11, 30), 1)
    assert somasi.token("toko a", None) == somasi.token("toko a", "another form")
    assert somasi.token("toko a", None) != replace(somasi, number=2).token("toko a", None)
