"""The forecast against history: as of past dates, with only what was known then, it must miss
the money actually received by less than the due-date baseline does, on every ledger with
payment history. Recomputed here each run, from the files."""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from itertools import pairwise
from pathlib import Path

import pytest

from core.forecast import (
    BacktestSummary,
    backtest,
    backtest_book,
    backtest_origins,
    wape,
)
from core.ledger import build_ledger
from core.report import load_files
from tests.factories import invoice, payment
from tests.fixtures.make_forecast_ledgers import MIXES, write_ledger

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
FIXTURES = ROOT / "tests" / "fixtures"
SUFFIXES = (".xlsx", ".xls", ".ods", ".csv")


def summary_of(path: Path) -> BacktestSummary:
    batch, ledger = load_files([path])
    assert batch.files, path
    return backtest_book(ledger)


def beats_weekly(summary: BacktestSummary) -> tuple[object, object]:
    errors = summary.errors()
    return errors["forecast_wape"], errors["baseline_wape"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("forecast_ledgers")
    return {mix.name: write_ledger(mix, out) for mix in MIXES}


def test_the_demo_ledger(tmp_path: Path) -> None:
    summary = summary_of(SAMPLE)
    assert summary.enough
    errors = summary.errors()
    assert errors["forecast_wape"] < errors["baseline_wape"]  # type: ignore[operator]
    assert errors["forecast_total"] < errors["baseline_total"]  # type: ignore[operator]


@pytest.mark.parametrize("name", [mix.name for mix in MIXES])
def test_generated_ledgers_of_other_habits(generated: dict[str, Path], name: str) -> None:
    summary = summary_of(generated[name])
    assert summary.enough and summary.invoices > 500
    errors = summary.errors()
    assert errors["forecast_wape"] < errors["baseline_wape"]  # type: ignore[operator]
    assert errors["forecast_total"] < errors["baseline_total"]  # type: ignore[operator]


def fixture_ledgers() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*") if p.suffix in SUFFIXES and p.is_file())


def test_every_fixture_ledger_with_dated_payments_large_enough() -> None:
    tested: list[str] = []
    for path in fixture_ledgers():
        batch, ledger = load_files([path])
        if not batch.files or not any(p.paid_on for p in ledger.payments):
            continue
        summary = backtest_book(ledger)
        if not summary.enough:
            continue
        tested.append(path.name)
        forecast, baseline = beats_weekly(summary)
        assert forecast < baseline, (path.name, forecast, baseline)  # type: ignore[operator]
    assert len(tested) >= 8, tested  # the loop is not empty: the shapes' journals and cards


# The backtest's own bookkeeping, on a book small enough to work out by hand.

D = date(2026, 6, 1)


inv = partial(invoice, customer="Toko A", file="b", sheet="s")
pay = partial(payment, customer="Toko A", file="b", sheet="p")


def test_only_what_was_known_then_and_what_came_after() -> None:
    ledger = build_ledger(
        [
            inv(
                "OLD", issued=D - timedelta(60), due=D - timedelta(30), amount=1_000_000
            ),  # paid before the origin
            inv(
                "DUE", issued=D - timedelta(20), due=D + timedelta(10), amount=2_000_000
            ),  # paid in week 2
            inv(
                "PART", issued=D - timedelta(40), due=D - timedelta(10), amount=3_000_000
            ),  # half in week 3
            inv(
                "COLUMN",
                issued=D - timedelta(50),
                due=D - timedelta(20),
                amount=500_000,
                paid=500_000,
            ),  # no date
            inv(
                "NEW", issued=D + timedelta(3), due=D + timedelta(33), amount=4_000_000
            ),  # issued after
        ],
        [
            pay(1_000_000, D - timedelta(25), "OLD"),
            pay(2_000_000, D + timedelta(8), "DUE"),
            pay(1_500_000, D + timedelta(15), "PART"),
            pay(4_000_000, D + timedelta(35), "NEW"),
        ],
    )
    result = backtest(ledger, D)
    assert (result.invoices, result.left_out) == (3, 1)  # OLD, DUE, PART; COLUMN left out
    actual = [week.actual for week in result.weeks]
    assert actual[:3] == [0, 2_000_000, 1_500_000] and sum(actual) == 3_500_000
    baseline = [week.baseline for week in result.weeks]
    assert baseline[0] == 3_000_000 and baseline[1] == 2_000_000 and sum(baseline) == 5_000_000
    # The history known then: OLD paid 5 days late, the only payment day → everything else
    # 5 days late at 99 % (not yet due) or today at 95 % (later than that already).
    forecast = [week.forecast for week in result.weeks]
    assert forecast[0] == 2_850_000 and forecast[2] == 1_980_000
    assert wape([result], "forecast") is not None


def test_origins_end_thirteen_weeks_before_the_books_last_day() -> None:
    ledger = build_ledger(
        [inv("A", issued=D, due=D + timedelta(30), amount=1)], [pay(1, D + timedelta(100), "A")]
    )
    origins = backtest_origins(ledger, count=3, step_days=28)
    assert origins[-1] + timedelta(days=7 * 13 - 1) == D + timedelta(100)
    assert [b - a for a, b in pairwise(origins)] == [timedelta(28)] * 2
