"""Round 40 and 41 of the outside testers (fixer ab): each book written by hand with its
figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due
31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, figures, reads_to

OCT_1 = D(2026, 10, 1)


# Round 41 a01: a note in the column taken as the status, "pot. 50.000 jika lunas s/d 10/09",
# was read as LUNAS and settled an invoice nothing was paid on. A "lunas" on a condition is
# no payment (nor is the discount offered on it taken). Toko A 1,000,000 open; N2 paid.
CONDITIONAL_LUNAS = [
    ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Dibayar", "Keterangan"],
    ["NT-1", OCT_1, "Toko A", 1_000_000, 0, "pot. 50.000 jika lunas s/d 10/10"],
    ["NT-2", OCT_1, "Toko B", 500_000, 500_000, "lunas"],
    ["NT-3", OCT_1, "Toko C", 300_000, 0, "bila lunas sebelum 30/10 gratis ongkir"],
]


def test_a_lunas_on_a_condition_settles_nothing(tmp_path: Path) -> None:
    expected = figures(1_300_000, 1_300_000, 2, d1to30=1_300_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Nota", CONDITIONAL_LUNAS)], expected)
    assert payload["per_customer"] == {"Toko A": 1_000_000, "Toko C": 300_000}


# Round 41 a05: "ajukan retur 300.000 - blm disetujui" made the row INV-2 a return (its
# 1,250,000 gone, an unmatched payment told). A return asked for and not approved is none:
# Toko Jaya owes 1,250,000; PT Sarana 3,500,000 - 2,000,000 = 1,500,000.
ASKED_RETURN = [
    ["Invoice", "Date", "Customer", "Amount", "Paid", "Notes"],
    ["INV-1", OCT_1, "PT Sarana", 3_500_000, 2_000_000, "minta retur 200rb, ditolak"],
    ["INV-2", OCT_1, "Toko Jaya", 1_250_000, 0, "ajukan retur 300.000 - blm disetujui"],
]


def test_a_return_asked_for_and_not_approved_is_no_return(tmp_path: Path) -> None:
    expected = figures(2_750_000, 2_750_000, 2, d1to30=2_750_000)
    payload = reads_to(tmp_path / "invoices.xlsx", [("Invoices", ASKED_RETURN)], expected)
    assert payload["per_customer"] == {"PT Sarana": 1_500_000, "Toko Jaya": 1_250_000}


# Round 41 a09 and a02 on a payments sheet: "tf 1jt + retur 200rb" beside a payment of
# 1,200,000 holds the return in the figure already; it took 200,000 off a second time.
# F1 2,000,000 - 1,200,000 = 800,000 open (due 31 Oct, 22 days late).
FAKTUR_F1 = [
    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
    ["F1", OCT_1, "Toko A", 2_000_000],
]


def test_a_return_the_payment_holds_already_takes_nothing_off(tmp_path: Path) -> None:
    paid = [
        ["Tanggal", "Pelanggan", "Jumlah", "Keterangan"],
        [D(2026, 11, 1), "Toko A", 1_200_000, "F1 tf 1jt + retur 200rb"],
    ]
    expected = figures(800_000, 800_000, 1, d1to30=800_000)
    reads_to(tmp_path / "buku.xlsx", [("Faktur", FAKTUR_F1), ("Pembayaran", paid)], expected)


# Round 41 a08: "Pelunasan F-88 stlh retur 200rb (R-07)" on the payments sheet and "R-07 F-88
# 200.000" on the Retur sheet are one return; the second 200,000 overflowed into F-90.
# F-88 1,500,000 = 1,300,000 paid + 200,000 returned; F-90 700,000 owed (5 Nov, current).
def test_a_return_in_a_payments_note_and_on_a_retur_sheet_counts_once(tmp_path: Path) -> None:
    sales = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
        ["F-88", OCT_1, "Toko A", 1_500_000],
        ["F-90", D(2026, 11, 5), "Toko A", 700_000],
    ]
    paid = [
        ["Tanggal", "Pelanggan", "Jumlah", "Keterangan"],
        [D(2026, 11, 12), "Toko A", 1_300_000, "Pelunasan F-88 stlh retur 200rb (R-07)"],
    ]
    back = [
        ["No Retur", "Tanggal", "No Faktur", "Pelanggan", "Jumlah"],
        ["R-07", D(2026, 11, 8), "F-88", "Toko A", 200_000],
    ]
    sheets = [("Faktur", sales), ("Pembayaran", paid), ("Retur", back)]
    payload = reads_to(tmp_path / "buku.xlsx", sheets, figures(700_000, 0, 1, current=700_000))
    assert payload["per_customer"] == {"Toko A": 700_000}


# Round 40 h12: a kwitansi register headed as the printed kwitansi is, "Telah Terima Dari |
# Uang Sejumlah | Untuk Pembayaran", made the file unreadable. F1 2,000,000 - 1,500,000 =
# 500,000 open (due 31 Oct, 22 days late).
def test_a_kwitansi_register_headed_telah_terima_dari_is_read(tmp_path: Path) -> None:
    receipts = [
        ["No", "Tanggal", "Telah Terima Dari", "Uang Sejumlah", "Untuk Pembayaran"],
        [1, D(2026, 11, 2), "Toko A", 1_500_000, "Faktur F1"],
    ]
    expected = figures(500_000, 500_000, 1, d1to30=500_000)
    reads_to(tmp_path / "buku.xlsx", [("Faktur", FAKTUR_F1), ("Kwitansi", receipts)], expected)


# Round 40 g02: a workbook "pembayaran.xlsx" whose only sheet is "Sheet1" (Tanggal | Pelanggan
# | Jumlah | Keterangan) was read as sales: its payments added as debts. Its file's name says
# what it lists, as "pembayaran.csv"'s does. Toko A 2,000,000 - 1,500,000 = 500,000 (due 31
# Oct, 22 days late); Toko B 800,000 (1 Nov, current).
def test_a_workbook_named_for_payments_with_a_default_sheet_lists_payments(
    tmp_path: Path,
) -> None:
    sales = [
        ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
        ["F1", OCT_1, "Toko A", 2_000_000],
        ["F2", D(2026, 11, 1), "Toko B", 800_000],
    ]
    paid = [
        ["Tanggal", "Pelanggan", "Jumlah", "Keterangan"],
        [D(2026, 11, 3), "Toko A", 1_500_000, "tf"],
    ]
    files = [
        write_xlsx(tmp_path / "penjualan.xlsx", {"Penjualan": sales}),
        write_xlsx(tmp_path / "pembayaran.xlsx", {"Sheet1": paid}),
    ]
    batch, payload = summarize_files(files, AS_OF)
    assert not batch.errors
    assert payload["per_customer"] == {"Toko A": 500_000, "Toko B": 800_000}
    assert payload["outstanding"] == 1_300_000


# Round 40 h03: on a Pembayaran sheet "Tgl Terima | No Faktur | Pelanggan | Jumlah | Setor |
# Bank", Setor holds the day the money went to the bank; it was taken as the money column and
# the sheet set aside (F1 read as unpaid). Jumlah is what was paid: F1 2,000,000 - 1,500,000
# = 500,000 open (due 31 Oct, 22 days late).
def test_a_setor_column_of_dates_on_a_payments_sheet_is_no_money(tmp_path: Path) -> None:
    paid = [
        ["Tgl Terima", "No Faktur", "Pelanggan", "Jumlah", "Setor", "Bank"],
        [D(2026, 11, 2), "F1", "Toko A", 1_500_000, D(2026, 11, 3), "BCA"],
    ]
    expected = figures(500_000, 500_000, 1, d1to30=500_000)
    reads_to(tmp_path / "buku.xlsx", [("Faktur", FAKTUR_F1), ("Pembayaran", paid)], expected)
