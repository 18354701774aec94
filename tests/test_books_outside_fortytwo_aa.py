"""Round 73 of the outside testers (long real-life books, fixer aa): each book written by
hand with its figures worked out on paper as of 22 Nov 2026 (default term 30 days: a sale of
1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, reads_to

OCT_1 = D(2026, 10, 1)
MONTH = ["No. Faktur", "Tgl Faktur", "Nama Pelanggan", "Total (Rp)", "Bayar", "Sisa", "Keterangan"]
PAYMENTS = ["Tanggal", "No. Faktur", "Pelanggan", "Jumlah Bayar", "Keterangan"]


# Round 73 book A: a down payment at the counter on the month sheet's row ("DP", Sisa = Total
# - Bayar), the rest paid later on the Pembayaran sheet naming the faktur, in two parts each
# smaller than the DP. The larger of the two counted (6,000,000 paid): the DP was dropped,
# 4,000,000 owed for nothing. The payments make up the row's Sisa exactly and none of them
# is the DP: FK-0001 10,000,000 - 4,000,000 - 3,000,000 - 3,000,000 = 0. FK-0002 2,000,000
# of 1 Oct, due 31 Oct, 22 days late: Toko Maju owes 2,000,000.
def test_payments_making_up_the_rows_sisa_come_on_top_of_its_down_payment(tmp_path: Path) -> None:
    month = [
        MONTH,
        ["FK-0001", D(2026, 9, 15), "Toko Maju", 10_000_000, 4_000_000, 6_000_000, "DP"],
        ["FK-0002", OCT_1, "Toko Maju", 2_000_000, 0, 2_000_000, ""],
    ]
    paid = [
        PAYMENTS,
        [D(2026, 10, 20), "FK-0001", "Toko Maju", 3_000_000, "tunai"],
        [D(2026, 11, 5), "FK-0001", "Toko Maju", 3_000_000, "QRIS"],
    ]
    expected = figures(2_000_000, 2_000_000, 1, d1to30=2_000_000)
    payload = reads_to(tmp_path / "buku.xlsx", [("OKT 26", month), ("Pembayaran", paid)], expected)
    assert payload["per_customer"] == {"Toko Maju": 2_000_000}


# Book A's Pak Eko: a DP of 4,945,000 on FK-0687 11,340,000, goods returned naming it
# (1,863,000) and one payment naming it of 4,532,000, smaller than the DP. The DP, the return
# and the payment make up the faktur: 11,340,000 - 4,945,000 - 1,863,000 - 4,532,000 = 0.
# FK-0700 3,000,000 of 1 Oct, 22 days late, is all Pak Eko owes.
def test_a_down_payment_a_return_and_the_rest_settle_the_faktur(tmp_path: Path) -> None:
    month = [
        MONTH,
        ["FK-0687", D(2026, 9, 1), "Pak Eko", 11_340_000, 4_945_000, 6_395_000, "DP"],
        ["FK-0700", OCT_1, "Pak Eko", 3_000_000, 0, 3_000_000, ""],
    ]
    paid = [
        PAYMENTS,
        [D(2026, 10, 2), "FK-0687", "Pak Eko", 4_532_000, "tf BCA"],
    ]
    returned = [
        ["Tanggal", "No. Faktur", "Pelanggan", "Jumlah Retur"],
        [D(2026, 9, 20), "FK-0687", "Pak Eko", 1_863_000],
    ]
    expected = figures(3_000_000, 3_000_000, 1, d1to30=3_000_000)
    sheets = [("SEP 26", month), ("Pembayaran", paid), ("Retur", returned)]
    payload = reads_to(tmp_path / "buku.xlsx", sheets, expected)
    assert payload["per_customer"] == {"Pak Eko": 3_000_000}


# The look-alike: the row paid 2,500,000 of 5,000,000 and the payments sheet names 2,500,000
# for it. Added up they settle it, but the payment is the row's own figure: the same money
# written twice (a program's report beside its journal), as before. The larger counts:
# 2,500,000 owed, due 31 Oct, 22 days late.
def test_a_payment_equal_to_the_rows_figure_is_the_same_money(tmp_path: Path) -> None:
    month = [MONTH, ["FK-0010", OCT_1, "Toko Sari", 5_000_000, 2_500_000, 2_500_000, ""]]
    paid = [PAYMENTS, [D(2026, 10, 5), "FK-0010", "Toko Sari", 2_500_000, "tf"]]
    expected = figures(2_500_000, 2_500_000, 1, d1to30=2_500_000)
    reads_to(tmp_path / "buku.xlsx", [("OKT 26", month), ("Pembayaran", paid)], expected)


CARD = ["Tanggal", "No. Faktur", "Keterangan", "Debet", "Kredit", "Saldo"]


# Round 73 book C: the owner's note between a card's rows when the shop changed its name, no
# date, number or figure. It was read as a new customer's heading: the rows under it went to
# a customer named after the sentence, and a false Saldo mismatch was told. The card runs on:
# FK-1 5,000,000 paid by "Pelunasan FK-1"; FK-2 1,000,000 of 1 Oct, 22 days late. Toko
# Makmur owes 1,000,000.
def test_a_note_line_inside_a_card_is_no_new_customer(tmp_path: Path) -> None:
    card = [
        ["KARTU PIUTANG"],
        ["Nama Pelanggan : Toko Makmur"],
        [],
        CARD,
        [D(2025, 11, 3), "FK-1", "Penjualan", 5_000_000, None, 5_000_000],
        [None, None, "** mulai Jan 2026 ganti nama: TB Makmur **", None, None, None],
        [D(2026, 1, 10), "FK-1", "Pelunasan FK-1", None, 5_000_000, 0],
        [OCT_1, "FK-2", "Penjualan", 1_000_000, None, 1_000_000],
    ]
    expected = figures(1_000_000, 1_000_000, 1, d1to30=1_000_000)
    payload = reads_to(tmp_path / "kartu.xlsx", [("Makmur", card)], expected)
    assert payload["per_customer"] == {"Toko Makmur": 1_000_000}


# The same card with a plain line of words ("pindah ke Pasar Baru"): the Saldo runs on
# across it (3,000,000 owed, then a sale of 1,000,000 to 4,000,000), so it is a note too.
# FK-1 3,000,000 of 1 Sep (52 days, 31-60) and FK-2 1,000,000 of 1 Oct (22 days).
def test_a_line_the_cards_saldo_runs_on_across_is_a_note(tmp_path: Path) -> None:
    card = [
        ["Nama Pelanggan : Toko Makmur"],
        CARD,
        [D(2026, 9, 1), "FK-1", "Penjualan", 3_000_000, None, 3_000_000],
        [None, None, "pindah ke Pasar Baru", None, None, None],
        [OCT_1, "FK-2", "Penjualan", 1_000_000, None, 4_000_000],
    ]
    expected = figures(4_000_000, 4_000_000, 1, d1to30=1_000_000, d31to60=3_000_000)
    payload = reads_to(tmp_path / "kartu.xlsx", [("Makmur", card)], expected)
    assert payload["per_customer"] == {"Toko Makmur": 4_000_000}


# The look-alike: two cards on one sheet, the second under its customer's name alone on a
# line, its Saldo started afresh (Toko A owes 3,000,000; Toko B's first sale 1,000,000 with
# Saldo 1,000,000, not 4,000,000): a new customer, as before.
def test_a_name_over_a_saldo_started_afresh_is_the_next_card(tmp_path: Path) -> None:
    card = [
        ["KARTU PIUTANG"],
        CARD,
        ["Toko A"],
        [D(2026, 9, 1), "A-1", "Penjualan", 3_000_000, None, 3_000_000],
        ["Toko B"],
        [OCT_1, "B-1", "Penjualan", 1_000_000, None, 1_000_000],
    ]
    expected = figures(4_000_000, 4_000_000, 2, d1to30=1_000_000, d31to60=3_000_000)
    payload = reads_to(tmp_path / "kartu.xlsx", [("Kartu", card)], expected)
    assert payload["per_customer"] == {"Toko A": 3_000_000, "Toko B": 1_000_000}


SALES = ["Tanggal", "No Nota", "Pelanggan", "Jumlah", "Bayar", "Ket"]


# Round 73 books B and K: a day's line with only its date and a note ("(libur Lebaran, toko
# tutup)") was told as missing-customer, and a note in the name column under the rows
# ("(catatan: pupuk subsidi tidak dicatat di sini)") as missing-amount: each sent the owner
# looking for a sale that was never there. A line of a note alone holds no record and no
# problem. N-1 1,000,000 of 1 Oct (22 days) and N-2 500,000 of 1 Sep paid 200,000 (300,000,
# 52 days): 1,300,000.
def test_a_line_of_a_note_alone_is_no_sale_missing_a_field(tmp_path: Path) -> None:
    rows = [
        SALES,
        [D(2026, 9, 1), "N-2", "Toko B", 500_000, 200_000, ""],
        [D(2026, 9, 10), None, None, None, None, "(libur Lebaran, toko tutup)"],
        [OCT_1, "N-1", "Toko A", 1_000_000, 0, ""],
        [None, None, "(catatan: pupuk subsidi tidak dicatat di sini)", None, None, None],
    ]
    expected = figures(1_300_000, 1_300_000, 2, d1to30=1_000_000, d31to60=300_000)
    reads_to(tmp_path / "piutang.xlsx", [("Piutang", rows)], expected)


# The look-alike: a customer and a nota number with no amount is a sale missing its amount,
# told as before (Toko C's N-3); Toko A's 1,000,000 counted.
def test_a_customer_and_a_number_without_an_amount_is_still_told(tmp_path: Path) -> None:
    rows = [
        SALES,
        [OCT_1, "N-1", "Toko A", 1_000_000, 0, ""],
        [OCT_1, "N-3", "Toko C", None, None, "(harga menyusul)"],
    ]
    path = tmp_path / "piutang.xlsx"
    _xlsx(path, [("Piutang", rows)])
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 1_000_000
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("missing-amount", 3)]
