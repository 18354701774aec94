"""Outside round 38 (fixer w): each book written by hand with its figures worked out on paper
as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, figures, reads_to

OCT_1 = D(2026, 10, 1)


def test_one_receipt_on_two_payments_sheets_counts_once_whatever_its_separators(
    tmp_path: Path,
) -> None:
    # f04: receipt "BM-051" on "Pembayaran" is "BM 051" on "Transfer Masuk": counted twice,
    # the copy paid N-64 (Toko Abadi 300,000 for 2,050,000).
    # Toko Makmur N-61 2,800,000 - 1,000,000 = 1,800,000, due 31 Oct: 1-30.
    # Toko Abadi N-62 paid by BM-051; N-64 of 10 Nov 2,050,000 due 10 Dec: current.
    nota = [
        ["No Nota", "Tgl", "Customer", "Total"],
        ["N-61", OCT_1, "Toko Makmur", 2_800_000],
        ["N-62", D(2026, 10, 9), "Toko Abadi", 1_750_000],
        ["N-64", D(2026, 11, 10), "Toko Abadi", 2_050_000],
    ]
    bayar = [
        ["No Bukti", "Tanggal", "Customer", "Nota", "Jumlah"],
        ["BM-051", D(2026, 11, 6), "Toko Abadi", "N-62", 1_750_000],
    ]
    transfer = [
        ["No. Bukti", "Tgl", "Customer", "Nota", "Nominal"],
        ["BM 051", D(2026, 11, 6), "Toko Abadi", "N-62", 1_750_000],
        ["BM 052", D(2026, 11, 14), "Toko Makmur", "N-61", 1_000_000],
    ]
    sheets = [("Nota", nota), ("Pembayaran", bayar), ("Transfer Masuk", transfer)]
    expected = figures(3_850_000, 1_800_000, 2, current=2_050_000, d1to30=1_800_000)
    payload = reads_to(tmp_path / "bukti.xlsx", sheets, expected)
    assert payload["per_customer"] == {"Toko Makmur": 1_800_000, "Toko Abadi": 2_050_000}


def test_a_payment_whose_note_names_a_discount_is_money_paid_and_the_discount_too(
    tmp_path: Path,
) -> None:
    # c02: each payment whose note named "potongan" or "retur" was read as a return of its
    # whole amount (5,150,000 of returns), and the note's own figure stayed owed.
    # UD Sumber F-11 2,500,000 = 2,450,000 paid + 50,000 off; F-12 1,200,000 - 500,000 =
    # 700,000, due 31 Oct: 1-30. Toko Laris F-13 3,000,000 = 2,700,000 + 300,000 back;
    # F-14 of 10 Nov 850,000, due 10 Dec: current. Returns 350,000.
    faktur = [
        ["No Faktur", "Tgl", "Pelanggan", "Jumlah"],
        ["F-11", OCT_1, "UD Sumber", 2_500_000],
        ["F-12", OCT_1, "UD Sumber", 1_200_000],
        ["F-13", OCT_1, "Toko Laris", 3_000_000],
        ["F-14", D(2026, 11, 10), "Toko Laris", 850_000],
    ]
    bayar = [
        ["Tgl", "Pelanggan", "No Faktur", "Bayar", "Keterangan"],
        [D(2026, 10, 20), "UD Sumber", "F-11", 2_450_000, "potongan 50.000 (bayar cepat)"],
        [D(2026, 11, 12), "Toko Laris", "F-13", 2_700_000, "retur 300rb barang rusak"],
        [D(2026, 11, 15), "UD Sumber", "F-12", 500_000, None],
    ]
    expected = figures(1_550_000, 700_000, 2, current=850_000, d1to30=700_000)
    payload = reads_to(
        tmp_path / "faktur.xlsx", [("Faktur", faktur), ("Pembayaran", bayar)], expected
    )
    assert payload["per_customer"] == {"UD Sumber": 700_000, "Toko Laris": 850_000}
    assert payload["returns"] == 350_000


def test_a_return_on_a_payments_sheet_with_no_figure_of_its_own_stays_the_return(
    tmp_path: Path,
) -> None:
    # The look-alike: "Retur barang" 300,000 and "retur 200.000" beside 200,000 are the rows'
    # own returns, nothing more. Toko A 1,000,000 - 300,000 - 200,000 = 500,000, 1-30.
    faktur = [["No Faktur", "Tgl", "Pelanggan", "Jumlah"], ["F-1", OCT_1, "Toko A", 1_000_000]]
    bayar = [
        ["Tgl", "Pelanggan", "No Faktur", "Bayar", "Keterangan"],
        [D(2026, 10, 20), "Toko A", "F-1", 300_000, "Retur barang"],
        [D(2026, 10, 21), "Toko A", "F-1", 200_000, "retur 200.000"],
    ]
    expected = figures(500_000, 500_000, 1, d1to30=500_000)
    payload = reads_to(
        tmp_path / "faktur.xlsx", [("Faktur", faktur), ("Pembayaran", bayar)], expected
    )
    assert payload["returns"] == 500_000


def test_a_customer_code_and_its_separator_are_not_part_of_the_name(tmp_path: Path) -> None:
    # h02: "PLG001 - Toko Maju" was customer "- Toko Maju", and the payments by "Toko Maju"
    # matched no one. Toko Maju INV-71 2,600,000 paid; INV-73 of 10 Nov 1,900,000, due
    # 10 Dec: current. CV Sentosa 1,000,000 - 400,000 = 600,000, due 31 Oct: 1-30.
    faktur = [
        ["No", "Tanggal", "Pelanggan", "Total"],
        ["INV-71", OCT_1, "PLG001 - Toko Maju", 2_600_000],
        ["INV-72", OCT_1, "PLG002 - CV Sentosa", 1_000_000],
        ["INV-73", D(2026, 11, 10), "PLG001 - Toko Maju", 1_900_000],
    ]
    bayar = [
        ["Tanggal", "Pelanggan", "Jumlah", "Keterangan"],
        [D(2026, 10, 15), "Toko Maju", 2_600_000, "transfer"],
        [D(2026, 11, 18), "CV Sentosa", 400_000, "tunai"],
    ]
    expected = figures(2_500_000, 600_000, 2, current=1_900_000, d1to30=600_000)
    payload = reads_to(
        tmp_path / "kode.xlsx", [("Faktur", faktur), ("Pembayaran", bayar)], expected
    )
    assert payload["per_customer"] == {"Toko Maju": 1_900_000, "CV Sentosa": 600_000}


def test_a_zero_padded_code_of_digits_is_not_part_of_the_name(tmp_path: Path) -> None:
    # h05: "001 Toko Rezeki" kept its code, so a hand-typed "Toko Rezeki" was another
    # customer. Toko Rezeki FR-1 1,500,000 - 500,000 = 1,000,000, due 31 Oct: 1-30; FR-3 of
    # 10 Nov 1,300,000, due 10 Dec: current. Toko Ananda FR-2 2,200,000: 1-30.
    rows = [
        ["Tanggal", "No Faktur", "Nama Pelanggan", "Jumlah", "Dibayar"],
        [OCT_1, "FR-1", "001 Toko Rezeki", 1_500_000, 500_000],
        [OCT_1, "FR-2", "002 Toko Ananda", 2_200_000, 0],
        [D(2026, 11, 10), "FR-3", "Toko Rezeki", 1_300_000, 0],
    ]
    expected = figures(4_500_000, 3_200_000, 2, current=1_300_000, d1to30=3_200_000)
    payload = reads_to(tmp_path / "kode.xlsx", [("Faktur", rows)], expected)
    assert payload["per_customer"] == {"Toko Rezeki": 2_300_000, "Toko Ananda": 2_200_000}


def test_a_name_starting_with_a_number_as_said_keeps_it(tmp_path: Path) -> None:
    # The look-alike (h04): "21 Cafe", "88 Mart" are names; no code of zeros before them.
    rows = [
        ["Tanggal", "No Nota", "Pelanggan", "Jumlah", "Bayar"],
        [OCT_1, "KB-1", "21 Cafe", 1_000_000, 400_000],
        [OCT_1, "KB-2", "88 Mart", 500_000, 0],
    ]
    expected = figures(1_100_000, 1_100_000, 2, d1to30=1_100_000)
    payload = reads_to(tmp_path / "nama.xlsx", [("Nota", rows)], expected)
    assert payload["per_customer"] == {"21 Cafe": 600_000, "88 Mart": 500_000}


def _csv_reads_to(path: Path, rows: list[list[str]], expected: dict[str, Any]) -> dict[str, Any]:
    """Write a ';' CSV, read it as of 22 Nov 2026: its figures are ``expected``."""
    path.write_text("\n".join(";".join(row) for row in rows) + "\n", encoding="utf-8")
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert {key: payload[key] for key in FIGURES} == expected
    assert not payload["problems"]
    return payload


@pytest.mark.parametrize(
    "name",
    ["piutang dan pembayaran okt.csv", "tagihan_retur_okt.csv", "Penjualan & Pembayaran.csv"],
)
def test_a_name_that_says_what_is_owed_before_what_was_paid_names_no_payments_list(
    tmp_path: Path, name: str
) -> None:
    # x01: an invoice list "Jumlah | Dibayar" refused as payments alone for its file's name
    # ("pembayaran"; "retur" as returns alone). Toko Asia F-101 1,000,000 - 400,000 =
    # 600,000; Toko Baru F-102 2,000,000; all of 1 Oct, due 31 Oct: 2,600,000 in 1-30.
    rows = [
        ["Tanggal", "No Faktur", "Pelanggan", "Jumlah", "Dibayar"],
        ["01/10/2026", "F-101", "Toko Asia", "1.000.000", "400.000"],
        ["01/10/2026", "F-102", "Toko Baru", "2.000.000", "0"],
        ["01/10/2026", "F-103", "Toko Asia", "750.000", "750.000"],
    ]
    expected = figures(2_600_000, 2_600_000, 2, d1to30=2_600_000)
    payload = _csv_reads_to(tmp_path / name, rows, expected)
    assert payload["per_customer"] == {"Toko Asia": 600_000, "Toko Baru": 2_000_000}
    assert payload["returns"] == 0


def test_a_shipping_column_of_couriers_names_is_no_charge_on_top(tmp_path: Path) -> None:
    # b07: "Shipping" held the courier ("JNE REG", "Ambil sendiri"), read as freight on top
    # of the Amount: no row's amount could be read and the file was refused.
    # Toko Kue Lestari P-01 2,300,000 - 1,000,000 = 1,300,000, due 31 Oct: 1-30; P-03 paid.
    # Bakery Roti Enak P-02 1,750,000 (1-30); P-04 of 7 Nov 3,100,000 - 1,100,000 =
    # 2,000,000, due 7 Dec: current.
    rows = [
        ["Invoice", "Invoice Date", "Ship Date", "Customer", "Shipping", "Amount", "Paid"],
        ["P-01", OCT_1, D(2026, 10, 3), "Toko Kue Lestari", "JNE REG", 2_300_000, 1_000_000],
        ["P-02", OCT_1, D(2026, 10, 2), "Bakery Roti Enak", "J&T", 1_750_000, 0],
        ["P-03", OCT_1, None, "Toko Kue Lestari", "Ambil sendiri", 960_000, 960_000],
        [
            "P-04",
            D(2026, 11, 7),
            D(2026, 11, 9),
            "Bakery Roti Enak",
            "SiCepat",
            3_100_000,
            1_100_000,
        ],
    ]
    expected = figures(5_050_000, 3_050_000, 2, current=2_000_000, d1to30=3_050_000)
    payload = reads_to(tmp_path / "ship.xlsx", [("Invoices", rows)], expected)
    assert payload["per_customer"] == {"Toko Kue Lestari": 1_300_000, "Bakery Roti Enak": 3_750_000}


def test_a_shipping_column_of_figures_is_still_owed_on_top(tmp_path: Path) -> None:
    # The look-alike (b04): "Freight" figures beside the Amount are owed on top of it.
    # Toko A 1,000,000 + 50,000 - 0 = 1,050,000; Toko B 500,000 + 20,000 - 520,000 = 0.
    rows = [
        ["Invoice", "Date", "Customer", "Amount", "Freight", "Paid"],
        ["P-1", OCT_1, "Toko A", 1_000_000, 50_000, 0],
        ["P-2", OCT_1, "Toko B", 500_000, 20_000, 520_000],
    ]
    expected = figures(1_050_000, 1_050_000, 1, d1to30=1_050_000)
    reads_to(tmp_path / "freight.xlsx", [("Invoices", rows)], expected)


def test_freight_terms_are_no_tempo_to_pay(tmp_path: Path) -> None:
    # b08: "Freight Terms" (FOB, CIF, Franco) read as the payment terms: each row told
    # "Tempo 'FOB Surabaya' tidak dimengerti". Due at 30 days: EX-1 of 1 Oct 24,000,000 -
    # 12,000,000 = 12,000,000 (1-30); EX-2 paid; EX-3 of 10 Nov 7,200,000 (current).
    rows = [
        ["Invoice No", "Date", "Customer", "Freight Terms", "Amount", "Amount Paid", "Balance Due"],
        ["EX-1", OCT_1, "PT Samudra", "FOB Surabaya", 24_000_000, 12_000_000, 12_000_000],
        ["EX-2", OCT_1, "CV Bahari", "CIF Makassar", 15_500_000, 15_500_000, 0],
        ["EX-3", D(2026, 11, 10), "CV Bahari", "Franco", 7_200_000, 0, 7_200_000],
    ]
    expected = figures(19_200_000, 12_000_000, 2, current=7_200_000, d1to30=12_000_000)
    reads_to(tmp_path / "export.xlsx", [("AR", rows)], expected)
