"""Session 17: leftovers of the outside rounds 40 and 41, each book written by hand with its
figures worked out on paper as of 22 Nov 2026 (default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, figures, reads_to

# Round 41 k01: "Jumlah | Potongan | Dibayar" with no Sisa: the Potongan was read as in the
# amount already, and the debt overstated by it. The rows paid off say the amount is before
# the discount: N-03 4,000,000 less 400,000 is settled by 3,600,000. So N-01 5,000,000 -
# 250,000 - 2,000,000 = 2,750,000 (due 1 Oct, 52 days), N-02 3,000,000 (due 4 Nov, 18 days),
# N-04 2,000,000 - 100,000 = 1,900,000 (due 1 Dec, not yet).
GROSS_BEFORE_DISCOUNT = [
    ["No", "Tanggal", "No Nota", "Pelanggan", "Jumlah", "Potongan", "Dibayar"],
    [1, D(2026, 9, 1), "N-01", "Toko Maju", 5_000_000, 250_000, 2_000_000],
    [2, D(2026, 10, 5), "N-02", "Toko Maju", 3_000_000, 0, 0],
    [3, D(2026, 10, 20), "N-03", "CV Sinar", 4_000_000, 400_000, 3_600_000],
    [4, D(2026, 11, 1), "N-04", "CV Sinar", 2_000_000, 100_000, 0],
]


def test_a_discount_column_the_settled_rows_take_off_lowers_the_debt(tmp_path: Path) -> None:
    expected = figures(7_650_000, 5_750_000, 2, d1to30=3_000_000, d31to60=2_750_000,
                       current=1_900_000)  # fmt: skip
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", GROSS_BEFORE_DISCOUNT)], expected)
    assert payload["per_customer"] == {"Toko Maju": 5_750_000, "CV Sinar": 1_900_000}


# Its look-alike: the Jumlah is the net (the discount written beside it for the record), as
# the row paid off by its Jumlah alone says. N-03 3,600,000 settled by 3,600,000; N-01
# 4,750,000 - 2,000,000 = 2,750,000; N-04 1,900,000.
NET_AFTER_DISCOUNT = [
    ["No", "Tanggal", "No Nota", "Pelanggan", "Jumlah", "Potongan", "Dibayar"],
    [1, D(2026, 9, 1), "N-01", "Toko Maju", 4_750_000, 250_000, 2_000_000],
    [3, D(2026, 10, 20), "N-03", "CV Sinar", 3_600_000, 400_000, 3_600_000],
    [4, D(2026, 11, 1), "N-04", "CV Sinar", 1_900_000, 100_000, 0],
]


def test_a_discount_column_beside_a_net_amount_takes_nothing_off(tmp_path: Path) -> None:
    expected = figures(4_650_000, 2_750_000, 2, d31to60=2_750_000, current=1_900_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", NET_AFTER_DISCOUNT)], expected)
    assert payload["per_customer"] == {"Toko Maju": 2_750_000, "CV Sinar": 1_900_000}


# Round 41 f02: a rental's security "Deposit" beside "Dibayar" was read as paid (3,500,000 for
# 7,000,000). No Sisa says which; the row paid off says it: S-03 2,000,000 is settled by its
# Dibayar alone while its Deposit holds 500,000, so the deposit is no part of what was paid.
# S-01 6,000,000 - 3,000,000 = 3,000,000 (due 31 Oct, 22 days); S-02 4,000,000 (due 14 Nov).
SECURITY_DEPOSIT = [
    ["No Inv", "Tanggal", "Penyewa", "Nilai Sewa", "Deposit", "Dibayar"],
    ["S-01", D(2026, 10, 1), "PT Alat", 6_000_000, 2_000_000, 3_000_000],
    ["S-02", D(2026, 10, 15), "CV Bangun", 4_000_000, 1_000_000, 0],
    ["S-03", D(2026, 11, 1), "PT Alat", 2_000_000, 500_000, 2_000_000],
]


def test_a_deposit_the_settled_rows_leave_out_is_no_payment(tmp_path: Path) -> None:
    expected = figures(7_000_000, 7_000_000, 2, d1to30=7_000_000)
    payload = reads_to(tmp_path / "sewa.xlsx", [("Sewa", SECURITY_DEPOSIT)], expected)
    assert payload["per_customer"] == {"PT Alat": 3_000_000, "CV Bangun": 4_000_000}


# Its look-alike: a DP that the rows paid off add to the Dibayar (K-02 1,000,000 + 2,000,000
# settle 3,000,000). K-01 5,000,000 - 1,500,000 - 1,000,000 = 2,500,000 (due 31 Oct).
DOWN_PAYMENT_APART = [
    ["No Inv", "Tanggal", "Pelanggan", "Total", "Deposit", "Dibayar"],
    ["K-01", D(2026, 10, 1), "Bu Rina", 5_000_000, 1_500_000, 1_000_000],
    ["K-02", D(2026, 10, 1), "Pak Dodi", 3_000_000, 1_000_000, 2_000_000],
]


def test_a_deposit_the_settled_rows_add_is_paid(tmp_path: Path) -> None:
    expected = figures(2_500_000, 2_500_000, 1, d1to30=2_500_000)
    payload = reads_to(tmp_path / "konveksi.xlsx", [("Order", DOWN_PAYMENT_APART)], expected)
    assert payload["per_customer"] == {"Bu Rina": 2_500_000}


# Round 45 16: a cooperative's loans headed "Pokok Pinjaman" (no word for an amount it knew)
# left a sheet of names and what was paid, taken for a summary, and the reader stopped on it
# with a KeyError. "Pokok Pinjaman" is what the member owes: Sarman 5,000,000 - 3,000,000
# (due 15 Sep, 68 days) + 1,500,000 (due 5 Jan); Tohir 2,000,000 (due 10 Nov, 12 days);
# Sumarni 3,000,000 (due 1 Dec); Warsini paid.
LOANS = [
    ["KOPERASI SIMPAN PINJAM MITRA USAHA"],
    ["No", "Nama Anggota", "Tgl Pinjam", "Pokok Pinjaman", "Jatuh Tempo", "Sudah Dibayar"],
    [1, "Pak Sarman", D(2026, 6, 15), 5_000_000, D(2026, 9, 15), 3_000_000],
    [2, "Bu Warsini", D(2026, 7, 20), 3_000_000, D(2026, 10, 20), 3_000_000],
    [3, "Pak Tohir", D(2026, 8, 10), 2_500_000, D(2026, 11, 10), 500_000],
    [4, "Bu Sumarni", D(2026, 9, 1), 4_000_000, D(2026, 12, 1), 1_000_000],
    [5, "Pak Sarman", D(2026, 10, 5), 1_500_000, D(2027, 1, 5), 0],
]


def test_a_cooperatives_loans_are_what_its_members_owe(tmp_path: Path) -> None:
    expected = figures(8_500_000, 4_000_000, 3, current=4_500_000, d1to30=2_000_000,
                       d61to90=2_000_000)  # fmt: skip
    reads_to(tmp_path / "pinjaman.xlsx", [("Pinjaman", LOANS)], expected)


# The same sheet with its figure owed under a word of no meaning ("Plafon") leaves names,
# dates and what was paid, taken for a summary with nothing to check: no stop; the invoice
# list beside it is read.
NO_FIGURE_OWED = [[("Plafon" if c == "Pokok Pinjaman" else c) for c in LOANS[1]], *LOANS[2:]]
ONE_INVOICE = [
    ["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
    ["N-1", D(2026, 10, 1), "Toko A", 1_000_000],
]


def test_a_sheet_of_names_and_payments_alone_stops_nothing(tmp_path: Path) -> None:
    path = tmp_path / "buku.xlsx"
    write_xlsx(path, {"Nota": ONE_INVOICE, "Anggota": NO_FIGURE_OWED})
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors
    assert payload["outstanding"] == 1_000_000


# Found by the fixer of round 42: a card headed "Masuk | Keluar | Saldo" (no word of ours for
# either side) read its running Saldo as each row's balance, summed: 15,600,000 for
# 3,000,000. The Saldo runs with the two columns, whichever way they stand: Keluar (goods
# out) raises it, Masuk (money in) lowers it. FJ-245 7,600,000 less 2,600,000 and 2,000,000
# is 3,000,000, due 4 Nov (18 days late).
def _card(debit: str, credit: str) -> list[list[object]]:
    title = ["Kartu Piutang: UD Mitra Tani"]
    rows: list[list[object]] = [title, [], ["Tgl", "Uraian", "No. Bukti"]]
    rows[2] += [debit, credit, "Saldo"] if debit < credit else [credit, debit, "Saldo"]
    saldo = 0
    for day, what, number, sale, paid in [
        (D(2026, 10, 5), "Penjualan FJ-245", "FJ-245", 7_600_000, None),
        (D(2026, 10, 20), "Bayar transfer", "BKM-1", None, 2_600_000),
        (D(2026, 11, 3), "Bayar tunai", "BKM-2", None, 2_000_000),
    ]:
        saldo += (sale or 0) - (paid or 0)
        sides = [sale, paid] if debit < credit else [paid, sale]
        rows.append([day, what, number, *sides, saldo])
    return rows


def test_a_card_whose_sides_no_word_names_runs_with_its_saldo(tmp_path: Path) -> None:
    expected = figures(3_000_000, 3_000_000, 1, d1to30=3_000_000)
    for debit, credit in (("Keluar", "Masuk"), ("Tambah", "Bayar Masuk")):
        reads_to(tmp_path / f"{debit}.xlsx", [("Mitra Tani", _card(debit, credit))], expected)
