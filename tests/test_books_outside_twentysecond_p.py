"""An outside tester's twenty-second round: books read wrong at the round's start (figures
worked out on paper as of 22 Nov 2026, default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

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
