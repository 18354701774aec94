"""The owner's settings, typed once: what was saved and valid, else the default."""

from __future__ import annotations

from datetime import time
from decimal import Decimal
from pathlib import Path

import pytest

from core.aging import DEFAULT_EDGES
from core.backup import DEFAULT_KEEP
from core.daily import ContactHours
from core.dates import DEFAULT_TERM_DAYS
from core.latefee import LateFeePolicy
from core.playbook import Rules
from core.settings import Settings
from core.store import Store


def test_nothing_saved_is_every_default() -> None:
    assert Settings.parse({}) == Settings()
    defaults = Settings()
    assert defaults.aging_edges == DEFAULT_EDGES and defaults.default_term == DEFAULT_TERM_DAYS
    assert defaults.late_fee == LateFeePolicy() and defaults.late_fee.kind == "none"
    assert defaults.playbook == Rules() and defaults.backup_keep == DEFAULT_KEEP


def test_what_was_saved_is_read_typed(tmp_path: Path) -> None:
    with Store(tmp_path / "s.sqlite3") as store:
        store.set_setting("aging_edges", [15, 45, 120])
        store.set_setting("default_term", 14)
        store.set_setting("late_fee", {"kind": "percent", "percent_per_month": "2.5"})
        store.set_setting("playbook", {"humour_until": 10})
        store.set_setting("business", {"name": " Toko Maju ", "phone": "", "x": "y"})
        store.set_setting("salutations", {"toko a": "Bu"})
        store.set_setting("agreement_place", " Bandung ")
        store.set_setting("agreement_days_before", 0)
        store.set_setting("backup_keep", 30)
        store.set_setting("lan_mode", True)
        store.set_setting("contact_hours", {"days": [0, 1, 2], "start": "09:00", "end": "17:00"})
        found = Settings.of(store)
    assert found.aging_edges == (15, 45, 120) and found.default_term == 14
    assert found.late_fee.percent_per_month == Decimal("2.5")
    assert found.playbook.humour_until == 10
    assert dict(found.shop) == {"name": "Toko Maju"}
    assert dict(found.titles) == {"toko a": "Bu"}
    assert found.agreement_place == "Bandung" and found.agreement_days_before == 0
    assert found.backup_keep == 30 and found.lan_mode and not found.demo_dismissed
    assert found.contact_hours == ContactHours((0, 1, 2), time(9), time(17))


@pytest.mark.parametrize(
    "raw",
    [
        {"aging_edges": [90, 30]},
        {"aging_edges": "30,60"},
        {"default_term": -1},
        {"default_term": "30"},
        {"default_term": True},
        {"backup_keep": 0},
        {"late_fee": "2%"},
        {"playbook": [1, 2]},
        {"business": "Toko"},
        {"lan_mode": "yes"},
        {"contact_hours": "08-20"},
        {"contact_hours": {"start": "20:00", "end": "08:00"}},
    ],
)
def test_a_malformed_value_takes_its_default(raw: dict[str, object]) -> None:
    assert Settings.parse(raw) == Settings()
