"""Outside round 81 (fixer 81c): a down payment, a due date or a write-off written in a note
or a status, a journal's deposit from a customer not yet invoiced, and "OB" as the number of
each customer's opening balance. Each book written by hand with its figures worked out on
paper as of 22 Nov 2026 (30 days' terms unless a book gives its own)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from tests.test_books_by_hand import figures, read_book, reads_to


# Round 81 book 13: a down payment written only in the note, no paid column. "DP 500rb" was
# taken off and "uang muka Rp 300.000" (the down payment's everyday name) was not: N-3 owed
# its whole 1.500.000, nothing told. Each of the down payment's words is a word for paying.
# N-1 2.000.000 - 500.000 = 1.500.000 due 2 Dec (current); N-3 1.500.000 - 300.000 =
# 1.200.000 due 4 Nov (18 days: 1-30); Pak Darto's N-2 1.000.000 due 15 Dec; CV Maju's N-4
# 800.000 - "tanda jadi" 100.000 = 700.000 due 1 Dec. Out 4.400.000, 1.200.000 overdue.
def test_a_down_payment_under_any_of_its_names_in_a_note_is_paid(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Tanggal", "Nota", "Pelanggan", "Total", "Catatan"],
        [D(2026, 11, 2), "N-1", "Toko Sumber Air", 2_000_000, "DP 500rb"],
        [D(2026, 11, 15), "N-2", "Pak Darto", 1_000_000, None],
        [D(2026, 10, 5), "N-3", "Toko Sumber Air", 1_500_000, "uang muka Rp 300.000"],
        [D(2026, 11, 1), "N-4", "CV Maju", 800_000, "tanda jadi 100.000"],
    ]
    expected = figures(4_400_000, 1_200_000, 3, current=3_200_000, d1to30=1_200_000)
    reads_to(tmp_path / "nota.xlsx", [("Nota", rows)], expected)


# Round 81 book 22: due dates written in the note ("JT 15/12", "Belum lunas, JT 20/11",
# "tgl JT 5/1", "jatuh tempo: 25 Oktober 2026"), no due-date or terms column: each row was
# aged after the default 30 days, as though the note said nothing; the same forms in a Tempo
# column were read (``dates.calendar_due``). F-1 (1 Oct) 2.000.000 due 15 Dec: current (not
# 22 days late); F-2 (1 Sep) 1.000.000 left, due 20 Nov: 2 days (not 52); F-3 (15 Nov)
# 900.000 due 5 Jan 2027; F-4 (10 Aug) 3.000.000 due 25 Oct: 28 days (not 74). Out
# 6.900.000, 4.000.000 overdue, all of it 1-30.
def test_a_due_date_written_in_the_note_is_the_rows(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Tanggal", "No Faktur", "Pelanggan", "Jumlah", "Dibayar", "Keterangan"],
        [D(2026, 10, 1), "F-1", "Toko Lima", 2_000_000, 0, "JT 15/12"],
        [D(2026, 9, 1), "F-2", "Bu Harti", 1_500_000, 500_000, "Belum lunas, JT 20/11"],
        [D(2026, 11, 15), "F-3", "CV Daya", 900_000, None, "tgl JT 5/1"],
        [D(2026, 8, 10), "F-4", "CV Daya", 3_000_000, None, "jatuh tempo: 25 Oktober 2026"],
    ]
    expected = figures(6_900_000, 4_000_000, 3, current=2_900_000, d1to30=4_000_000)
    reads_to(tmp_path / "faktur.xlsx", [("Faktur", rows)], expected)


# Round 81 book 23: the due date inside a Status ("Belum lunas, JT 20/11", "Belum, JT: 10
# Des", "Cicil, jatuh tempo 1 Oktober"). N-1 (1 Sep) 1.000.000 due 20 Nov: 2 days, 1-30 (was
# 52 days, 31-60); N-2 (10 Oct) 600.000 due 10 Dec: current (was 13 days late); N-3 (15 Aug)
# 1.400.000 left due 1 Oct: 52 days, 31-60 (was 69, 61-90); N-4 (10 Nov) 500.000 current.
def test_a_due_date_written_in_the_status_is_the_rows(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Tgl", "Nota", "Pelanggan", "Total", "Sisa", "Status"],
        [D(2026, 9, 1), "N-1", "Warung Sedap", 1_000_000, 1_000_000, "Belum lunas, JT 20/11"],
        [D(2026, 10, 10), "N-2", "Warung Sedap", 600_000, 600_000, "Belum, JT: 10 Des"],
        [D(2026, 8, 15), "N-3", "Toko Abadi", 2_400_000, 1_400_000, "Cicil, jatuh tempo 1 Oktober"],
        [D(2026, 11, 10), "N-4", "Toko Abadi", 500_000, 500_000, "Belum lunas"],
    ]
    expected = figures(
        3_500_000, 2_400_000, 2, current=1_100_000, d1to30=1_000_000, d31to60=1_400_000
    )
    reads_to(tmp_path / "nota.xlsx", [("Nota", rows)], expected)


# Round 81 book 14: a journal's "Uang muka 500rb" credited to CV Harum, who has no invoice:
# read as paying a missing invoice named by the receipt's voucher ('BM-07', unmatched-payment)
# and the money lost. As a payments sheet's deposit note is, it is CV Harum's credit balance.
# Toko Anugerah's 1.000.000 ahead pays FJ-01 3.000.000 (15 Sep, due 15 Oct): 2.000.000 left,
# 38 days (31-60); Pak Slamet's FJ-03 2.500.000 (20 Nov) current. Out 4.500.000, 2.000.000
# overdue; CV Harum 500.000 in credit.
def test_a_journal_deposit_from_a_customer_not_yet_invoiced_is_a_credit(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Tanggal", "No Bukti", "Pelanggan", "Keterangan", "Debet", "Kredit"],
        [D(2026, 9, 1), "BM-01", "Toko Anugerah", "Titipan uang muka", None, 1_000_000],
        [D(2026, 9, 15), "FJ-01", "Toko Anugerah", "Penjualan", 3_000_000, None],
        [D(2026, 11, 5), "BM-07", "CV Harum", "Uang muka 500rb", None, 500_000],
        [D(2026, 11, 20), "FJ-03", "Pak Slamet", "Penjualan", 2_500_000, None],
    ]  # fmt: skip
    expected = figures(
        4_500_000, 2_000_000, 2, {"CV Harum": 500_000}, current=2_500_000, d31to60=2_000_000
    )
    reads_to(tmp_path / "jurnal.xlsx", [("Jurnal", rows)], expected)


# Round 81 book 10: "OB" alone as the number of three customers' opening balances (31 Dec
# 2025) in a list: told twice as a conflicting invoice number. It is the opening's code, as
# "Saldo Awal" in the number column is: each customer's opening, due on its own date.
# PT Delta OB 3.000.000 left (90+) and INV-1001 3.000.000 (5 Oct, due 4 Nov: 18 days); CV
# Gamma OB paid, INV-1002 1.000.000 left current; Toko Beta OB 1.500.000 (90+), INV-1003
# 600.000 current. Out 9.100.000, 7.500.000 overdue.
def test_ob_as_the_number_of_each_customers_opening_is_no_conflict(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Date", "Invoice No", "Customer", "Amount", "Paid", "Balance"],
        [D(2025, 12, 31), "OB", "PT Delta", 4_000_000, 1_000_000, 3_000_000],
        [D(2025, 12, 31), "OB", "CV Gamma", 2_500_000, 2_500_000, 0],
        [D(2025, 12, 31), "OB", "Toko Beta", 1_500_000, 0, 1_500_000],
        [D(2026, 10, 5), "INV-1001", "PT Delta", 3_000_000, 0, 3_000_000],
        [D(2026, 11, 11), "INV-1002", "CV Gamma", 1_700_000, 700_000, 1_000_000],
        [D(2026, 11, 20), "INV-1003", "Toko Beta", 600_000, 0, 600_000],
    ]
    expected = figures(
        9_100_000, 7_500_000, 3, current=1_600_000, d1to30=3_000_000, over90=4_500_000
    )
    reads_to(tmp_path / "invoices.xlsx", [("Invoices", rows)], expected)


# Round 81 books 05, 06: a write-off in the status or the note, the Sisa left as the amount
# less what was paid (the sum written off): the figures were right, and each such row was
# told a red check-mismatch ("buku Rp 3.000.000, terhitung Rp 0"). That Sisa agrees with the
# write-off beside it, as a Sisa 0 does. F-501 and F-506 written off; F-502 (12 Jun, only
# proposed) 2.500.000 due 12 Jul (90+); F-503 (1 Sep) 1.500.000 due 1 Oct (52 days, 31-60);
# F-505 (12 Nov) 2.200.000 current. Out 6.200.000, 4.000.000 overdue.
def _written_off(column: str, off: tuple[str, str], sisa_501: int) -> list[list[object]]:
    return [
        ["Tanggal", "No Faktur", "Pelanggan", "Jumlah", "Dibayar", "Sisa", column],
        [D(2026, 5, 10), "F-501", "Toko Barokah", 4_000_000, 1_000_000, sisa_501, off[0]],
        [D(2026, 6, 12), "F-502", "Warung Pak Kumis", 2_500_000, 0, 2_500_000, "Usul dihapuskan"],
        [D(2026, 9, 1), "F-503", "Toko Barokah", 1_500_000, 0, 1_500_000, "Belum lunas"],
        [D(2026, 11, 12), "F-505", "CV Tirta", 2_200_000, 0, 2_200_000, "Belum lunas"],
        [D(2026, 7, 1), "F-506", "Bu Marni", 900_000, 0, 900_000, off[1]],
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("column", "off"),
    [
        ("Status", ("Dihapuskan", "Hapus buku")),
        ("Keterangan", ("Sisa piutang dihapuskan per 30/10/2026", "Write-off, toko tutup")),
    ],
)
def test_a_written_off_rows_sisa_of_what_was_written_off_agrees(
    tmp_path: Path, column: str, off: tuple[str, str]
) -> None:
    expected = figures(
        6_200_000, 4_000_000, 3, current=2_200_000, d31to60=1_500_000, over90=2_500_000
    )
    reads_to(
        tmp_path / "piutang.xlsx", [("Piutang", _written_off(column, off, 3_000_000))], expected
    )


def test_a_written_off_rows_sisa_of_neither_is_told(tmp_path: Path) -> None:
    # F-501's Sisa 2.000.000 is neither 0 nor the 3.000.000 its figures leave: told.
    rows = _written_off("Status", ("Dihapuskan", "Hapus buku"), 2_000_000)
    payload = read_book(tmp_path / "piutang.xlsx", [("Piutang", rows)])
    assert payload["outstanding"] == 6_200_000
    told = [(p["code"], p["row"], p["book_says"]) for p in payload["problems"]]
    assert told == [("check-mismatch", 2, 2_000_000)]
