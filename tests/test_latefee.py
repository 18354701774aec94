"""The late fee: pro rata by day after the grace period, or fixed, capped; exact rupiah."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.latefee import LateFeePolicy, late_fee
from core.ledger import Invoice, Source

DUE = date(2026, 1, 1)


def inv(amount: int, paid: int = 0) -> Invoice:
    return Invoice("F", "A", None, DUE, "column", amount, paid, Source("f", "s", 2))


@pytest.mark.parametrize(
    ("days", "policy", "fee"),
    [
        (7, LateFeePolicy(grace_days=7), 0),
        (8, LateFeePolicy(grace_days=7), 667),  # 1 day of 2 %/month on 1.000.000
        (37, LateFeePolicy(grace_days=7), 20_000),
        (37, LateFeePolicy(grace_days=7, cap=5_000), 5_000),
        (37, LateFeePolicy(kind="fixed", fixed=25_000), 25_000),
        (3, LateFeePolicy(kind="fixed", fixed=25_000, grace_days=7), 0),
        (37, LateFeePolicy(kind="none"), 0),
        (37, LateFeePolicy(grace_days=0, percent_per_month=Decimal("1.5")), 18_500),
    ],
)
def test_fee_table(days: int, policy: LateFeePolicy, fee: int) -> None:
    assert late_fee(inv(1_000_000), DUE + timedelta(days=days), policy) == fee


def test_no_fee_on_what_is_paid() -> None:
    assert late_fee(inv(1_000_000, 1_000_000), DUE + timedelta(days=90), LateFeePolicy()) == 0


@given(st.integers(0, 10**12), st.integers(0, 3000), st.integers(0, 60))
def test_fee_grows_with_time_and_respects_the_cap(amount: int, days: int, grace: int) -> None:
    policy = LateFeePolicy(grace_days=grace, cap=1_000_000)
    early = late_fee(inv(amount), DUE + timedelta(days=days), policy)
    later = late_fee(inv(amount), DUE + timedelta(days=days + 1), policy)
    assert 0 <= early <= later <= 1_000_000
    assert isinstance(early, int)


def test_settings_round_trip_and_bad_values() -> None:
    policy = LateFeePolicy(kind="fixed", grace_days=3, fixed=10_000, cap=50_000)
    assert LateFeePolicy.from_setting(policy.as_setting()) == policy
    assert LateFeePolicy.from_setting({"grace_days": "x"}) == LateFeePolicy()
