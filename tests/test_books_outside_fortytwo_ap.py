"""Outside round 82: a down payment written as a share of the sale in a note ("sudah DP
30%"), a due day written without its month ("jatuh tempo tgl 5"), and a type column's "Jual
Kredit" and "DP". Each book written by hand with its figures worked out on paper as of 22 Nov
2026 (30 days' terms).
"""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to, text_reads_to

LIST = ["No Faktur", "Tanggal", "Pelanggan", "Total", "Keterangan"]


# Round 82 book 10: no paid column, the notes say what was paid. "sudah DP 30%" of MJ-1's
# 10.000.000 is 3.000.000 paid: 7.000.000 left, due 31 Oct (22 days late: 1-30). "DP 20% tgl
# 12/11" of MJ-2's 5.000.000 is 1.000.000: 4.000.000 left, due 10 Dec (current). "uang muka
# 12,5%" of MJ-3's 1.234.567 is 154.320,875, to the rupiah 154.321: 1.080.246 left, due 1 Dec
# (current). "panjar 500rb" of MJ-4's 3.000.000: 2.500.000, due 15 Oct (38 days: 31-60).
# "belum DP 30%" is no money: MJ-5 owes its 2.000.000, due 19 Nov (3 days: 1-30).
# Hendra 9.000.000, Darto 4.000.000, Yuli 1.080.246, Toko Kayu 2.500.000: 16.580.246 owed,
# 11.500.000 overdue. (The percent was read as no amount: 21.134.567, nothing told.)
def test_a_down_payment_written_as_a_percent_in_a_note_is_that_share_paid(
    tmp_path: Path,
) -> None:
    rows = [LIST,
            ["MJ-1", D(2026, 10, 1), "Bpk. Hendra", 10_000_000, "sudah DP 30%"],
            ["MJ-2", D(2026, 11, 10), "Pak Darto", 5_000_000, "DP 20% tgl 12/11"],
            ["MJ-3", D(2026, 11, 1), "Ibu Yuli", 1_234_567, "uang muka 12,5%"],
            ["MJ-4", D(2026, 9, 15), "Toko Kayu", 3_000_000, "panjar 500rb"],
            ["MJ-5", D(2026, 10, 20), "Bpk. Hendra", 2_000_000, "belum DP 30%"]]  # fmt: skip
    expected = figures(
        16_580_246, 11_500_000, 4, current=5_080_246, d1to30=9_000_000, d31to60=2_500_000
    )
    payload = reads_to(tmp_path / "dp_persen.xlsx", [("Penjualan", rows)], expected)
    assert payload["per_customer"] == {
        "Bpk. Hendra": 9_000_000,
        "Pak Darto": 4_000_000,
        "Ibu Yuli": 1_080_246,
        "Toko Kayu": 2_500_000,
    }


def test_a_csv_status_with_a_down_payment_percent_and_a_due_date(tmp_path: Path) -> None:
    # Round 82 book 12: "DP 30%, JT 20/12" on INV-551's 8.000.000 leaves 5.600.000, due 20 Dec
    # (current); INV-563 2.400.000 "Belum lunas", due 14 Nov (8 days late: 1-30). 8.000.000
    # owed, 2.400.000 overdue (was 10.400.000).
    text = (
        "Tanggal,No Invoice,Customer,Total,Status\n"
        '03/09/2026,INV-551,CV Prima Rasa,8.000.000,"DP 30%, JT 20/12"\n'
        "15/10/2026,INV-563,Toko Kue Melati,2.400.000,Belum lunas\n"
    )
    expected = figures(8_000_000, 2_400_000, 2, current=5_600_000, d1to30=2_400_000)
    text_reads_to(tmp_path / "status_dp.csv", text, expected)


# Round 82 book 11: a due day written without its month is the first such day after the
# sale. "jatuh tempo tgl 20" on a sale of 12 Nov is 20 Nov (2 days late: 1-30, not 12 Dec's
# current); "JT tgl 5" on one of 25 Oct is 5 Nov (17 days: 1-30, not 24 Nov's current).
# "bayar tgl 10 Des" names no due date (a day to pay written on the sale, or a promise made
# after it fell due: a promise keeps the invoice late), so 30 days' terms: due 20 Oct, 33 days
# late (31-60). 6.600.000 owed, all overdue (was 3.100.000 overdue).
def test_a_due_day_without_its_month_in_a_note_is_the_next_such_day(tmp_path: Path) -> None:
    rows = [["Tanggal", "No Nota", "Nama", "Jumlah", "Keterangan"],
            [D(2026, 11, 12), "0431", "Bu Endang", 2_300_000, "jatuh tempo tgl 20"],
            [D(2026, 10, 25), "0432", "Pak Slamet", 1_200_000, "JT tgl 5"],
            [D(2026, 9, 20), "0425", "Toko Barokah", 3_100_000, "bayar tgl 10 Des"]]  # fmt: skip
    expected = figures(6_600_000, 6_600_000, 3, d1to30=3_500_000, d31to60=3_100_000)
    reads_to(tmp_path / "jatuh_tempo_tgl.xlsx", [("Bon", rows)], expected)


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
