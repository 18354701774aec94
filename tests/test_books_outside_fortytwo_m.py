"""Round 54 of the outside testers (shared sheets edited by several hands): each book written by
hand with its figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1
Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, reads_to

OCT_1, NOV_1 = D(2026, 10, 1), D(2026, 11, 1)


# Round 54 h14: the bank transfers pasted right of the invoice list past a blank column, under a
# title of their own ("Tgl Transfer | Dari | Untuk Nota | Nominal" beside "No | Tanggal | No Nota
# | Pelanggan | Jumlah | Bayar | Sisa"). No label repeats, so the two were read as one table and
# the transfers' Nominal taken as every invoice's amount (1,925,000 for 13,175,000, a credit
# made up). N1 paid by its transfer; N2 paid in Bayar and by a transfer, once; N3 800,000 less
# 300,000 = 500,000 (due 31 Oct, 22 days late); N4 600,000 (due 1 Dec, current).
TRANSFERS_BESIDE = [
    ["DAFTAR PIUTANG", None, None, None, None, None, None, None, "TRANSFER MASUK (dari mutasi)"],
    ["No", "Tanggal", "No Nota", "Pelanggan", "Jumlah", "Bayar", "Sisa", None,
     "Tgl Transfer", "Dari", "Untuk Nota", "Nominal"],
    [1, OCT_1, "N1", "Toko A", 1_000_000, 0, 1_000_000, None,
     D(2026, 11, 16), "Toko A", "N1", 1_000_000],
    [2, OCT_1, "N2", "Toko A", 500_000, 500_000, 0, None,
     D(2026, 11, 18), "Toko B", "N3", 300_000],
    [3, OCT_1, "N3", "Toko B", 800_000, 0, 800_000, None,
     D(2026, 11, 10), "Toko A", "N2", 500_000],
    [4, NOV_1, "N4", "Toko C", 600_000, 0, 600_000],
]  # fmt: skip


def test_transfers_pasted_beside_the_invoices_past_a_blank_column_pay_them(
    tmp_path: Path,
) -> None:
    expected = figures(1_100_000, 500_000, 2, d1to30=500_000, current=600_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", TRANSFERS_BESIDE)], expected)
    assert payload["per_customer"] == {"Toko B": 500_000, "Toko C": 600_000}


# Its look-alike: one table with a blank column left between the sale and its payment ("Tgl
# Bayar | Dibayar" share no field with the sale's side) is one table, not two. Toko A 1,000,000
# less 400,000 = 600,000 (22 days late); Toko B 800,000 (current).
def test_a_blank_column_inside_one_table_parts_nothing(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "No Faktur", "Pelanggan", "Jumlah", None, "Tgl Bayar", "Dibayar"],
        [OCT_1, "F1", "Toko A", 1_000_000, None, D(2026, 11, 5), 400_000],
        [NOV_1, "F2", "Toko B", 800_000],
    ]
    expected = figures(1_400_000, 600_000, 2, d1to30=600_000, current=800_000)
    reads_to(tmp_path / "piutang.xlsx", [("Piutang", rows)], expected)


# Round 54 h26: a "Sudah Bayar" column ticked v (paid) or x (not paid), or left empty. The v
# rows were read as paid whole, the x rows dropped as bad paid cells, their debt with them
# (3,925,000 lost); under "Status Bayar" every v was an unread status. F1 paid; F2 500,000 (due
# 31 Oct, 22 days late); F3 800,000 and F4 300,000 (due 1 Dec, current).
@pytest.mark.parametrize("label", ["Sudah Bayar", "Sdh Bayar", "Dibayar", "Status Bayar"])
def test_a_v_or_x_ticked_in_a_paid_or_status_column_is_paid_or_not(
    tmp_path: Path, label: str
) -> None:
    rows = [
        ["Tanggal", "No Nota", "Pelanggan", "Jumlah", label],
        [OCT_1, "F1", "Toko A", 1_000_000, "v"],
        [OCT_1, "F2", "Toko A", 500_000, "x"],
        [NOV_1, "F3", "Toko B", 800_000, None],
        [NOV_1, "F4", "Toko C", 300_000, "X"],
    ]
    expected = figures(1_600_000, 500_000, 3, d1to30=500_000, current=1_100_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", rows)], expected)
    assert payload["per_customer"] == {"Toko A": 500_000, "Toko B": 800_000, "Toko C": 300_000}


def _refused(path: Path, rows: list[list[object]]) -> tuple[str, str]:
    """A one-sheet book refused whole: its message in Indonesian and in English."""
    _xlsx(path, [("Piutang", rows)])
    batch, _ = summarize_files([path], AS_OF)
    assert not batch.files and len(batch.errors) == 1
    return batch.errors[0].message("id"), batch.errors[0].message("en")


# Round 54 h27: "warna hijau = sudah lunas" over a list with a Keterangan column of delivery
# notes ("kirim", "ambil sendiri"): the notes were taken as the status and the refusal the
# legend calls for was switched off (every green row's 14,550,000 counted as owed). Notes that
# mark no row paid leave the colour alone. Its look-alike: a status column that says "Lunas"
# on some rows is what marks them; the green is the owner's emphasis (W-1 paid, W-2 owed
# 1,500,000, due 28 Oct, 25 days late).
def test_a_colour_legend_over_notes_that_mark_no_row_paid_refuses_the_sheet(
    tmp_path: Path,
) -> None:
    rows: list[list[object]] = [
        ["Keterangan: warna hijau = sudah lunas"],
        [],
        ["Tanggal", "No Nota", "Pelanggan", "Jumlah", "Keterangan"],
        [D(2026, 9, 10), "W-1", "Toko Subur", 1_000_000, "kirim"],
        [D(2026, 9, 28), "W-2", "Toko Subur", 1_500_000, None],
        [D(2026, 10, 2), "W-3", "Pak Darto", 700_000, "ambil sendiri"],
    ]
    said, _ = _refused(tmp_path / "warna.xlsx", rows)
    assert "warna hijau = sudah lunas" in said
    rows[2][4] = "Status"
    rows[3][4], rows[4][4], rows[5][4] = "Lunas", "Belum", "Lunas"
    expected = figures(1_500_000, 1_500_000, 1, d1to30=1_500_000)
    reads_to(tmp_path / "status.xlsx", [("Piutang", rows)], expected)


# Round 54 h30: "Yang sudah dicoret = sudah lunas" over a bon list whose paid rows are struck
# through. Read by values, every struck row counted as owed (19,925,000 for 9,175,000): the
# book says a format marks what is paid, as a colour legend does, and is refused the same way.
def test_paid_rows_struck_through_by_the_books_own_note_are_refused(tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["Yang sudah dicoret = sudah lunas"],
        ["Tanggal", "No", "Pelanggan", "Jumlah"],
        [D(2026, 9, 10), "B-1", "Toko Subur", 1_000_000],
        [D(2026, 9, 28), "B-2", "Pak Darto", 1_500_000],
    ]
    said, en = _refused(tmp_path / "coret.xlsx", rows)
    assert "Yang sudah dicoret = sudah lunas" in said and "coretan" in said
    assert "strikethrough" in en


# Round 54 h31: a Google Sheets list, "Nilai | Bayar Sebagian | Lunas" (TRUE / FALSE): the part
# payments on the rows not ticked went unread (told as an unread column; 8,450,000 counted as
# still owed). GS-1 paid (TRUE); GS-2 2,000,000 - 1,500,000 = 500,000 (22 days late); GS-3
# 1,200,000 - 200,000 = 1,000,000 and GS-4 400,000 (current).
def test_bayar_sebagian_beside_a_lunas_checkbox_is_what_was_paid(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "No Invoice", "Pelanggan", "Nilai", "Bayar Sebagian", "Lunas"],
        [OCT_1, "GS-1", "Toko A", 900_000, None, True],
        [OCT_1, "GS-2", "Toko A", 2_000_000, 1_500_000, False],
        [NOV_1, "GS-3", "Toko B", 1_200_000, 200_000, False],
        [NOV_1, "GS-4", "Toko C", 400_000, None, False],
    ]
    expected = figures(1_900_000, 500_000, 3, d1to30=500_000, current=1_400_000)
    reads_to(tmp_path / "gsheets.xlsx", [("Piutang", rows)], expected)
