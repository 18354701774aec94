"""Books of outside testers' rounds 34 and 36 (payments naming invoices, payments listed twice,
returns and openings), each written by hand with its figures worked out on paper as of 22 Nov
2026 (default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import figures, reads_to

OCT_1 = D(2026, 10, 1)
NOV_1 = D(2026, 11, 1)


# A transfers sheet of dates, numbers and amounts alone naming invoices short ("inv 46",
# "No. 47" for INV/2026/11/0046 and 0047; round 36, b60): both were told unmatched and not
# counted (1,800,000 owed in all). Each ends one invoice of the whole book: Toko B 800,000 -
# 300,000 = 500,000 (due 1 Dec), Toko A's 0047 paid; Toko A's 0045 1,000,000 is 22 days late.
def test_a_payment_naming_no_customer_pays_the_one_invoice_it_names_short(
    tmp_path: Path,
) -> None:
    sheets = [
        ("Faktur", [
            ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
            ["INV/2026/10/0045", OCT_1, "Toko A", 1_000_000],
            ["INV/2026/11/0046", NOV_1, "Toko B", 800_000],
            ["INV/2026/11/0047", D(2026, 11, 5), "Toko A", 500_000],
        ]),
        ("Pembayaran", [
            ["Tanggal", "No Faktur", "Jumlah"],
            [D(2026, 11, 10), "inv 46", 300_000],
            [D(2026, 11, 12), "No. 47", 500_000],
        ]),
    ]  # fmt: skip
    expected = figures(1_500_000, 1_000_000, 2, current=500_000, d1to30=1_000_000)
    payload = reads_to(tmp_path / "faktur.xlsx", sheets, expected)
    assert payload["per_customer"] == {"Toko A": 1_000_000, "Toko B": 500_000}


# "INV/2026/10/041" for INV/2026/10/0041, its serial padded short (round 36, b13): it paid
# the customer's oldest invoice (1 Sep's, due 1 Oct, 52 days late) and was not told.
# 0031 1,000,000 stays open 52 days late; 0041 800,000 - 300,000 = 500,000, 22 days late.
def test_a_payment_naming_a_serial_padded_short_pays_that_invoice(tmp_path: Path) -> None:
    sheets = [
        ("Faktur", [
            ["No Invoice", "Tanggal", "Pelanggan", "Total"],
            ["INV/2026/09/0031", D(2026, 9, 1), "Toko A", 1_000_000],
            ["INV/2026/10/0041", OCT_1, "Toko A", 800_000],
        ]),
        ("Pembayaran", [
            ["Tanggal", "Pelanggan", "Untuk Invoice", "Jumlah"],
            [D(2026, 11, 10), "Toko A", "INV/2026/10/041", 300_000],
        ]),
    ]  # fmt: skip
    expected = figures(1_500_000, 1_500_000, 1, d1to30=500_000, d31to60=1_000_000)
    reads_to(tmp_path / "invoice.xlsx", sheets, expected)


# One receipt on two monthly payments sheets: KW-031 of 31 Oct, 600,000 from Toko A for N2,
# carried over from "Bayar Okt" onto "Bayar Nov" (round 36, b16). It was counted twice: N2
# overpaid, the excess eating N3. Counted once: N1 1,000,000 - 400,000 = 600,000 (22 days
# late); N2 1,000,000 - 600,000 = 400,000 (1 Oct, 22 days late); N3 500,000 due 1 Dec.
def _receipts(second: str) -> list[tuple[str, list[list[object]]]]:
    header = ["No Kwitansi", "Tanggal", "Pelanggan", "No Nota", "Jumlah"]
    return [
        ("Penjualan", [
            ["No Nota", "Tanggal", "Pelanggan", "Total"],
            ["N1", OCT_1, "Toko B", 1_000_000],
            ["N2", OCT_1, "Toko A", 1_000_000],
            ["N3", NOV_1, "Toko A", 500_000],
        ]),
        ("Bayar Okt", [
            header,
            ["KW-027", D(2026, 10, 5), "Toko B", "N1", 400_000],
            ["KW-031", D(2026, 10, 31), "Toko A", "N2", 600_000],
        ]),
        ("Bayar Nov", [
            header,
            [second, D(2026, 10, 31), "Toko A", "N2", 600_000],
        ]),
    ]  # fmt: skip


def test_one_receipt_on_two_payments_sheets_counts_once(tmp_path: Path) -> None:
    expected = figures(1_500_000, 1_000_000, 2, current=500_000, d1to30=1_000_000)
    payload = reads_to(tmp_path / "penjualan.xlsx", _receipts("KW-031"), expected)
    assert payload["per_customer"] == {"Toko A": 900_000, "Toko B": 600_000}


def test_two_receipts_alike_on_two_payments_sheets_are_two(tmp_path: Path) -> None:
    # KW-032 is another receipt: N2 paid 1,200,000 of 1,000,000, the 200,000 over pays N3.
    expected = figures(900_000, 600_000, 2, current=300_000, d1to30=600_000)
    payload = reads_to(tmp_path / "penjualan.xlsx", _receipts("KW-032"), expected)
    assert payload["per_customer"] == {"Toko B": 600_000, "Toko A": 300_000}


# Rows numbered 1, 2, 3 with no invoice number, a "Potongan/Retur" on a row (round 34, r06):
# the return paid the customer's oldest dues while the row's Dibayar stayed on its row (row 3's
# 300,000 settled row 1). Each row's own: row 1 4,000,000 - 500,000 - 2,000,000 = 1,500,000
# (1 Oct, 22 days late), row 3 1,800,000 - 300,000 = 1,500,000 (1 Nov, current), as its Sisa.
def test_a_return_on_a_row_of_no_number_settles_its_own_row(tmp_path: Path) -> None:
    rows = [
        ["No", "Tanggal", "Pelanggan", "Nilai Faktur", "Potongan/Retur", "Dibayar", "Sisa"],
        [1, OCT_1, "UD Berkah", 4_000_000, 500_000, 2_000_000, 1_500_000],
        [2, OCT_1, "Toko Kencana", 2_200_000, 0, 2_200_000, 0],
        [3, NOV_1, "UD Berkah", 1_800_000, 300_000, 0, 1_500_000],
    ]
    expected = figures(3_000_000, 1_500_000, 1, current=1_500_000, d1to30=1_500_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", rows)], expected)
    assert payload["returns"] == 800_000


# An opening balance with no date, "Sisa piutang th. 2025", above rows of October (round 34,
# o03): it took the first date of the table and aged 31-60. Last year's debt is 31 Dec 2025 at
# the latest: 326 days late, 90+. Nota 512 of 1 Oct 800,000 is due 31 Oct, 22 days late.
# Where its label names no year, it stays as old as the book's first date (1 Oct, due then:
# 52 days late), the youngest it can be: no older age is made up.
def _opening(label: str) -> list[list[object]]:
    return [
        ["No", "Tanggal", "Pelanggan", "Keterangan", "Nilai", "Dibayar", "Sisa"],
        [1, None, "Pak Harjo", label, 1_200_000, 0, 1_200_000],
        [2, OCT_1, "Pak Harjo", "Nota 512", 800_000, 0, 800_000],
        [3, D(2026, 10, 20), "Bu Ratna", "Nota 515", 1_500_000, 1_500_000, 0],
    ]


def test_an_undated_opening_is_as_old_as_the_year_its_label_names(tmp_path: Path) -> None:
    expected = figures(2_000_000, 2_000_000, 1, d1to30=800_000, over90=1_200_000)
    reads_to(tmp_path / "piutang.xlsx", [("Piutang", _opening("Sisa piutang th. 2025"))], expected)


def test_an_undated_opening_naming_no_year_is_as_old_as_the_book(tmp_path: Path) -> None:
    expected = figures(2_000_000, 2_000_000, 1, d1to30=800_000, d31to60=1_200_000)
    reads_to(tmp_path / "piutang.xlsx", [("Piutang", _opening("Saldo awal"))], expected)


# Two customers' openings marked "S.AWAL" in the No Nota column (round 34, o02): told as one
# number used twice with different contents. It is a label, numbering no invoice: Pak Slamet's
# opening of 1 Jan 1,750,000 - 750,000 = 1,000,000 (90+, due on its date), Bu Wati's paid;
# N-1201 1 Oct 2,400,000 - 400,000 = 2,000,000 (22 days late); N-1215 1 Nov 500,000 current.
def test_an_opening_label_in_the_number_column_numbers_no_invoice(tmp_path: Path) -> None:
    jan_1 = D(2026, 1, 1)
    rows = [
        ["Tanggal", "No Nota", "Nama", "Jumlah", "Terbayar"],
        [jan_1, "S.AWAL", "Pak Slamet", 1_750_000, 750_000],
        [jan_1, "S.AWAL", "Bu Wati", 600_000, 600_000],
        [OCT_1, "N-1201", "Bu Wati", 2_400_000, 400_000],
        [NOV_1, "N-1215", "Pak Slamet", 500_000, None],
    ]
    expected = figures(3_500_000, 3_000_000, 2, current=500_000, d1to30=2_000_000, over90=1_000_000)
    reads_to(tmp_path / "nota.xlsx", [("Nota", rows)], expected)
