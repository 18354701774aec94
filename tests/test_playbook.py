"""The playbook rules: the step for lateness, and how history moves a customer on or back."""

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.playbook import (
    FIRM,
    STEP_NEEDS,
    History,
    Rules,
    Standing,
    applicable_step,
    base_step,
    choose_step,
    is_bad_payer,
)

TODAY = date(2026, 11, 23)
RULES = Rules()
STAFFED = Standing(staff_name="Rina")


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


def choose(
    days_late: int, history: History = History(), standing: Standing = STAFFED
) -> tuple[int | None, str, date | None]:
    due = TODAY - timedelta(days=days_late)
    choice = choose_step(days_late, due, history, RULES, TODAY, standing)
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


def test_the_table_names_what_each_conditional_step_needs() -> None:
    assert {step: need.need for step, need in STEP_NEEDS.items()} == {
        4: "earlier_contact",
        6: "named_staff",
        10: "paid_history",
    }


CONTACTED = History(last_step=3, last_contact=TODAY - timedelta(days=10))
BROKE_ONE = History(broken_promises=1, last_broken=TODAY - timedelta(days=20))


@pytest.mark.parametrize(
    ("days_late", "history", "step"),
    [
        (6, History(), 3),  # never contacted, never promised: the plain reminder
        (14, History(), 3),
        (6, CONTACTED, 4),
        (6, BROKE_ONE, 5),  # a broken promise moves on from the humour step
        (0, History(), 3),
        (20, History(), 5),  # other steps are untouched
    ],
)
def test_humour_only_after_an_earlier_contact_or_a_broken_promise(
    days_late: int, history: History, step: int
) -> None:
    assert choose(days_late, history)[0] == step


@pytest.mark.parametrize(("staff_name", "step"), [("Rina", 6), ("", 7), ("   ", 7)])
def test_the_finance_staff_step_needs_a_named_staff_member(staff_name: str, step: int) -> None:
    assert choose(45, standing=Standing(staff_name=staff_name))[0] == step


@pytest.mark.parametrize(
    ("step", "history", "standing", "applied"),
    [
        (4, History(), Standing(), 3),
        (4, CONTACTED, Standing(), 4),
        (4, History(broken_promises=1), Standing(), 4),
        (6, History(), Standing(), 7),
        (6, History(), STAFFED, 6),
        (5, History(), Standing(), 5),
        (9, History(), Standing(), 9),
    ],
)
def test_applicable_step(step: int, history: History, standing: Standing, applied: int) -> None:
    assert applicable_step(step, history, standing, RULES) == applied


@pytest.mark.parametrize(
    ("paid", "late", "flagged"),
    [
        (0, 0, False),
        (1, 1, False),  # one late invoice is no habit
        (2, 2, False),
        (3, 2, True),
        (3, 1, False),
        (4, 2, False),  # half is not most
        (5, 3, True),
        (10, 0, False),
    ],
)
def test_firmer_credit_only_with_enough_paid_history_mostly_late(
    paid: int, late: int, flagged: bool
) -> None:
    assert is_bad_payer(Standing(paid=paid, paid_late=late), RULES) is flagged


def test_rules_from_settings_keep_defaults_for_bad_values() -> None:
    rules = Rules.from_setting({"humour_until": "10", "firm_until": "x", "waits": {"4": 9}})
    assert rules.humour_until == 10 and rules.firm_until == 90 and rules.wait(4) == 9
    assert Rules.from_setting({"humour_until": 100}) == Rules()  # out of order: defaults
    assert Rules.from_setting(rules.as_setting()) == rules


standings = st.builds(
    Standing,
    staff_name=st.sampled_from(["", "Rina"]),
    paid=st.integers(0, 6),
    paid_late=st.integers(0, 6),
)


@given(st.integers(-5, 400), histories, standings)
def test_no_step_is_chosen_without_what_it_needs(days: int, h: History, s: Standing) -> None:
    step, _, _ = choose(days, h, s)
    if step == 4:
        assert h.last_contact is not None or h.broken_promises > 0
    if step == 6:
        assert s.staff_name
    if days > RULES.firm_until:
        assert step is not None and step >= FIRM


@pytest.mark.parametrize(
    ("days_late", "standing", "step", "instead_of", "missing"),
    [
        (6, STAFFED, 3, 4, "earlier_contact"),
        (45, Standing(), 7, 6, "named_staff"),
        (45, STAFFED, 6, None, None),
        (20, Standing(), 5, None, None),
    ],
)
def test_a_step_taken_instead_says_what_was_missing(
    days_late: int, standing: Standing, step: int, instead_of: int | None, missing: str | None
) -> None:
    due = TODAY - timedelta(days=days_late)
    choice = choose_step(days_late, due, History(), RULES, TODAY, standing)
    assert (choice.step, choice.instead_of, choice.missing) == (step, instead_of, missing)


def test_the_table_says_how_each_step_goes_out() -> None:
    """Letters at steps 5 (a reminder) and 7 (the firm notice); the late fee from 7 on; every
    channel one a contact can be logged by."""
    from core.events import CHANNELS
    from core.playbook import STEP_KEYS, STEP_USE, step_use

    assert set(STEP_USE) == set(STEP_KEYS)
    assert {s: u.letter for s, u in STEP_USE.items() if u.letter} == {5: "reminder", 7: "firm"}
    assert [s for s, u in STEP_USE.items() if u.late_fee] == [7, 8, 9, 10]
    assert all(u.channel in CHANNELS for u in STEP_USE.values())
    assert all(u.channel == "letter" for u in STEP_USE.values() if u.letter)
    assert step_use(None) == step_use(99) and not step_use(None).late_fee
