"""core/events/dispute.py: a dispute and how it ended read back as written, say why they cannot
be saved, read as earlier versions wrote them, and have one token each."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from core.events import DisputeMark, DisputeResolution
from core.events.dispute import DisputeError
from tests.events.records import DAY, read_back, refused


@pytest.mark.parametrize(
    "record",
    [
        DisputeMark("Toko A", "damaged", DAY, "2 dus pecah", "F-1"),
        DisputeResolution("Toko A", 12, "return", DAY, Decimal("50000.50"), "F-1", "retur"),
        DisputeResolution("Toko A", 12, "playbook", DAY),
    ],
    ids=lambda r: type(r).__name__,
)
def test_every_kind_reads_back_as_written(record: DisputeMark | DisputeResolution) -> None:
    back = read_back(record, lambda payload: type(record).decode(payload, on=date(2000, 1, 1)))
    assert back == record


@pytest.mark.parametrize(
    ("record", "code"),
    [
        (DisputeMark("A", "too_poor", DAY), "reason"),
        (DisputeResolution("A", 1, "shrug", DAY), "resolution"),
        (DisputeResolution("A", 1, "return", DAY), "credit"),
        (DisputeResolution("A", 1, "playbook", DAY, 5), "credit"),
    ],
)
def test_what_cannot_be_saved_says_why(record: DisputeMark | DisputeResolution, code: str) -> None:
    refused(record, DisputeError, code)


def test_older_payloads_still_read() -> None:
    assert DisputeMark.decode({"reason": "short"}, on=DAY) == DisputeMark("", "short", DAY)
    assert DisputeMark.decode({"reason": "bored"}, on=DAY).known_reason is None
    ended = DisputeResolution.decode({"dispute_id": "7", "how": "return", "credit": "5000"}, on=DAY)
    assert (ended.dispute_id, ended.credit, ended.invoice) == (7, 5000, "")
    assert DisputeResolution.decode({"dispute_id": None}, on=DAY).dispute_id == 0


def test_each_kind_has_one_token() -> None:
    mark = DisputeMark("A", "short", DAY)
    assert mark.token("a", "form-1") == replace(mark, note="typed after").token("a", "form-1")
    ended = DisputeResolution("A", 3, "return", DAY, 5)
    assert ended.token("a", None) == replace(ended, how="playbook", credit=0).token("a", "x")
    assert ended.return_token() != ended.token("a", None)
