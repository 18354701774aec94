"""Leftovers of the earlier outside rounds, each book written by hand with its figures worked
out on paper as of 22 Nov 2026 (default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, reads_to


# Session 18's leftover: "Cicilan" merged over the parts' numbers typed as figures (1 | 2 | 3)
# was no header: the numbers' line looked like data, the parts went unread ("a column of
# figures beside the amount") and every invoice was owed whole, 7,700,000 for 2,000,000. As of
# 22 Nov: F-01 3,000,000 less 1,000,000 and 1,000,000 = 1,000,000 (1 Sep, due 1 Oct, 52 days);
# F-02 1,500,000 less 500,000 = 1,000,000 (5 Oct, due 4 Nov, 18 days); F-03 and F-04 paid.
def test_instalments_numbered_with_figures_under_their_merged_group(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Cicilan", None, None],
        [None, None, None, None, 1, 2, 3],
        ["F-01", D(2026, 9, 1), "Toko Maju", 3_000_000, 1_000_000, 1_000_000, None],
        ["F-02", D(2026, 10, 5), "Toko Maju", 1_500_000, 500_000, None, None],
        ["F-03", D(2026, 10, 20), "CV Sentosa", 2_000_000, 2_000_000, None, None],
        ["F-04", D(2026, 11, 2), "Bu Sari", 1_200_000, 400_000, 400_000, 400_000],
    ]
    merges = ["E1:G1", "A1:A2", "B1:B2", "C1:C2", "D1:D2"]
    expected = figures(2_000_000, 2_000_000, 1, d1to30=1_000_000, d31to60=1_000_000)
    reads_to(tmp_path / "cicilan.xlsx", [("Piutang", rows)], expected, merges)
    reads_to(tmp_path / "cicilan_lepas.xlsx", [("Piutang", rows)], expected)  # no merge


# The look-alike: a first row of data whose only figures are 1 and 2 under a label with empty
# cells beside it is data (its names and dates are words and dates, not empty), read as rows.
def test_a_first_row_of_small_figures_is_still_data(tmp_path: Path) -> None:
    path = tmp_path / "qty.xlsx"
    rows: list[list[object]] = [
        ["Tanggal", "Pelanggan", "Jumlah", "Qty", None],
        [D(2026, 11, 1), "Toko Maju", 1_000_000, 1, 2],
        [D(2026, 11, 2), "Bu Sari", 500_000, 3, 4],
    ]
    _xlsx(path, [("Piutang", rows)], [])
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 1_500_000


@pytest.mark.parametrize("numbers", [[1, 3], [2, 3]])
def test_numbers_that_are_no_run_of_parts_leave_the_header_one_row(
    tmp_path: Path, numbers: list[int]
) -> None:
    path = tmp_path / "bukan.xlsx"
    rows: list[list[object]] = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Cicilan", None],
        [None, None, None, None, *numbers],
        ["F-01", D(2026, 11, 1), "Toko Maju", 3_000_000, 1_000_000, None],
    ]
    _xlsx(path, [("Piutang", rows)], [])
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 3_000_000  # the parts unread, and told so
    assert any(p["code"] == "unread-column" for p in payload["problems"])


def _paid_with(second: str) -> list[tuple[str, list[list[object]]]]:
    return [
        (
            "Faktur",
            [
                ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
                ["F-01", D(2026, 9, 1), "PT Maju", 10_000_000],
                ["F-02", D(2026, 10, 5), "PT Maju", 5_000_000],
                ["F-03", D(2026, 10, 20), "CV Sentosa", 2_000_000],
            ],
        ),
        (
            "Pembayaran",
            [
                ["Tanggal", "No Faktur", "Pelanggan", "Diterima", "PPh 23", second],
                [D(2026, 10, 1), "F-01", "PT Maju", 9_793_500, 200_000, 6_500],
                [D(2026, 11, 1), "F-02", "PT Maju", 4_893_500, 100_000, 6_500],
            ],
        ),
    ]


# Session 18's leftover: a payments sheet settled with one deduction column only. "Diterima |
# PPh 23 | Biaya TF (ditanggung toko)": F-01 9,793,500 + 200,000 + 6,500 = 10,000,000 and F-02
# 4,893,500 + 100,000 + 6,500 = 5,000,000, both settled; the fee the shop bears went unread and
# PT Maju owed 13,000. Left: CV Sentosa's F-03 2,000,000 (20 Oct, due 19 Nov, 3 days late).
def test_two_deductions_beside_a_payment_both_settle(tmp_path: Path) -> None:
    expected = figures(2_000_000, 2_000_000, 1, d1to30=2_000_000)
    reads_to(tmp_path / "bayar.xlsx", _paid_with("Biaya TF (ditanggung toko)"), expected)


# The look-alike: a fee the buyer bears ("ditanggung pembeli") is billed still: PT Maju owes the
# 13,000 the shop did not take off.
def test_a_transfer_fee_the_buyer_bears_settles_nothing(tmp_path: Path) -> None:
    path = tmp_path / "bayar.xlsx"
    _xlsx(path, _paid_with("Biaya TF (ditanggung pembeli)"), [])
    _, payload = summarize_files([path], AS_OF)
    assert payload["per_customer"] == {"CV Sentosa": 2_000_000, "PT Maju": 13_000}
