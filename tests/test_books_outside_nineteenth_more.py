"""An outside tester's nineteenth round, the trades' own books (figures worked out on paper as
of 22 Nov 2026, default term 30 days). Before, each was a confident wrong total:

- a marketplace seller's orders beside the marketplace's disbursements ("Pencairan Dana", its
  "Dana Dilepas" per order number) read 2,654,500 owed where 699,500 is: the disbursements
  sheet was left aside for a header it did not know, its money never counted;
- a cooperative's instalment card ("Angsuran": Jatuh Tempo, Jumlah Angsuran, Bayar) was read
  as a list of payments: 0 owed where 4,860,000 is;
- "Bayar panen" beside a "Perkiraan Panen" date was terms not understood, every row due 30
  days on: all 5,835,000 overdue where 1,875,000 is;
- a receipts sheet naming the customer's PO ("Pembayaran PO-GM-7802") paid the oldest invoice
  instead of that order's; with its payer in a "Dari" column it was left aside: 30,000,000
  read owed where 16,000,000 is."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.ingest import read_ledger
from core.reading.problems import LedgerReadError
from tests.test_books_by_hand import _xlsx, figures, reads_to

ORDERS = [["No. Pesanan", "Tgl Pesanan", "Pelanggan", "Produk", "Total Penghasilan"],
          ["2611A8K2", D(2026, 10, 28), "Shopee", "Hijab voal 5 pcs", 245_000],
          ["2611B9Q1", D(2026, 11, 3), "Shopee", "Gamis 2 pcs", 389_500],
          ["TKP-88120", D(2026, 10, 15), "Tokopedia", "Mukena travel 10 pcs", 1_150_000],
          ["TKP-88231", D(2026, 11, 12), "Tokopedia", "Hijab instan 8 pcs", 560_000],
          ["COD-JNT-5511", D(2026, 10, 1), "COD J&T", "Gamis 1 pcs (COD)", 310_000]]  # fmt: skip


def _released(amount: str) -> list[list[object]]:
    return [["Tgl Cair", "No. Pesanan", "Pelanggan", amount],
            [D(2026, 11, 2), "2611A8K2", "Shopee", 245_000],
            [D(2026, 10, 20), "TKP-88120", "Tokopedia", 1_150_000],
            [D(2026, 11, 20), "TKP-88231", "Tokopedia", 560_000]]  # fmt: skip


@pytest.mark.parametrize("amount", ["Dana Dilepas", "Payout Amount", "Settlement Amount"])
def test_a_marketplaces_disbursements_pay_its_orders(tmp_path: Path, amount: str) -> None:
    # Open: Shopee 2611B9Q1 389,500 (due 3 Dec); COD J&T 310,000 due 31 Oct, 22 days late.
    expected = figures(699_500, 310_000, 2, current=389_500, d1to30=310_000)
    payload = reads_to(
        tmp_path / "marketplace.xlsx",
        [("Pesanan", ORDERS), ("Pencairan Dana", _released(amount))],
        expected,
    )
    shapes = [s["shape"] for f in payload["files"] for s in f["sheets"]]
    assert shapes == ["invoice_list", "payment_list"]


def test_a_sheet_left_aside_that_names_the_files_invoices_refuses_the_file(
    tmp_path: Path,
) -> None:
    # "Dana Ditransfer" is no column Tagih knows: the sheet cannot be read, and without it the
    # orders it paid would be owed. The file is refused, naming the sheet and its orders.
    path = tmp_path / "marketplace.xlsx"
    _xlsx(path, [("Pesanan", ORDERS), ("Pencairan Dana", _released("Dana Ditransfer"))])
    with pytest.raises(LedgerReadError) as err:
        read_ledger(path)
    assert err.value.code == "unread_credits"
    assert "lembar 'Pencairan Dana' (2611A8K2, TKP-88120, TKP-88231)" in err.value.message("id")
    assert "names invoices of another sheet" in err.value.message("en")


def test_orders_owed_by_a_platform_column_beside_disbursements_are_the_platforms(
    tmp_path: Path,
) -> None:
    # "Platform" is the only "who" of the orders, and the disbursements pay them by their
    # numbers: each marketplace owes its orders until it pays them out (as with "Pelanggan").
    orders = [["Platform" if c == "Pelanggan" else c for c in ORDERS[0]], *ORDERS[1:]]
    released = _released("Dana Dilepas")
    released = [["Platform" if c == "Pelanggan" else c for c in released[0]], *released[1:]]
    expected = figures(699_500, 310_000, 2, current=389_500, d1to30=310_000)
    reads_to(tmp_path / "marketplace.xlsx", [("Pesanan", orders), ("Pencairan Dana", released)],
             expected)  # fmt: skip


def _loans() -> list[list[object]]:
    book: list[list[object]] = [
        ["KSP SEJAHTERA BERSAMA"], ["Kartu Angsuran Pinjaman Anggota"], [],
        ["No Pinjaman", "Nama Anggota", "Tgl Cair", "Angs. ke", "Jatuh Tempo", "Pokok", "Jasa",
         "Jumlah Angsuran", "Tgl Bayar", "Bayar"],
    ]  # fmt: skip
    paid_on = [D(2026, 7, 14), D(2026, 8, 16), D(2026, 9, 20)]
    for k in range(6):
        paid = k < 3
        book.append(["PJ-014", "Ibu Siti Aminah", D(2026, 6, 15), k + 1, D(2026, 7 + k, 15),
                     1_000_000, 90_000, 1_090_000, paid_on[k] if paid else None,
                     1_090_000 if paid else None])  # fmt: skip
    for k, (on, paid) in enumerate([(D(2026, 9, 1), 1_045_000), (D(2026, 10, 5), 500_000)]):
        book.append(["PJ-021", "Pak Bambang", D(2026, 8, 1), k + 1, D(2026, 9 + k, 1),
                     1_000_000, 45_000, 1_045_000, on, paid])  # fmt: skip
    book.append(["PJ-021", "Pak Bambang", D(2026, 8, 1), 3, D(2026, 11, 1), 1_000_000, 45_000,
                 1_045_000, None, None])  # fmt: skip
    return book


@pytest.mark.parametrize("sheet", ["Angsuran", "Jadwal Cicilan"])
def test_a_cooperatives_instalment_card_is_what_each_instalment_owes(
    tmp_path: Path, sheet: str
) -> None:
    # Named for instalments, it was read as a list of payments: 0 owed. Siti owes 1,090,000 due
    # 15 Oct (38 days late), 15 Nov (7) and 15 Dec; Bambang 545,000 of 1 Oct's (52 days) and
    # 1,045,000 due 1 Nov (21).
    expected = figures(
        4_860_000, 3_770_000, 2, current=1_090_000, d1to30=2_135_000, d31to60=1_635_000
    )
    payload = reads_to(tmp_path / "koperasi.xlsx", [(sheet, _loans())], expected)
    assert [s["shape"] for f in payload["files"] for s in f["sheets"]] == ["invoice_list"]


def test_pay_at_harvest_is_due_on_the_harvest_date_the_book_gives(tmp_path: Path) -> None:
    # "Bayar panen" beside "Perkiraan Panen": read as terms not understood, every row due 30
    # days on. Darmo owes 975,000 due 30 Sep (53 days late); Sarni 1,760,000 and Kelompok Tani
    # 2,200,000 due at harvest in 2027; Karto's "30 hari" from 1 Aug is 83 days late.
    book = [["TOKO TANI MAKMUR - BON PETANI"], [],
            ["Tgl", "Nama Petani", "Desa", "Barang", "Jumlah", "Tempo", "Perkiraan Panen",
             "Bayar"],
            [D(2026, 6, 10), "Pak Darmo", "Sukamaju", "Urea", 2_350_000, "Bayar panen",
             D(2026, 9, 30), 2_350_000],
            [D(2026, 7, 5), "Pak Darmo", "Sukamaju", "Benih", 1_475_000, "Bayar panen",
             D(2026, 9, 30), 500_000],
            [D(2026, 9, 15), "Bu Sarni", "Cikarang", "NPK", 1_760_000, "Bayar panen",
             D(2027, 1, 20), None],
            [D(2026, 10, 20), "Kelompok Tani Subur", "Sukamaju", "Herbisida", 3_200_000,
             "Bayar panen", D(2027, 2, 15), 1_000_000],
            [D(2026, 8, 1), "Pak Karto", "Sukamaju", "Pupuk", 900_000, "30 hari", None, None],
            ]  # fmt: skip
    expected = figures(5_835_000, 1_875_000, 4, current=3_960_000, d31to60=975_000, d61to90=900_000)
    reads_to(tmp_path / "tani.xlsx", [("Bon Petani", book)], expected)


PRINTER = [["PERCETAKAN ANEKA GRAFIKA"], [],
           ["No. Invoice", "Tgl Invoice", "No. PO", "Customer", "Pekerjaan", "Nilai",
            "Jatuh Tempo"],
           ["INV/PRC/0901", D(2026, 9, 3), "PO-GM-7781", "PT Graha Media", "Brosur", 6_500_000,
            D(2026, 10, 3)],
           ["INV/PRC/0915", D(2026, 9, 15), "PO/2026/114", "Universitas Harapan", "Buku wisuda",
            12_000_000, D(2026, 10, 15)],
           ["INV/PRC/1020", D(2026, 10, 20), "PO-GM-7802", "PT Graha Media", "Kalender",
            8_000_000, D(2026, 11, 19)],
           ["INV/PRC/1105", D(2026, 11, 5), "PO/2026/131", "Universitas Harapan", "Map ijazah",
            3_500_000, D(2026, 12, 5)]]  # fmt: skip
# Graha Media's 8,000,000 names its order, PO-GM-7802: INV/PRC/1020 is paid, INV/PRC/0901
# 6,500,000 stays open, 50 days late (it paid the oldest, 0901, and left 1,500,000 of 1020
# owed). Universitas Harapan owes 6,000,000 of 0915 (38 days) and 1105, not due.
PRINTER_FIGURES = figures(16_000_000, 12_500_000, 2, current=3_500_000, d31to60=12_500_000)


def test_a_payment_naming_the_customers_po_pays_the_invoice_of_that_order(
    tmp_path: Path,
) -> None:
    receipts = [
        ["Tanggal", "Pelanggan", "Keterangan", "Jumlah"],
        [D(2026, 11, 1), "Universitas Harapan", "Termin 1 INV/PRC/0915", 6_000_000],
        [D(2026, 11, 18), "PT Graha Media", "Pembayaran PO-GM-7802", 8_000_000],
    ]
    reads_to(tmp_path / "po.xlsx", [("Invoice", PRINTER), ("Penerimaan", receipts)],
             PRINTER_FIGURES)  # fmt: skip
    numbered = [["Tanggal", "Pelanggan", "No. Ref", "Jumlah"],
                [D(2026, 11, 1), "Universitas Harapan", "INV/PRC/0915", 6_000_000],
                [D(2026, 11, 18), "PT Graha Media", "PO-GM-7802", 8_000_000]]  # fmt: skip
    reads_to(tmp_path / "po_ref.xlsx", [("Invoice", PRINTER), ("Penerimaan", numbered)],
             PRINTER_FIGURES)  # fmt: skip


@pytest.mark.parametrize("payer", ["Dari", "Diterima Dari", "Pembayar", "Received From"])
def test_a_receipts_sheets_payer_column_is_whose_payment_it_is(tmp_path: Path, payer: str) -> None:
    # "Dari" was no column Tagih knew: the receipts were left aside and 30,000,000 read owed.
    receipts = [
        ["Tanggal", payer, "Keterangan", "Jumlah"],
        [D(2026, 11, 1), "Universitas Harapan", "Termin 1 INV/PRC/0915", 6_000_000],
        [D(2026, 11, 18), "PT Graha Media", "Pembayaran PO-GM-7802", 8_000_000],
    ]
    reads_to(tmp_path / "dari.xlsx", [("Invoice", PRINTER), ("Penerimaan", receipts)],
             PRINTER_FIGURES)  # fmt: skip
