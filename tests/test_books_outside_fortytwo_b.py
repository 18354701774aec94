"""Round 43 of the outside testers (fixer 43): each book written by hand with its figures
worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due 31 Oct,
22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, Rows, _xlsx, figures, reads_to

OCT_1 = D(2026, 10, 1)


# Round 43 h03: a two-row header with a group "Retur" over "Tgl | Jumlah" between "Faktur" and
# "Pembayaran". Its columns were read as the sub-labels alone ("Tgl", "Jumlah"): no return, so
# the returns were owed again (810,000 in the book) and its right Sisa told as wrong on each
# row with a return. Toko A: F-1 2,000,000 - 300,000 returned - 1,000,000 paid = 700,000 (due
# 31 Oct, 22 days late); Toko B: F-2 1,500,000 - 500,000 returned = 1,000,000 (5 Nov, due 5
# Dec: current); Toko C paid F-3 in full.
RETUR_GROUP = [
    ["Nama Toko", "Faktur", None, None, "Retur", None, "Pembayaran", None, "Sisa"],
    [None, "No", "Tgl", "Jumlah", "Tgl", "Jumlah", "Tgl", "Jumlah", None],
    ["Toko A", "F-1", OCT_1, 2_000_000, D(2026, 10, 5), 300_000, D(2026, 10, 20), 1_000_000,
     700_000],
    ["Toko B", "F-2", D(2026, 11, 5), 1_500_000, D(2026, 11, 10), 500_000, None, None,
     1_000_000],
    ["Toko C", "F-3", OCT_1, 800_000, None, None, D(2026, 10, 25), 800_000, 0],
]  # fmt: skip
RETUR_MERGES = ("A1:A2", "B1:D1", "E1:F1", "G1:H1", "I1:I2")


@pytest.mark.parametrize("group", ["Retur", "Nota Retur", "Retur Barang"])
def test_a_retur_group_over_a_two_row_header_is_returned(tmp_path: Path, group: str) -> None:
    rows = [[group if cell == "Retur" else cell for cell in RETUR_GROUP[0]], *RETUR_GROUP[1:]]
    expected = figures(1_700_000, 700_000, 2, current=1_000_000, d1to30=700_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Okt 2026", rows)], expected, RETUR_MERGES)
    assert payload["per_customer"] == {"Toko A": 700_000, "Toko B": 1_000_000}


# The look-alike: "Nota" over "No | Tgl | Jumlah" is the invoice, as "Faktur" is, though
# "Nota Retur" beside it is a return. Its dates are the invoices': Toko A's N-1 of 1 Oct is 22
# days late (the return's 12 Nov would make it current). N-1 1,200,000 - 200,000 returned -
# 400,000 paid = 600,000; Toko B's N-2 900,000 (10 Nov, current).
def test_a_nota_group_stays_the_invoice_beside_a_nota_retur_group(tmp_path: Path) -> None:
    rows = [
        ["Pelanggan", "Nota", None, None, "Nota Retur", None, None, "Pelunasan", None, "Sisa"],
        [None, "No", "Tgl", "Jumlah", "No", "Tgl", "Jumlah", "Tgl", "Jumlah", None],
        ["Toko A", "N-1", OCT_1, 1_200_000, "R-1", D(2026, 11, 12), 200_000, D(2026, 10, 9),
         400_000, 600_000],
        ["Toko B", "N-2", D(2026, 11, 10), 900_000, None, None, None, None, None, 900_000],
    ]  # fmt: skip
    merges = ("A1:A2", "B1:D1", "E1:G1", "H1:I1", "J1:J2")
    expected = figures(1_500_000, 600_000, 2, current=900_000, d1to30=600_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Nota", rows)], expected, merges)
    assert payload["per_customer"] == {"Toko A": 600_000, "Toko B": 900_000}


# Round 43 k11: two customers' cards as blocks on one sheet, each under its "Nama Pelanggan :"
# line with its header written again, one amount column and a type column. The header under
# the second block was read as a row: its "Jenis" a type word of neither kind, and the file
# refused. Warung A: N-1 600,000 paid by a payment naming it; N-2 400,000 (10 Nov, current).
# Warung B: N-3 500,000 (1 Sep) and N-4 300,000 (1 Oct); 600,000 naming none pays N-3 and
# 100,000 of N-4: 200,000 left, due 31 Oct, 22 days late.
def _blocks(kind: str, sale: str, paid: str, odd: str | None = None) -> Rows:
    header = ["Tanggal", "Keterangan", "No Nota", kind, "Jumlah", "Saldo"]
    return [
        ["CATATAN PIUTANG TOKO SAYUR BU SUGENG"],
        [],
        ["Nama Pelanggan : Warung A"],
        header,
        [OCT_1, "Sayur", "N-1", sale, 600_000, 600_000],
        [D(2026, 10, 20), "Bayar N-1", "N-1", paid, 600_000, 0],
        [D(2026, 11, 10), "Sayur", "N-2", odd or sale, 400_000, 400_000],
        [],
        ["Nama Pelanggan : Warung B"],
        header,
        [D(2026, 9, 1), "Kangkung", "N-3", sale, 500_000, 500_000],
        [OCT_1, "Tauge", "N-4", sale, 300_000, 800_000],
        [D(2026, 10, 5), "Bayar", None, paid, 600_000, 200_000],
    ]


@pytest.mark.parametrize(
    ("kind", "sale", "paid"),
    [("Jenis", "Penjualan", "Pembayaran"), ("Tipe", "Penjualan", "Pembayaran"), ("D/K", "D", "K")],
)
def test_cards_in_blocks_with_a_type_column_repeat_their_header(
    tmp_path: Path, kind: str, sale: str, paid: str
) -> None:
    expected = figures(600_000, 200_000, 2, current=400_000, d1to30=200_000)
    payload = reads_to(tmp_path / "kartu.xlsx", [("Piutang", _blocks(kind, sale, paid))], expected)
    assert payload["per_customer"] == {"Warung A": 400_000, "Warung B": 200_000}


# The look-alike: a type word of neither kind in a row of its own ("Titipan": money left with
# the shop, or goods) still leaves the sheet unread, named; the header written again is no
# such word.
def test_a_type_word_of_neither_kind_in_blocks_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "kartu.xlsx"
    _xlsx(path, [("Piutang", _blocks("Jenis", "Penjualan", "Pembayaran", odd="Titipan"))])
    batch, payload = summarize_files([path], AS_OF)
    assert len(batch.errors) == 1 and payload["outstanding"] == 0
    said = batch.errors[0].message("id")
    assert "tetapi 'Titipan' bukan kata" in said  # not "'Jenis', 'Titipan'"


# Round 43 h04: a seed distributor's farm kiosks under "Kios" (a two-row header: "Faktur" over
# No | Tgl | Jatuh Tempo | Nilai, "Pelunasan" over Tgl | Jumlah) were no customer column: the
# file was refused, asking for one customer's name in the title. Kios Tani Jaya: BU-1 8,400,000
# - 5,000,000 = 3,400,000 due 10 Aug (104 days late: 90+); Kios Sri Rezeki: BU-2 5,150,000 due
# 30 Sep (53 days: 31-60); Kios Makmur paid BU-3 in full.
def _kiosks(label: str) -> Rows:
    return [
        [label, "Faktur", None, None, None, "Pelunasan", None],
        [None, "No", "Tgl", "Jatuh Tempo", "Nilai", "Tgl", "Jumlah"],
        ["Kios Tani Jaya", "BU-1", D(2026, 4, 10), D(2026, 8, 10), 8_400_000, D(2026, 8, 12),
         5_000_000],
        ["Kios Sri Rezeki", "BU-2", D(2026, 6, 1), D(2026, 9, 30), 5_150_000, None, None],
        ["Kios Makmur", "BU-3", D(2026, 9, 2), D(2026, 10, 2), 2_300_000, D(2026, 10, 1),
         2_300_000],
    ]  # fmt: skip


KIOSK_MERGES = ("A1:A2", "B1:E1", "F1:G1")


@pytest.mark.parametrize("label", ["Kios", "Nama Kios", "Lapak", "Konter", "Bengkel", "Gerai"])
def test_a_customer_column_named_for_the_kind_of_shop_is_the_customer(
    tmp_path: Path, label: str
) -> None:
    expected = figures(8_550_000, 8_550_000, 2, d31to60=5_150_000, over90=3_400_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", _kiosks(label))], expected,
                       KIOSK_MERGES)  # fmt: skip
    assert payload["per_customer"] == {"Kios Tani Jaya": 3_400_000, "Kios Sri Rezeki": 5_150_000}


# The look-alike: a market's rent book, "Kios" the place rented beside the tenant's
# name: the name is who owes. Bu Sari 750,000 for October (due 31 Oct, 22 days late), Pak
# Dedi 600,000 (5 Nov, current).
def test_a_kiosk_beside_a_name_column_is_the_place_not_the_customer(tmp_path: Path) -> None:
    rows = [
        ["Tanggal", "Kios", "Nama", "Sewa"],
        [OCT_1, "A-12", "Bu Sari", 750_000],
        [D(2026, 11, 5), "B-03", "Pak Dedi", 600_000],
    ]
    expected = figures(1_350_000, 750_000, 2, current=600_000, d1to30=750_000)
    payload = reads_to(tmp_path / "sewa.xlsx", [("Sewa Kios", rows)], expected)
    assert payload["per_customer"] == {"Bu Sari": 750_000, "Pak Dedi": 600_000}


# Round 43 h04's refusal, for a word still unknown ("Kedai"): it named no column and asked only
# for one customer's name in the title, wrong for a list of many. It names the column of names
# and, for a list, says to call it "Pelanggan".
def test_a_list_of_no_customer_names_the_column_of_names(tmp_path: Path) -> None:
    path = tmp_path / "piutang.xlsx"
    _xlsx(path, [("Piutang", _kiosks("Kedai"))], KIOSK_MERGES)
    batch, payload = summarize_files([path], AS_OF)
    assert [e.code for e in batch.errors] == ["no_customer"] and payload["outstanding"] == 0
    said = batch.errors[0].message("id")
    assert "'Piutang' (kolom 'Kedai' berisi nama: Kios Tani Jaya, Kios Sri Rezeki" in said
    assert "daftar banyak pelanggan, ganti judul kolom nama mereka menjadi 'Pelanggan'" in said
