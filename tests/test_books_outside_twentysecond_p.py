"""An outside tester's twenty-second round: books read wrong at the round's start (figures
worked out on paper as of 22 Nov 2026, default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures


def test_a_paid_status_beside_a_receipts_file_counts_the_money_once(tmp_path: Path) -> None:
    # Jurnal.id's pair: the sales list's Status is as of the export, so it already holds the
    # receipts file's money. J-1 "Lunas" (2,000,000) was paid 500,000 naming it and 1,500,000 of
    # the 2,000,000 naming no invoice; the other 500,000 pays the oldest open due, J-2 (due
    # 10 Oct): 1,000,000 left, 43 days late (31-60). J-3 1,000,000 due 5 Dec is current. Pak
    # Harun's J-4 "Lunas" is his 800,000 naming it. Owed 2,000,000, overdue 1,000,000, one
    # customer (the status counted again read 500,000: J-1's 1,500,000 paid twice).
    sales = [["Daftar Penjualan"], ["CV Contoh"], [],
             ["Nomor Transaksi", "Tanggal Transaksi", "Pelanggan", "Syarat Pembayaran", "Status",
              "Total"],
             ["J-1", D(2026, 8, 15), "Toko Mawar", "Net 30", "Lunas", 2_000_000],
             ["J-2", D(2026, 9, 10), "Toko Mawar", "Net 30", "Dibayar Sebagian", 1_500_000],
             ["J-3", D(2026, 11, 5), "Toko Mawar", "Net 30", "Belum Dibayar", 1_000_000],
             ["J-4", D(2026, 10, 1), "Pak Harun", "Net 30", "Lunas", 800_000]]  # fmt: skip
    _xlsx(tmp_path / "penjualan.xlsx", [("Sales Invoice", sales)])
    receipts = tmp_path / "penerimaan.csv"
    receipts.write_text(
        "Nomor Transaksi;Tanggal Transaksi;Pelanggan;Nomor Tagihan;Metode Pembayaran;Jumlah\n"
        "Receive Payment #1;20/09/2026;Toko Mawar;J-1;Transfer Bank;500.000,00\n"
        "Receive Payment #2;01/11/2026;Toko Mawar;;Transfer Bank;2.000.000,00\n"
        "Receive Payment #3;15/11/2026;Pak Harun;J-4;Tunai;800.000,00\n",
        encoding="utf-8-sig",
    )
    _, payload = summarize_files([tmp_path / "penjualan.xlsx", receipts], AS_OF)
    assert {k: payload[k] for k in FIGURES} == figures(
        2_000_000, 1_000_000, 1, current=1_000_000, d31to60=1_000_000
    )
    assert payload["problems"] == []


def test_money_on_account_beside_a_paid_column_written_before_the_list_comes_on_top(
    tmp_path: Path,
) -> None:
    # S-02's column (500,000) holds no payment of the list (its 1,000,000 is more: it came
    # after), so the 700,000 naming no invoice is money of its own: 500,000 settles S-02's
    # rest, 200,000 goes to S-03 (1,000,000 due 14 Nov): 800,000 left, 8 days late.
    book = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"],
            ["S-02", D(2026, 9, 1), "Toko Melati", 2_000_000, 500_000],
            ["S-03", D(2026, 10, 15), "Toko Melati", 1_000_000, 0]]  # fmt: skip
    paid = [["Tanggal", "No Faktur", "Pelanggan", "Jumlah"],
            [D(2026, 11, 10), "S-02", "Toko Melati", 1_000_000],
            [D(2026, 11, 15), None, "Toko Melati", 700_000]]  # fmt: skip
    path = tmp_path / "melati.xlsx"
    _xlsx(path, [("Faktur", book), ("Pembayaran", paid)])
    _, payload = summarize_files([path], AS_OF)
    assert {k: payload[k] for k in FIGURES} == figures(800_000, 800_000, 1, d1to30=800_000)


ORDERS = [["Order ID", "Order Date", "Platform", "Product", "Order Amount"],
          ["SP-1", D(2026, 10, 1), "Shopee", "Kaos 10 pcs", 700_000],
          ["SP-2", D(2026, 10, 20), "Shopee", "Topi 5 pcs", 300_000],
          ["TP-1", D(2026, 11, 5), "Tokopedia", "Jaket 3 pcs", 900_000],
          ["TP-2", D(2026, 10, 10), "Tokopedia", "Kemeja 2 pcs", 500_000]]  # fmt: skip


def test_orders_owed_by_their_platform_are_paid_out_with_its_fee(tmp_path: Path) -> None:
    # No customer column: the marketplace that sold each order owes it until it pays it out,
    # and the Payouts sheet pays SP-1 and TP-2 by their numbers, each settled by the money
    # released and the commission kept together (665,000 + 35,000; 480,000 + 20,000). Open:
    # SP-2 300,000 due 19 Nov (3 days late), TP-1 900,000 due 5 Dec. Owed 1,200,000, overdue
    # 300,000, two customers (the file was refused, 'Platform' named).
    payouts = [["Payout Date", "Order ID", "Platform", "Order Amount", "Commission",
                "Payout Amount"],
               [D(2026, 11, 1), "SP-1", "Shopee", 700_000, 35_000, 665_000],
               [D(2026, 11, 12), "TP-2", "Tokopedia", 500_000, 20_000, 480_000]]  # fmt: skip
    path = tmp_path / "toko_online.xlsx"
    _xlsx(path, [("Orders", ORDERS), ("Payouts", payouts)])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert {k: payload[k] for k in FIGURES} == figures(
        1_200_000, 300_000, 2, current=900_000, d1to30=300_000
    )
    assert payload["per_customer"] == {"Tokopedia": 900_000, "Shopee": 300_000}


@pytest.mark.parametrize("paid_out", [None, "SP-9"])
def test_orders_by_platform_no_payouts_pay_are_still_refused(
    tmp_path: Path, paid_out: str | None
) -> None:
    # Without disbursements paying its orders by number (none, or one naming another order)
    # the Platform column may be where the buyer ordered, not who owes: refused, named.
    sheets = [("Orders", ORDERS)]
    if paid_out is not None:
        sheets.append(("Payouts", [["Payout Date", "Order ID", "Platform", "Payout Amount"],
                                   [D(2026, 11, 1), paid_out, "Shopee", 400_000]]))  # fmt: skip
    path = tmp_path / "toko_online.xlsx"
    _xlsx(path, sheets)
    batch, _ = summarize_files([path], AS_OF)
    [error] = batch.errors
    assert error.code == "shape_unsure" and "'Platform'" in error.message("id")


def test_a_members_instalment_card_named_in_its_title(tmp_path: Path) -> None:
    # A cooperative's card for one member, named above the table ("Nama Anggota : Bu Ratna"),
    # no customer, number or date of sale in it: each row an instalment owed by its due date.
    # 1 (10 Sep) paid; 2 (10 Oct) 520,000 left, 43 days late; 3 (10 Nov) 1,020,000, 12 days;
    # 4 (10 Dec) current. Owed 2,560,000, overdue 1,540,000 (the file was refused: "no sheet
    # holding a receivables list").
    card = [["KOPERASI SIMPAN PINJAM SEJAHTERA"], ["Nama Anggota : Bu Ratna"],
            ["Pinjaman : Rp 4.000.000 / 4 bulan"], [],
            ["Angsuran Ke", "Jatuh Tempo", "Pokok", "Jasa", "Jumlah Angsuran", "Tgl Bayar",
             "Bayar"],
            [1, D(2026, 9, 10), 1_000_000, 20_000, 1_020_000, D(2026, 9, 10), 1_020_000],
            [2, D(2026, 10, 10), 1_000_000, 20_000, 1_020_000, D(2026, 10, 12), 500_000],
            [3, D(2026, 11, 10), 1_000_000, 20_000, 1_020_000, None, None],
            [4, D(2026, 12, 10), 1_000_000, 20_000, 1_020_000, None, None]]  # fmt: skip
    path = tmp_path / "angsuran.xlsx"
    _xlsx(path, [("Kartu Angsuran", card)])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert {k: payload[k] for k in FIGURES} == figures(
        2_560_000, 1_540_000, 1, current=1_020_000, d1to30=1_020_000, d31to60=520_000
    )
    assert payload["per_customer"] == {"Bu Ratna": 2_560_000}
