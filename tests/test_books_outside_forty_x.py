"""Outside round 38 (e01, e05): payments sheets of notes alone, no customer and no invoice
column, whose notes name the invoices by a bare serial ("041", "trf 040") or sit under a
header of notes other than "Keterangan" ("Uraian", "Memo", "Berita"). Each book written by
hand, its figures worked out on paper as of 22 Nov 2026 (default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, FIGURES, figures, reads_to

# Round 38 e01: a payment's note of the invoice's serial alone ("041" for INV/2026/10/0041)
# named none; as the sheet's only note, the sheet was set aside, every invoice owed.
# 0041 7,500,000 (2 Oct) paid by "041", 0042 3,200,000 (9 Oct) by "pembayaran 0042", 0043
# 5,400,000 (16 Oct, due 15 Nov, 7 days late) paid 2,000,000 by "trf 043 BCA": 3,400,000
# left in 1-30; 0044 1,850,000 (3 Nov, due 3 Dec) current. 5,250,000 owed, 3,400,000 late.
SERIALS = [
    ["No. Invoice", "Tanggal", "Customer", "Total"],
    ["INV/2026/10/0041", D(2026, 10, 2), "PT Dwi Karya", 7_500_000],
    ["INV/2026/10/0042", D(2026, 10, 9), "CV Tiga Saudara", 3_200_000],
    ["INV/2026/10/0043", D(2026, 10, 16), "PT Dwi Karya", 5_400_000],
    ["INV/2026/11/0044", D(2026, 11, 3), "Toko Empat Lima", 1_850_000],
]
BARE = [
    ["Tanggal", "Keterangan", "Jumlah"],
    [D(2026, 10, 30), "041", 7_500_000],
    [D(2026, 11, 7), "pembayaran 0042", 3_200_000],
    [D(2026, 11, 14), "trf 043 BCA", 2_000_000],
]


def test_a_bare_serial_in_a_note_names_the_one_invoice_so_numbered(tmp_path: Path) -> None:
    sheets = [("Invoice", SERIALS), ("Pembayaran", BARE)]
    left = figures(5_250_000, 3_400_000, 2, current=1_850_000, d1to30=3_400_000)
    reads_to(tmp_path / "inv_pendek.xlsx", sheets, left)


def test_a_bare_serial_as_the_sheets_only_note_pays_its_invoice(tmp_path: Path) -> None:
    # 0041 paid; 0042 3,200,000 (due 8 Nov) and 0043 5,400,000 (due 15 Nov) late, 0044
    # current: 10,450,000 owed, 8,600,000 late.
    sheets = [("Invoice", SERIALS), ("Pembayaran", BARE[:2])]
    left = figures(10_450_000, 8_600_000, 3, current=1_850_000, d1to30=8_600_000)
    reads_to(tmp_path / "satu.xlsx", sheets, left)


# A day, a date or an amount in a note is no serial, though the book has an invoice so
# numbered: "tgl 15" and "15 Nov" leave 0015 1,000,000 (1 Oct, due 31 Oct, 22 days late)
# owed, each told as a payment of no invoice. "inv 16", "inv 17" and "trf 018" pay theirs.
DAYS = [
    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
    ["INV/2026/10/0015", D(2026, 10, 1), "Toko A", 1_000_000],
    ["INV/2026/10/0016", D(2026, 10, 1), "Toko B", 2_000_000],
    ["INV/2026/10/0017", D(2026, 10, 1), "Toko C", 500_000],
    ["INV/2026/10/0018", D(2026, 10, 1), "Toko D", 700_000],
]
DAY_NOTES = [
    ["Tanggal", "Keterangan", "Jumlah"],
    [D(2026, 11, 15), "inv 16", 2_000_000],
    [D(2026, 11, 15), "inv 17", 500_000],
    [D(2026, 11, 16), "trf 018", 700_000],
    [D(2026, 11, 17), "tgl 15", 1_000_000],
    [D(2026, 11, 18), "15 Nov", 1_000_000],
]


def test_a_day_in_a_note_is_no_serial(tmp_path: Path) -> None:
    path = tmp_path / "tanggal.xlsx"
    write_xlsx(path, {"Faktur": DAYS, "Pembayaran": DAY_NOTES})
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    left = figures(1_000_000, 1_000_000, 1, d1to30=1_000_000)
    assert {key: payload[key] for key in FIGURES} == left
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [
        ("payment-missing-invoice", 5),
        ("payment-missing-invoice", 6),
    ]


# "041" is the serial of two invoices (INV/2025/12/0041 and INV/2026/10/0041): it names
# neither, and the owner is told. 2025's 0041 2,000,000 (15 Dec 2025, due 14 Jan, 312 days
# late) and 2026's 3,000,000 (2 Oct, due 1 Nov, 21 days) stay; "trf 042" pays 0042.
TWO_YEARS = [
    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
    ["INV/2025/12/0041", D(2025, 12, 15), "Toko A", 2_000_000],
    ["INV/2026/10/0041", D(2026, 10, 2), "Toko B", 3_000_000],
    ["INV/2026/10/0042", D(2026, 10, 9), "Toko B", 1_000_000],
]
TWO_YEARS_NOTES = [
    ["Tanggal", "Keterangan", "Jumlah"],
    [D(2026, 11, 10), "041", 2_000_000],
    [D(2026, 11, 12), "trf 042", 1_000_000],
]


def test_a_bare_serial_of_two_invoices_names_neither(tmp_path: Path) -> None:
    path = tmp_path / "dua_tahun.xlsx"
    write_xlsx(path, {"Faktur": TWO_YEARS, "Pembayaran": TWO_YEARS_NOTES})
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    left = figures(5_000_000, 5_000_000, 2, d1to30=3_000_000, over90=2_000_000)
    assert {key: payload[key] for key in FIGURES} == left
    assert [p["row"] for p in payload["problems"]] == [2]


# Round 38 e05: a payments sheet headed "Tanggal | Uraian | Jumlah" was set aside ("no
# header"), every invoice owed (9,350,000). Its notes are notes under any such word. 039
# 1,900,000 paid; 040 2,750,000 paid; 041 3,400,000 (20 Oct, due 19 Nov, 3 days late) paid
# 1,400,000 by "No 41": 2,000,000 in 1-30; 042 1,300,000 (6 Nov, due 6 Dec) current.
THREE_DIGITS = [
    ["No. Faktur", "Tgl", "Nama Customer", "Nilai Faktur"],
    ["INV/2026/10/039", D(2026, 10, 1), "Toko Fajar", 1_900_000],
    ["INV/2026/10/040", D(2026, 10, 8), "Toko Senja", 2_750_000],
    ["INV/2026/10/041", D(2026, 10, 20), "Toko Fajar", 3_400_000],
    ["INV/2026/11/042", D(2026, 11, 6), "Toko Senja", 1_300_000],
]


@pytest.mark.parametrize("notes", ["Uraian", "Deskripsi", "Memo", "Berita", "Catatan"])
def test_a_payments_sheet_of_notes_under_any_word_for_notes_is_read(
    tmp_path: Path, notes: str
) -> None:
    received = [
        ["Tanggal", notes, "Jumlah"],
        [D(2026, 10, 28), "Bayar inv 0039", 1_900_000],
        [D(2026, 11, 15), "No 41", 1_400_000],
        [D(2026, 11, 20), "inv 40", 2_750_000],
    ]
    sheets = [("Faktur", THREE_DIGITS), ("Penerimaan", received)]
    left = figures(3_300_000, 2_000_000, 2, current=1_300_000, d1to30=2_000_000)
    reads_to(tmp_path / "tiga_digit.xlsx", sheets, left)


def test_the_round_38_e05_book_reads_whole(tmp_path: Path) -> None:
    # The same, its last note "trf 040": a bare serial under "Uraian".
    received = [
        ["Tanggal", "Uraian", "Jumlah"],
        [D(2026, 10, 28), "Bayar inv 0039", 1_900_000],
        [D(2026, 11, 15), "No 41", 1_400_000],
        [D(2026, 11, 20), "trf 040", 2_750_000],
    ]
    sheets = [("Faktur", THREE_DIGITS), ("Penerimaan", received)]
    left = figures(3_300_000, 2_000_000, 2, current=1_300_000, d1to30=2_000_000)
    reads_to(tmp_path / "e05.xlsx", sheets, left)
