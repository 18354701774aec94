"""Outside round 82: a down payment written as a share of the sale in a note ("sudah DP
30%"), a due day written without its month ("jatuh tempo tgl 5"), and a type column's "Jual
Kredit" and "DP". Each book written by hand with its figures worked out on paper as of 22 Nov
2026 (30 days' terms).
"""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to

LIST = ["No Faktur", "Tanggal", "Pelanggan", "Total", "Keterangan"]


# Round 82 books 22, 23 and 32: a journal's type column says "Jual Kredit" (a credit sale)
# and "DP", "Panjar" (a down payment: money paid), beside Cicilan and Penjualan Tempo, every
# amount positive. Pak Bambang 6.000.000 less 1.000.000 + 2.000.000 = 3.000.000 of the sale of
# 1 Sep, due 1 Oct (52 days late: 31-60); Bu Sumarni 3.000.000 less 500.000 = 2.500.000, due
# 9 Nov (13 days: 1-30); Toko Sejahtera 4.000.000 of 5 Nov, due 5 Dec (current). 9.500.000
# owed, 5.500.000 overdue. (The file was refused: "'DP', 'Jual Kredit' bukan kata ...".)
def test_jual_kredit_and_dp_in_a_type_column_are_a_sale_and_a_payment(tmp_path: Path) -> None:
    rows = [["Tanggal", "No", "Pelanggan", "Jenis", "Jumlah"],
            [D(2026, 9, 1), "J-1", "Pak Bambang", "Jual Kredit", 6_000_000],
            [D(2026, 9, 1), "D-1", "Pak Bambang", "DP", 1_000_000],
            [D(2026, 10, 1), "C-1", "Pak Bambang", "Cicilan 1", 2_000_000],
            [D(2026, 10, 10), "J-2", "Bu Sumarni", "Penjualan Tempo", 3_000_000],
            [D(2026, 11, 1), "P-1", "Bu Sumarni", "Panjar", 500_000],
            [D(2026, 11, 5), "J-3", "Toko Sejahtera", "Jual Kredit", 4_000_000]]  # fmt: skip
    expected = figures(
        9_500_000, 5_500_000, 3, current=4_000_000, d1to30=2_500_000, d31to60=3_000_000
    )
    reads_to(tmp_path / "jenis_dp.xlsx", [("Jurnal", rows)], expected)
