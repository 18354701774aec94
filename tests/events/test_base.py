"""core/events/base.py and the package: one token per record and form, the day a record is
about, ``write``/``rewrite`` the only way into the store, and ``decode`` by kind."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import pytest

from core.events import (
    BankCredit,
    Contact,
    DisputeMark,
    DisputeResolution,
    EventError,
    Letter,
    ManualPayment,
    Offer,
    Record,
    Somasi,
    amount_of,
    business_day,
    decode,
    event_token,
    rewrite,
    write,
)
from core.ledger import CustomerKey
from core.store import Store
from tests.events.records import AGREED, CREDIT, DAY


def test_amounts_saved_as_anything_read_as_rupiah() -> None:
    """Rows saved before a field existed, or by hand, still read."""
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


def test_records_are_written_and_rewritten_only_as_themselves(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.sqlite3")
    at = datetime(2026, 11, 23, 9)
    offer = Offer(CustomerKey("toko a"), DAY, (), 10, 1, 9, DAY)
    first, new = write(store, "toko a", offer, at=at)
    again, new_again = write(store, "toko a", offer, at=at)
    assert new and not new_again and first == again
    with pytest.raises(EventError):
        write(store, "toko a", replace(offer, pay_now=5), at=at)  # checked before it is saved
    rewrite(store, first.id, replace(offer, status="cancelled"))
    assert Offer.from_event(Store(tmp_path / "t.sqlite3").event(first.id)).status == "cancelled"
    with pytest.raises(EventError) as wrong:
        rewrite(store, first.id, Somasi("Toko A", 1, DAY, DAY, 1))
    assert wrong.value.code == "kind"
    assert len(store.events()) == 1


@dataclass(frozen=True)
class _Saved:
    id: int
    kind: str
    customer_key: str
    at: datetime
    payload: dict[str, object]


def test_a_saved_event_decodes_as_its_kind() -> None:
    at = datetime(2026, 11, 20, 9)
    records: list[Record] = [
        Contact("Toko A", "phone", "no_answer", on=DAY),
        Letter("Toko A", 5, 100, DAY),
        Somasi("Toko A", 1, DAY, date(2026, 11, 30), 100),
        ManualPayment("Toko A", 100, DAY),
        Offer(CustomerKey("toko a"), DAY, (), 10, 1, 9, DAY, event_id=4),
        replace(AGREED, id=4),
        DisputeMark("Toko A", "short", DAY),
        DisputeResolution("Toko A", 3, "playbook", DAY),
        BankCredit(CREDIT, key=CREDIT.key),
    ]
    for record in records:
        assert decode(_Saved(4, record.KIND, "toko a", at, record.encode())) == record
    assert decode(_Saved(4, "agreement", "toko a", at, {"status": "active"})) is None
    assert decode(_Saved(4, "bank_credit", "", at, {"on": "never"})) is None
    assert decode(_Saved(4, "a kind from the future", "toko a", at, {})) is None
