"""Books in the shapes accounting programs and bookkeeping apps export (Accurate, MYOB,
QuickBooks, Xero, BukuWarung, Moka), written by an outside tester, their figures worked out on
paper as of 22 Nov 2026 with the default 30-day term. These are the ones that read wrong, each
with what it showed before.

Each book is written in a temporary folder (openpyxl, or CSV text): nothing binary is
committed. The working of each figure is in the comment above it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _aging, _expect


def _figures(
    outstanding: int,
    overdue: int,
    customers: int,
    credit: dict[str, int] | None = None,
    **aging: int,
) -> dict[str, Any]:
    return _expect(outstanding, overdue, _aging(**aging), customers, credit)


def _read_csv(path: Path, text: str) -> dict[str, Any]:
    path.write_text(text, encoding="utf-8")
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    return payload


def test_a_signed_amount_beside_a_type_column_is_not_negated_twice(tmp_path: Path) -> None:
    """One signed Amount column and a Transaction Type: a Payment of -400,000 pays 400,000
    (it was read as a debt of 400,000 more: 1.4M for 0.6M). A credit memo typed "Invoice"
    with a minus is a credit all the same. A-1 1M due 31 Oct (22 days) less 0.4M less the
    memo's 0.3M (it names no invoice: the oldest) = 0.3M."""
    head = "Date,Transaction Type,Invoice No,Customer,Amount\n"
    rows = (
        "2026-10-01,Invoice,A-1,Toko Anugerah,1000000\n"
        "2026-10-20,Payment,A-1,Toko Anugerah,-400000\n"
    )
    payload = _read_csv(tmp_path / "signed.csv", head + rows)
    assert {key: payload[key] for key in FIGURES} == _figures(600_000, 600_000, 1, d1to30=600_000)
    assert not payload["problems"]
    memo = "2026-10-25,Invoice,CM-1,Toko Anugerah,-300000\n"
    payload = _read_csv(tmp_path / "memo.csv", head + rows + memo)
    assert {key: payload[key] for key in FIGURES} == _figures(300_000, 300_000, 1, d1to30=300_000)
    # Unsigned, as most exports write a payment, the same figures.
    plain = rows.replace("-400000", "400000") + memo
    payload = _read_csv(tmp_path / "plain.csv", head + plain)
    assert payload["outstanding"] == 300_000
