"""Round 62 of the outside testers, its second part (fixer 62b): a tax beside the base amount
with no total, a discount beside a line's Qty x Harga. Each book written by hand with its
figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due
31 Oct, 22 days late; one of 5 Nov is due 5 Dec, current)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, figures, reads_to

OCT_1 = D(2026, 10, 1)
NOV_5 = D(2026, 11, 5)


# Round 62 b09: "Harga | PPN 11% | Dibayar", no total: the invoice is Harga + PPN, as the rows
# paid in full show (N1 2,000,000 + 220,000 paid 2,220,000). Read as Harga alone, the PPN paid
# on N1 became a credit moved onto N2. N2 1,350,000 + 148,500 = 1,498,500 (22 days late);
# N3 800,000 + 88,000 = 888,000 current: 2,386,500 outstanding, 1,498,500 overdue.
HARGA_PPN = [
    ["No Nota", "Tanggal", "Pelanggan", "Harga", "PPN 11%", "Dibayar", "Ket"],
    ["N1", OCT_1, "Toko A", 2_000_000, 220_000, 2_220_000, "lunas"],
    ["N2", OCT_1, "Toko A", 1_350_000, 148_500, None, None],
    ["N3", NOV_5, "Toko B", 800_000, 88_000, None, None],
]


def test_a_tax_beside_the_price_and_no_total_is_owed_on_top(tmp_path: Path) -> None:
    expected = figures(2_386_500, 1_498_500, 2, d1to30=1_498_500, current=888_000)
    payload = reads_to(tmp_path / "nota.xlsx", [("Nota 2026", HARGA_PPN)], expected)
    assert payload["per_customer"] == {"Toko A": 1_498_500, "Toko B": 888_000}


# Round 62 b16: a tax invoice recap "DPP | PPN | Pembayaran", no total, was refused as
# payments only. The DPP is the base, the invoice DPP + PPN: F1 5,400,000 + 594,000 =
# 5,994,000 - 3,000,000 = 2,994,000 (22 days late); F2 3,441,000 paid; F3 9,800,000 +
# 1,078,000 = 10,878,000 current. 13,872,000 outstanding.
DPP_PPN = [
    ["Rekap faktur pajak keluaran dan pembayaran"],
    [],
    ["No Faktur Pajak", "Tgl Faktur", "Nama Pembeli", "DPP", "PPN", "Pembayaran"],
    ["010.002-26.00001219", OCT_1, "CV Sinar Baja", 5_400_000, 594_000, 3_000_000],
    ["010.002-26.00001247", OCT_1, "UD Karya Logam", 3_100_000, 341_000, 3_441_000],
    ["010.002-26.00001260", NOV_5, "CV Sinar Baja", 9_800_000, 1_078_000, None],
]


def test_a_tax_invoice_recap_of_dpp_and_ppn_owes_their_sum(tmp_path: Path) -> None:
    expected = figures(13_872_000, 2_994_000, 1, d1to30=2_994_000, current=10_878_000)
    reads_to(tmp_path / "faktur.xlsx", [("Faktur", DPP_PPN)], expected)


# A PPN column of rates (11, or Excel's 0.11 shown 11%) is no rupiah: the invoice is the base
# times 1.11. N1 1,000,000 -> 1,110,000 paid; N2 2,500,000 -> 2,775,000 - 1,000,000 =
# 1,775,000 (22 days late).
@pytest.mark.parametrize("rate", [11, 0.11, "11%"])
def test_a_tax_column_of_rates_is_the_base_times_one_and_the_rate(
    tmp_path: Path, rate: object
) -> None:
    rows = [
        ["No Nota", "Tanggal", "Pelanggan", "Nilai", "PPN", "Dibayar"],
        ["N1", OCT_1, "Toko A", 1_000_000, rate, 1_110_000],
        ["N2", OCT_1, "Toko B", 2_500_000, rate, 1_000_000],
    ]
    expected = figures(1_775_000, 1_775_000, 1, d1to30=1_775_000)
    reads_to(tmp_path / "nota.xlsx", [("Nota", rows)], expected)


# Look-alikes: a Total beside the base and the tax is the amount, never the tax added again
# (Harga | PPN | Total); a Jumlah that holds the tax its DPP | PPN break down (prices
# including PPN). N1 2,220,000 - 1,000,000 = 1,220,000 and N2 888,000, 22 days late.
@pytest.mark.parametrize(
    "labels",
    [
        ["No Nota", "Tanggal", "Pelanggan", "Harga", "PPN 11%", "Total", "Dibayar"],
        ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "DPP", "PPN", "Bayar"],
    ],
)
def test_a_total_beside_the_base_and_tax_is_the_amount(tmp_path: Path, labels: list[str]) -> None:
    if labels[3] == "Harga":
        rows = [["N1", OCT_1, "Toko A", 2_000_000, 220_000, 2_220_000, 1_000_000],
                ["N2", OCT_1, "Toko B", 800_000, 88_000, 888_000, None]]  # fmt: skip
    else:
        rows = [["N1", OCT_1, "Toko A", 2_220_000, 2_000_000, 220_000, 1_000_000],
                ["N2", OCT_1, "Toko B", 888_000, 800_000, 88_000, None]]  # fmt: skip
    expected = figures(2_108_000, 2_108_000, 2, d1to30=2_108_000)
    reads_to(tmp_path / "nota.xlsx", [("Nota", [labels, *rows])], expected)


# Round 62 b24: "Qty (dus) | Harga Satuan | Diskon | Dibayar", no line total: each line owes
# Qty x Harga less its discount, written as Excel's percentage (0.1 shown 10%), a figure under
# "Diskon %" or a "Potongan" in rupiah. SJ1 10 x 125,000 - 10% = 1,125,000 paid; SJ2 40 x
# 87,500 - 5% = 3,325,000 - 1,000,000 = 2,325,000 (22 days late); SJ3 16 x 210,000 - 15% =
# 2,856,000 current; SJ4 120 x 45,000 - 12.5% = 4,725,000 paid. 5,181,000 outstanding.
@pytest.mark.parametrize(
    ("label", "shares"),
    [
        ("Diskon", [0.1, 0.05, 0.15, 0.125]),
        ("Diskon %", [10, 5, 15, 12.5]),
        ("Diskon", ["10%", "5%", "15%", "12,5%"]),
        ("Potongan", [125_000, 175_000, 504_000, 675_000]),
    ],
)
def test_a_discount_beside_qty_and_price_is_taken_off_the_line(
    tmp_path: Path, label: str, shares: list[object]
) -> None:
    rows = [
        ["No SJ", "Tanggal", "Pelanggan", "Barang", "Qty (dus)", "Harga Satuan", label, "Dibayar"],
        ["SJ1", OCT_1, "Toko A", "Granit 60x60", 10, 125_000, shares[0], 1_125_000],
        ["SJ2", OCT_1, "CV B", "Keramik 40x40", 40, 87_500, shares[1], 1_000_000],
        ["SJ3", NOV_5, "CV B", "Keramik dinding", 16, 210_000, shares[2], None],
        ["SJ4", OCT_1, "PT C", "Granit 80x80", 120, 45_000, shares[3], 4_725_000],
    ]
    expected = figures(5_181_000, 2_325_000, 1, d1to30=2_325_000, current=2_856_000)
    payload = reads_to(tmp_path / "sj.xlsx", [("Surat Jalan", rows)], expected)
    assert payload["per_customer"] == {"CV B": 5_181_000}


# A discount column whose figures cannot all be one thing (10 beside 50,000: a percentage or
# rupiah?) is not guessed, nor left out: its lines are told (here all of them: the sheet is
# refused saying so), never summed without it.
def test_a_discount_that_reads_neither_way_is_told(tmp_path: Path) -> None:
    rows = [
        ["No SJ", "Tanggal", "Pelanggan", "Qty", "Harga Satuan", "Diskon", "Dibayar"],
        ["SJ1", OCT_1, "Toko A", 10, 125_000, 10, None],
        ["SJ2", OCT_1, "Toko B", 40, 87_500, 50_000, None],
    ]
    path = tmp_path / "sj.xlsx"
    write_xlsx(path, {"SJ": rows})
    batch, payload = summarize_files([path], AS_OF)
    assert "'10 x 125000 - 10' bukan jumlah uang" in str(batch.errors)
    assert payload["outstanding"] == 0


# Look-alike: a Diskon beside a Total is in it already (the total is after discount): SJ1
# 1,125,000 - 500,000 = 625,000 owed, 22 days late.
def test_a_discount_beside_a_total_is_not_taken_off_again(tmp_path: Path) -> None:
    rows = [
        ["No SJ", "Tanggal", "Pelanggan", "Qty", "Harga Satuan", "Diskon", "Total", "Dibayar"],
        ["SJ1", OCT_1, "Toko A", 10, 125_000, 0.1, 1_125_000, 500_000],
    ]
    expected = figures(625_000, 625_000, 1, d1to30=625_000)
    reads_to(tmp_path / "sj.xlsx", [("SJ", rows)], expected)
