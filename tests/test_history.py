"""Promises judged by later imports; the customer's history and timeline."""

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from core.events import Contact
from core.history import histories, promises
from core.ingest import read_ledger
from core.store import Store
from core.timeline import timeline
from tests.helpers import write_xlsx

TODAY = date(2026, 11, 23)
HEADER = ["No Faktur", "Pelanggan", "Tanggal", "Jatuh Tempo", "Jumlah", "Dibayar"]


def ledger_file(tmp_path: Path, paid: int) -> Path:
    rows = [HEADER, ["F1", "Toko A", date(2026, 9, 1), date(2026, 10, 1), 1_000_000, paid]]
    return write_xlsx(tmp_path / "piutang.xlsx", {"S": rows})


@pytest.fixture
def store(tmp_path: Path) -> Store:
    db = Store(tmp_path / "t.sqlite3")
    path = ledger_file(tmp_path, 0)
    db.save_import(read_ledger(path), path.read_bytes(), now=datetime(2026, 11, 20))
    return db


def promise(store: Store, on: date, due: date, amount: int) -> None:
    payload = Contact(
        customer="Toko A",
        channel="phone",
        outcome="promised",
        step=6,
        promise_date=due,
        promise_amount=amount,
        outstanding_then=1_000_000,
    ).encode()
    store.add_event("contact", "toko a", datetime.combine(on, datetime.min.time()), payload)


def test_a_later_import_with_the_payment_keeps_the_promise(store: Store, tmp_path: Path) -> None:
    promise(store, TODAY, TODAY + timedelta(days=5), 400_000)
    [open_] = promises(store.events(), store.ledger(), TODAY)
    assert open_.status == "open"
    path = ledger_file(tmp_path, 400_000)  # the owner's updated ledger, same file name
    store.save_import(read_ledger(path), path.read_bytes(), now=datetime(2026, 11, 26))
    reopened = Store(tmp_path / "t.sqlite3")  # and it survives a restart
    [kept] = promises(reopened.events(), reopened.ledger(), TODAY + timedelta(days=10))
    assert (kept.status, kept.paid) == ("kept", 400_000)


def test_without_the_payment_past_its_date_the_promise_is_broken(store: Store) -> None:
    promise(store, TODAY - timedelta(days=10), TODAY - timedelta(days=3), 400_000)
    [broken] = promises(store.events(), store.ledger(), TODAY)
    assert broken.status == "broken"
    history = histories(store.events(), store.ledger(), TODAY)["toko a"]
    assert history.broken_promises == 1 and history.last_step == 6


def test_a_dated_payment_by_the_date_keeps_it(store: Store) -> None:
    promise(store, TODAY - timedelta(days=10), TODAY - timedelta(days=3), 300_000)
    store.add_event(
        "payment",
        "toko a",
        datetime(2026, 11, 18),
        {"amount": "300000", "invoice_number": "F1", "paid_on": "2026-11-18"},
    )
    [kept] = promises(store.events(), store.ledger(), TODAY)
    assert kept.status == "kept"


def test_timeline_shows_everything_newest_first(store: Store) -> None:
    promise(store, TODAY, TODAY + timedelta(days=5), 400_000)
    store.add_event("letter", "toko a", datetime(2026, 11, 21), {"step": 5, "total": "1000000"})
    entries = timeline(store.ledger(), "toko a", store.events(), TODAY)  # type: ignore[arg-type]
    assert [e.kind for e in entries] == ["promise", "letter", "invoice"]
    assert "Rp 400.000" in entries[0].text and "menunggu" in entries[0].text


def test_the_timeline_lists_records_by_their_business_date(store: Store) -> None:
    """Entered today about earlier days (the owner catching up with the as-of date set back):
    each lands on the day it is about, and keeps when it was typed in."""
    typed = datetime(2026, 12, 5, 19, 30)
    store.add_event(
        "payment",
        "toko a",
        typed,
        {"amount": "250000", "invoice_number": "F1", "paid_on": "2026-11-10"},
    )
    contact = Contact(
        customer="Toko A", channel="phone", outcome="no_answer", step=5, on=date(2026, 11, 15)
    ).encode()
    store.add_event("contact", "toko a", typed + timedelta(minutes=1), contact)
    store.add_event(
        "letter",
        "toko a",
        typed + timedelta(minutes=2),
        {"step": 5, "total": "750000", "on": "2026-11-05"},
    )
    entries = timeline(store.ledger(), "toko a", store.events(), TODAY)  # type: ignore[arg-type]
    assert [(e.kind, e.on) for e in entries] == [
        ("contact", date(2026, 11, 15)),
        ("payment", date(2026, 11, 10)),
        ("letter", date(2026, 11, 5)),
        ("invoice", date(2026, 9, 1)),
    ]
    assert entries[0].entered == typed + timedelta(minutes=1)
    assert entries[-1].entered is None  # the book's own rows were not typed in here
    # The contact counts on its business day: the history's last contact is 15 Nov.
    assert histories(store.events(), store.ledger(), TODAY)["toko a"].last_contact == date(
        2026, 11, 15
    )
    # And the payment is in the book on the day it was paid.
    [paid] = [p for p in store.ledger().payments if p.amount == 250_000]
    assert paid.paid_on == date(2026, 11, 10)


def test_a_voided_record_is_on_the_timeline_as_voided_and_counts_for_nothing(
    store: Store,
) -> None:
    promise(store, TODAY, TODAY + timedelta(days=5), 400_000)
    [event] = store.events("contact")
    store.void_event(event.id, at=datetime(2026, 11, 23, 15, 30), by="andi")
    assert promises(store.events(), store.ledger(), TODAY) == []
    assert histories(store.events(), store.ledger(), TODAY) == {}
    shown = store.events(include_void=True)
    [entry] = [e for e in timeline(store.ledger(), "toko a", shown, TODAY) if e.event_id]  # type: ignore[arg-type]
    assert entry.voided and entry.kind == "contact"  # no longer judged as a promise
    assert "DIBATALKAN oleh andi, 23 Nov 2026 15:30" in entry.text
    [entry] = [
        e
        for e in timeline(store.ledger(), "toko a", shown, TODAY, "en")
        if e.event_id  # type: ignore[arg-type]
    ]
    assert "VOIDED by andi" in entry.text
