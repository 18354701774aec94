"""core/store/settings.py: preferences round trip as JSON, with their defaults."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from core.store import (
    Store,
)


@pytest.mark.parametrize(
    "value", [30, "en", None, True, [7, 14, 30], {"edges": [30, 60, 90], "nama": "Toko Ñusa"}]
)
def test_settings_round_trip(tmp_path: Path, value: object) -> None:
    db = tmp_path / "s.sqlite3"
    with Store(db) as store:
        assert store.get_setting("x", "bawaan") == "bawaan"
        store.set_setting("x", "old")
        store.set_setting("x", value)
    with Store(db) as store:
        assert store.get_setting("x", "bawaan") == value
        assert store.revision() == 2


def test_a_setting_that_is_not_json_is_refused(store: Store) -> None:
    with pytest.raises(TypeError):
        store.set_setting("when", date(2026, 1, 1))
    assert store.revision() == 0 and store.get_setting("when") is None


def test_defaults_and_every_setting_at_once(store: Store) -> None:
    assert store.get_setting("never") is None
    assert store.get_setting("never", {"a": 1}) == {"a": 1}
    assert store.all_settings() == {}
    store.set_setting("lang", "en")
    store.set_setting("edges", [30, 60])
    store.set_setting("lang", "id")  # saved again: replaced, not a second row
    assert store.all_settings() == {"lang": "id", "edges": [30, 60]}
    assert store.get_setting("lang", "en") == "id"


def test_a_setting_logs_the_action_its_caller_names(store: Store) -> None:
    store.set_setting("lan_mode", True, action="lan_mode", detail={"on": True})
    latest = store.audit_log(1)[0]
    assert (latest["action"], latest["detail"]) == ("lan_mode", {"on": True})
