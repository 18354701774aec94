"""core/store/backup.py: dump, wipe and restore give back every record, on both databases."""

from core.aging import summarize
from core.store import Store
from tests.store.books import AT, SAMPLE, TODAY, status_of


def test_backup_wipe_restore(db_url: str) -> None:
    store = Store(db_url)
    status_of(store, SAMPLE)
    store.set_setting("business", {"name": "Toko"})
    store.add_event("offer", "toko a", AT, {"valid_until": "2026-12-01", "pay_now": "100"})
    store.add_user("andi", "Andi", "staff", "")
    store.assign("toko a", "andi")
    backup = store.dump(now=AT)
    book = summarize(store.ledger(), TODAY)
    store.clear_demo()
    store.restore(backup)
    assert summarize(store.ledger(), TODAY) == book
    assert store.get_setting("business") == {"name": "Toko"}
    assert len(store.events("offer")) == 1
    assert store.assignments() == {"toko a": "andi"}
    store.add_event("contact", "toko b", AT, {})  # new ids start above the restored ones
    assert len(store.events()) == 2
