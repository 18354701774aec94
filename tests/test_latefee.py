"""The late fee: pro rata by day after the grace period, or fixed, capped; exact rupiah."""

from datetime import date, timedelta
from decimal import Decimal
from functools import partial

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.latefee import LateFeePolicy, customer_late_fee, is_high, late_fee
from tests.factories import invoice

DUE = date(2026, 1, 1)


inv = partial(invoice, "F", "A", due=DUE, term=None, file="f", sheet="s")  # inv(amount, paid)

ON = LateFeePolicy(kind="percent")  # 2 % a month after 7 days, once the owner switched it on


@pytest.mark.parametrize(
    ("days", "policy", "fee"),
    [
        (7, LateFeePolicy(kind="percent", grace_days=7), 0),
        (8, LateFeePolicy(kind="percent", grace_days=7), 667),  # 1 day of 2 %/month on 1.000.000
        (37, LateFeePolicy(kind="percent", grace_days=7), 20_000),
        (37, LateFeePolicy(kind="percent", grace_days=7, cap=5_000), 5_000),
        (37, LateFeePolicy(kind="fixed", fixed=25_000), 25_000),
        (3, LateFeePolicy(kind="fixed", fixed=25_000, grace_days=7), 0),
        (37, LateFeePolicy(kind="none"), 0),
        (37, LateFeePolicy(kind="percent", grace_days=0, percent_per_month=Decimal("1.5")), 18_500),
    ],
)
def test_fee_table(days: int, policy: LateFeePolicy, fee: int) -> None:
    assert late_fee(inv(1_000_000), DUE + timedelta(days=days), policy) == fee


def test_no_fee_on_what_is_paid() -> None:
    assert late_fee(inv(1_000_000, 1_000_000), DUE + timedelta(days=90), ON) == 0


@given(st.integers(0, 10**12), st.integers(0, 3000), st.integers(0, 60))
def test_fee_grows_with_time_and_respects_the_cap(amount: int, days: int, grace: int) -> None:
    policy = LateFeePolicy(kind="percent", grace_days=grace, cap=1_000_000)
    early = late_fee(inv(amount), DUE + timedelta(days=days), policy)
    later = late_fee(inv(amount), DUE + timedelta(days=days + 1), policy)
    assert 0 <= early <= later <= 1_000_000
    assert isinstance(early, int)


def test_settings_round_trip_and_bad_values() -> None:
    policy = LateFeePolicy(kind="fixed", grace_days=3, fixed=10_000, cap=50_000)
    assert LateFeePolicy.from_setting(policy.as_setting()) == policy
    assert LateFeePolicy.from_setting({"grace_days": "x"}) == LateFeePolicy()


def test_off_until_the_owner_sets_it() -> None:
    """No fee nobody agreed: a new install, or settings without a kind, charge nothing."""
    assert LateFeePolicy().kind == "none"
    assert LateFeePolicy.from_setting(None).kind == "none"
    assert LateFeePolicy.from_setting({"grace_days": 3}).kind == "none"
    assert late_fee(inv(1_000_000), DUE + timedelta(days=400), LateFeePolicy()) == 0


@pytest.mark.parametrize(
    ("policy", "high"),
    [
        (LateFeePolicy(kind="percent", percent_per_month=Decimal("3")), False),
        (LateFeePolicy(kind="percent", percent_per_month=Decimal("3.5")), True),
        (LateFeePolicy(kind="fixed", percent_per_month=Decimal("10")), False),
    ],
)
def test_a_rate_above_three_percent_a_month_is_high(policy: LateFeePolicy, high: bool) -> None:
    assert is_high(policy) is high


def test_customer_fee_counts_only_their_invoices() -> None:
    other = invoice("G", "B", 5_000_000, due=DUE, term=None, file="f", sheet="s", row=3)
    day = DUE + timedelta(days=37)
    assert customer_late_fee([inv(1_000_000), other], "a", day, ON) == 20_000
    assert customer_late_fee([inv(1_000_000), other], "a", day, LateFeePolicy()) == 0
