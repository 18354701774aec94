"""core/events/agreement.py: a payment agreement reads back as written, says why it cannot be
saved, reads as earlier versions wrote it; a token only with a form."""

from __future__ import annotations

from dataclasses import replace

import pytest

from core.events import Agreement, AgreementError
from tests.events.records import AGREED, read_back, refused


def test_an_agreement_reads_back_as_written() -> None:
    assert read_back(AGREED, Agreement.decode) == AGREED


@pytest.mark.parametrize(
    ("record", "code"),
    [
        (replace(AGREED, schedule=replace(AGREED.schedule, total=1)), "schedule_sum"),
        (replace(AGREED, schedule=replace(AGREED.schedule, every="fortnightly")), "every"),
        (replace(AGREED, missed_fee=-1), "negative"),
        (replace(AGREED, grace_days=400), "grace_days"),
        (replace(AGREED, status="torn"), "status"),  # type: ignore[arg-type]
    ],
)
def test_what_cannot_be_saved_says_why(record: Agreement, code: str) -> None:
    refused(record, AgreementError, code)


def test_older_payloads_still_read() -> None:
    old = {key: value for key, value in AGREED.encode().items()
           if key not in ("address", "nik", "witnesses", "payments_before", "missed_fee",
                          "grace_days", "round_to", "every")}  # fmt: skip
    back = Agreement.decode(old)
    assert back == replace(AGREED, witnesses=())
    with pytest.raises((KeyError, ValueError)):
        Agreement.decode({"status": "active"})


def test_an_agreement_has_a_token_only_with_a_form() -> None:
    assert AGREED.token("toko a", None) is None  # no form, no token: every save is new
    assert AGREED.token("toko a", "f") == AGREED.token("toko a", "f") != AGREED.token("toko a", "g")
