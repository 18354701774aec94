"""The contact-hours guard: when the daily list may offer a WhatsApp or e-mail draft."""

from __future__ import annotations

from datetime import datetime, time

import pytest

from core.daily import ContactHours


@pytest.mark.parametrize(
    ("at", "allowed"),
    [
        (datetime(2026, 11, 23, 7, 59), False),  # Monday, before eight
        (datetime(2026, 11, 23, 8, 0), True),
        (datetime(2026, 11, 23, 19, 59), True),
        (datetime(2026, 11, 23, 20, 0), False),
        (datetime(2026, 11, 28, 12, 0), True),  # Saturday
        (datetime(2026, 11, 29, 12, 0), False),  # Sunday
    ],
)
def test_the_default_is_monday_to_saturday_eight_to_eight(at: datetime, allowed: bool) -> None:
    assert ContactHours().allows(at) is allowed


def test_the_next_opening_after_hours_on_saturday_night_is_monday_morning() -> None:
    hours = ContactHours()
    assert hours.next_opening(datetime(2026, 11, 28, 20, 30)) == datetime(2026, 11, 30, 8)
    assert hours.next_opening(datetime(2026, 11, 24, 6, 0)) == datetime(2026, 11, 24, 8)
    now = datetime(2026, 11, 24, 9, 15)
    assert hours.next_opening(now) == now
    assert ContactHours(days=()).next_opening(now) is None


def test_the_owners_hours_from_the_setting_and_back() -> None:
    hours = ContactHours((0, 2, 4), time(9), time(17, 30))
    assert ContactHours.from_setting(hours.as_setting()) == hours
    assert hours.describe("id") == "Senin, Rabu, Jumat 09.00–17.30"
    assert ContactHours().describe("id") == "Senin–Sabtu 08.00–20.00"
    assert ContactHours().describe("en") == "Monday–Saturday 08:00–20:00"


@pytest.mark.parametrize(
    "raw",
    [None, {}, {"start": "late"}, {"days": ["x"]}, {"start": "20:00", "end": "08:00"}],
)
def test_a_missing_or_broken_setting_keeps_the_default(raw: object) -> None:
    assert ContactHours.from_setting(raw) == ContactHours()  # type: ignore[arg-type]
