"""Round 87 of the outside testers (fixer 87c): terms stated above the rows that name a day of
the calendar, or stand in the number column under a group's heading; a page's carry at the
next page's head in a journal with no Saldo; the sum told beside a grand total typed wrong
under a page's carry. Each book written by hand with its figures worked out on paper as of
22 Nov 2026 (default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late; one of 25 Oct
is due 24 Nov, current)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import FIGURES, figures, read_book, reads_to

CARD = ["Tanggal", "No. Nota", "Keterangan", "Debet", "Kredit", "Saldo"]


# Round 87 book 12: a card's terms above its header naming a day of the calendar ("Tempo :
# akhir bulan" under "Nama : Bu Marni") were no terms: only days were read there, and her
# sales went on the default 30 days (overdue 700.000 for 1.500.000 here). Now the terms a line
# states are read as a Tempo column's are: the end of the invoice's month, of the next, a day
# of the next month. By hand, Bu Marni (end of month): M-11 25 Sep 1.200.000 due 30 Sep, less
# "Bayar tunai" 500.000 = 700.000, 53 days (31-60); M-12 25 Oct 800.000 due 31 Oct, 22 days
# (1-30); M-13 15 Nov 600.000 due 30 Nov (current). Toko Abadi ("TOP : akhir bulan depan"):
# AJ-01 20 Sep 2.000.000 due 31 Oct less 500.000 = 1.500.000, 22 days (1-30); AJ-02 10 Oct
# 1.000.000 due 30 Nov (current). 4.600.000, 3.000.000 of it overdue.
def test_terms_above_a_card_naming_the_month_end_are_its_terms(tmp_path: Path) -> None:
    marni: list[list[object]] = [
        ["KARTU PIUTANG"],
        ["Nama : Bu Marni"],
        ["Tempo : akhir bulan"],
        [],
        CARD,
        [D(2026, 9, 25), "M-11", "Ambil beras", 1_200_000, None, 1_200_000],
        [D(2026, 10, 25), "M-12", "Ambil gula", 800_000, None, 2_000_000],
        [D(2026, 11, 10), None, "Bayar tunai", None, 500_000, 1_500_000],
        [D(2026, 11, 15), "M-13", "Ambil minyak", 600_000, None, 2_100_000],
    ]
    abadi: list[list[object]] = [
        ["KARTU PIUTANG"],
        ["Nama : Toko Abadi"],
        ["TOP : akhir bulan depan"],
        [],
        CARD,
        [D(2026, 9, 20), "AJ-01", "Penjualan", 2_000_000, None, 2_000_000],
        [D(2026, 10, 10), "AJ-02", "Penjualan", 1_000_000, None, 3_000_000],
        [D(2026, 11, 1), None, "Bayar transfer", None, 500_000, 2_500_000],
    ]
    expected = figures(4_600_000, 3_000_000, 2, current=1_600_000, d1to30=2_300_000,
                       d31to60=700_000)  # fmt: skip
    payload = reads_to(tmp_path / "kartu.xlsx", [("Bu Marni", marni), ("Abadi", abadi)], expected)
    assert payload["default_term_used"] == 0
    assert not payload["problems"]


# Round 87 book 37: a grouped list with no customer column, its header once above; under
# "Nama Pelanggan : Pak Joko" (in the No Nota column) the line "Tempo : 2 minggu", in the same
# column. A line of terms was one only with its number cell empty: this one was told as a row
# missing its amount and the group went on the default 30 days (overdue 2.000.000 for
# 4.000.000 here). By hand: Pak Joko (14 days) J-01 1 Oct 1.400.000 - 400.000 = 1.000.000 due
# 15 Oct, 38 days (31-60); J-02 1 Nov 900.000 due 15 Nov, 7 days (1-30). Bu Sinta ("TOP: 7
# hari") S-01 10 Nov 1.600.000 due 17 Nov, 5 days (1-30); S-02 20 Nov 1.500.000 due 27 Nov
# (current). Pak Budi, no terms of his own: B-01 1 Oct 500.000 due 31 Oct, 22 days (1-30).
# 5.500.000, 4.000.000 overdue; each Sub Total agrees.
def test_terms_under_a_group_heading_in_the_number_column_are_the_groups(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["DAFTAR TAGIHAN PER PELANGGAN"],
        [],
        ["No Nota", "Tanggal", "Jumlah", "Bayar", "Sisa", "Catatan"],
        ["Nama Pelanggan : Pak Joko"],
        ["Tempo : 2 minggu"],
        ["J-01", D(2026, 10, 1), 1_400_000, 400_000, 1_000_000, None],
        ["J-02", D(2026, 11, 1), 900_000, 0, 900_000, None],
        ["Sub Total", None, 2_300_000, 400_000, 1_900_000, None],
        ["Nama Pelanggan : Bu Sinta"],
        ["TOP: 7 hari"],
        ["S-01", D(2026, 11, 10), 1_600_000, 0, 1_600_000, None],
        ["S-02", D(2026, 11, 20), 1_500_000, 0, 1_500_000, None],
        ["Sub Total", None, 3_100_000, 0, 3_100_000, None],
        ["Nama Pelanggan : Pak Budi"],
        ["B-01", D(2026, 10, 1), 500_000, 0, 500_000, None],
        ["Sub Total", None, 500_000, 0, 500_000, None],
    ]
    expected = figures(5_500_000, 4_000_000, 3, current=1_500_000, d1to30=3_000_000,
                       d31to60=1_000_000)  # fmt: skip
    payload = reads_to(tmp_path / "grup.xlsx", [("Per Pelanggan", rows)], expected)
    assert payload["default_term_used"] == 1
    assert not payload["problems"]


JOURNAL = ["Tanggal", "Pelanggan", "Keterangan", "Debet", "Kredit"]


def _journal(carry: str, credit: int) -> list[list[object]]:
    return [
        ["BUKU PIUTANG TOKO BESI SUMBER"],
        JOURNAL,
        [D(2026, 9, 3), "Toko Aneka", "Nota 7701", 2_400_000, None],
        [D(2026, 9, 17), "Bu Harti", "Nota 7702", 1_100_000, None],
        [D(2026, 10, 1), "Toko Aneka", "Bayar tunai", None, 1_000_000],
        [D(2026, 10, 8), "Pak Joko", "Nota 7703", 3_000_000, None],
        [None, None, "Jumlah dipindahkan ke hal. 2", 6_500_000, 1_000_000],
        [],
        ["BUKU PIUTANG TOKO BESI SUMBER"],
        JOURNAL,
        [None, None, carry, 6_500_000, credit],
        [D(2026, 10, 30), "Bu Harti", "Bayar", None, 1_100_000],
        [D(2026, 11, 12), "Toko Aneka", "Nota 7710", 1_600_000, None],
        [D(2026, 11, 20), "Pak Joko", "Transfer BCA", None, 1_000_000],
        [None, None, "JUMLAH", 8_100_000, 3_100_000],
    ]


# Round 87 book 23: a journal with no Saldo printed over two pages, page 1's "Jumlah
# dipindahkan ke hal. 2" and page 2's "Saldo halaman sebelumnya" at its head. That line was
# no carry (only "Pindahan", "b/f" were, and in a journal only where a Saldo stood still): it
# was told as a row missing its customer. A total's or the Saldo's word before the page it
# comes from is a carry, and in a journal without a Saldo a carry of no one's is the page's
# total. By hand: Toko Aneka 2.400.000 (3 Sep, due 3 Oct: 50 days, 31-60) - 1.000.000 =
# 1.400.000, and 7710 1.600.000 (12 Nov, current); Bu Harti 1.100.000 - 1.100.000 = 0; Pak
# Joko 3.000.000 (8 Oct, due 7 Nov: 15 days, 1-30) - 1.000.000 = 2.000.000. 5.000.000,
# 3.400.000 overdue; the JUMLAH agrees.
def test_a_journals_carry_from_the_page_before_is_no_row(tmp_path: Path) -> None:
    expected = figures(5_000_000, 3_400_000, 2, current=1_600_000, d1to30=2_000_000,
                       d31to60=1_400_000)  # fmt: skip
    payload = reads_to(
        tmp_path / "jurnal.xlsx",
        [("Buku Piutang", _journal("Saldo halaman sebelumnya", 1_000_000))],
        expected,
    )
    assert not payload["problems"]
    # The same with "b/f", and with "Saldo dari hal. 1" whose Kredit is typed 100.000: the
    # carry is checked as a total, its slip told there (no row missing its customer).
    payload = read_book(tmp_path / "bf.xlsx", [("Buku Piutang", _journal("b/f", 1_000_000))])
    assert {key: payload[key] for key in FIGURES} == expected
    assert not payload["problems"]
    payload = read_book(tmp_path / "typo.xlsx", [("Buku", _journal("Saldo dari hal. 1", 100_000))])
    assert {key: payload[key] for key in FIGURES} == expected
    told = [(p["code"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert told == [("check-mismatch", 11, 100_000, 1_000_000)]


# Its card: "Saldo halaman sebelumnya" on a card's first line, its Saldo alone, is the balance
# brought from the page before (as "Saldo pindahan" is), not a figure the rows below miss: it
# was read as nothing and the Saldo under it blamed. By hand: the opening 1.000.000 due on its
# date, 1 Oct (52 days, 31-60); M-11 12 Oct 1.200.000 due 11 Nov, 11 days (1-30). 2.200.000,
# all overdue.
def test_a_cards_saldo_from_the_page_before_on_its_first_line_opens_it(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["KARTU PIUTANG"],
        ["Nama : Bu Marni"],
        [],
        CARD,
        [D(2026, 10, 1), None, "Saldo halaman sebelumnya", None, None, 1_000_000],
        [D(2026, 10, 12), "M-11", "Ambil beras", 1_200_000, None, 2_200_000],
    ]
    expected = figures(2_200_000, 2_200_000, 1, d1to30=1_200_000, d31to60=1_000_000)
    payload = reads_to(tmp_path / "kartu.xlsx", [("Bu Marni", rows)], expected)
    assert not payload["problems"]


# Round 87 book 21 (the tester's TOTAL is not right: its rows' Nilai add to 6.500.000, not the
# 6.300.000 it gives, so its flag stands): a list over two pages, "c/f" and "b/f" agreeing,
# and a TOTAL whose Nilai is typed wrong. The flag told "terhitung Rp 2.000.000", page 2's rows
# alone, as if the TOTAL were the page's; the sum nearer the book's figure is told, that of
# every row. By hand: A-11 paid; A-12 18 Sep 2.200.000 - 700.000 = 1.500.000 due 18 Oct, 35
# days (31-60); A-13 22 Oct 1.300.000 due 21 Nov, 1 day (1-30); A-14 9 Nov 1.600.000 - 600.000
# = 1.000.000 and A-15 20 Nov 400.000 current. 4.200.000, 2.800.000 overdue.
def test_a_grand_total_typed_wrong_under_a_carry_is_told_against_every_row(
    tmp_path: Path,
) -> None:
    header = ["Tgl", "Nota", "Nama", "Nilai", "Terbayar", "Sisa"]
    rows: list[list[object]] = [
        ["BUKU PIUTANG"],
        [],
        header,
        [D(2026, 8, 20), "A-11", "Bu Tuti", 1_000_000, 1_000_000, 0],
        [D(2026, 9, 18), "A-12", "Pak Made", 2_200_000, 700_000, 1_500_000],
        [D(2026, 10, 22), "A-13", "Bu Tuti", 1_300_000, 0, 1_300_000],
        [None, None, "c/f", 4_500_000, 1_700_000, 2_800_000],
        [],
        header,
        [None, None, "b/f", 4_500_000, 1_700_000, 2_800_000],
        [D(2026, 11, 9), "A-14", "Pak Made", 1_600_000, 600_000, 1_000_000],
        [D(2026, 11, 20), "A-15", "Bu Tuti", 400_000, 0, 400_000],
        [None, None, "TOTAL", 6_300_000, 2_300_000, 4_200_000],
    ]
    payload = read_book(tmp_path / "daftar.xlsx", [("Piutang", rows)])
    expected = figures(4_200_000, 2_800_000, 2, current=1_400_000, d1to30=1_300_000,
                       d31to60=1_500_000)  # fmt: skip
    assert {key: payload[key] for key in FIGURES} == expected
    told = [(p["code"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert told == [("check-mismatch", 13, 6_300_000, 6_500_000)]
