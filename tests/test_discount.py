"""The settlement discount: exact answers, checked against an independent brute force, and the page.

The oracle below never uses ``core.discount``'s closed form (``need`` = the least pay-now): it
tries every pay-now the rounding allows, smallest first, against the floors written out plainly.
"""

from __future__ import annotations

import io
import math
import random
import time
from datetime import date, datetime, timedelta
from decimal import Decimal
from fractions import Fraction
from functools import partial
from pathlib import Path

import pypdf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.charts import profit_chart
from core.discount import (
    ROUNDING_CHOICES,
    Discount,
    DiscountError,
    Figures,
    Floors,
    Line,
    Offer,
    Waiting,
    active_offers,
    advise,
    allowance_pct,
    combine,
    cost_from_margin,
    discount_from_text,
    largest_discount,
    lines_of,
    make_offer,
    offer_outstanding,
    offer_status,
    percent,
    steps,
    suggest_never_paid,
    tracked_offers,
)
from core.documents.base import UNICODE_FONTS, BusinessInfo
from core.documents.offer import offer_message, offer_pdf
from core.i18n import Lang
from core.ledger import Ledger, build_ledger, customer_key
from core.messages import whatsapp_url
from core.money import Amount, format_rupiah
from core.pdftext import shorten
from core.store import Store
from tests import factories

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
TODAY = date(2026, 11, 23)


# This file's invoices: numbered F-001…, on the November sheet of buku.xlsx, with a phone.
invoice = partial(
    factories.invoice, numbering="F-{:03d}", file="buku.xlsx", sheet="Nov", phone="0812-3456-7890"
)

SHOP = BusinessInfo("Toko Sumber Rejeki", "Jl. Kapasan No. 112, Surabaya", "031-3531234")
FONTS = pytest.mark.parametrize("fonts", [UNICODE_FONTS], ids=["ttf"])


def solve(
    a: Amount,
    c: Amount,
    p: Amount = 0,
    min_profit: Amount | None = None,
    margin: Decimal | int | None = None,
    rounding: int = 1,
) -> Discount:
    pct = Decimal(margin) if margin is not None else None
    return largest_discount(Figures(a, p, c), Floors(min_profit, pct), rounding)


# The oracle: the floors written out plainly, and every allowed pay-now tried.


def floors_ok(
    a: Amount, p: Amount, c: Amount, min_profit: Amount | None, margin: Decimal | None, x: Amount
) -> bool:
    """Do the floors hold when the customer pays ``x`` now? Straight from the definitions."""
    received = Fraction(p) + Fraction(x)
    profit = received - Fraction(c)
    floor = Fraction(1) if min_profit is None else Fraction(min_profit)
    if profit < floor:
        return False
    return margin is None or profit >= Fraction(margin) / 100 * received


def oracle(
    a: Amount,
    p: Amount,
    c: Amount,
    min_profit: Amount | None,
    margin: Decimal | None,
    rounding: int,
    *,
    bisect: bool = False,
) -> tuple[Amount, bool]:
    """The largest safe discount by trying pay-now values (multiples of R, or the balance).

    Brute force tries them all, smallest first. ``bisect`` searches the multiples of R by
    halving instead (for large amounts), relying only on "paying more never breaks a floor".
    """
    balance = a - p
    steps_in_balance = int(balance // rounding)
    if bisect:
        low, high = 0, steps_in_balance + 1  # answer k in [low, high); high means "none"
        while low < high:
            mid = (low + high) // 2
            if floors_ok(a, p, c, min_profit, margin, mid * rounding):
                high = mid
            else:
                low = mid + 1
        if low <= steps_in_balance:
            return balance - low * rounding, True
    else:
        for k in range(steps_in_balance + 1):
            if floors_ok(a, p, c, min_profit, margin, k * rounding):
                return balance - k * rounding, True
    if floors_ok(a, p, c, min_profit, margin, balance):
        return 0, True
    return 0, False


def random_case(rng: random.Random, *, large: bool) -> tuple[object, ...]:
    top = 10**11 if large else 600
    if rng.random() < 0.15:  # amounts with sen, as a ledger with "1.250.000,50" has them
        a: Amount = Decimal(rng.randint(0, top * 100)) / 100
        p: Amount = Decimal(rng.randint(0, int(a * 100))) / 100
        c: Amount = Decimal(rng.randint(0, int(a * 110) + 100)) / 100
    else:
        a = rng.randint(0, top)
        p = rng.randint(0, a) if rng.random() < 0.6 else 0
        c = rng.randint(0, a * 11 // 10 + 10)  # now and then above the price
    min_profit = rng.choice([None, None, 0, rng.randint(0, int(a) // 4 + 1)])
    margin = rng.choice(
        [None, None, Decimal(rng.randint(0, 40)), Decimal(rng.randint(0, 9999)) / 100]
    )
    choices = (1, 2, 3, 5, 7, 10, 25, 50, 100, 1000)
    if large:
        choices = (*choices, *ROUNDING_CHOICES, 250_000, 1_000_000)
    return a, p, c, min_profit, margin, rng.choice(choices)


@pytest.mark.parametrize("large", [False, True], ids=["brute-force", "bisection"])
def test_thousands_of_random_cases_match_an_independent_calculation(large: bool) -> None:
    rng = random.Random(20261123 + large)
    count = 6_000 if large else 12_000
    started = time.perf_counter()
    infeasible = rounded = with_sen = 0
    for _ in range(count):
        a, p, c, min_profit, margin, rounding = random_case(rng, large=large)
        result = largest_discount(Figures(a, p, c), Floors(min_profit, margin), rounding)  # type: ignore[arg-type]
        expected, feasible = oracle(a, p, c, min_profit, margin, rounding, bisect=large)  # type: ignore[arg-type]
        case = (a, p, c, min_profit, margin, rounding)
        assert (result.max_discount, result.feasible) == (expected, feasible), case
        assert result.pay_now == a - p - result.max_discount, case  # type: ignore[operator]
        assert result.profit == a - result.max_discount - c, case  # type: ignore[operator]
        infeasible += not feasible
        rounded += rounding > 1
        with_sen += isinstance(a, Decimal)
    elapsed = time.perf_counter() - started
    # Each kind of case really occurred: not thousands of trivial ones.
    assert infeasible > count // 20 and rounded > count // 2 and with_sen > count // 10
    print(f"{count} cases ({infeasible} infeasible, {with_sen} with sen) in {elapsed:.1f}s")


# Worked examples, computed by hand.

CASES = [
    # A, P, C, min profit, min margin %, R → discount, pay now, feasible, reason
    (1_000_000, 0, 800_000, None, None, 1, 199_999, 800_001, True, "profit_one"),
    (1_000_000, 0, 800_000, 50_000, None, 1, 150_000, 850_000, True, "min_profit"),
    (1_000_000, 0, 800_000, None, 10, 1, 111_111, 888_889, True, "min_margin"),
    (1_000_000, 0, 800_000, None, 10, 50_000, 100_000, 900_000, True, "min_margin"),
    (1_250_000, 250_000, 1_000_000, None, 10, 50_000, 100_000, 900_000, True, "min_margin"),
    (1_000_000, 0, 800_000, 150_000, 10, 1_000, 50_000, 950_000, True, "min_profit"),
    (1_234_567, 0, 1_000_000, None, None, 50_000, 184_567, 1_050_000, True, "profit_one"),
    (1_000_000, 900_000, 500_000, None, None, 1, 100_000, 0, True, "whole_balance"),
    (1_000_000, 1_000_000, 500_000, None, None, 1, 0, 0, True, "nothing_owed"),
    (1_000_000, 0, 999_999, None, None, 1, 0, 1_000_000, True, "no_room"),
    (1_000_000, 0, 990_000, None, None, 50_000, 0, 1_000_000, True, "rounding"),
    (1_000_000, 0, 1_200_000, None, None, 1, 0, 1_000_000, False, "infeasible_loss"),
    (1_000_000, 0, 1_000_000, None, None, 1, 0, 1_000_000, False, "infeasible_loss"),
    (1_000_000, 0, 1_000_000, 0, None, 1, 0, 1_000_000, True, "no_room"),
    (1_000_000, 0, 800_000, 300_000, None, 1, 0, 1_000_000, False, "infeasible_profit"),
    (1_000_000, 0, 800_000, None, 25, 1, 0, 1_000_000, False, "infeasible_margin"),
    (Decimal("1000.50"), 0, 800, None, None, 1, Decimal("199.50"), 801, True, "profit_one"),
]


@pytest.mark.parametrize(
    ("a", "p", "c", "min_profit", "margin", "rounding", "discount", "pay_now", "ok", "reason"),
    CASES,
)
def test_worked_examples(
    a: Amount,
    p: Amount,
    c: Amount,
    min_profit: Amount | None,
    margin: int | None,
    rounding: int,
    discount: Amount,
    pay_now: Amount,
    ok: bool,
    reason: str,
) -> None:
    result = solve(a, c, p, min_profit, margin, rounding)
    assert (result.max_discount, result.pay_now, result.feasible) == (discount, pay_now, ok)
    assert result.reason == reason
    for lang in ("id", "en"):
        assert "{" not in result.reason_text(lang) and result.reason_text(lang).endswith(".")


def test_json_object_and_margin_display() -> None:
    result = solve(1_000_000, 800_000, min_profit=50_000)
    assert result.as_json() == {
        "max_discount": 150_000,
        "pay_now": 850_000,
        "profit": 50_000,
        "margin_pct": 5.88,  # 50 000 ÷ 850 000 = 5.882…%, rounded down
        "feasible": True,
        "reason": "Dibatasi oleh untung minimal Rp 50.000.",
    }
    assert solve(1_000, 0, min_profit=0).margin_pct() is None  # all waived: nothing received
    assert solve(Decimal("1000.50"), 800).as_json()["max_discount"] == 199.5


def test_margin_is_never_shown_higher_than_it_is() -> None:
    result = solve(3, 1, min_profit=2)  # no discount: 2 ÷ 3 = 66.666…%
    assert result.margin_pct() == 66.66


@pytest.mark.parametrize(
    ("figures", "floors", "rounding", "code"),
    [
        (Figures(-1, 0, 0), Floors(), 1, "negative"),
        (Figures(100, 0, -5), Floors(), 1, "negative"),
        (Figures(100, 200, 0), Floors(), 1, "paid_above"),
        (Figures(100, 0, 50), Floors(min_profit=-1), 1, "negative"),
        (Figures(100, 0, 50), Floors(min_margin_pct=Decimal(100)), 1, "margin_range"),
        (Figures(100, 0, 50), Floors(min_margin_pct=Decimal(-1)), 1, "margin_range"),
        (Figures(100, 0, 50), Floors(), 0, "rounding"),
        (Figures(Decimal("NaN"), 0, 50), Floors(), 1, "not_number"),
    ],
)
def test_nonsense_is_refused_with_a_message(
    figures: Figures, floors: Floors, rounding: int, code: str
) -> None:
    with pytest.raises(DiscountError) as info:
        largest_discount(figures, floors, rounding)
    assert info.value.code == code
    assert "{" not in info.value.message("id") and "{" not in info.value.message("en")


def test_percent_reads_what_owners_type() -> None:
    assert percent("12,5 %") == Decimal("12.5") and percent(0.1) == Decimal("0.1")
    for bad in ("abc", "", True, float("inf"), None):
        with pytest.raises(DiscountError):
            percent(bad)


def test_figures_from_text_accept_rupiah_style() -> None:
    result = discount_from_text(
        "Rp 1.250.000", "Rp1.000.000,-", paid="250.000", min_margin="10", rounding="50.000"
    )
    assert (result.max_discount, result.pay_now) == (100_000, 900_000)


# Cost from a margin, and a customer's invoices together.


def test_cost_from_margin_rounds_up() -> None:
    assert cost_from_margin(1_000_000, 20) == 800_000
    assert cost_from_margin(1_000_001, 20) == 800_001  # 800 000.8 → never a rosier profit
    assert cost_from_margin(Decimal("999.99"), Decimal("33.33")) == 667
    with pytest.raises(DiscountError):
        cost_from_margin(100, 100)


@given(st.integers(0, 10**12), st.decimals(0, Decimal("99.99"), places=2))
def test_cost_from_margin_is_the_exact_cost_rounded_up(amount: int, margin: Decimal) -> None:
    exact = Fraction(amount) * (1 - Fraction(margin) / 100)
    cost = cost_from_margin(amount, margin)
    assert exact <= cost < exact + 1


def test_combine_sums_a_customers_invoices_hpp_first() -> None:
    lines = [
        Line("F1", 1_000_000, 200_000, 700_000),
        Line("F2", 500_000, 0, None),
        Line("F3", 300_000, 400_000, 100_000),  # overpaid: counts as paid in full
    ]
    figures = combine(lines, 20)
    assert (figures.amount, figures.paid, figures.cost) == (1_800_000, 500_000, 1_200_000)
    assert (figures.from_ledger, figures.from_margin, figures.invoices) == (
        2,
        1,
        ("F1", "F2", "F3"),
    )
    assert figures.balance == 1_300_000


def test_lines_of_keeps_open_invoices_oldest_first() -> None:
    invoices = [
        invoice(1, "A", 100, 100, 50),
        invoice(2, "A", 200, 0, 10, cost=150),
        invoice(3, "A", 300, 50, 40),
    ]
    assert [(line.number, line.balance, line.cost) for line in lines_of(invoices)] == [
        ("F-003", 250, None),
        ("F-002", 200, 150),
    ]


# The properties the issue names, over any figures.


@st.composite
def setups(draw: st.DrawFn) -> tuple[Figures, Floors, int]:
    amount = draw(st.integers(0, 10**10))
    paid = draw(st.integers(0, amount))
    cost = draw(st.integers(0, 12 * 10**9))
    min_profit = draw(st.none() | st.integers(0, 10**9))
    margin = draw(st.none() | st.decimals(0, Decimal("99.99"), places=2))
    rounding = draw(st.sampled_from((1, 2, 3, 7, 1_000, 5_000, 50_000, 100_000)))
    return Figures(amount, paid, cost), Floors(min_profit, margin), rounding


def holds(result: Discount, discount: Amount) -> bool:
    f, floors = result.figures, result.floors
    return floors_ok(
        f.amount, f.paid, f.cost, floors.min_profit, floors.min_margin_pct, f.balance - discount
    )


@given(setups())
def test_the_floor_holds_at_the_discount_and_it_never_exceeds_the_balance(
    setup: tuple[Figures, Floors, int],
) -> None:
    result = largest_discount(*setup)
    assert 0 <= result.max_discount <= result.balance
    if result.feasible:
        assert holds(result, result.max_discount)
        assert result.profit >= 0  # never a loss
        assert result.pay_now % result.rounding == 0 or result.pay_now == result.balance
    else:
        assert result.max_discount == 0 and not holds(result, 0)


@given(setups())
def test_one_more_step_of_discount_breaks_a_floor_or_the_balance(
    setup: tuple[Figures, Floors, int],
) -> None:
    result = largest_discount(*setup)
    if not result.feasible or result.pay_now == 0:
        return  # nothing more to give: one more rupiah would exceed the balance
    step = result.rounding
    next_pay_now = (math.ceil(Fraction(result.pay_now) / step) - 1) * step
    assert not holds(result, result.balance - next_pay_now)


@given(setups(), st.integers(0, 10**9))
def test_the_discount_shrinks_as_the_cost_grows(
    setup: tuple[Figures, Floors, int], more: int
) -> None:
    figures, floors, rounding = setup
    dearer = Figures(figures.amount, figures.paid, figures.cost + more)
    cheap, dear = (
        largest_discount(figures, floors, rounding),
        largest_discount(dearer, floors, rounding),
    )
    assert dear.max_discount <= cheap.max_discount


@given(setups(), st.integers(0, 10**9), st.decimals(0, Decimal("50"), places=2))
def test_the_discount_shrinks_as_the_floor_rises(
    setup: tuple[Figures, Floors, int], more: int, more_margin: Decimal
) -> None:
    figures, floors, rounding = setup
    base = largest_discount(figures, floors, rounding)
    higher_profit = Floors(floors.profit_floor + more, floors.min_margin_pct)
    assert largest_discount(figures, higher_profit, rounding).max_discount <= base.max_discount
    margin = min((floors.min_margin_pct or Decimal(0)) + more_margin, Decimal("99.99"))
    higher_margin = Floors(floors.min_profit, margin)
    assert largest_discount(figures, higher_margin, rounding).max_discount <= base.max_discount


# Worth it?

WAIT = Waiting(Decimal(2), Decimal(6), Decimal(15))


def test_waiting_is_worth_the_discounted_expected_balance() -> None:
    advice = advise(solve(1_000_000, 800_000), WAIT)
    # 1 000 000 × 85% ÷ (1 + 2% × 6) = 758 928.57… → 758 929, rounded up
    assert (advice.wait_value, advice.break_even) == (758_929, 241_071)
    assert (advice.recommended, advice.case) == (199_999, "floor")


def test_break_even_caps_the_recommendation() -> None:
    result = solve(1_000_000, 500_000, rounding=1_000)  # safe up to 499 000
    advice = advise(result, WAIT)
    assert advice.case == "break_even"
    assert (advice.recommended, advice.recommended_pay_now) == (241_000, 759_000)
    assert advice.recommended_profit == 259_000


@pytest.mark.parametrize(
    ("result", "waiting", "case"),
    [
        (solve(1_000_000, 1_200_000), WAIT, "infeasible"),
        (solve(1_000_000, 500_000, 1_000_000), WAIT, "nothing_owed"),
        (solve(1_000_000, 999_999), WAIT, "no_room"),
        (solve(1_000_000, 500_000), Waiting(Decimal(0), Decimal(6), Decimal(0)), "wait"),
        (solve(1_000_000, 800_000), WAIT, "floor"),
        (solve(1_000_000, 500_000), WAIT, "break_even"),
    ],
)
def test_every_advice_reads_as_a_paragraph(result: Discount, waiting: Waiting, case: str) -> None:
    advice = advise(result, waiting)
    assert advice.case == case
    for lang in ("id", "en"):
        text = advice.paragraph(lang)  # type: ignore[arg-type]
        assert "{" not in text
        if case in ("floor", "break_even"):
            assert format_rupiah(advice.recommended) in text
            assert format_rupiah(advice.recommended_pay_now) in text
    assert advice.recommended <= result.max_discount


@given(
    setups(),
    st.decimals(0, 10, places=2),
    st.decimals(0, 36, places=1),
    st.decimals(0, 100, places=0),
)
def test_the_recommendation_is_safe_and_worth_more_than_waiting(
    setup: tuple[Figures, Floors, int], capital: Decimal, months: Decimal, never: Decimal
) -> None:
    result = largest_discount(*setup)
    advice = advise(result, Waiting(capital, months, never))
    assert 0 <= advice.recommended <= min(result.max_discount, advice.break_even)
    assert advice.recommended_pay_now == result.balance - advice.recommended
    if result.feasible:
        assert holds(result, advice.recommended)
    assert advice.recommended_pay_now >= advice.wait_value_exact or advice.recommended == 0


def test_waiting_settings_are_checked() -> None:
    with pytest.raises(DiscountError):
        advise(solve(100, 50), Waiting(Decimal(2), Decimal(3), Decimal(101)))
    with pytest.raises(DiscountError):
        advise(solve(100, 50), Waiting(Decimal(-1), Decimal(3), Decimal(10)))


def test_chance_never_paid_from_lateness_and_track_record() -> None:
    assert [allowance_pct(d) for d in (0, 30, 100, 150, 200)] == [1, 5, 15, 50, 100]
    # 100 days late, nothing of what fell due paid: 15% × 1.5 = 22.5 → 23.
    hint = suggest_never_paid([invoice(1, "A", 1_000, 0, 100)], TODAY)
    assert (hint.pct, hint.table_pct, hint.paid_share) == (23, 15, 0)
    # Half the money that fell due was paid: the table's rate as it is.
    hint = suggest_never_paid(
        [invoice(1, "A", 1_000, 1_000, 200), invoice(2, "A", 1_000, 0, 100)], TODAY
    )
    assert (hint.pct, hint.paid_share) == (15, Fraction(1, 2))
    # Not yet due: 1%, no history to judge.
    hint = suggest_never_paid([invoice(1, "A", 1_000, 0, -5)], TODAY)
    assert (hint.pct, hint.paid_share) == (1, None)
    # Far gone, never paid: capped, never "certain".
    assert suggest_never_paid([invoice(1, "A", 1_000, 0, 400)], TODAY).pct == 90
    assert suggest_never_paid([], TODAY).pct == 0
    for lang in ("id", "en"):
        assert "{" not in hint.explain(lang)  # type: ignore[arg-type]


# In words and on a chart.


@pytest.mark.parametrize("lang", ["id", "en"])
def test_steps_tell_the_arithmetic(lang: Lang) -> None:
    figures = combine([Line("F1", 1_000_000, 0, None), Line("F2", 500_000, 100_000, 350_000)], 20)
    result = largest_discount(figures, Floors(50_000, Decimal(5)), 1_000)
    advice = advise(result, WAIT)
    text = "\n".join(steps(result, advice, lang))
    assert "{" not in text
    for amount in (result.balance, result.max_discount, result.pay_now, result.profit):
        assert format_rupiah(amount) in text
    assert format_rupiah(advice.break_even) in text and format_rupiah(figures.cost) in text
    infeasible = steps(solve(1_000_000, 1_200_000), None, lang)
    assert infeasible[-1] == solve(1_000_000, 1_200_000).reason_text(lang)


def test_chart_draws_profit_floor_and_the_chosen_points() -> None:
    result = solve(1_000_000, 800_000, min_profit=50_000, margin=10, rounding=1_000)
    advice = advise(result, WAIT)
    fig = profit_chart(result, advice, "id")
    names = [trace.name for trace in fig.data]
    assert names == ["Untung", "Batas bawah untung", "Diskon terbesar yang aman", "Saran"]
    profit, floor, safe, chosen = fig.data
    assert (profit.x[0], profit.y[0]) == (0, 200_000)
    # The profit line is A − C − d at every point.
    assert all(y == 200_000 - x for x, y in zip(profit.x, profit.y, strict=True))
    assert (safe.x[0], safe.y[0]) == (result.max_discount, result.profit)
    assert (chosen.x[0], chosen.y[0]) == (advice.recommended, advice.recommended_profit)
    # The floor: max(Rp 50 000, 10% × (A − d)); at d = 0 that is 100 000.
    assert floor.y[0] == 100_000
    assert fig.layout.shapes  # the break-even line
    assert profit_chart(solve(100, 100, 100)).data  # nothing owed: still a figure


# Offers: saved as events, at most once, open until paid or expired.


@pytest.fixture
def book() -> Ledger:
    return build_ledger(
        [
            invoice(1, "Pak Joko", 1_000_000, 0, 60, cost=800_000),
            invoice(2, "Pak Joko", 500_000, 100_000, 30, cost=350_000),
            invoice(3, "Toko Maju", 700_000, 0, 10, cost=600_000),
        ]
    )


def joko_offer(book: Ledger, valid_days: int = 7) -> Offer:
    figures = combine(lines_of(inv for inv in book.invoices if inv.customer == "Pak Joko"), 20)
    advice = advise(largest_discount(figures, Floors(50_000), 1_000), WAIT)
    return make_offer(
        "Pak Joko", advice, made_on=TODAY, valid_until=TODAY + timedelta(days=valid_days)
    )


def test_an_offer_is_saved_once_and_read_back(book: Ledger, tmp_path: Path) -> None:
    offer = joko_offer(book)
    assert (offer.amount_before, offer.invoices) == (1_400_000, ("F-001", "F-002"))
    assert offer.pay_now + offer.discount == offer.amount_before
    db = Store(tmp_path / "t.sqlite3")
    at = datetime(2026, 11, 23, 10, 0)
    first = db.add_event("offer", offer.customer_key, at, offer.encode(), token=offer.token())
    again = db.add_event("offer", offer.customer_key, at, offer.encode(), token=offer.token())
    assert first == again and len(db.events("offer")) == 1
    saved = Store(tmp_path / "t.sqlite3").events("offer")[0]  # as after a restart
    assert saved.payload["status"] == "open" and saved.payload["valid_until"] == "2026-11-30"
    assert isinstance(saved.payload["pay_now"], str)  # exact text, never a JSON float
    back = Offer.from_event(saved)
    assert back == Offer(**{**_fields(offer), "event_id": first.id})
    assert active_offers(db.events(), book, TODAY) == [back]


def _fields(offer: Offer) -> dict[str, object]:
    return {name: getattr(offer, name) for name in Offer.__slots__}


def test_an_offer_stays_open_until_paid_expired_or_cancelled(book: Ledger) -> None:
    offer = joko_offer(book)
    assert offer_status(offer, book, TODAY) == "open"
    assert offer_status(offer, book, TODAY + timedelta(days=7)) == "open"
    assert offer_status(offer, book, TODAY + timedelta(days=8)) == "expired"
    cancelled = Offer(**{**_fields(offer), "status": "cancelled"})
    assert offer_status(cancelled, book, TODAY) == "cancelled"
    # The customer pays the offered amount: what is left is exactly what the offer waives.
    paid = build_ledger(
        book.invoices,
        [factories.payment(offer.pay_now, customer="Pak Joko", file="bayar.csv", sheet="")],
    )
    assert offer_outstanding(offer, paid) == offer.discount
    assert offer_status(offer, paid, TODAY + timedelta(days=30)) == "paid"
    part = build_ledger(
        book.invoices, [factories.payment(100_000, customer="Pak Joko", file="bayar.csv", sheet="")]
    )
    assert offer_status(offer, part, TODAY) == "open"


def test_active_offers_lists_the_open_ones_soonest_first(book: Ledger, tmp_path: Path) -> None:
    db = Store(tmp_path / "t.sqlite3")
    at = datetime(2026, 11, 23, 10, 0)
    long_offer, short_offer = joko_offer(book, 14), joko_offer(book, 3)
    for offer in (long_offer, short_offer):
        db.add_event("offer", offer.customer_key, at, offer.encode(), token=offer.token())
    db.add_event("contact", "pak joko", at, {"channel": "phone"})
    found = active_offers(db.events(), book, TODAY)
    assert [o.valid_until for o in found] == [short_offer.valid_until, long_offer.valid_until]
    assert active_offers(db.events(), book, TODAY + timedelta(days=5)) == [found[1]]
    newest = tracked_offers(db.events(), book, TODAY, customer_key("Pak Joko"))
    assert [t.status for t in newest] == ["open", "open"]
    assert tracked_offers(db.events(), book, TODAY, customer_key("Toko Maju")) == []


def test_an_offer_never_breaks_the_floor(book: Ledger) -> None:
    figures = combine(lines_of(book.invoices[:1]), 20)
    result = largest_discount(figures, Floors(50_000), 1_000)
    with pytest.raises(DiscountError):
        make_offer(
            "Pak Joko", result, made_on=TODAY, valid_until=TODAY, discount=result.max_discount + 1
        )
    with pytest.raises(DiscountError):
        make_offer("Pak Joko", result, made_on=TODAY, valid_until=TODAY - timedelta(days=1))
    assert make_offer("Pak Joko", result, made_on=TODAY, valid_until=TODAY).discount == (
        result.max_discount
    )


@pytest.mark.parametrize(
    ("name", "greeting"),
    [("Joko Susilo", "Halo Bapak/Ibu Joko Susilo"), ("Toko Maju", "Halo Toko Maju")],
)
def test_the_message_is_polite_and_complete(book: Ledger, name: str, greeting: str) -> None:
    offer = joko_offer(book)
    text = offer_message(offer, name, SHOP, "id")
    assert text.startswith(greeting)
    for part in (format_rupiah(offer.pay_now), format_rupiah(offer.discount), "30 Nov 2026"):
        assert part in text
    assert "F-001, F-002" in text and text.endswith("Toko Sumber Rejeki")
    url = whatsapp_url("0812-3456-7890", text)
    assert url is not None and url.startswith("https://wa.me/6281234567890?text=Halo")
    assert "Hello" in offer_message(offer, name, BusinessInfo(""), "en")


@FONTS
@pytest.mark.parametrize("lang", ["id", "en"])
def test_offer_letter_is_one_real_page(
    book: Ledger, fonts: tuple[tuple[str, str], ...], lang: Lang
) -> None:
    offer = Offer(**{**_fields(joko_offer(book)), "lang": lang})
    lines = lines_of(inv for inv in book.invoices if inv.customer == "Pak Joko")
    many = lines * 20  # a long list still fits one page, the rest summed
    for covered in (lines, many, []):
        pdf = offer_pdf(offer, "Pak Joko", covered, business=SHOP, fonts=fonts)
        assert pdf.startswith(b"%PDF")
        reader = pypdf.PdfReader(io.BytesIO(pdf))
        assert len(reader.pages) == 1
        text = reader.pages[0].extract_text()
        for part in (format_rupiah(offer.pay_now), format_rupiah(offer.discount), "Pak Joko"):
            assert part in text
        assert ("PENAWARAN PELUNASAN" if lang == "id" else "SETTLEMENT OFFER") in text


def test_a_very_long_name_is_shortened_in_the_offer_letter(book: Ledger) -> None:
    offer = joko_offer(book)
    name = "Pak" + "x" * 16_000
    pdf = offer_pdf(offer, name, business=SHOP)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    flat = "".join(reader.pages[0].extract_text().split())
    assert shorten(name).endswith("…") and shorten(name) in flat


@pytest.mark.parametrize(("lang", "said"), [("id", "Saldo awal"), ("en", "Opening balance")])
def test_an_opening_balance_is_named_as_such_in_the_offer_letter(
    book: Ledger, lang: Lang, said: str
) -> None:
    """An opening balance without a number is "Saldo awal" in the offer's invoice table, as
    on the statement (``ledger.invoice_label``), never "-"."""
    carried = invoice("", "Pak Joko", 2_000_000, 0, 90, due_source="opening")
    lines = lines_of([carried, *(inv for inv in book.invoices if inv.customer == "Pak Joko")])
    assert lines[0].label(lang) == said
    offer = Offer(**{**_fields(joko_offer(book)), "lang": lang})
    text = pypdf.PdfReader(io.BytesIO(offer_pdf(offer, "Pak Joko", lines))).pages[0].extract_text()
    rows = text.split("\n")
    assert any(row.startswith(said) and "2.000.000" in row for row in rows), text
    assert not any(row.startswith("- ") for row in rows), text
