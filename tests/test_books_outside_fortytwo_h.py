"""Outside round 50 (fixer 50): books kept in thousands or millions, and a receipt's "=" after
its figure, each written by hand with its figures worked out on paper as of 22 Nov 2026
(default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, Rows, _xlsx, figures, reads_to

MILLIONS = ["DAFTAR PIUTANG DAGANG (dalam jutaan rupiah)"]


def _read(path: Path, sheets: list[tuple[str, Rows]]) -> dict[str, Any]:
    _xlsx(path, sheets)
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    return payload


def _told(payload: dict[str, Any]) -> list[tuple[int, str]]:
    return [(p["row"], p["code"]) for p in payload["problems"]]


# Round 50 jutaan_jt.csv: a distributor's ';' CSV kept in millions, "Nilai (jt)" with decimal
# commas as Indonesian Excel writes them. "12,125" beside "1,5", "3,2" and "4,35" is 12.125
# million, Rp 12.125.000; it was read as twelve thousand one hundred and twenty-five million
# (12.129.675.000 owed, nothing told).
# DJ-118 12.125.000 - 4.000.000 = 8.125.000 due 19 Sep (64 days, 61-90); DJ-126 1.500.000 due
# 18 Oct (35, 31-60); DJ-133 2.675.000 paid; DJ-139 3.200.000 - 1.250.000 = 1.950.000 due 20
# Nov (2, 1-30); DJ-144 875.000 and DJ-150 4.350.000 current. 16.800.000, 11.575.000 overdue.
JUTAAN_JT = """Tanggal;No Invoice;Pelanggan;Nilai (jt);Terbayar (jt)
20/08/2026;DJ-118;Toko Grosir Amanah;12,125;4
18/09/2026;DJ-126;Swalayan Murah;1,5;0
01/10/2026;DJ-133;Toko Grosir Amanah;2,675;2,675
21/10/2026;DJ-139;Minimarket Berkah;3,2;1,25
02/11/2026;DJ-144;Swalayan Murah;0,875;
09/11/2026;DJ-150;Minimarket Berkah;4,35;0
"""


def test_three_decimals_in_a_csv_kept_in_millions_are_millions(tmp_path: Path) -> None:
    path = tmp_path / "jutaan_jt.csv"
    path.write_text(JUTAAN_JT, encoding="utf-8")
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and not payload["problems"]
    expected = figures(16_800_000, 11_575_000, 3, current=5_225_000, d1to30=1_950_000,
                       d31to60=1_500_000, d61to90=8_125_000)  # fmt: skip
    assert {key: payload[key] for key in FIGURES} == expected
    assert payload["per_customer"] == {
        "Toko Grosir Amanah": 8_125_000, "Swalayan Murah": 2_375_000, "Minimarket Berkah": 6_300_000
    }  # fmt: skip


# Round 50 jutaan.xlsx: real numbers under "(dalam jutaan rupiah)". 12.125 was rounded to two
# decimals before it was scaled (12.120.000: 5.000 short, nothing told). DJ-25 12.125.000 -
# 4.000.000 = 8.125.000 due 24 Sep (59 days, 31-60); DJ-31 1.500.000 due 29 Oct (24, 1-30);
# DJ-37 paid; DJ-40 750.000 - 250.000 = 500.000 and DJ-44 6.400.000 current. A Sisa worked
# out by a formula, 0.75 - 0.25 and 12.125 - 4, checks. 16.525.000, 9.625.000 overdue.
def test_numbers_with_three_decimals_in_millions_are_scaled_exactly(tmp_path: Path) -> None:
    book = [MILLIONS, [],
            ["Tanggal", "No. Invoice", "Pelanggan", "Nilai", "Terbayar", "Sisa"],
            [D(2026, 8, 25), "DJ-25", "PT Sumber Rejeki", 12.125, 4, 12.125 - 4],
            [D(2026, 9, 29), "DJ-31", "CV Makmur", 1.5, 0, 1.5],
            [D(2026, 10, 6), "DJ-37", "CV Makmur", 2.25, 2.25, 0],
            [D(2026, 11, 2), "DJ-40", "Toko Sejahtera", 0.75, 0.25, 0.75 - 0.25],
            [D(2026, 11, 9), "DJ-44", "PT Sumber Rejeki", 6.4, 0, 6.4]]  # fmt: skip
    expected = figures(16_525_000, 9_625_000, 3, current=6_900_000, d1to30=1_500_000,
                       d31to60=8_125_000)  # fmt: skip
    reads_to(tmp_path / "jutaan.xlsx", [("Piutang", book)], expected)


# In thousands the same: 1250.125 thousand is Rp 1.250.125 (it was 1.250.120), and a Sisa of
# 3.2 - 1.25 thousand, stored 1.9500000000000002, is Rp 1.950 (Excel's fifteen digits). A
# figure that comes to no whole rupiah, 0.0005 thousand, is a problem row, not rounded to one.
# K-1 1.250.125 due 31 Oct (22 days, 1-30); K-2 3.200 - 1.250 = 1.950 current.
def test_a_figure_in_thousands_is_whole_rupiah_or_a_problem(tmp_path: Path) -> None:
    book = [["Rekap tagihan (dalam ribuan rupiah)"], [],
            ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar", "Sisa"],
            ["K-1", D(2026, 10, 1), "Toko A", 1250.125, 0, 1250.125],
            ["K-2", D(2026, 11, 2), "Toko B", 3.2, 1.25, 3.2 - 1.25],
            ["K-3", D(2026, 11, 3), "Toko C", 0.0005, 0, 0.0005]]  # fmt: skip
    payload = _read(tmp_path / "ribuan.xlsx", [("Piutang", book)])
    expected = figures(1_252_075, 1_250_125, 2, current=1_950, d1to30=1_250_125)
    assert {key: payload[key] for key in FIGURES} == expected
    assert _told(payload) == [(6, "invalid-amount")]


# Round 50 strip_titik.xlsx and eq_paid_only.xlsx: "Rp 2.000.000,=" ends as a kwitansi ends it,
# "=" a filler like ",-"; it was no amount, and a paid "Rp 500.000,=" left out the invoice.
# ST-6 2.000.000 - 500.000 = 1.500.000, ST-7 1.000.000 - 250.000 = 750.000, ST-8 1.250.000,
# all current.
def test_a_receipts_equals_sign_after_a_figure_is_a_filler(tmp_path: Path) -> None:
    book = [["No", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"],
            ["ST-6", D(2026, 11, 2), "Toko Family", "Rp 2.000.000,=", "Rp 500.000,="],
            ["ST-7", D(2026, 11, 3), "Toko Family", "Rp 1.000.000", "250.000="],
            ["ST-8", D(2026, 11, 4), "Toko Baru", "1.250.000.-", None]]  # fmt: skip
    expected = figures(3_500_000, 0, 2, current=3_500_000)
    payload = reads_to(tmp_path / "strip_titik.xlsx", [("Nota", book)], expected)
    assert payload["per_customer"] == {"Toko Family": 2_250_000, "Toko Baru": 1_250_000}


# Look-alikes. In rupiah (no unit) "12,125" stays Rp 12.125 and "1,5" stays no amount. In
# thousands with nothing else to say, "3.750" stays 3.750 thousand (a dot groups as "rb" does).
# R-1 12.125 and R-2 3.750.000, both due 31 Oct (22 days); R-3 "1,5" told, left out.
def test_a_table_in_rupiah_reads_three_decimals_as_thousands(tmp_path: Path) -> None:
    book = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["R-1", D(2026, 10, 1), "Toko A", "12,125"],
            ["R-2", D(2026, 10, 1), "Toko B", "Rp 3.750.000"],
            ["R-3", D(2026, 10, 1), "Toko C", "1,5"]]  # fmt: skip
    payload = _read(tmp_path / "rupiah.xlsx", [("Piutang", book)])
    expected = figures(3_762_125, 3_762_125, 2, d1to30=3_762_125)
    assert {key: payload[key] for key in FIGURES} == expected
    assert _told(payload) == [(4, "invalid-amount")]
    book = [["Piutang (dalam ribuan rupiah)"], [],
            ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["T-1", D(2026, 10, 1), "Toko A", "3.750"],
            ["T-2", D(2026, 10, 1), "Toko B", 1200]]  # fmt: skip
    reads_to(tmp_path / "ribuan.xlsx", [("Piutang", book)], figures(4_950_000, 4_950_000, 2,
             d1to30=4_950_000))  # fmt: skip


# A table in thousands whose figures write the dot both ways, "1.250.000" grouping and "1.5" a
# decimal: "2.675" beside them could be either, a problem row, not a guess. M-1 1.5 thousand
# is Rp 1.500, M-2 Rp 1.250.000.000, both due 31 Oct (22 days).
def test_a_figure_the_table_writes_both_ways_is_a_problem(tmp_path: Path) -> None:
    book = [["Piutang (dalam ribuan rupiah)"], [],
            ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["M-1", D(2026, 10, 1), "Toko A", "1.5"],
            ["M-2", D(2026, 10, 1), "Toko B", "1.250.000"],
            ["M-3", D(2026, 10, 1), "Toko C", "2.675"]]  # fmt: skip
    payload = _read(tmp_path / "campur.xlsx", [("Piutang", book)])
    assert payload["outstanding"] == 1_250_001_500
    assert _told(payload) == [(6, "invalid-amount")]
