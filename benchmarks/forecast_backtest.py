"""Backtest the cash-in forecast on every ledger with payment history we have; print the table.

The ledgers: the demo ledger (``sample_data/``), the ledgers of
``tests/fixtures/make_forecast_ledgers.py`` (customers on time, 30-60 days late, never paying,
erratic), and every fixture ledger in ``tests/fixtures/`` whose payments carry dates and whose
backtest holds enough invoices (``core.forecast.BacktestSummary.enough``). For each: the
weighted absolute percentage error of the weekly figures and of the 13 weeks' total, for the
forecast and for the due-date baseline (``core.forecast``).

Run: ``.venv/bin/python benchmarks/forecast_backtest.py`` (``--weeks`` adds the error per week
ahead for the demo and generated ledgers).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from fractions import Fraction
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from core.forecast import BacktestSummary, backtest_book, wape_by_week  # noqa: E402
from core.report import load_files  # noqa: E402
from tests.fixtures.make_forecast_ledgers import write_all  # noqa: E402

SAMPLE = ROOT / "sample_data" / "buku_piutang_toko_sumber_rejeki.xlsx"
FIXTURES = ROOT / "tests" / "fixtures"
SUFFIXES = (".xlsx", ".xls", ".ods", ".csv")


def fixture_ledgers() -> list[Path]:
    """The fixture files whose payments carry dates (they may still be too small to test)."""
    found = []
    for path in sorted(FIXTURES.rglob("*")):
        if path.suffix in SUFFIXES and path.is_file():
            batch, ledger = load_files([path])
            if batch.files and any(p.paid_on for p in ledger.payments):
                found.append(path)
    return found


def summarise(path: Path) -> BacktestSummary:
    _, ledger = load_files([path])
    return backtest_book(ledger)


def percent(value: Fraction | None) -> str:
    return "-" if value is None else f"{float(value) * 100:.0f} %"


def table(rows: list[tuple[str, BacktestSummary]]) -> str:
    lines = [
        "| Ledger | Invoices tested | Received (Rp) | Weekly WAPE forecast | baseline "
        "| 13-week total error forecast | baseline |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, summary in rows:
        e = summary.errors()
        lines.append(
            f"| {name} | {summary.invoices} | {summary.received:,} "
            f"| {percent(e['forecast_wape'])} | {percent(e['baseline_wape'])} "
            f"| {percent(e['forecast_total'])} | {percent(e['baseline_total'])} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--weeks", action="store_true", help="the error per week ahead too")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        main_books = [SAMPLE, *write_all(Path(tmp))]
        rows = [(path.name, summarise(path)) for path in main_books]
    fixtures = [(path.name, summarise(path)) for path in fixture_ledgers()]
    used = [(name, s) for name, s in fixtures if s.enough]
    print(table(rows + used))
    skipped = [name for name, s in fixtures if not s.enough]
    print(f"\nFixture ledgers with dated payments too small to test: {len(skipped)}")
    if args.weeks:
        for name, summary in rows:
            f = wape_by_week(list(summary.results), "forecast")
            b = wape_by_week(list(summary.results), "baseline")
            print(f"\n{name}, WAPE per week ahead (forecast / baseline):")
            pairs = enumerate(zip(f, b, strict=True), start=1)
            print(" ".join(f"w{k} {percent(x)}/{percent(y)}" for k, (x, y) in pairs))


if __name__ == "__main__":
    main()
