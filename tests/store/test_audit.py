"""core/store/audit.py: every write counts and logs itself, and only writes do."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from core.store import (
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
