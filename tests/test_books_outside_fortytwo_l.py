"""Round 52 of the outside testers (one odd cell in a big book): each book written by hand with
its figures worked out on paper as of 22 Nov 2026 (default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to

HEADER = ["Tanggal", "No Faktur", "Keterangan", "Jumlah", "Bayar", "Sisa"]


def _grouped(name: str) -> list[list[object]]:
    """A list grouped by customer whose second group is ``name``: each name alone on a line, its
    invoices under it, a Sub Total and a blank line; a GRAND TOTAL at the foot."""
    return [
        ["DAFTAR PIUTANG PER PELANGGAN", None, None, None, None, None],
        [None] * 6,
        HEADER,
        ["Toko Sumber Rejeki", None, None, None, None, None],
        [D(2026, 9, 4), "F-0101", None, 1_785_000, 0, 1_785_000],
        [D(2026, 10, 10), "F-0109", None, 4_965_000, 4_965_000, 0],
        [None, None, "Sub Total", 6_750_000, 4_965_000, 1_785_000],
        [None] * 6,
        [name, None, None, None, None, None],
        [D(2026, 8, 14), "F-0102", None, 3_415_000, 0, 3_415_000],
        [D(2026, 10, 30), "F-0111", None, 2_255_000, 1_000_000, 1_255_000],
        [None, None, "Sub Total", 5_670_000, 1_000_000, 4_670_000],
        [None] * 6,
        ["Warung Bu Tini", None, None, None, None, None],
        [D(2026, 11, 2), "F-0112", None, 900_000, 0, 900_000],
        [None, None, "Sub Total", 900_000, 0, 900_000],
        [None] * 6,
        [None, None, "GRAND TOTAL", 13_320_000, 5_965_000, 7_355_000],
    ]


# Round 52 a16: a fruit shop called "Total Buah Segar" heads its group in a list grouped by
# customer. Its name line was read as a total line: its invoices went to Toko Sumber Rejeki
# above it (70,545,000 for 6,750,000 there), the shop gone, and no check disagreed. As of 22
# Nov: F-0101 1,785,000 (4 Sep, due 4 Oct, 49 days late); F-0102 3,415,000 (14 Aug, due 13 Sep,
# 70 days late); F-0111 1,255,000 (30 Oct, due 29 Nov, current); F-0112 900,000 (2 Nov,
# current). 7,355,000, overdue 5,200,000, three customers.
def test_a_customer_named_with_a_totals_word_heads_its_group(tmp_path: Path) -> None:
    expected = figures(
        7_355_000, 5_200_000, 3, current=2_155_000, d31to60=1_785_000, d61to90=3_415_000
    )
    for name in ("Total Buah Segar", "JUMLAH MOTOR"):
        payload = reads_to(tmp_path / "piutang.xlsx", [("Per Pelanggan", _grouped(name))], expected)
        assert payload["per_customer"] == {
            name: 4_670_000,
            "Toko Sumber Rejeki": 1_785_000,
            "Warung Bu Tini": 900_000,
        }


YEAR_HEADER = ["Tanggal", "No Faktur", "Pelanggan", "Keterangan", "Jumlah", "Bayar"]
LAST_YEAR = [
    ["PIUTANG 2025", None, None, None, None, None],
    YEAR_HEADER,
    [D(2025, 8, 20), "P-2530", "CV Prima", None, 2_000_000, 2_000_000],
    [D(2025, 10, 2), "P-2541", "Toko Cahaya", None, 1_000_000, 0],
    [D(2025, 12, 12), "P-2559", "Toko Cahaya", None, 500_000, 0],
]


# Round 48 saldo_plus_topcopy: this year's sheet opens with Toko Cahaya's "Saldo awal 2026"
# 1,500,000, and under it last year's two unpaid invoices copied as its detail, "rincian saldo
# awal" in their notes. The note made them openings: the figures came right, but two red
# check-mismatches told the owner a right Saldo awal was wrong; without the Saldo awal line,
# P-2559's 500,000 was lost (4,700,000 for 5,200,000). They are last year's invoices, counted
# once: Toko Cahaya 1,500,000 (P-2541 due 1 Nov 2025, P-2559 due 11 Jan 2026: 90+) and P-2630
# 400,000 (17 Nov, current); CV Prima P-2622 3,300,000 (21 Oct, due 20 Nov, 2 days late).
def test_last_years_invoices_copied_as_the_openings_detail_stay_invoices(tmp_path: Path) -> None:
    detail = [
        [D(2025, 10, 2), "P-2541", "Toko Cahaya", "rincian saldo awal", 1_000_000, 0],
        [D(2025, 12, 12), "P-2559", "Toko Cahaya", "rincian saldo awal", 500_000, 0],
    ]
    this_year = [
        [D(2026, 10, 21), "P-2622", "CV Prima", None, 3_300_000, 0],
        [D(2026, 11, 17), "P-2630", "Toko Cahaya", None, 400_000, 0],
    ]
    opening = [D(2026, 1, 1), None, "Toko Cahaya", "Saldo awal 2026", 1_500_000, None]
    expected = figures(5_200_000, 4_800_000, 2, current=400_000, d1to30=3_300_000, over90=1_500_000)
    for name, above in (("with", [opening]), ("without", [])):
        sheet = [["PIUTANG 2026", None, None, None, None, None], YEAR_HEADER, *above, *detail]
        payload = reads_to(
            tmp_path / f"piutang_{name}.xlsx",
            [("2025", LAST_YEAR), ("2026", [*sheet, *this_year])],
            expected,
        )
        assert payload["per_customer"] == {"CV Prima": 3_300_000, "Toko Cahaya": 1_900_000}
