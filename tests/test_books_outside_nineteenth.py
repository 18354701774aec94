"""An outside tester's nineteenth round of hand-kept books (figures worked out on paper as of
22 Nov 2026, default term 30 days). Before, each was a confident wrong total or a refusal
naming the wrong thing:

- a sales book with "Cash" and "Kredit" columns beside "Bayar" (a cash sale's figure in Cash,
  a credit sale's in Kredit) was read as a payment list: 0 owed where 1.7M is;
- a notebook whose days are headings ("Jumat, 2 Oktober 2026") over rows without a date of
  their own was refused as having no customer and amount columns (Nama and Jumlah are there);
  a date written on a day's first row only left the rows under it without one;
- a sheet of customers and amounts with no date nor invoice number, and an aged receivable
  export whose first column (customers over their invoice numbers) has no heading, were
  refused as having no customer and amount columns: the refusal now names what is missing."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.ingest import read_ledger
from core.reading import layout
from core.reading.problems import LedgerReadError
from tests.test_books_by_hand import _xlsx, figures, reads_to


def test_kredit_beside_cash_and_bayar_is_the_credit_sales_amount(tmp_path: Path) -> None:
    # CK-1 and CK-4 were paid in cash: no debt. CK-2 1.2M - 0.4M = 0.8M due 6 Nov (16 days
    # late); CK-3 0.9M due 24 Nov.
    book = [["No Nota", "Tanggal", "Pelanggan", "Cash", "Kredit", "Bayar"],
            ["CK-1", D(2026, 10, 3), "Toko Hadi", 500_000, None, None],
            ["CK-2", D(2026, 10, 7), "Toko Hadi", None, 1_200_000, 400_000],
            ["CK-3", D(2026, 10, 25), "Toko Indra", None, 900_000, 0],
            ["CK-4", D(2026, 11, 5), "Toko Indra", 300_000, None, None]]  # fmt: skip
    expected = figures(1_700_000, 800_000, 2, current=900_000, d1to30=800_000)
    payload = reads_to(tmp_path / "cash_kredit.xlsx", [("Penjualan", book)], expected)
    assert [s["shape"] for f in payload["files"] for s in f["sheets"]] == ["invoice_list"]


def test_kredit_beside_cash_without_a_paid_column_is_still_the_credit_sales_amount(
    tmp_path: Path,
) -> None:
    # No Bayar column: the credit sales are unpaid. N-01 650k due 5 Oct (48 days late), N-03
    # 1.05M due 31 Oct (22 days), N-04 400k due 10 Dec; N-02 and N-05 were sold for cash. It
    # was read as a payment list (Cash as what was paid): 0 owed.
    book = [["BUKU PENJUALAN TOKO BERKAH"], [],
            ["Tanggal", "No Nota", "Pelanggan", "Barang", "Cash", "Kredit"],
            [D(2026, 9, 5), "N-01", "Toko Maju", "Semen 10 sak", None, 650_000],
            [D(2026, 9, 6), "N-02", "Pak Budi", "Cat", 250_000, None],
            [D(2026, 10, 1), "N-03", "Toko Maju", "Besi", None, 1_050_000],
            [D(2026, 11, 10), "N-04", "Bu Rina", "Pasir", None, 400_000],
            [D(2026, 11, 11), "N-05", "Bu Rina", "Kerikil", 300_000, None]]  # fmt: skip
    expected = figures(2_100_000, 1_700_000, 2, current=400_000, d1to30=1_050_000,
                       d31to60=650_000)  # fmt: skip
    payload = reads_to(tmp_path / "tunai_kredit.xlsx", [("Penjualan", book)], expected)
    assert payload["problems"] == []


def test_kredit_beside_a_tills_other_ways_to_pay_is_no_credit_sale() -> None:
    # Cash | Transfer | QRIS | Kredit is how each sale was paid (Kredit: a credit card).
    assert layout.cash_sale_columns(["Tanggal", "Pelanggan", "Cash", "QRIS", "Kredit"]) is None
    assert layout.cash_sale_columns(["Tanggal", "Uraian", "Tunai", "Kredit", "Saldo"]) is None


def test_a_cash_column_alone_beside_kredit_and_debet_stays_a_card(tmp_path: Path) -> None:
    # A card's Debet / Kredit stay a debit and a credit even with a Tunai column beside them.
    book = [["Tanggal", "Pelanggan", "Keterangan", "Debet", "Kredit", "Tunai", "Bayar"],
            [D(2026, 10, 1), "Toko Hadi", "Penjualan", 1_000_000, None, None, None],
            [D(2026, 11, 1), "Toko Hadi", "Pelunasan", None, 400_000, None, None]]  # fmt: skip
    expected = figures(600_000, 600_000, 1, d1to30=600_000)
    reads_to(tmp_path / "kartu.xlsx", [("Kartu", book)], expected)


NOTEBOOK = [["CATATAN PIUTANG TOKO BU SRI"], [],
            ["Nama", "Barang", "Jumlah", "Bayar", "Keterangan"],
            ["Jumat, 2 Oktober 2026"],
            ["Bu Rina", "Beras 2 karung", 600_000, 0, None],
            ["Pak Dedi", "Minyak 1 dus", 250_000, 250_000, "lunas"],
            ["Senin, 19 Oktober 2026"],
            ["Bu Rina", "Gula 1 karung", 400_000, 100_000, None],
            ["Warung Mbak Yul", "Rokok 2 slop", 500_000, 0, None],
            ["2 November 2026"],
            ["Pak Dedi", "Telur 5 peti", 1_000_000, 300_000, None],
            ["Bu Rina", "Terigu", 300_000, 0, None],
            ["14/11/2026"],
            ["Warung Mbak Yul", "Kopi sachet", 200_000, 0, None]]  # fmt: skip


def test_a_date_alone_on_a_row_heads_the_days_rows(tmp_path: Path) -> None:
    # Each row's date is its heading's, due 30 days on: 2 Oct (due 1 Nov, 21 days late) Rina
    # 600k; 19 Oct (due 18 Nov, 4 days) Rina 300k, Yul 500k; 2 Nov Dedi 700k, Rina 300k; 14 Nov
    # Yul 200k, not due.
    expected = figures(2_600_000, 1_400_000, 3, current=1_200_000, d1to30=1_400_000)
    reads_to(tmp_path / "catatan.xlsx", [("Buku Bon", NOTEBOOK)], expected)


def test_a_date_heading_in_the_date_column_and_a_date_on_the_first_row_only(
    tmp_path: Path,
) -> None:
    # 2 Oct: Rina 600k and Dedi 250k (due 1 Nov); 19 Oct: Rina 400k (due 18 Nov), and the
    # second book's Dedi row under Rina's of 2 Oct is of 2 Oct too.
    headed = [["Tanggal", "Nama", "Barang", "Jumlah", "Bayar"],
              ["Jumat, 2 Oktober 2026"],
              [None, "Bu Rina", "Beras", 600_000, 0],
              [None, "Pak Dedi", "Minyak", 250_000, 0],
              ["Senin, 19 Oktober 2026"],
              [None, "Bu Rina", "Gula", 400_000, 0]]  # fmt: skip
    first_only = [["Tanggal", "Nama", "Barang", "Jumlah", "Bayar"],
                  [D(2026, 10, 2), "Bu Rina", "Beras", 600_000, 0],
                  [None, "Pak Dedi", "Minyak", 250_000, 0],
                  [D(2026, 10, 19), "Bu Rina", "Gula", 400_000, 0]]  # fmt: skip
    expected = figures(1_250_000, 1_250_000, 2, d1to30=1_250_000)
    reads_to(tmp_path / "judul.xlsx", [("Bon", headed)], expected)
    reads_to(tmp_path / "baris_pertama.xlsx", [("Bon", first_only)], expected)


def test_a_sheet_without_a_date_or_number_is_refused_for_that(tmp_path: Path) -> None:
    book = [["Nama", "Barang", "Jumlah", "Bayar"],
            ["Bu Rina", "Beras", 600_000, 0],
            ["Pak Dedi", "Minyak", 250_000, 0]]  # fmt: skip
    _xlsx(tmp_path / "tanpa_tanggal.xlsx", [("Bon", book)])
    with pytest.raises(LedgerReadError) as err:
        read_ledger(tmp_path / "tanpa_tanggal.xlsx")
    assert err.value.code == "no_dates"
    assert "tidak ada kolom tanggal maupun nomor faktur" in err.value.message("id")
    assert "no date or invoice number column" in err.value.message("en")
    assert "'Bon'" in err.value.message("en")


def test_an_aged_receivable_with_an_unheaded_first_column_is_refused_for_that(
    tmp_path: Path,
) -> None:
    # Odoo's export: each customer's name over their invoice numbers, in a column of no heading.
    book = [["PT Sentosa Abadi"], ["Aged Receivable"], [],
            ["", "Invoice Date", "Due Date", "At Date", "1-30", "31-60", "Older", "Total"],
            ["CV Sumber Rejeki", None, None, 2_500_000, 0, 0, 0, 2_500_000],
            ["INV/2026/00187", "10/28/2026", "11/27/2026", 2_500_000, 0, 0, 0, 2_500_000],
            ]  # fmt: skip
    _xlsx(tmp_path / "odoo.xlsx", [("Aged Receivable", book)])
    with pytest.raises(LedgerReadError) as err:
        read_ledger(tmp_path / "odoo.xlsx")
    assert err.value.code == "unnamed_column"
    assert "kolom pertama di lembar 'Aged Receivable' tidak berjudul" in err.value.message("id")
    assert "first column of sheet 'Aged Receivable' has no heading" in err.value.message("en")
