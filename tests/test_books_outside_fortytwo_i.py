"""Outside round 49 (fixer 49a): how customers really pay, each book written by hand with its
figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due
31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, FIGURES, figures, reads_to

OCT_1 = D(2026, 10, 1)
NOV_1 = D(2026, 11, 1)


# Round 49 b02: "Tgl Bayar 1 | Jml Bayar 1 | Tgl Bayar 2 | Jml Bayar 2" read Jml Bayar 1 alone
# as what was paid ("Bayar 1 | Bayar 2" were parts added up): 700,000 paid on N1 still owed,
# silently where no Sisa says otherwise. N1 2,000,000 - 500,000 - 700,000 = 800,000 (due 31
# Oct, 22 days late); N2 900,000 - 400,000 = 500,000 (due 1 Dec, current).
@pytest.mark.parametrize("word", ["Jml Bayar", "Jumlah Bayar"])
def test_numbered_payments_after_the_amounts_word_add_up(tmp_path: Path, word: str) -> None:
    book = [
        ["No Nota", "Tgl Nota", "Pelanggan", "Jumlah", "Tgl Bayar 1", f"{word} 1", "Tgl Bayar 2",
         f"{word} 2"],
        ["N1", OCT_1, "Toko A", 2_000_000, D(2026, 10, 10), 500_000, D(2026, 10, 20), 700_000],
        ["N2", NOV_1, "Toko B", 900_000, D(2026, 11, 5), 400_000, None, None],
    ]  # fmt: skip
    expected = figures(1_300_000, 800_000, 2, d1to30=800_000, current=500_000)
    reads_to(tmp_path / "piutang.xlsx", [("Bon Toko", book)], expected)


# Its look-alike: the payment's dates numbered ("Tgl Bayar 1 | Tgl Bayar 2") beside one
# "Jumlah Bayar" are no parts; the one paid column is what was paid. Same figures.
def test_numbered_payment_dates_are_no_parts_of_what_was_paid(tmp_path: Path) -> None:
    book = [
        ["No Nota", "Tgl Nota", "Pelanggan", "Jumlah", "Tgl Bayar 1", "Tgl Bayar 2",
         "Jumlah Bayar"],
        ["N1", OCT_1, "Toko A", 2_000_000, D(2026, 10, 10), D(2026, 10, 20), 1_200_000],
        ["N2", NOV_1, "Toko B", 900_000, D(2026, 11, 5), None, 400_000],
    ]  # fmt: skip
    expected = figures(1_300_000, 800_000, 2, d1to30=800_000, current=500_000)
    reads_to(tmp_path / "piutang.xlsx", [("Bon Toko", book)], expected)


# Round 49 b33: a two-row header, "Pembayaran" merged over "Ke-1 | Ke-2 | Ke-3", was read as
# its top row: "Pembayaran" the paid column (Ke-1 alone), the row of Ke-1 .. Ke-3 a row
# without an amount. So with "Bayar" over them, "I | II | III" or "Cicilan 1 | Cicilan 2", and
# silently where no Sisa says what is left. N1 3,000,000 - 1,000,000 - 1,000,000 - 500,000 =
# 500,000 (due 31 Oct, 22 days late); N2 1,200,000 - 200,000 = 1,000,000 (current).
@pytest.mark.parametrize(
    ("group", "subs"),
    [
        ("Pembayaran", ["Ke-1", "Ke-2", "Ke-3"]),
        ("Bayar", ["Ke-1", "Ke-2", "Ke-3"]),
        ("Pembayaran", ["I", "II", "III"]),
        ("Pembayaran", ["Cicilan 1", "Cicilan 2", "Cicilan 3"]),
    ],
)
@pytest.mark.parametrize("sisa", [True, False])
def test_a_payment_group_over_numbered_parts_adds_them_up(
    tmp_path: Path, group: str, subs: list[str], sisa: bool
) -> None:
    left = ["Sisa"] if sisa else []
    book = [
        ["No Nota", "Tanggal", "Pelanggan", "Nilai Nota", group, None, None, *left],
        [None, None, None, None, *subs, *([None] if sisa else [])],
        ["N1", OCT_1, "Toko A", 3_000_000, 1_000_000, 1_000_000, 500_000,
         *([500_000] if sisa else [])],
        ["N2", NOV_1, "Toko B", 1_200_000, 200_000, None, None, *([1_000_000] if sisa else [])],
    ]  # fmt: skip
    merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:G1", *(["H1:H2"] if sisa else [])]
    expected = figures(1_500_000, 500_000, 2, d1to30=500_000, current=1_000_000)
    reads_to(tmp_path / "piutang.xlsx", [("Piutang", book)], expected, merges)


# Round 49 b42: a bon book's instalments written in its "Catatan Bayar" ("byr 500rb tgl
# 12/10, byr 700rb tgl 3/11") were read under "Catatan" and "Keterangan", and under "Catatan
# Bayar", "Keterangan Bayar", "Ket. Bayar" or "Catatan Pembayaran" left aside without a word:
# every bon owed in full. They are its note. BN-1 2,000,000 - 500,000 - 700,000 = 800,000 (due
# 31 Oct, 22 days late); BN-2 900,000 - 300,000 = 600,000 (current).
@pytest.mark.parametrize(
    "notes", ["Catatan Bayar", "Keterangan Bayar", "Ket. Bayar", "Catatan Pembayaran"]
)
def test_payments_written_in_a_note_named_for_paying_are_read(tmp_path: Path, notes: str) -> None:
    book = [
        ["Tgl", "No Bon", "Nama", "Jumlah", notes],
        [OCT_1, "BN-1", "Pak Karto", 2_000_000, "byr 500rb tgl 12/10, byr 700rb tgl 3/11"],
        [NOV_1, "BN-2", "Bu Siti", 900_000, "cicil 300rb"],
    ]
    expected = figures(1_400_000, 800_000, 2, d1to30=800_000, current=600_000)
    reads_to(tmp_path / "bon.xlsx", [("Bon", book)], expected)


# Its look-alike: beside a paid column the note says what that column holds; its amounts are
# not paid again. Same figures.
def test_a_note_named_for_paying_beside_a_paid_column_adds_nothing(tmp_path: Path) -> None:
    book = [
        ["Tgl", "No Bon", "Nama", "Jumlah", "Dibayar", "Catatan Bayar"],
        [OCT_1, "BN-1", "Pak Karto", 2_000_000, 1_200_000, "byr 500rb tgl 12/10, byr 700rb"],
        [NOV_1, "BN-2", "Bu Siti", 900_000, 300_000, "cicil 300rb"],
    ]
    expected = figures(1_400_000, 800_000, 2, d1to30=800_000, current=600_000)
    reads_to(tmp_path / "bon.xlsx", [("Bon", book)], expected)


# Round 49 b08: "Transfer pengganti giro tolak", money replacing a bounced giro, was read as a
# giro bounced (uncleared-payment) and not counted; so "Tunai, ganti cek kosong". N-1
# 3,000,000: the giro 3,000,000, its tolakan -3,000,000, the replacement 1,500,000: 1,500,000
# left (due 31 Oct, 22 days late); N-2 1,000,000 (current).
FAKTUR_N = [
    ["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
    ["N-1", OCT_1, "Toko Maju", 3_000_000],
    ["N-2", NOV_1, "Bu Heni", 1_000_000],
]


def _giro_and_after(after: str) -> list[list[object]]:
    return [
        ["Tanggal", "Pelanggan", "No Nota", "Keterangan", "Jumlah"],
        [D(2026, 10, 5), "Toko Maju", "N-1", "Giro BNI BG 554210", 3_000_000],
        [D(2026, 10, 12), "Toko Maju", "N-1", "Tolakan giro BG 554210 (dana tdk cukup)",
         -3_000_000],
        [D(2026, 10, 30), "Toko Maju", "N-1", after, 1_500_000],
    ]  # fmt: skip


@pytest.mark.parametrize(
    "after", ["Transfer pengganti giro tolak", "Transfer ganti giro yg ditolak",
              "Tunai, ganti cek kosong"]
)  # fmt: skip
def test_money_replacing_a_bounced_giro_is_received(tmp_path: Path, after: str) -> None:
    sheets = [("Faktur", FAKTUR_N), ("Pembayaran", _giro_and_after(after))]
    expected = figures(2_500_000, 1_500_000, 2, d1to30=1_500_000, current=1_000_000)
    reads_to(tmp_path / "buku.xlsx", sheets, expected)


# Its look-alike: a giro that replaces the bounced one and has not cleared is no money yet,
# told: N-1 owes 3,000,000 (1-30), N-2 1,000,000.
def test_a_replacement_giro_not_cleared_is_no_money_yet(tmp_path: Path) -> None:
    sheets = [("Faktur", FAKTUR_N), ("Pembayaran", _giro_and_after("Giro pengganti, belum cair"))]
    path = write_xlsx(tmp_path / "buku.xlsx", dict(sheets))
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    expected = figures(4_000_000, 3_000_000, 2, d1to30=3_000_000, current=1_000_000)
    assert {key: payload[key] for key in FIGURES} == expected
    assert [p["code"] for p in payload["problems"]] == ["uncleared-payment"]


# Round 49 b37: an invoice list on "Sheet1" (No Nota | Tanggal | Nama Toko | Total | Tanggal |
# Bayar | Tanggal | Bayar) saved as "catatan bayar toko.xlsx" was refused as payments alone
# for its file's name: its columns, instalments numbered on each row, say it lists invoices.
# A-1 2,750,000 - 2,000,000 = 750,000 (due 31 Oct, 22 days late); A-2 1,980,000 - 500,000 -
# 600,000 = 880,000 (current).
def test_an_invoice_list_in_a_file_named_for_paying_is_read(tmp_path: Path) -> None:
    book = [
        ["No Nota", "Tanggal", "Nama Toko", "Total", "Tanggal", "Bayar", "Tanggal", "Bayar"],
        ["A-1", OCT_1, "Toko A", 2_750_000, D(2026, 10, 10), 2_000_000, None, None],
        ["A-2", NOV_1, "Toko B", 1_980_000, D(2026, 11, 3), 500_000, D(2026, 11, 10), 600_000],
    ]
    expected = figures(1_630_000, 750_000, 2, d1to30=750_000, current=880_000)
    reads_to(tmp_path / "catatan bayar toko.xlsx", [("Sheet1", book)], expected)


# Its look-alike: "pembayaran.xlsx" whose Sheet1 has the ways one payment came ("Tunai |
# Transfer"), no numbered parts, lists payments: F1 2,000,000 - 500,000 - 1,000,000 = 500,000
# (due 31 Oct, 22 days late).
def test_a_payments_file_paid_in_cash_and_transfer_lists_payments(tmp_path: Path) -> None:
    sales = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"], ["F1", OCT_1, "Toko A", 2_000_000]]
    paid = [
        ["Tanggal", "Pelanggan", "Tunai", "Transfer"],
        [D(2026, 11, 3), "Toko A", 500_000, 1_000_000],
    ]
    files = [
        write_xlsx(tmp_path / "penjualan.xlsx", {"Penjualan": sales}),
        write_xlsx(tmp_path / "pembayaran.xlsx", {"Sheet1": paid}),
    ]
    batch, payload = summarize_files(files, AS_OF)
    assert not batch.errors
    assert {key: payload[key] for key in FIGURES} == figures(500_000, 500_000, 1, d1to30=500_000)
