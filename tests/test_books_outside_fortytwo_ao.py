"""Outside round 82: a card's page carried over its title and header printed again, the
carry lines giving the Saldo's own words ("(Balance c/f)", "Saldo dipindahkan") with the page's
Debit and Credit totals, or a carried Saldo typed wrong. Each book written by hand with its
figures worked out on paper as of 22 Nov 2026 (30 days' terms).
"""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, read_book, reads_to

LEDGER = ["Date", "Ref", "Description", "Debit", "Credit", "Balance"]
CARD = ["Tgl", "No Faktur", "Uraian", "Debet", "Kredit", "Saldo"]


# Round 82 book 03: PT Anugrah's card, SI-1 8.000.000, RC-1 5.000.000, SI-2 6.500.000, RC-2
# 4.000.000 (Balance 5.500.000), then "(Balance c/f)" with the page's Debit 14.500.000, Credit
# 9.000.000 and Balance 5.500.000; the title and header again, "(Balance b/f)" with the same
# three figures, SI-3 7.200.000, RC-3 3.000.000 (Balance 9.700.000). Both carry lines are
# totals: 21.700.000 sold less 12.000.000 received = 9.700.000. Oldest first: SI-1 settled
# (8.000.000), SI-2 6.500.000 less the other 4.000.000 = 2.500.000 due 21 Sep (62 days late:
# 61-90), SI-3 7.200.000 due 17 Nov (5 days: 1-30). (Each carry line was read as an opening
# of 14.500.000 less 9.000.000: +11.000.000, and a false mismatch.)
def test_a_balance_c_f_and_b_f_with_the_page_totals_are_no_debt(tmp_path: Path) -> None:
    card = [["CUSTOMER LEDGER"], ["Customer: PT Anugrah Sentosa"], LEDGER,
            [D(2026, 7, 10), "SI-1", "Sales invoice", 8_000_000, None, 8_000_000],
            [D(2026, 8, 1), "RC-1", "Receipt", None, 5_000_000, 3_000_000],
            [D(2026, 8, 22), "SI-2", "Sales invoice", 6_500_000, None, 9_500_000],
            [D(2026, 9, 30), "RC-2", "Receipt", None, 4_000_000, 5_500_000],
            [None, None, "(Balance c/f)", 14_500_000, 9_000_000, 5_500_000],
            ["CUSTOMER LEDGER"], ["Customer: PT Anugrah Sentosa"], LEDGER,
            [None, None, "(Balance b/f)", 14_500_000, 9_000_000, 5_500_000],
            [D(2026, 10, 18), "SI-3", "Sales invoice", 7_200_000, None, 12_700_000],
            [D(2026, 11, 16), "RC-3", "Receipt", None, 3_000_000, 9_700_000]]  # fmt: skip
    expected = figures(9_700_000, 9_700_000, 1, d1to30=7_200_000, d61to90=2_500_000)
    payload = reads_to(tmp_path / "ledger_cf.xlsx", [("AR Ledger", card)], expected)
    assert payload["per_customer"] == {"PT Anugrah Sentosa": 9_700_000}


# Round 82 book 05: Toko Lestari's card, F-1 3.300.000, F-2 2.100.000, paid 1.500.000 (Saldo
# 3.900.000), then "Saldo dipindahkan" typed 4.900.000; the title and header again, "Saldo
# pindahan" 4.900.000 (the wrong figure carried), F-3 2.700.000, paid 2.000.000. The rows owe
# 8.100.000 - 3.500.000 = 4.600.000: F-1 settled, F-2 2.100.000 less 200.000 = 1.900.000 due
# 21 Oct (32 days late: 31-60), F-3 2.700.000 due 26 Nov (current). The slip is told at the
# carry line, the book's 4.900.000 beside the rows' 3.900.000. (The head line was an opening
# balance of 4.900.000 on top of the rows: 9.500.000, nothing told.)
def test_a_saldo_carried_typed_wrong_is_told_never_a_new_debt(tmp_path: Path) -> None:
    card = [["KARTU PIUTANG - Toko Lestari"], CARD,
            [D(2026, 9, 4), "F-1", "Penjualan", 3_300_000, None, 3_300_000],
            [D(2026, 9, 21), "F-2", "Penjualan", 2_100_000, None, 5_400_000],
            [D(2026, 10, 2), None, "Bayar tunai", None, 1_500_000, 3_900_000],
            [None, None, "Saldo dipindahkan", None, None, 4_900_000],
            ["KARTU PIUTANG - Toko Lestari"], CARD,
            [None, None, "Saldo pindahan", None, None, 4_900_000],
            [D(2026, 10, 27), "F-3", "Penjualan", 2_700_000, None, 7_600_000],
            [D(2026, 11, 19), None, "Transfer BCA", None, 2_000_000, 5_600_000]]  # fmt: skip
    payload = read_book(tmp_path / "kartu_cf_salah.xlsx", [("Kartu Piutang", card)])
    assert payload["outstanding"] == 4_600_000
    assert payload["per_customer"] == {"Toko Lestari": 4_600_000}
    assert payload["aging"]["31-60"] == 1_900_000
    told = [
        (p["row"], p["book_says"], p["read"])
        for p in payload["problems"]
        if p["code"] == "check-mismatch"
    ]
    assert told[0] == (6, 4_900_000, 3_900_000)


TEMPO = ["Tanggal", "Keterangan", "Debet", "Kredit", "Saldo"]


# Round 82 book 08: Bu Ratna's card on the sheet "Bu Ratna", nota 1 1.850.000 (1 Sep), nota 2
# 2.250.000 (16 Sep), paid 1.850.000, nota 3 1.600.000 (14 Oct): Saldo 3.850.000; continued on
# the sheet "Bu Ratna (2)" under the same title, paid 2.250.000 (Saldo 1.600.000), nota 4
# 2.050.000 (11 Nov): Saldo 3.650.000. One customer: 7.750.000 - 4.100.000 = 3.650.000, notas
# 1 and 2 settled, nota 3 due 13 Nov (9 days late: 1-30), nota 4 due 11 Dec (current). (Two
# customers, "Bu Ratna" and "Bu Ratna (Warung Ratna)", the second sheet's payment a -2.250.000
# start told as a mismatch.)
def test_a_card_continued_on_a_sheet_named_2_is_the_same_customer(tmp_path: Path) -> None:
    title = [["KARTU PIUTANG"], ["Pelanggan : Bu Ratna (Warung Ratna)"], TEMPO]
    one = [*title,
           [D(2026, 9, 1), "Ambil nota 1", 1_850_000, None, 1_850_000],
           [D(2026, 9, 16), "Ambil nota 2", 2_250_000, None, 4_100_000],
           [D(2026, 9, 30), "Bayar", None, 1_850_000, 2_250_000],
           [D(2026, 10, 14), "Ambil nota 3", 1_600_000, None, 3_850_000]]  # fmt: skip
    two = [*title,
           [D(2026, 10, 28), "Bayar", None, 2_250_000, 1_600_000],
           [D(2026, 11, 11), "Ambil nota 4", 2_050_000, None, 3_650_000]]  # fmt: skip
    expected = figures(3_650_000, 1_600_000, 1, current=2_050_000, d1to30=1_600_000)
    payload = reads_to(
        tmp_path / "kartu_2.xlsx", [("Bu Ratna", one), ("Bu Ratna (2)", two)], expected
    )
    assert payload["per_customer"] == {"Bu Ratna": 3_650_000}


# Round 82 book 09: "Kartu Piutang CV Mandiri Abadi - hal. 1" on the sheet "CV Mandiri Abadi":
# N-1 6.000.000, paid 6.000.000, N-2 4.400.000 (18 Sep); "... - hal. 2" on the sheet "hal. 2":
# "Saldo dari hal. 1" 4.400.000, paid 2.400.000 (Saldo 2.000.000), N-3 3.300.000 (6 Nov):
# Saldo 5.300.000. One customer: N-2 keeps 2.000.000 due 18 Oct (35 days: 31-60), N-3 due 6 Dec
# (current). (Two customers "... - hal. 1" and "... - hal. 2", and a false mismatch.)
def test_a_card_whose_title_names_its_page_is_one_customer(tmp_path: Path) -> None:
    one = [["Kartu Piutang CV Mandiri Abadi - hal. 1"], CARD,
           [D(2026, 8, 12), "N-1", "Penjualan", 6_000_000, None, 6_000_000],
           [D(2026, 9, 10), None, "Pembayaran giro", None, 6_000_000, 0],
           [D(2026, 9, 18), "N-2", "Penjualan", 4_400_000, None, 4_400_000]]  # fmt: skip
    two = [["Kartu Piutang CV Mandiri Abadi - hal. 2"], CARD,
           [None, None, "Saldo dari hal. 1", None, None, 4_400_000],
           [D(2026, 10, 21), None, "Pembayaran", None, 2_400_000, 2_000_000],
           [D(2026, 11, 6), "N-3", "Penjualan", 3_300_000, None, 5_300_000]]  # fmt: skip
    expected = figures(5_300_000, 2_000_000, 1, current=3_300_000, d31to60=2_000_000)
    sheets = [("CV Mandiri Abadi", one), ("hal. 2", two)]
    payload = reads_to(tmp_path / "kartu_hal.xlsx", sheets, expected)
    assert payload["per_customer"] == {"CV Mandiri Abadi": 5_300_000}


# Round 82 book 29: stacked cards on the sheet "Kartu A-B", each a "KARTU PIUTANG" line over
# the name: Toko Sinar Mas SM-1 3.000.000 (10 Aug), SM-2 2.000.000 (2 Sep), paid 3.000.000
# (Saldo 2.000.000); CV Pangan Jaya PJ-1 4.500.000 (5 Oct), paid 2.000.000 (2.500.000). The
# sheet "Kartu A-B (2)" holds "Toko Sinar Mas (2)": SM-3 2.600.000 (14 Oct, Saldo 4.600.000),
# paid 2.000.000 (2.600.000). Toko Sinar Mas owes 2.600.000: SM-1 settled, SM-2 settled by the
# second payment, SM-3 due 13 Nov (9 days: 1-30); CV Pangan Jaya 2.500.000 due 4 Nov (18 days:
# 1-30). (The second sheet's card was the customer "Kartu A-B (2)", its Saldo told wrong.)
def test_a_card_continued_on_another_sheet_under_its_name_is_theirs(tmp_path: Path) -> None:
    stacked = [["KARTU PIUTANG"], ["Toko Sinar Mas"], CARD,
               [D(2026, 8, 10), "SM-1", "Penjualan", 3_000_000, None, 3_000_000],
               [D(2026, 9, 2), "SM-2", "Penjualan", 2_000_000, None, 5_000_000],
               [D(2026, 9, 20), None, "Pembayaran", None, 3_000_000, 2_000_000],
               [],
               ["KARTU PIUTANG"], ["CV Pangan Jaya"], CARD,
               [D(2026, 10, 5), "PJ-1", "Penjualan", 4_500_000, None, 4_500_000],
               [D(2026, 11, 5), None, "Pembayaran", None, 2_000_000, 2_500_000]]  # fmt: skip
    more = [["KARTU PIUTANG"], ["Toko Sinar Mas (2)"], CARD,
            [D(2026, 10, 14), "SM-3", "Penjualan", 2_600_000, None, 4_600_000],
            [D(2026, 11, 10), None, "Pembayaran", None, 2_000_000, 2_600_000]]  # fmt: skip
    expected = figures(5_100_000, 5_100_000, 2, d1to30=5_100_000)
    sheets = [("Kartu A-B", stacked), ("Kartu A-B (2)", more)]
    payload = reads_to(tmp_path / "kartu_ab.xlsx", sheets, expected)
    assert payload["per_customer"] == {"Toko Sinar Mas": 2_600_000, "CV Pangan Jaya": 2_500_000}
