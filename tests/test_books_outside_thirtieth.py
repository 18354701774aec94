"""Outside books (round 29, figures worked out on paper as of 22 Nov 2026, default term 30
days) that read silently wrong, and the books beside them that must read as they did:

- "Total | Biaya Admin | Total Bayar", each Total Bayar the Total and its fee: the total to
  pay was read as paid, nothing owed and every customer's fee a credit balance;
- "Total | Bayar | Kembali" beside a customer column: the change given back from the cash
  handed over was left unread, a credit balance of the change."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from tests.test_books_by_hand import _aging, _expect, read_book, reads_to

FEE = ["Tanggal", "Pelanggan", "Total", "Biaya Admin", "Total Bayar"]


def test_a_total_to_pay_that_is_the_total_and_its_fee_is_owed(tmp_path: Path) -> None:
    # Total Bayar = Total + Biaya Admin on each row: what is owed. 505,000 due 1 Dec
    # (current), 305,000 due 9 Nov, 13 days late (1-30): 810,000, where it read 0 and a
    # credit of 5,000 for each customer.
    sheets = [("Sheet1", [FEE,
        [D(2026, 11, 1), "Toko Budi", 500_000, 5_000, 505_000],
        [D(2026, 10, 10), "Warung Sari", 300_000, 5_000, 305_000]])]  # fmt: skip
    owed = _expect(810_000, 305_000, _aging(current=505_000, d1to30=305_000), 2)
    payload = reads_to(tmp_path / "admin.xlsx", sheets, owed)
    columns = payload["files"][0]["sheets"][0]["columns"]
    assert columns["amount"]["header"] == "Total Bayar" and "paid" not in columns


def test_a_total_paid_beside_a_fee_that_is_no_sum_of_them_is_paid(tmp_path: Path) -> None:
    # Total Bayar what was paid (200,000 of 500,000; nothing of 300,000): not the Total and
    # the fee on any row. 300,000 due 1 Dec (current) and 300,000 due 9 Nov (1-30) left.
    sheets = [("Sheet1", [FEE,
        [D(2026, 11, 1), "Toko Budi", 500_000, 5_000, 200_000],
        [D(2026, 10, 10), "Warung Sari", 300_000, 5_000, 0]])]  # fmt: skip
    owed = _expect(600_000, 300_000, _aging(current=300_000, d1to30=300_000), 2)
    reads_to(tmp_path / "paid.xlsx", sheets, owed)


def test_a_total_to_pay_beside_what_was_paid_and_the_rest(tmp_path: Path) -> None:
    # Total Bayar = Total + Biaya Admin, Dibayar what was paid of it, Sisa the rest: Toko
    # Budi owes 505,000 - 200,000 = 305,000 due 1 Dec (current), which Sisa says; Warung Sari
    # paid its 305,000. It read 0 owed, credits of 5,000 and Sisa told as disagreeing.
    sheets = [("Sheet1", [[*FEE, "Dibayar", "Sisa"],
        [D(2026, 11, 1), "Toko Budi", 500_000, 5_000, 505_000, 200_000, 305_000],
        [D(2026, 10, 10), "Warung Sari", 300_000, 5_000, 305_000, 305_000, 0]])]  # fmt: skip
    reads_to(tmp_path / "sisa.xlsx", sheets, _expect(305_000, 0, _aging(current=305_000), 1))


def test_a_total_paid_over_the_total_with_no_fee_beside_it_is_a_credit(tmp_path: Path) -> None:
    # No column of a charge: each customer paid 5,000 more than the Total, a credit each.
    sheets = [("Sheet1", [["Tanggal", "Pelanggan", "Total", "Total Bayar"],
        [D(2026, 11, 1), "Toko Budi", 500_000, 505_000],
        [D(2026, 10, 10), "Warung Sari", 300_000, 305_000]])]  # fmt: skip
    credit = {"Toko Budi": 5_000, "Warung Sari": 5_000}
    reads_to(tmp_path / "over.xlsx", sheets, _expect(0, 0, _aging(), 0, credit))


TILL = ["Tanggal", "Pelanggan", "Total", "Bayar", "Kembali"]


def test_the_change_given_back_is_no_credit_of_the_customer(tmp_path: Path) -> None:
    # Paid = Bayar - Kembali: Bu Ani 100,000 - 15,000 = 85,000 and Pak Dedi 50,000 - 8,000 =
    # 42,000 paid exactly, and his 60,000 too; Bu Rina's 120,000 due 9 Nov is 13 days late
    # (1-30). It read credits of 15,000 and 8,000, the change.
    sheets = [("Sheet1", [TILL,
        [D(2026, 11, 1), "Bu Ani", 85_000, 100_000, 15_000],
        [D(2026, 10, 10), "Pak Dedi", 42_000, 50_000, 8_000],
        [D(2026, 10, 10), "Bu Rina", 120_000, 0, 0],
        [D(2026, 11, 1), "Pak Dedi", 60_000, 60_000, 0]])]  # fmt: skip
    owed = _expect(120_000, 120_000, _aging(d1to30=120_000), 1)
    reads_to(tmp_path / "kembali.xlsx", sheets, owed)


def test_the_change_from_a_total_paid_is_neither_a_fee_nor_a_credit(tmp_path: Path) -> None:
    # "Total Bayar" the cash handed over, its Kembali the change: not a fee added to the
    # Total (the change is never a charge), 100,000 - 15,000 = 85,000 paid; Bu Rina's
    # 120,000 due 9 Nov (1-30) owed.
    sheets = [("Sheet1", [["Tanggal", "Pelanggan", "Total", "Total Bayar", "Kembali"],
        [D(2026, 11, 1), "Bu Ani", 85_000, 100_000, 15_000],
        [D(2026, 10, 10), "Bu Rina", 120_000, 0, 0]])]  # fmt: skip
    reads_to(tmp_path / "tunai.xlsx", sheets, _expect(120_000, 120_000, _aging(d1to30=120_000), 1))


def test_an_overpayment_with_no_change_column_is_still_a_credit(tmp_path: Path) -> None:
    # No Kembali: Bu Ani paid 100,000 of 85,000, 15,000 to her credit; Bu Rina's 120,000
    # due 9 Nov (1-30) owed.
    sheets = [("Sheet1", [["Tanggal", "Pelanggan", "Total", "Bayar"],
        [D(2026, 11, 1), "Bu Ani", 85_000, 100_000],
        [D(2026, 10, 10), "Bu Rina", 120_000, 0]])]  # fmt: skip
    owed = _expect(120_000, 120_000, _aging(d1to30=120_000), 1, {"Bu Ani": 15_000})
    reads_to(tmp_path / "lebih.xlsx", sheets, owed)


def test_change_that_is_no_figure_is_told_not_read_as_a_credit(tmp_path: Path) -> None:
    # Bu Tini's Kembali "abc": what she paid cannot be worked out, told on her row (Excel
    # row 3) rather than 100,000 read as paid and 15,000 as her credit; Bu Ani's Lunas with
    # no change pays her 85,000 as before.
    sheets = [("Sheet1", [TILL,
        [D(2026, 11, 1), "Bu Ani", 85_000, "Lunas", None],
        [D(2026, 11, 1), "Bu Tini", 85_000, 100_000, "abc"]])]  # fmt: skip
    payload = read_book(tmp_path / "salah.xlsx", sheets)
    assert payload["credit_balances"] == {}
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("invalid-paid", 3)]
