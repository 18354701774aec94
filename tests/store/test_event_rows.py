"""core/store/event_rows.py: what the owner records is kept at once, once per token, survives a
restart, and reads back as earlier versions wrote it."""

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from core.aging import summarize
from core.ingest import read_ledger
from core.store import Store
from tests.helpers import write_xlsx
from tests.store.books import AT, SAMPLE, TODAY, status_of


@pytest.fixture
def store(tmp_path: Path, db_url: str) -> Store:
    """A store with one small import, on SQLite and again on PostgreSQL."""
    path = write_xlsx(
        tmp_path / "piutang.xlsx",
        {
            "S": [
                ["No Faktur", "Pelanggan", "Tanggal", "Jumlah"],
                ["F1", "Toko A", date(2026, 9, 1), 1000],
            ]
        },
    )
    db = Store(db_url)
    db.save_import(read_ledger(path), path.read_bytes(), now=AT)
    return db


def test_events_are_saved_and_survive_a_restart(store: Store, db_url: str) -> None:
    details = {"channel": "phone", "outcome": "promised", "promise_date": date(2026, 11, 30)}
    event = store.add_event("contact", "toko a", AT, {**details, "promise_amount": "500000"})
    again = Store(db_url)
    [kept] = again.events("contact", "toko a")
    assert kept == event
    assert kept.payload["promise_date"] == "2026-11-30"
    assert again.events("offer") == []


def test_a_token_makes_a_double_click_harmless(store: Store) -> None:
    first = store.add_event("contact", "toko a", AT, {"n": 1}, token="abc")
    second = store.add_event("contact", "toko a", AT, {"n": 2}, token="abc")
    assert first == second
    assert len(store.events()) == 1


def test_manual_payment_changes_the_book_and_its_revision(store: Store) -> None:
    before = store.ledger_revision()
    store.add_event("contact", "toko a", AT, {"channel": "phone"})
    assert store.ledger_revision() == before
    paid = {"amount": "400", "invoice_number": "F1", "paid_on": "2026-11-20"}
    payment = store.add_event("payment", "toko a", AT, paid)
    assert store.ledger_revision() == before + 1
    assert summarize(store.ledger(), date(2026, 11, 23)).outstanding == 600
    store.void_event(payment.id, at=AT, by="owner")
    assert summarize(store.ledger(), date(2026, 11, 23)).outstanding == 1000


def test_update_event(store: Store) -> None:
    event = store.add_event("promise", "toko a", AT, {"status": "open"})
    store.update_event(event.id, {"status": "kept"})
    assert store.events("promise")[0].payload == {"status": "kept"}
    with pytest.raises(LookupError):
        store.update_event(999, {})


def test_events_saved_by_earlier_versions_still_read(store: Store, db_url: str) -> None:
    """Payloads as earlier versions wrote them (amounts as JSON numbers, fields added since
    missing), read back after a restart by the code that shows them."""
    from core.agreements import load_agreements
    from core.bankcredits import saved_credits
    from core.discount import tracked_offers
    from core.disputes import open_disputes
    from core.ledger import CustomerKey
    from core.letters import somasi_sent
    from core.timeline import timeline

    key = CustomerKey("toko a")
    old = [
        ("offer", {"invoices": ["F1"], "amount_before": 1000, "discount": 100, "pay_now": 900,
                   "valid_until": "2026-11-30", "status": "open"}),
        ("letter", {"customer": "Toko A", "letter": "somasi", "number": 1, "total": "1000",
                    "deadline": "2026-11-30", "on": "2026-11-20"}),
        ("dispute", {"customer": "Toko A", "reason": "short", "on": "2026-11-21"}),
        ("agreement", {"customer": "Toko A", "customer_key": "toko a", "created": "2026-11-22",
                       "status": "active", "invoices": [{"number": "F1", "invoice_date": None,
                       "due_date": "2026-10-01", "amount": "1000", "outstanding": "1000"}],
                       "original_debt": "1000", "agreed_total": "1000",
                       "schedule": [{"no": 1, "due": "2026-12-22", "amount": "1000"}]}),
    ]  # fmt: skip
    for kind, payload in old:
        store.add_event(kind, key, AT, payload)
    store.add_event("bank_credit", "", AT, {"key": "k1", "on": "2026-11-23", "amount": "1000",
                                             "description": "TRSF", "balance": None})  # fmt: skip
    again = Store(db_url)
    events, ledger, today = again.events(), again.ledger(), date(2026, 11, 23)
    [offer] = tracked_offers(events, ledger, today)
    assert (offer.offer.pay_now, offer.offer.made_on, offer.status) == (900, AT.date(), "open")
    [somasi] = somasi_sent(events, key)
    assert (somasi.number, somasi.deadline) == (1, date(2026, 11, 30))
    assert open_disputes(events, today)[key].reason == "short"
    [agreed] = load_agreements(again, "Toko A")
    assert (agreed.total, agreed.grace_days, agreed.witnesses) == (1000, 7, ())
    [credit] = saved_credits(again)
    assert (credit.state, credit.credit.amount) == ("proposed", 1000)
    kinds = [entry.kind for entry in timeline(ledger, key, events, today, "en")]
    assert {"offer", "letter", "dispute", "agreement", "invoice"} <= set(kinds)
    assert "other" not in kinds


def test_events_tokens_and_manual_payments(db_url: str) -> None:
    store = Store(db_url)
    status_of(store, SAMPLE)
    before = summarize(store.ledger(), TODAY).outstanding
    first = store.add_event("contact", "toko a", AT, {"outcome": "promised"}, token="abc")
    assert store.add_event("contact", "toko a", AT, {"outcome": "x"}, token="abc") == first
    paid = {"amount": "524000.50", "invoice_number": "SR/2606/0001", "paid_on": "2026-11-20"}
    store.add_event("payment", "ud harapan baru", AT, paid)
    # The half rupiah beyond the invoice's amount pays the customer's next oldest due.
    assert summarize(store.ledger(), TODAY).outstanding == before - Decimal("524000.50")
    assert [e.kind for e in store.events()] == ["contact", "payment"]
