"""An outside tester's twenty-first round aimed at this session's rules (figures worked out on
paper as of 22 Nov 2026, default term 30 days). Each was a confident wrong total:

- a till export beside the receivables ("Cash | QRIS | Kredit | Total Bayar", "Tunai | Debit |
  Kredit | Total") was read as credit sales or as a debit / credit journal: its Kredit is a
  credit card, its Debit a debit card, its rows the day's takings."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.reading import layout
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures, reads_to, summarize_files

PIUTANG = [["DAFTAR PIUTANG"], [], ["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Dibayar"],
           ["P-01", D(2026, 9, 20), "Toko Mawar", 1_000_000, 0],
           ["P-02", D(2026, 10, 25), "UD Sentosa", 2_000_000, 500_000]]  # fmt: skip
# P-01 1M due 20 Oct (33 days late); P-02 2M - 0.5M = 1.5M due 24 Nov.
OWED = figures(2_500_000, 1_000_000, 2, current=1_500_000, d31to60=1_000_000)


def test_a_till_export_beside_the_receivables_is_left_aside(tmp_path: Path) -> None:
    # "Total Bayar" is what the till took: no payment of P-01, no credit sale, no credit
    # balance for the walk-in 'Umum'.
    till = [["LAPORAN KASIR - NOVEMBER 2026"], [],
            ["No Struk", "Tanggal", "Pelanggan", "Cash", "QRIS", "Kredit", "Total Bayar"],
            ["STR-0001", D(2026, 11, 2), "Umum", 150_000, None, None, 150_000],
            ["STR-0002", D(2026, 11, 3), "Umum", None, None, 275_000, 275_000],
            ["STR-0003", D(2026, 11, 5), "Toko Mawar", 50_000, None, 100_000, 150_000],
            ["STR-0004", D(2026, 11, 6), "Umum", None, 80_000, None, 80_000]]  # fmt: skip
    payload = reads_to(tmp_path / "kasir.xlsx", [("Piutang", PIUTANG), ("Kasir Nov", till)], OWED)
    assert [s["sheet"] for s in payload["ignored_sheets"]] == ["Kasir Nov"]
    assert "kasir" in payload["ignored_sheets"][0]["reason"]


def test_a_tills_debit_and_kredit_cards_are_no_journal(tmp_path: Path) -> None:
    till = [["Tanggal", "No Struk", "Pelanggan", "Tunai", "Debit", "Kredit", "Total"],
            [D(2026, 11, 3), "K-101", "Toko Mawar", None, 250_000, None, 250_000],
            [D(2026, 11, 4), "K-102", "UD Sentosa", None, None, 400_000, 400_000],
            [D(2026, 11, 4), "K-103", "Umum", 75_000, None, None, 75_000]]  # fmt: skip
    payload = reads_to(tmp_path / "edc.xlsx", [("Piutang", PIUTANG), ("Rekap Kasir", till)], OWED)
    assert [s["sheet"] for s in payload["ignored_sheets"]] == ["Rekap Kasir"]


def test_a_till_with_a_column_of_sales_on_the_tab_is_a_book_of_debts() -> None:
    # Sales put on the customer's tab ("Bon") beside the till's ways to pay are debts; a card's
    # Debet | Kredit beside an empty Tunai stays a card (no Total of ways to pay).
    assert layout.till_columns(["Tanggal", "Pelanggan", "Tunai", "QRIS", "Kredit", "Bon"]) is None
    assert (
        layout.till_columns(["Tanggal", "Pelanggan", "Debet", "Kredit", "Tunai", "Bayar"]) is None
    )
    assert (
        layout.till_columns(["Tanggal", "Uraian", "Tunai", "Debit", "Kredit", "Total", "Saldo"])
        is None
    )


def test_a_payer_column_of_bank_accounts_leaves_the_payment_to_the_invoice_its_note_names(
    tmp_path: Path,
) -> None:
    # "From" is the account paid from, no customer: the notes say 1.5M pays INV-05 and 0.4M
    # INV-04, so 0.6M of INV-04 (due 1 Nov, 21 days late) is still owed. They were read as an
    # unknown customer's payments, both invoices owed (2.5M).
    invoices = [["No Invoice", "Tanggal", "Pelanggan", "Jumlah"],
                ["INV-04", D(2026, 10, 2), "Toko Gading", 1_000_000],
                ["INV-05", D(2026, 10, 20), "Toko Gading", 1_500_000]]  # fmt: skip
    received = [["Tanggal", "From", "Keterangan", "Amount"],
                [D(2026, 11, 12), "BCA 0123456789", "Pelunasan INV-05", 1_500_000],
                [D(2026, 11, 13), "BCA 0123456789", "Cicilan INV-04", 400_000],
                [D(2026, 11, 14), "Rek. Mandiri", "Pelunasan INV-99", 200_000]]  # fmt: skip
    expected = figures(600_000, 600_000, 1, d1to30=600_000)
    _xlsx(tmp_path / "rekening.xlsx", [("Invoice", invoices), ("Penerimaan", received)])
    _, payload = summarize_files([tmp_path / "rekening.xlsx"], AS_OF)
    assert {key: payload[key] for key in FIGURES} == expected
    # The payment naming no invoice of the book is told, not put on anyone's account.
    assert [p["code"] for p in payload["problems"]] == ["payment-missing-invoice"]
    assert layout.bank_accounts(["BCA 0123456789", "Rek. Mandiri"])
    assert not layout.bank_accounts(["BCA a/n Toko Gading", "Toko Gading"])


KS = ["Tanggal", "No Faktur", "Keterangan", "Debet", "Kredit", "Saldo"]
SHOP = ["KARTU PIUTANG - TOKO LISTRIK TERANG"]


def test_a_card_a_file_under_the_shops_title_is_the_customer_the_line_under_it_names(
    tmp_path: Path,
) -> None:
    # Each file's "Sheet1" is one customer's card under the shop's title, the customer on the
    # line under it. Pak Hasan: F-1 900k less 400k = 500k due 10 Oct (43 days late), F-5 700k
    # due 24 Nov. Bu Lina: F-3 1M paid; F-8 300k, paid 400k: a credit of 100k. Both were read
    # as one customer 'TOKO LISTRIK TERANG' owing 1.1M.
    hasan = [SHOP, ["Nama Pelanggan : Pak Hasan"], [], KS,
             [D(2026, 9, 10), "F-1", "Penjualan", 900_000, None, 900_000],
             [D(2026, 10, 1), None, "Pembayaran", None, 400_000, 500_000],
             [D(2026, 10, 25), "F-5", "Penjualan", 700_000, None, 1_200_000]]  # fmt: skip
    lina = [SHOP, ["Nama Pelanggan : Bu Lina"], [], KS,
            [D(2026, 10, 12), "F-3", "Penjualan", 1_000_000, None, 1_000_000],
            [D(2026, 11, 2), None, "Pembayaran", None, 1_000_000, 0],
            [D(2026, 11, 15), "F-8", "Penjualan", 300_000, None, 300_000],
            [D(2026, 11, 20), None, "Pembayaran", None, 400_000, -100_000]]  # fmt: skip
    _xlsx(tmp_path / "kartu_hasan.xlsx", [("Sheet1", hasan)])
    _xlsx(tmp_path / "kartu_lina.xlsx", [("Sheet1", lina)])
    _, payload = summarize_files(
        [tmp_path / "kartu_hasan.xlsx", tmp_path / "kartu_lina.xlsx"], AS_OF
    )
    expected = figures(
        1_200_000, 500_000, 1, {"Bu Lina": 100_000}, current=700_000, d31to60=500_000
    )
    assert {key: payload[key] for key in FIGURES} == expected
    assert payload["per_customer"] == {"Pak Hasan": 1_200_000}


def test_a_discount_written_as_a_percentage_is_that_share_of_the_amount(tmp_path: Path) -> None:
    # The book's Sisa is the amount less its discount less what was paid: Z-1 1M - 10% - 0.4M
    # = 0.5M due 10 Oct (43 days late); Z-2 2M - 5% = 1.9M due 14 Nov (8 days); Z-3 3M - 0% -
    # 1M = 2M, not due. "10%" was no figure: two Sisa told as not matching, 4.6M owed.
    book = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Diskon", "Dibayar", "Sisa"],
            ["Z-1", D(2026, 9, 10), "Toko Kartika", 1_000_000, "10%", 400_000, 500_000],
            ["Z-2", D(2026, 10, 15), "Toko Kartika", 2_000_000, "5%", 0, 1_900_000],
            ["Z-3", D(2026, 11, 5), "Pak Wiryo", 3_000_000, "0%", 1_000_000,
             2_000_000]]  # fmt: skip
    expected = figures(4_400_000, 2_400_000, 2, current=2_000_000, d1to30=1_900_000,
                       d31to60=500_000)  # fmt: skip
    reads_to(tmp_path / "diskon_persen.xlsx", [("Piutang", book)], expected)
