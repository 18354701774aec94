"""The store behaves the same on SQLite and PostgreSQL: imports, the book, events, backups."""

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from core.aging import summarize
from core.ingest import read_ledger
from core.report import load_files
from core.store import Store
from tests.helpers import write_xlsx

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
NOW = datetime(2026, 11, 23, 10, 0)
TODAY = NOW.date()


def save(store: Store, path: Path, when: datetime = NOW) -> str:
    return store.save_import(read_ledger(path), path.read_bytes(), now=when).status


def test_saved_book_equals_the_files_and_survives_a_reopen(db_url: str) -> None:
    store = Store(db_url)
    assert save(store, SAMPLE) == "new"
    _, from_files = load_files([SAMPLE])
    assert summarize(store.ledger(), TODAY) == summarize(from_files, TODAY)
    revision = store.revision()
    assert save(store, SAMPLE) == "unchanged"
    assert store.revision() == revision
    store.close()
    again = Store(db_url)
    assert summarize(again.ledger(), TODAY) == summarize(from_files, TODAY)


def test_replace_and_remove_change_exactly_their_rows(db_url: str, tmp_path: Path) -> None:
    store = Store(db_url)
    header = ["No Faktur", "Pelanggan", "Tanggal", "Jumlah", "Dibayar"]
    first = write_xlsx(
        tmp_path / "buku.xlsx", {"S": [header, ["A1", "Toko A", date(2026, 9, 1), 1000, 0]]}
    )
    assert save(store, first) == "new"
    updated = write_xlsx(
        tmp_path / "buku.xlsx", {"S": [header, ["A1", "Toko A", date(2026, 9, 1), 1000, 600]]}
    )
    assert save(store, updated) == "replaced"
    assert summarize(store.ledger(), TODAY).outstanding == 400
    other = write_xlsx(
        tmp_path / "lain.xlsx", {"S": [header, ["B1", "Toko B", date(2026, 9, 1), 50, 0]]}
    )
    save(store, other)
    assert summarize(store.ledger(), TODAY).outstanding == 450
    [newest, _] = store.imports()
    store.remove_import(newest.id)
    assert summarize(store.ledger(), TODAY).outstanding == 400


def test_events_tokens_and_manual_payments(db_url: str) -> None:
    store = Store(db_url)
    save(store, SAMPLE)
    before = summarize(store.ledger(), TODAY).outstanding
    first = store.add_event("contact", "toko a", NOW, {"outcome": "promised"}, token="abc")
    assert store.add_event("contact", "toko a", NOW, {"outcome": "x"}, token="abc") == first
    paid = {"amount": "524000.50", "invoice_number": "SR/2606/0001", "paid_on": "2026-11-20"}
    store.add_event("payment", "ud harapan baru", NOW, paid)
    # The half rupiah beyond the invoice's amount pays the customer's next oldest due.
    assert summarize(store.ledger(), TODAY).outstanding == before - Decimal("524000.50")
    assert [e.kind for e in store.events()] == ["contact", "payment"]


def test_backup_wipe_restore(db_url: str) -> None:
    store = Store(db_url)
    save(store, SAMPLE)
    store.set_setting("business", {"name": "Toko"})
    store.add_event("offer", "toko a", NOW, {"valid_until": "2026-12-01", "pay_now": "100"})
    store.add_user("andi", "Andi", "staff", "")
    store.assign("toko a", "andi")
    backup = store.dump(now=NOW)
    book = summarize(store.ledger(), TODAY)
    store.clear_demo()
    store.restore(backup)
    assert summarize(store.ledger(), TODAY) == book
    assert store.get_setting("business") == {"name": "Toko"}
    assert len(store.events("offer")) == 1
    assert store.assignments() == {"toko a": "andi"}
    store.add_event("contact", "toko b", NOW, {})  # new ids start above the restored ones
    assert len(store.events()) == 2


def test_a_version_5_database_gains_voiding_and_keeps_its_events(db_url: str) -> None:
    """Schema 6 adds ``voided_at``/``voided_by`` to events: a version 5 database, made by
    taking them away again, opens with its events, and they can be voided from then on."""
    from sqlalchemy import create_engine, text

    from core.store import SCHEMA_VERSION
    from core.store import db_url as to_url

    store = Store(db_url)
    save(store, SAMPLE)
    paid = {"amount": "1000", "invoice_number": "", "customer": "UD Harapan Baru",
            "paid_on": "2026-11-20"}  # fmt: skip
    store.add_event("payment", "ud harapan baru", NOW, paid, token="t1")
    store.close()
    engine = create_engine(to_url(db_url))
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE events DROP COLUMN voided_at"))
        conn.execute(text("ALTER TABLE events DROP COLUMN voided_by"))
        conn.execute(text("UPDATE meta SET value = 5 WHERE key = 'schema_version'"))
    engine.dispose()
    again = Store(db_url)
    with again._engine.connect() as conn:
        assert conn.scalar(text("SELECT value FROM meta WHERE key = 'schema_version'")) == 7
    assert SCHEMA_VERSION == 7  # events' voiding (6), then LAN sessions (7)
    [event] = again.events("payment")
    assert event.payload == paid and not event.voided
    before = summarize(again.ledger(), TODAY).outstanding
    again.void_event(event.id, at=NOW, by="owner")
    assert summarize(again.ledger(), TODAY).outstanding == before + 1000
    assert Store(db_url).event(event.id).voided_by == "owner"
