"""An outside tester's twenty-third round aimed at this session's rules (figures worked out on
paper as of 22 Nov 2026, default term 30 days). Each was a silent wrong total:

- a way to pay ("Metode": Tunai / Transfer / QRIS) beside a paid column and a Sisa was read as
  a sale paid at the till and dropped: nothing owed where the Sisa says what is;
- a till's cash book (Tanggal | Tunai | QRIS | Transfer | Total, no names) beside the
  receivables was read as the invoices of a customer named after its sheet."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.reading import layout
from tests.test_books_by_hand import figures, reads_to


def test_a_way_to_pay_beside_dibayar_and_sisa_settles_nothing(tmp_path: Path) -> None:
    # J-1 1 Oct Toko Sinar 900 - 300 = 600 due 31 Oct: 22 days (1-30); J-2 paid in full;
    # J-3 10 Nov Pak Hadi 700, nothing paid, current. Read 0 before (every row a cash sale).
    book = [["No Nota", "Tanggal", "Pelanggan", "Total", "Metode Pembayaran", "Dibayar", "Sisa"],
            ["J-1", D(2026, 10, 1), "Toko Sinar", 900_000, "Tunai", 300_000, 600_000],
            ["J-2", D(2026, 10, 20), "Toko Sinar", 500_000, "Transfer", 500_000, 0],
            ["J-3", D(2026, 11, 10), "Pak Hadi", 700_000, "QRIS", 0, 700_000]]  # fmt: skip
    reads_to(
        tmp_path / "metode_sisa.xlsx",
        [("Penjualan", book)],
        figures(1_300_000, 600_000, 2, current=700_000, d1to30=600_000),
    )


def test_a_way_to_pay_beside_a_status_of_paid_or_not_leaves_it_to_the_status(
    tmp_path: Path,
) -> None:
    # S-1 25 Sep Bu Wati 800 "Tunai" yet Belum Lunas: owed, due 25 Oct, 28 days (1-30); S-2
    # Lunas; S-3 8 Nov Toko Jaya 650 current. Read 650,000 before (S-1 dropped as paid).
    book = [["No Nota", "Tanggal", "Pelanggan", "Total", "Cara Bayar", "Status"],
            ["S-1", D(2026, 9, 25), "Bu Wati", 800_000, "Tunai", "Belum Lunas"],
            ["S-2", D(2026, 10, 5), "Bu Wati", 400_000, "Transfer", "Lunas"],
            ["S-3", D(2026, 11, 8), "Toko Jaya", 650_000, "Kredit", "Belum Lunas"]]  # fmt: skip
    reads_to(
        tmp_path / "cara_status.xlsx",
        [("Penjualan", book)],
        figures(1_450_000, 800_000, 2, current=650_000, d1to30=800_000),
    )


def test_a_way_to_pay_beside_notes_alone_still_drops_the_cash_sales(tmp_path: Path) -> None:
    # Notes of the goods say nothing of paying: Tunai / QRIS were paid at the sale.
    # K-1 1 Oct Bu Rini 500 Kredit due 31 Oct: 22 days (1-30); K-3 12 Nov Pak Tono 300 current.
    book = [["No Nota", "Tanggal", "Pelanggan", "Total", "Cara Bayar", "Keterangan"],
            ["K-1", D(2026, 10, 1), "Bu Rini", 500_000, "Kredit", "beras 2 karung"],
            ["K-2", D(2026, 10, 9), "Bu Rini", 200_000, "Tunai", "minyak"],
            ["K-3", D(2026, 11, 12), "Pak Tono", 300_000, "Kredit", "gula"],
            ["K-4", D(2026, 11, 13), "Pak Tono", 150_000, "QRIS", "telur"]]  # fmt: skip
    reads_to(
        tmp_path / "cara_ket.xlsx",
        [("Penjualan", book)],
        figures(800_000, 500_000, 2, current=300_000, d1to30=500_000),
    )


PIUTANG = [["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Bayar"],
           ["N-1", D(2026, 10, 5), "Warung Sri", 900_000, 200_000],
           ["N-2", D(2026, 11, 9), "Pak Joko", 400_000, 0]]  # fmt: skip
# N-1 900 - 200 = 700 due 4 Nov: 18 days (1-30); N-2 400 current.
OWED = figures(1_100_000, 700_000, 2, current=400_000, d1to30=700_000)


def test_a_tills_cash_book_of_ways_to_pay_and_their_total_is_left_aside(tmp_path: Path) -> None:
    # Each day's Total is its Tunai, QRIS and Transfer added: the takings, no customer's
    # invoices (read as "Kas Harian"'s, 870,000 more owed and a third customer).
    till = [["KAS HARIAN NOVEMBER 2026"], [],
            ["Tanggal", "Tunai", "QRIS", "Transfer", "Total"],
            [D(2026, 11, 2), 1_000_000, 250_000, 400_000, 1_650_000],
            [D(2026, 11, 3), 700_000, 120_000, None, 820_000],
            [D(2026, 11, 4), 900_000, 500_000, 100_000, 1_500_000],
            ["TOTAL", 2_600_000, 870_000, 500_000, 3_970_000]]  # fmt: skip
    payload = reads_to(tmp_path / "kas.xlsx", [("Kas Harian", till), ("Piutang", PIUTANG)], OWED)
    assert [s["sheet"] for s in payload["ignored_sheets"]] == ["Kas Harian"]
    assert "kasir" in payload["ignored_sheets"][0]["reason"]


def test_a_customers_sheet_of_invoices_paid_in_parts_is_no_till(tmp_path: Path) -> None:
    # A sheet named for its customer, no customer column: Tunai and Transfer are what was paid
    # of each invoice. B-1 1 Oct 1,000 - 300 - 200 = 500 due 31 Oct: 22 days (1-30); B-2 paid;
    # B-3 12 Nov 600 current.
    card = [["Tanggal", "No Nota", "Total", "Tunai", "Transfer"],
            [D(2026, 10, 1), "B-1", 1_000_000, 300_000, 200_000],
            [D(2026, 10, 15), "B-2", 400_000, 400_000, None],
            [D(2026, 11, 12), "B-3", 600_000, None, None]]  # fmt: skip
    payload = reads_to(
        tmp_path / "toko.xlsx",
        [("Toko Rizki", card)],
        figures(1_100_000, 500_000, 1, current=600_000, d1to30=500_000),
    )
    assert not payload["ignored_sheets"]


def test_payments_naming_their_invoices_by_tunai_and_transfer_are_no_till() -> None:
    # A payments sheet with no customer column: each row names the invoice it pays, its Tunai
    # and Transfer the parts of that payment, its Jumlah their sum. Not set aside.
    labels = ["No Faktur", "Tanggal", "Tunai", "Transfer", "Jumlah"]
    rows = [["F-1", D(2026, 11, 1), 200_000, 300_000, 500_000]]
    assert layout.till_columns(labels, rows) is None
    assert layout.till_columns(["Tanggal", "Tunai", "Transfer", "Jumlah"], rows=[]) is None
