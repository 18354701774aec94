"""Round 56 of the outside testers (the owner's own slips: a line typed twice, a year typed
wrong, a word against a figure): each book written by hand with its figures worked out on paper
as of 22 Nov 2026 (default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, read_book, reads_to

FIGURES = ("outstanding", "overdue", "aging", "customers_with_balance", "credit_balances")

INVOICES = [
    ["No. Invoice", "Tanggal", "Pelanggan", "Nilai Invoice"],
    ["INV-081", D(2026, 8, 20), "Toko Berkah Jaya", 6_500_000],
    ["INV-097", D(2026, 10, 1), "Apotek Sehat", 2_480_000],
    ["INV-110", D(2026, 10, 30), "Apotek Sehat", 1_760_000],
]


# Round 56 a04: receipt KW-0431 typed twice on one payments sheet, identical in every cell.
# Its copy paid INV-110 and made up a 720,000 credit (7,200,000 for 8,960,000), nothing told.
# One receipt: INV-081 6,500,000 - 2,500,000 = 4,000,000 (due 19 Sep, 64 days late); INV-097
# paid; INV-110 1,760,000 (due 29 Nov, current). 5,760,000, overdue 4,000,000, two customers.
def test_a_receipt_typed_twice_on_one_sheet_is_one_payment_and_told(tmp_path: Path) -> None:
    paid = [
        ["Tgl Bayar", "No. Kwitansi", "Pelanggan", "Untuk Invoice", "Jumlah"],
        [D(2026, 9, 30), "KW-0417", "Toko Berkah Jaya", "INV-081", 2_500_000],
        [D(2026, 10, 29), "KW-0431", "Apotek Sehat", "INV-097", 2_480_000],
        [D(2026, 10, 29), "KW-0431", "Apotek Sehat", "INV-097", 2_480_000],
    ]
    book = [("Faktur", INVOICES), ("Pembayaran", paid)]
    payload = read_book(tmp_path / "piutang.xlsx", book)
    expected = figures(5_760_000, 4_000_000, 2, current=1_760_000, d61to90=4_000_000)
    assert {key: payload[key] for key in FIGURES} == expected
    [told] = payload["problems"]
    assert (told["code"], told["sheet"], told["row"]) == ("repeated-receipt", "Pembayaran", 4)
    assert "baris 3 (KW-0431)" in told["message"]


# The look-alikes: two equal instalments of one day with no receipt number of their own are two
# payments (1,240,000 twice pays INV-097's 2,480,000: the same figures as above, nothing told);
# one receipt on two rows paying two invoices is no row typed twice (INV-097 and INV-110 paid:
# 4,000,000 left, on INV-081).
def test_two_payments_alike_without_a_receipt_number_stay_two(tmp_path: Path) -> None:
    paid = [
        ["Tgl Bayar", "Pelanggan", "Untuk Invoice", "Jumlah"],
        [D(2026, 9, 30), "Toko Berkah Jaya", "INV-081", 2_500_000],
        [D(2026, 10, 29), "Apotek Sehat", "INV-097", 1_240_000],
        [D(2026, 10, 29), "Apotek Sehat", "INV-097", 1_240_000],
    ]
    expected = figures(5_760_000, 4_000_000, 2, current=1_760_000, d61to90=4_000_000)
    reads_to(tmp_path / "dua.xlsx", [("Faktur", INVOICES), ("Pembayaran", paid)], expected)
    one_receipt = [
        ["Tgl Bayar", "No. Kwitansi", "Pelanggan", "Untuk Invoice", "Jumlah"],
        [D(2026, 9, 30), "KW-0417", "Toko Berkah Jaya", "INV-081", 2_500_000],
        [D(2026, 10, 29), "KW-0431", "Apotek Sehat", "INV-097", 2_480_000],
        [D(2026, 10, 29), "KW-0431", "Apotek Sehat", "INV-110", 1_760_000],
    ]
    expected = figures(4_000_000, 4_000_000, 1, d61to90=4_000_000)
    book = [("Faktur", INVOICES), ("Pembayaran", one_receipt)]
    reads_to(tmp_path / "satu.xlsx", book, expected)


# Round 56 j30: EL-208's Total typed 27,500,000 for 2,750,000 beside Dibayar 2,750,000, Sisa 0
# and LUNAS. LUNAS settled it (rightly: three cells say so) and hid the Sisa check, the sheet's
# Sisa told as agreeing on every row. Total - Dibayar = 24,750,000, the Sisa 0: told. Owed:
# EL-215 1,320,000 (2 Oct, due 1 Nov, 21 days late); EL-222 6,130,000 (29 Oct, due 28 Nov).
def test_lunas_does_not_hide_a_total_its_paid_figure_and_sisa_disagree_with(
    tmp_path: Path,
) -> None:
    sales = [
        ["Tgl", "No Faktur", "Pelanggan", "Total", "Dibayar", "Sisa", "Status"],
        [D(2026, 9, 9), "EL-208", "Toko Fajar", 27_500_000, 2_750_000, 0, "LUNAS"],
        [D(2026, 10, 2), "EL-215", "Toko Fajar", 1_320_000, None, 1_320_000, "BELUM LUNAS"],
        [D(2026, 10, 29), "EL-222", "PT Cahaya", 6_130_000, None, 6_130_000, "BELUM LUNAS"],
        [D(2026, 10, 16), "EL-219", "Bengkel Jaya", 945_000, None, 0, "LUNAS"],
    ]
    payload = read_book(tmp_path / "penjualan.xlsx", [("Penjualan Tempo", sales)])
    expected = figures(7_450_000, 1_320_000, 2, current=6_130_000, d1to30=1_320_000)
    assert {key: payload[key] for key in FIGURES} == expected
    told = [(p["code"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert told == [("check-mismatch", 2, 0, 24_750_000)]
    assert payload["files"][0]["sheets"][0]["checks"]["sisa"] == "mismatch"


# Round 56 l35: K-0640 LUNAS beside a Sisa still 960,000, no paid column: read as paid, nothing
# told (with a Bayar column, l34, the same slip is a check-mismatch). Told now, the LUNAS
# reading kept as l34's is: K-0612 and K-0640 paid; K-0650 1,545,000 (12 Oct, due 11 Nov, 11
# days late) and K-0661 3,780,000 (26 Oct, due 25 Nov) owed.
def test_lunas_beside_a_sisa_still_owing_is_told_without_a_paid_column(tmp_path: Path) -> None:
    bills = [
        ["Tgl Kirim", "Nota", "Pelanggan", "Tagihan", "Sisa", "Status"],
        [D(2026, 8, 24), "K-0612", "Kantin SMPN 4", 1_120_000, 0, "LUNAS"],
        [D(2026, 9, 28), "K-0640", "Kantin SMPN 4", 960_000, 960_000, "LUNAS"],
        [D(2026, 10, 12), "K-0650", "Toko Snack", 1_545_000, 1_545_000, "BELUM"],
        [D(2026, 10, 26), "K-0661", "Koperasi Sinar", 3_780_000, 3_780_000, "BELUM"],
    ]
    payload = read_book(tmp_path / "tagihan.xlsx", [("Tagihan", bills)])
    expected = figures(5_325_000, 1_545_000, 2, current=3_780_000, d1to30=1_545_000)
    assert {key: payload[key] for key in FIGURES} == expected
    told = [(p["code"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert told == [("check-mismatch", 3, 960_000, 0)]


# The look-alikes: LUNAS beside a Sisa of 0 and an empty Dibayar (the money not written in the
# paid column) agrees, and so does LUNAS beside Sisa 0 with no paid column; nor is a Sisa only
# list's check said to be made where no status settled anything. EL-215 1,320,000 owed.
def test_lunas_beside_a_sisa_of_nothing_is_no_disagreement(tmp_path: Path) -> None:
    sales = [
        ["Tgl", "No Faktur", "Pelanggan", "Total", "Dibayar", "Sisa", "Status"],
        [D(2026, 9, 9), "EL-208", "Toko Fajar", 2_750_000, None, 0, "LUNAS"],
        [D(2026, 10, 2), "EL-215", "Toko Fajar", 1_320_000, None, 1_320_000, "BELUM LUNAS"],
    ]
    expected = figures(1_320_000, 1_320_000, 1, d1to30=1_320_000)
    reads_to(tmp_path / "dibayar.xlsx", [("Penjualan", sales)], expected)
    no_paid = [[*row[:4], *row[5:]] for row in sales]
    payload = reads_to(tmp_path / "sisa.xlsx", [("Penjualan", no_paid)], expected)
    assert payload["files"][0]["sheets"][0]["checks"]["sisa"] == "none"


# Round 56 h22: nota 079 dated "05/10/1926" on the sheet "Oktober 2026": read as written
# (due 4 Nov 1926, 90+), nothing told. Which year was meant the row does not say; it is read so
# and told. 079 1,320,000 in 90+; 078 465,000 (2 Oct, due 1 Nov, 21 days late) and 082 740,000
# (29 Oct, due 28 Nov, current).
def test_a_date_decades_from_its_column_and_sheet_name_is_told(tmp_path: Path) -> None:
    notas = [
        ["PIUTANG BULAN OKTOBER 2026", None, None, None, None],
        ["Tanggal", "No", "Nama Pelanggan", "Jumlah", "Keterangan"],
        ["02/10/2026", "078", "Bu Siti", 465_000, "tempo 30 hari"],
        ["05/10/1926", "079", "Pak Gunawan", 1_320_000, "tempo 30 hari"],
        ["29/10/2026", "082", "Pak Gunawan", 740_000, "tempo 30 hari"],
    ]
    payload = read_book(tmp_path / "piutang.xlsx", [("Oktober 2026", notas)])
    expected = figures(2_525_000, 1_785_000, 2, current=740_000, d1to30=465_000, over90=1_320_000)
    assert {key: payload[key] for key in FIGURES} == expected
    told = [(p["code"], p["row"], p["column"]) for p in payload["problems"]]
    assert told == [("far-date", 4, "Tanggal")]
    assert "05/10/1926" in payload["problems"][0]["message"]


# Round 56 h24: PO-5534's Jatuh Tempo typed 10/10/2062 among due dates of 2026: read as written,
# not due for 36 years, nothing told. Told now. PO-5521 3,640,000 due 27 Sep (56 days late);
# PO-5534 5,275,000 current as written; PO-5577 1,955,000 due 9 Dec.
def test_a_due_date_decades_from_its_column_is_told(tmp_path: Path) -> None:
    rows = [
        ["Tgl Faktur", "No. Faktur", "Pelanggan", "Jatuh Tempo", "Total", "Sisa"],
        [D(2026, 8, 28), "PO-5521", "Apotek Kimia", D(2026, 9, 27), 3_640_000, 3_640_000],
        [D(2026, 9, 10), "PO-5534", "Klinik Medika", D(2062, 10, 10), 5_275_000, 5_275_000],
        [D(2026, 11, 9), "PO-5577", "Apotek Kimia", D(2026, 12, 9), 1_955_000, 1_955_000],
    ]
    payload = read_book(tmp_path / "ar.xlsx", [("AR", rows)])
    expected = figures(10_870_000, 3_640_000, 2, current=7_230_000, d31to60=3_640_000)
    assert {key: payload[key] for key in FIGURES} == expected
    told = [(p["code"], p["row"], p["column"]) for p in payload["problems"]]
    assert told == [("far-date", 3, "Jatuh Tempo")]


# The look-alikes: a date of last year typed out of habit ("12/10/2025" on a sheet of 2026) is
# no year decades away; nor is a loan's schedule whose due dates run over fifteen years. A loan
# of 2026 due in 2041: 12,000,000 current; one of 2025 due 10 Jan 2026, 316 days late.
def test_dates_a_year_apart_or_spread_over_years_are_not_told(tmp_path: Path) -> None:
    notas = [
        ["Tanggal", "No", "Pelanggan", "Jumlah"],
        ["12/10/2025", "078", "Bu Siti", 465_000],
        ["14/10/2026", "080", "Bu Siti", 380_000],
        ["29/10/2026", "082", "Pak Gunawan", 740_000],
    ]
    expected = figures(1_585_000, 845_000, 2, current=740_000, d1to30=380_000, over90=465_000)
    reads_to(tmp_path / "nota.xlsx", [("Nota 2026", notas)], expected)
    loans = [
        ["Nama Anggota", "Tgl Pinjam", "Pokok Pinjaman", "Jatuh Tempo"],
        ["Pak Darto", D(2026, 1, 10), 12_000_000, D(2041, 1, 10)],
        ["Bu Sri", D(2025, 1, 10), 3_000_000, D(2026, 1, 10)],
    ]
    expected = figures(15_000_000, 3_000_000, 2, current=12_000_000, over90=3_000_000)
    reads_to(tmp_path / "pinjaman.xlsx", [("Pinjaman", loans)], expected)
