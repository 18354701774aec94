"""Round 28 of outside books (figures worked out on paper as of 22 Nov 2026, default term 30
days). Each read wrong before:

- a trade's charge ("Ongkir", "Biaya Kirim", "Biaya", "Sewa") beside the row's Total or
  Jumlah was read as the invoice's amount (the shipping alone added up), and beside a Grand
  Total so was a "Total Harga" before it (the shipping left out);
- what is on the tab ("Hutang", "Kasbon", "Utang") beside a Total and what was paid of it was
  read as the amount, the payment taken off it a second time: it is what is left, a Sisa;
- a payment's own number ("No Kwitansi" 0012) was read as the nota it pays (nota 0012, dated
  after the payment), the older nota left open;
- Odoo's invoice export ("Number | Contact | Invoice Date | ...") was refused: its Contact of
  names, the customer, was read as a phone's, and no header found.
"""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.columns import map_columns
from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, reads_to


# A-1 1.02M (20k of it shipping) on 5 Oct, due 4 Nov: 18 days late (1-30); A-2 515k (15k
# shipping) on 1 Sep, due 1 Oct: 52 days (31-60); A-3 310k on 15 Nov: not due. 1,845,000 owed,
# 1,535,000 overdue, two customers. Read before: the shipping alone, 45,000.
@pytest.mark.parametrize("charge", ["Ongkir", "Ongkos Kirim", "Biaya Kirim", "Biaya", "Sewa"])
@pytest.mark.parametrize("total", ["Total", "Jumlah", "Grand Total", "Total Tagihan"])
def test_a_charge_beside_the_total_is_a_part_of_it(tmp_path: Path, charge: str, total: str) -> None:
    rows = [["No Faktur", "Tanggal", "Pelanggan", charge, total],
            ["A-1", D(2026, 10, 5), "Toko Mawar", 20_000, 1_020_000],
            ["A-2", D(2026, 9, 1), "Toko Mawar", 15_000, 515_000],
            ["A-3", D(2026, 11, 15), "Toko Nusa", 10_000, 310_000]]  # fmt: skip
    owed = figures(1_845_000, 1_535_000, 2, current=310_000, d1to30=1_020_000, d31to60=515_000)
    got = reads_to(tmp_path / "faktur.xlsx", [("Faktur", rows)], owed)
    assert got["files"][0]["sheets"][0]["columns"]["amount"]["header"] == total


def test_a_charge_with_no_total_beside_it_is_the_amount(tmp_path: Path) -> None:
    # A courier's book: each row's Ongkir is what the sender owes. 45k on 5 Oct, due 4 Nov
    # (18 days), 20k of it paid; 30k on 15 Nov, not due: 55k owed, 25k overdue.
    rows = [["Tanggal", "Pengirim", "Ongkir", "Bayar"],
            [D(2026, 10, 5), "Toko Mawar", 45_000, 20_000],
            [D(2026, 11, 15), "Toko Mawar", 30_000, 0]]  # fmt: skip
    reads_to(tmp_path / "ongkir.xlsx", [("Sheet1", rows)],
             figures(55_000, 25_000, 1, current=30_000, d1to30=25_000))  # fmt: skip


# O-1 1.11M (1M goods + 110k PPN) on 1 Oct, 500k paid: 610k due 31 Oct, 22 days late; O-2 2.22M
# on 12 Nov, not due. 2,830,000 owed. Read before from "Total Harga": 500k + 2M = 2.5M.
@pytest.mark.parametrize("goods", ["Total Harga", "Subtotal", "Total"])
def test_a_grand_total_is_the_amount_over_the_other_totals(tmp_path: Path, goods: str) -> None:
    rows = [["No Nota", "Tanggal", "Pelanggan", goods, "PPN", "Grand Total", "Dibayar"],
            ["O-1", D(2026, 10, 1), "Toko Kenari", 1_000_000, 110_000, 1_110_000, 500_000],
            ["O-2", D(2026, 11, 12), "Toko Kenari", 2_000_000, 220_000, 2_220_000, 0]]  # fmt: skip
    owed = figures(2_830_000, 610_000, 1, current=2_220_000, d1to30=610_000)
    got = reads_to(tmp_path / "nota.xlsx", [("Nota", rows)], owed)
    assert got["files"][0]["sheets"][0]["columns"]["amount"]["header"] == "Grand Total"


# Bu Narti 600k on 20 Sep, 200k paid: 400k left, due 20 Oct (33 days, 31-60); Pak Amin 300k on
# 5 Oct paid in full; 250k on 1 Nov, 50k paid: 200k, not due. 600k owed, 400k overdue, two
# customers. Read before with the tab's column as the amount: the payments taken off it again,
# 200k owed and Pak Amin 300k in credit.
@pytest.mark.parametrize(
    ("total", "paid", "tab"),
    [("Total", "Bayar", "Hutang"), ("Jumlah", "Bayar", "Kasbon"), ("Total", "Dibayar", "Utang"),
     ("Grand Total", "Dibayar", "Bon")],
)  # fmt: skip
def test_the_tab_beside_a_total_and_its_payment_is_what_is_left(
    tmp_path: Path, total: str, paid: str, tab: str
) -> None:
    rows = [["Tanggal", "Nama", total, paid, tab],
            [D(2026, 9, 20), "Bu Narti", 600_000, 200_000, 400_000],
            [D(2026, 10, 5), "Pak Amin", 300_000, 300_000, 0],
            [D(2026, 11, 1), "Pak Amin", 250_000, 50_000, 200_000]]  # fmt: skip
    owed = figures(600_000, 400_000, 2, current=200_000, d31to60=400_000)
    got = reads_to(tmp_path / "bon.xlsx", [("Sheet1", rows)], owed)
    (sheet,) = got["files"][0]["sheets"]
    assert sheet["columns"]["amount"]["header"] == total
    assert sheet["columns"]["balance"]["header"] == tab
    assert sheet["checks"]["sisa"] == "ok"


def test_the_columns_of_a_header_take_its_total_over_a_charge() -> None:
    """The charge beside the total is left unread as the amount (it had 100 to the Total's 95)."""
    got = {f: c.header for f, c in map_columns(["Tanggal", "Nama", "Total", "Ongkir"]).items()}
    assert got == {"invoice_date": "Tanggal", "customer": "Nama", "amount": "Total"}


# Pak Darto's card: Bon 500k on 10 Sep (due 10 Oct, 43 days), 300k on 10 Oct (due 9 Nov, 13
# days), 400k paid on 25 Oct (the oldest first: 100k of the first left), 200k on 10 Nov (not
# due); Jumlah runs 500k, 800k, 400k, 600k. 600k owed, 400k overdue.
def test_a_card_of_bons_whose_jumlah_runs_is_read_by_its_bons(tmp_path: Path) -> None:
    rows = [["KARTU PIUTANG PAK DARTO"], [], ["Tanggal", "Keterangan", "Bon", "Bayar", "Jumlah"],
            [D(2026, 9, 10), "beras", 500_000, None, 500_000],
            [D(2026, 10, 10), "minyak", 300_000, None, 800_000],
            [D(2026, 10, 25), "bayar", None, 400_000, 400_000],
            [D(2026, 11, 10), "gula", 200_000, None, 600_000]]  # fmt: skip
    owed = figures(600_000, 400_000, 1, current=200_000, d1to30=300_000, d31to60=100_000)
    got = reads_to(tmp_path / "kartu.xlsx", [("Sheet1", rows)], owed)
    assert got["files"][0]["sheets"][0]["columns"]["amount"]["header"] == "Bon"


# Toko Rama's nota 0101 800k on 1 Sep (due 1 Oct, 52 days late) and 0102 500k on 12 Nov (not
# due); a payment of 800k on 20 Oct, its receipt numbered "0102". The receipt's number is no
# invoice's: it pays the oldest, 0101, leaving 0102's 500k, not due. Read before: it paid 0102
# (dated after it), 0101 left 52 days late.
@pytest.mark.parametrize("own", ["No Kwitansi", "No. Bukti", "Nomor Transaksi", "Kwitansi"])
def test_a_receipts_own_number_is_no_invoice_it_pays(tmp_path: Path, own: str) -> None:
    notas = [["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
             ["0101", D(2026, 9, 1), "Toko Rama", 800_000],
             ["0102", D(2026, 11, 12), "Toko Rama", 500_000]]  # fmt: skip
    paid = [[own, "Tanggal", "Pelanggan", "Jumlah"],
            ["0102", D(2026, 10, 20), "Toko Rama", 800_000]]  # fmt: skip
    sheets = [("Faktur", notas), ("Pembayaran", paid)]
    reads_to(tmp_path / "bayar.xlsx", sheets, figures(500_000, 0, 1, current=500_000))


def test_a_payment_naming_its_invoice_still_pays_it(tmp_path: Path) -> None:
    # The same, the payment's column naming the nota paid ("No Nota"): 800k pays nota 0101
    # in full, 0102's 500k is left, not due.
    notas = [["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
             ["0101", D(2026, 9, 1), "Toko Rama", 800_000],
             ["0102", D(2026, 11, 12), "Toko Rama", 500_000]]  # fmt: skip
    paid = [["No Kwitansi", "No Nota", "Tanggal", "Pelanggan", "Jumlah"],
            ["0102", "0101", D(2026, 10, 20), "Toko Rama", 800_000]]  # fmt: skip
    sheets = [("Faktur", notas), ("Pembayaran", paid)]
    got = reads_to(tmp_path / "bayar.xlsx", sheets, figures(500_000, 0, 1, current=500_000))
    assert got["files"][0]["sheets"][1]["columns"]["invoice_no"]["header"] == "No Nota"


# Odoo's invoice export: Dira Shop's INV/2026/00101 1.5M due 1 Oct, unpaid (52 days late);
# Elang Mart's 00102 800k due 9 Nov, 300k of it due (13 days); Dira's 00103 400k due 15 Dec.
# 2.2M owed, 1.8M overdue, two customers. Refused before: no customer column found ("Contact"
# read as a phone's, "Number" as nothing), so no header.
ODOO = ["Number", "Contact", "Invoice Date", "Due Date", "Total", "Amount Due", "Status"]


def test_an_odoo_export_names_its_customers_in_contact(tmp_path: Path) -> None:
    rows = [ODOO,
            ["INV/2026/00101", "Dira Shop", D(2026, 9, 1), D(2026, 10, 1), 1_500_000, 1_500_000,
             "Posted"],
            ["INV/2026/00102", "Elang Mart", D(2026, 10, 10), D(2026, 11, 9), 800_000, 300_000,
             "Posted"],
            ["INV/2026/00103", "Dira Shop", D(2026, 11, 15), D(2026, 12, 15), 400_000, 400_000,
             "Posted"]]  # fmt: skip
    owed = figures(2_200_000, 1_800_000, 2, current=400_000, d1to30=300_000, d31to60=1_500_000)
    got = reads_to(tmp_path / "odoo.xlsx", [("Invoices", rows)], owed)
    assert got["files"][0]["sheets"][0]["columns"]["customer"]["header"] == "Contact"


def test_a_contact_of_phone_numbers_is_no_customer(tmp_path: Path) -> None:
    # The same with the Contact holding phone numbers: whose each invoice is cannot be told.
    rows = [ODOO,
            ["INV/2026/00101", "0812 3456 7890", D(2026, 9, 1), D(2026, 10, 1), 1_500_000,
             1_500_000, "Posted"],
            ["INV/2026/00102", "0813 9876 5432", D(2026, 10, 10), D(2026, 11, 9), 800_000,
             300_000, "Posted"]]  # fmt: skip
    path = tmp_path / "odoo.xlsx"
    _xlsx(path, [("Invoices", rows)])
    batch, got = summarize_files([path], AS_OF)
    assert got["outstanding"] == 0
    assert batch.errors
