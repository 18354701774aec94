"""core/store/audit.py: every write counts and logs itself, and only writes do."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core.store import (
    ACTOR,
    Store,
)
from tests.store.books import ledger_xlsx, save


def test_revision_changes_with_every_write_and_only_then(store: Store, tmp_path: Path) -> None:
    path = ledger_xlsx(tmp_path / "a.xlsx", [["F-1", date(2026, 10, 1), "A", 100, 0, 30]])
    seen = [store.revision()]
    outcome = save(store, path)
    seen.append(store.revision())
    save(store, path)
    store.ledger(), store.imports(), store.problems(), store.get_setting("x")
    seen.append(store.revision())
    store.set_setting("lang", "en")
    seen.append(store.revision())
    assert store.clear_demo() == 0
    seen.append(store.revision())
    store.remove_import(outcome.record.id)
    seen.append(store.revision())
    assert seen == [0, 1, 1, 2, 2, 3]


def test_each_write_logs_who_did_what_and_only_the_book_moves_the_ledger_revision(
    store: Store, tmp_path: Path
) -> None:
    token = ACTOR.set("andi")
    try:
        store.set_setting("lang", "en")
    finally:
        ACTOR.reset(token)
    [entry] = store.audit_log()
    assert (entry["actor"], entry["action"], entry["detail"]) == (
        "andi",
        "setting",
        {"key": "lang"},
    )
    assert (store.revision(), store.ledger_revision()) == (1, 0)  # a setting is not the book
    save(store, ledger_xlsx(tmp_path / "a.xlsx", [["F-1", date(2026, 10, 1), "A", 100, 0, 30]]))
    assert (store.revision(), store.ledger_revision()) == (2, 1)
    latest = store.audit_log(1)[0]
    assert (latest["actor"], latest["action"]) == ("owner", "import")
    store.log("sign_in_refused", {"username": "andi"})  # logged though nothing else changed
    assert store.audit_log(1)[0]["detail"] == {"username": "andi"}
    assert (store.revision(), store.ledger_revision()) == (3, 1)
    assert [e["action"] for e in store.audit_log()] == ["sign_in_refused", "import", "setting"]
    assert len(store.audit_log(2)) == 2
