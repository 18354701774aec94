"""The playbook rules: the step for lateness, and how history moves a customer on or back."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.playbook import FIRM, History, Rules, base_step, choose_step, is_bad_payer

TODAY = date(2026, 11, 23)
RULES = Rules()


@pytest.mark.parametrize(
    ("days_late", "step"),
    [
        (-30, None),
        (-4, None),
        (-3, 1),
        (-2, 1),
        (-1, 2),
        (0, 3),
        (1, 4),
        (14, 4),
        (15, 5),
        (30, 5),
        (31, 6),
        (60, 6),
        (61, 7),
        (90, 7),
        (91, 8),
        (180, 8),
        (181, 9),
        (900, 9),
    ],
)
def test_step_from_lateness(days_late: int, step: int | None) -> None:
    assert base_step(days_late, RULES) == step


def choose(days_late: int, history: History = History()) -> tuple[int | None, str, date | None]:
    due = TODAY - timedelta(days=days_late)
    choice = choose_step(days_late, due, history, RULES, TODAY)
    return choice.step, choice.reason, choice.waiting_until


def test_no_result_within_the_wait_moves_on() -> None:
    tried = History(last_step=4, last_contact=TODAY - timedelta(days=6))
    assert choose(10, tried)[:2] == (5, "reason.no_result")


def test_within_the_wait_the_customer_waits() -> None:
    tried = History(last_step=4, last_contact=TODAY - timedelta(days=2))
    step, reason, waiting = choose(10, tried)
    assert (step, reason) == (4, "reason.waiting")
    assert waiting == TODAY + timedelta(days=3)


def test_a_payment_moves_back_to_the_lateness_step() -> None:
    paid = History(
        last_step=7, last_contact=TODAY - timedelta(days=20), paid_since_last_contact=True
    )
    assert choose(10, paid)[:2] == (4, "reason.paid_since")


def test_an_open_promise_waits_and_a_promise_due_today_comes_first() -> None:
    waiting = History(last_step=4, last_contact=TODAY, promise_date=TODAY + timedelta(days=2))
    assert choose(10, waiting) == (4, "reason.promise_pending", TODAY + timedelta(days=2))
    today = History(last_step=4, last_contact=TODAY - timedelta(days=3), promise_date=TODAY)
    assert choose(10, today)[:2] == (4, "reason.promise_today")


def test_a_broken_promise_moves_on() -> None:
    broken = History(
        last_step=5,
        last_contact=TODAY - timedelta(days=4),
        broken_promises=1,
        last_broken=TODAY - timedelta(days=1),
    )
    assert choose(20, broken)[:2] == (6, "reason.promise_broken")


def test_agreements_remind_before_instalments_and_move_on_when_missed() -> None:
    soon = History(agreement_in_force=True, instalment_due=(2, TODAY + timedelta(days=2), 500_000))
    assert choose(120, soon)[:2] == (8, "reason.instalment_soon")
    missed = History(agreement_in_force=True, instalment_missed=(1, TODAY - timedelta(days=3), 1))
    assert choose(120, missed)[:2] == (9, "reason.instalment_missed")


def test_an_open_offer_keeps_step_9() -> None:
    assert choose(200, History(offer_until=TODAY + timedelta(days=5)))[:2] == (
        9,
        "reason.offer_open",
    )


histories = st.builds(
    History,
    last_step=st.none() | st.integers(1, 9),
    last_contact=st.none() | st.dates(TODAY - timedelta(days=200), TODAY),
    paid_since_last_contact=st.booleans(),
    broken_promises=st.integers(0, 5),
    last_broken=st.none() | st.dates(TODAY - timedelta(days=200), TODAY - timedelta(days=1)),
)


@given(st.integers(91, 2000), histories)
def test_more_than_90_days_late_without_agreement_is_step_7_or_later(days: int, h: History) -> None:
    step, _, _ = choose(days, h)
    assert step is not None and step >= FIRM


@given(st.integers(-400, 2000), histories)
def test_a_step_is_always_one_of_the_nine(days: int, h: History) -> None:
    step, _, _ = choose(days, h)
    assert step is None or 1 <= step <= 9
    if days >= -RULES.due_soon_days:
        assert step is not None


def test_bad_payers_are_flagged() -> None:
    assert is_bad_payer(61, History(), RULES)
    assert is_bad_payer(5, History(broken_promises=2), RULES)
    assert not is_bad_payer(30, History(broken_promises=1), RULES)


def test_rules_from_settings_keep_defaults_for_bad_values() -> None:
    rules = Rules.from_setting({"humour_until": "10", "firm_until": "x", "waits": {"4": 9}})
    assert rules.humour_until == 10 and rules.firm_until == 90 and rules.wait(4) == 9
    assert Rules.from_setting({"humour_until": 100}) == Rules()  # out of order: defaults
    assert Rules.from_setting(rules.as_setting()) == rules
