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
