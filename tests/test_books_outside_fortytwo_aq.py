"""Round 82 of the outside testers (fixer 82c): an accounting export printing each payment on
a line of its own under the invoice it pays, in the same amount column, its customer cell left
blank. Each book written by hand with its figures worked out on paper as of 22 Nov 2026
(default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late; one of 25 Oct is due
24 Nov, current)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import FIGURES, figures, read_book, reads_to


# Round 82 book 17: Tanggal | No. Transaksi | Pelanggan | Keterangan | Jumlah | Sisa, each
# invoice ("Penjualan") followed by its payments ("Pembayaran", "Pelunasan") with a PAY/
# number of their own and no customer, the Sisa running on. The type column sent each payment's
# figure to the credit side, and there its blank name was told missing-customer and dropped:
# 14.600.000 for 7.250.000. A blank name under a named line is that line's customer, a credit
# line as much as a debit one. By hand: CV Wahana 5.000.000 - 2.000.000 - 3.000.000 = 0, and
# INV/1019 4.250.000 (25 Oct, due 24 Nov: current); Toko Indah 3.600.000 - 1.600.000 =
# 2.000.000 (1 Oct, due 31 Oct: 22 days, 1-30); Bu Mirna 1.750.000 - 750.000 = 1.000.000
# (20 Nov: current). 7.250.000 owed, 2.000.000 of it overdue; each Sisa agrees.
def test_a_payment_line_with_a_blank_name_pays_the_invoice_above(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["LAPORAN PIUTANG PER FAKTUR"],
        ["Tanggal", "No. Transaksi", "Pelanggan", "Keterangan", "Jumlah", "Sisa"],
        [D(2026, 9, 5), "INV/26/0901", "CV Wahana", "Penjualan", 5_000_000, 5_000_000],
        [D(2026, 9, 28), "PAY/26/0311", None, "Pembayaran", 2_000_000, 3_000_000],
        [D(2026, 10, 20), "PAY/26/0340", None, "Pelunasan", 3_000_000, 0],
        [D(2026, 10, 1), "INV/26/1002", "Toko Indah", "Penjualan", 3_600_000, 3_600_000],
        [D(2026, 11, 1), "PAY/26/0362", None, "Pembayaran", 1_600_000, 2_000_000],
        [D(2026, 10, 25), "INV/26/1019", "CV Wahana", "Penjualan", 4_250_000, 4_250_000],
        [D(2026, 11, 20), "INV/26/1107", "Bu Mirna", "Penjualan", 1_750_000, 1_750_000],
        [D(2026, 11, 21), "PAY/26/0389", None, "Pembayaran", 750_000, 1_000_000],
    ]
    expected = figures(2_000_000 + 4_250_000 + 1_000_000, 2_000_000, 3,
                       current=5_250_000, d1to30=2_000_000)  # fmt: skip
    payload = reads_to(tmp_path / "export.xlsx", [("Piutang", rows)], expected)
    assert payload["per_customer"] == {
        "CV Wahana": 4_250_000,
        "Toko Indah": 2_000_000,
        "Bu Mirna": 1_000_000,
    }


# Round 82 book 31: the same layout with no number column read, one payment's word English
# ("Receipt"), and one running Sisa typed wrong (after 4.000.000 less 1.500.000 the book says
# 2.000.000). "Receipt" was no payment word, and the line whose Sisa did not fit was no payment
# line: both were read as invoices of the customer above (11.100.000 for 4.500.000, the typo
# told as "terhitung 1.500.000" and a false mismatch on the Receipt's line). Where the sheet's
# other payment lines show its layout, a blank name's payment line whose Sisa went down by
# another figure is one too, its Sisa told against what the lines give. By hand: CV Sinar
# Abadi 6.200.000 - 2.200.000 - 1.500.000 = 2.500.000 (8 Sep, due 8 Oct: 45 days, 31-60);
# Toko Kurnia 3.800.000 - 1.800.000 = 2.000.000 (16 Oct, due 15 Nov: 7 days, 1-30). 4.500.000,
# all overdue; row 4's Sisa told: the book 2.000.000, the rows 2.500.000.
def test_a_payment_line_whose_sisa_is_typed_wrong_still_pays_and_is_told(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Tgl", "No Dokumen", "Customer", "Uraian", "Nilai", "Sisa"],
        [D(2026, 9, 8), "SO-4410", "CV Sinar Abadi", "Faktur Penjualan", 6_200_000, 6_200_000],
        [D(2026, 10, 8), "RV-0881", None, "Pelunasan sebagian", 2_200_000, 4_000_000],
        [D(2026, 11, 2), "RV-0902", None, "Pembayaran", 1_500_000, 2_000_000],
        [D(2026, 10, 16), "SO-4452", "Toko Kurnia", "Faktur Penjualan", 3_800_000, 3_800_000],
        [D(2026, 11, 15), "RV-0921", None, "Receipt", 1_800_000, 2_000_000],
    ]
    payload = read_book(tmp_path / "laporan.xlsx", [("Laporan", rows)])
    expected = figures(4_500_000, 4_500_000, 2, d1to30=2_000_000, d31to60=2_500_000)
    assert {key: payload[key] for key in FIGURES} == expected
    told = [(p["code"], p["row"], p["book_says"], p["read"]) for p in payload["problems"]]
    assert told == [("check-mismatch", 4, 2_000_000, 2_500_000)]


# Its look-alike: under the same layout, a line of no name and no payment word whose Sisa went
# down (a second invoice of the customer, smaller than what the first still owes) is an
# invoice of the customer above, not a payment with a typo. F1 3.000.000 less the payment
# 1.000.000 = 2.000.000 (5 Oct, due 4 Nov: 18 days, 1-30); F2 500.000 (25 Oct: current).
# 2.500.000, 2.000.000 of it overdue.
def test_a_blank_name_invoice_under_a_paid_one_stays_an_invoice(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["No. Faktur", "Tanggal", "Pelanggan", "Nilai", "Sisa"],
        ["F1", D(2026, 10, 5), "Toko Bangunan Sinar", 3_000_000, 3_000_000],
        ["    Pembayaran PN-01", D(2026, 10, 20), None, 1_000_000, 2_000_000],
        ["F2", D(2026, 10, 25), None, 500_000, 500_000],
    ]
    expected = figures(2_500_000, 2_000_000, 1, current=500_000, d1to30=2_000_000)
    reads_to(tmp_path / "faktur.xlsx", [("Faktur", rows)], expected)
