"""Outside books (round 31, figures worked out on paper as of 22 Nov 2026, default term 30
days) that counted the same money twice, silently, and the books beside them that must read
as they did:

- a recap sheet of one row per customer with a date column ("Pelanggan | Tgl Transaksi
  Terakhir | Total Piutang", "Per Tanggal | Saldo") beside the sheets it sums: read as one
  more invoice per customer, every debt twice;
- a card's (or a journal's) Kredit rows listed again on a payments sheet of the same
  workbook: every payment paid twice."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date as D
from pathlib import Path
from typing import Any

import pytest

from tests.test_books_by_hand import (
    Rows,
    _aging,
    _expect,
    _xlsx,
    read_book,
    reads_to,
    saved_summary,
)

# One sheet per customer. AN-1 1,000,000 of 1 Sep paid 300,000: 700,000 due 1 Oct, 52 days
# late (31-60); AN-2 1,000,000 of 10 Oct due 9 Nov, 13 days late (1-30); TL-1 900,000 of 1
# Nov due 1 Dec (current). Toko Anyar owes 1,700,000, Toko Lama 900,000: 2,600,000 in all.
LIST = ["No Faktur", "Tanggal", "Jumlah", "Bayar"]
PER_CUSTOMER: list[tuple[str, Rows]] = [
    ("Toko Anyar", [LIST, ["AN-1", D(2026, 9, 1), 1_000_000, 300_000],
                    ["AN-2", D(2026, 10, 10), 1_000_000, 0]]),
    ("Toko Lama", [LIST, ["TL-1", D(2026, 11, 1), 900_000, 0]]),
]  # fmt: skip
OWED = _expect(2_600_000, 1_700_000, _aging(current=900_000, d1to30=1_000_000,
                                            d31to60=700_000), 2)  # fmt: skip
LAST = ["Pelanggan", "Tgl Transaksi Terakhir", "Total Piutang"]
RECAP: Rows = [LAST, ["Toko Anyar", D(2026, 10, 10), 1_700_000],
               ["Toko Lama", D(2026, 11, 1), 900_000]]  # fmt: skip


def _recap_left_aside(payload: dict[str, Any], sheet: str = "Rekap") -> None:
    """The recap is among the sheets left aside, saying why."""
    reasons = {s["sheet"]: s["reason"] for s in payload["ignored_sheets"]}
    assert reasons[sheet].startswith("rekap per pelanggan"), reasons


@pytest.mark.parametrize(
    "sheets",
    [
        [("Rekap", RECAP), *PER_CUSTOMER],
        [*PER_CUSTOMER, ("Rekap", RECAP)],
        [("Rekap", [["Pelanggan", "Per Tanggal", "Saldo"],
                    ["Toko Anyar", D(2026, 11, 22), 1_700_000],
                    ["Toko Lama", D(2026, 11, 22), 900_000]]), *PER_CUSTOMER],
        [("Rekap", [*RECAP, ["TOTAL", None, 2_600_000]]), *PER_CUSTOMER],
    ],
    ids=["recap_first", "recap_last", "per_tanggal_saldo", "with_total"],
)  # fmt: skip
def test_a_dated_recap_beside_a_sheet_per_customer_counts_no_second_time(
    tmp_path: Path, sheets: Sequence[tuple[str, Rows]]
) -> None:
    # Each recap row is what that customer's sheet leaves open (1,700,000 and 900,000): the
    # recap is not read as two more invoices dated the last transaction. It read 5,200,000.
    _recap_left_aside(reads_to(tmp_path / "rekap.xlsx", sheets, OWED))


def test_a_dated_recap_beside_an_invoice_list_counts_no_second_time(tmp_path: Path) -> None:
    # The same invoices on one list with a customer column, the same recap: 2,600,000.
    faktur = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah", "Bayar"],
              ["AN-1", D(2026, 9, 1), "Toko Anyar", 1_000_000, 300_000],
              ["AN-2", D(2026, 10, 10), "Toko Anyar", 1_000_000, 0],
              ["TL-1", D(2026, 11, 1), "Toko Lama", 900_000, 0]]  # fmt: skip
    payload = reads_to(tmp_path / "list.xlsx", [("Faktur", faktur), ("Rekap", RECAP)], OWED)
    _recap_left_aside(payload)


# Ten customers, one invoice each dated 1 Nov (due 1 Dec, current): 100,000, 200,000, …
# 1,000,000, 5,500,000 in all.
SHOPS = ["Toko Anggrek", "Toko Bakung", "Toko Cempaka", "Toko Dahlia", "Toko Edelweis",
         "Toko Flamboyan", "Toko Gardenia", "Toko Kenanga", "Toko Melati",
         "Toko Mawar"]  # fmt: skip
TEN: Rows = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"]] + [
    [f"F-{k}", D(2026, 11, 1), shop, 100_000 * k] for k, shop in enumerate(SHOPS, 1)
]


def test_a_recap_with_one_row_in_ten_that_differs_is_told_and_not_counted(tmp_path: Path) -> None:
    # The recap agrees on nine customers; Toko Mawar's row says 1,100,000 where her invoice
    # leaves 1,000,000. Still a recap (one row in ten): 5,500,000 owed, all current, and the
    # row told with both figures. Counted, it would have read 11,600,000.
    recap = [["Pelanggan", "Per Tanggal", "Saldo"]] + [
        [shop, D(2026, 11, 22), 100_000 * k + (100_000 if shop == "Toko Mawar" else 0)]
        for k, shop in enumerate(SHOPS, 1)
    ]
    payload = read_book(tmp_path / "ten.xlsx", [("Faktur", TEN), ("Rekap", recap)])
    assert payload["outstanding"] == 5_500_000
    assert payload["aging"] == _aging(current=5_500_000)
    assert payload["customers_with_balance"] == 10
    _recap_left_aside(payload)
    told = [(p["code"], p["sheet"], p["row"], p["book_says"], p["read"])
            for p in payload["problems"]]  # fmt: skip
    assert told == [("check-mismatch", "Rekap", 11, 1_100_000, 1_000_000)]


def test_a_list_of_one_sale_per_customer_beside_cards_of_others_is_counted(
    tmp_path: Path,
) -> None:
    # One sale per customer, a date and no number, like a recap; but its customers have no
    # sheet of their own: Toko Cahaya 1,000,000 of 1 Nov (current), Toko Damai 500,000 of 10
    # Oct (due 9 Nov, 1-30), on top of the 2,600,000: 4,100,000.
    sales = [["Tanggal", "Pelanggan", "Jumlah"], [D(2026, 11, 1), "Toko Cahaya", 1_000_000],
             [D(2026, 10, 10), "Toko Damai", 500_000]]  # fmt: skip
    owed = _expect(4_100_000, 2_200_000, _aging(current=1_900_000, d1to30=1_500_000,
                                                d31to60=700_000), 4)  # fmt: skip
    reads_to(tmp_path / "sales.xlsx", [("Penjualan", sales), *PER_CUSTOMER], owed)


def test_a_list_whose_sale_equals_a_balance_by_chance_is_counted(tmp_path: Path) -> None:
    # November's sales of the same customers, one each: Toko Anyar's 1,700,000 happens to be
    # what her sheet leaves open, Toko Lama's 400,000 is not his 900,000. Two new sales of 20
    # Nov (current) on top of the 2,600,000: 4,700,000.
    sales = [["Tanggal", "Pelanggan", "Jumlah"], [D(2026, 11, 20), "Toko Anyar", 1_700_000],
             [D(2026, 11, 20), "Toko Lama", 400_000]]  # fmt: skip
    owed = _expect(4_700_000, 1_700_000, _aging(current=3_000_000, d1to30=1_000_000,
                                                d31to60=700_000), 2)  # fmt: skip
    reads_to(tmp_path / "nov.xlsx", [("Penjualan Nov", sales), *PER_CUSTOMER], owed)


def test_a_dated_recap_alone_is_read_as_its_rows(tmp_path: Path) -> None:
    # No sheet to be the recap of: each row a debt dated its date, as before. Toko Anyar's
    # 1,700,000 due 9 Nov (1-30), Toko Lama's 900,000 due 1 Dec (current).
    owed = _expect(2_600_000, 1_700_000, _aging(current=900_000, d1to30=1_700_000), 2)
    reads_to(tmp_path / "alone.xlsx", [("Rekap", RECAP)], owed)


# Cards whose Kredit rows the "Pembayaran" sheet lists again. Toko Rambutan: FR-1 1,000,000
# of 1 Sep paid by KW-01 on 20 Oct; FR-2 1,500,000 of 10 Oct due 9 Nov, 13 days late (1-30).
# Toko Durian: FR-3 800,000 of 1 Nov due 1 Dec less KW-02's 300,000: 500,000 (current).
# 2,000,000 in all; paid twice it read 700,000.
CARD = ["Tanggal", "No. Bukti", "Keterangan", "Debet", "Kredit", "Saldo"]
RAMBUTAN: Rows = [["Kartu Piutang - Toko Rambutan"], CARD,
                  [D(2026, 9, 1), "FR-1", "Penjualan", 1_000_000, None, 1_000_000],
                  [D(2026, 10, 10), "FR-2", "Penjualan", 1_500_000, None, 2_500_000],
                  [D(2026, 10, 20), "KW-01", "Pembayaran FR-1", None, 1_000_000,
                   1_500_000]]  # fmt: skip
DURIAN: Rows = [["Kartu Piutang - Toko Durian"], CARD,
                [D(2026, 11, 1), "FR-3", "Penjualan", 800_000, None, 800_000],
                [D(2026, 11, 10), "KW-02", "Pembayaran", None, 300_000, 500_000]]  # fmt: skip
PAID = ["Tanggal", "No. Bukti", "Pelanggan", "Keterangan", "Jumlah"]
RECEIPTS: Rows = [PAID, [D(2026, 10, 20), "KW-01", "Toko Rambutan", "Pembayaran FR-1", 1_000_000],
                  [D(2026, 11, 10), "KW-02", "Toko Durian", "Pembayaran", 300_000]]  # fmt: skip
UNNUMBERED: Rows = [[c for i, c in enumerate(row) if i != 1] for row in RECEIPTS]
CARDS_OWED = _expect(2_000_000, 1_500_000, _aging(current=500_000, d1to30=1_500_000), 2)


@pytest.mark.parametrize(
    "sheets",
    [
        [("Toko Rambutan", RAMBUTAN), ("Toko Durian", DURIAN), ("Pembayaran", RECEIPTS)],
        [("Toko Rambutan", RAMBUTAN), ("Toko Durian", DURIAN), ("Pembayaran", UNNUMBERED)],
        [("Pembayaran", RECEIPTS), ("Toko Rambutan", RAMBUTAN), ("Toko Durian", DURIAN)],
    ],
    ids=["receipts_numbered", "receipts_unnumbered", "payments_sheet_first"],
)
def test_a_cards_credits_listed_again_on_a_payments_sheet_count_once(
    tmp_path: Path, sheets: Sequence[tuple[str, Rows]]
) -> None:
    reads_to(tmp_path / "kartu.xlsx", sheets, CARDS_OWED)


def test_the_saved_book_counts_a_cards_credit_listed_again_once(tmp_path: Path) -> None:
    # The same book imported, then the saved book's summary: 2,000,000 as read.
    path = tmp_path / "kartu.xlsx"
    _xlsx(path, [("Toko Rambutan", RAMBUTAN), ("Toko Durian", DURIAN), ("Pembayaran", RECEIPTS)])
    payload = saved_summary(tmp_path, path)
    assert payload["outstanding"] == 2_000_000
    assert payload["aging"] == CARDS_OWED["aging"]


def test_a_journals_receipt_listed_again_on_a_payments_sheet_counts_once(tmp_path: Path) -> None:
    # FR-1 paid by KW-01, FR-2's 1,500,000 due 9 Nov (1-30) owed; it read 500,000.
    journal = [["Tanggal", "No. Bukti", "Pelanggan", "Keterangan", "Debet", "Kredit"],
               [D(2026, 9, 1), "FR-1", "Toko Rambutan", "Penjualan", 1_000_000, None],
               [D(2026, 10, 10), "FR-2", "Toko Rambutan", "Penjualan", 1_500_000, None],
               [D(2026, 10, 20), "KW-01", "Toko Rambutan", "Pembayaran FR-1", None,
                1_000_000]]  # fmt: skip
    owed = _expect(1_500_000, 1_500_000, _aging(d1to30=1_500_000), 1)
    reads_to(tmp_path / "jurnal.xlsx", [("Jurnal", journal), ("Pembayaran", RECEIPTS[:2])], owed)


# Toko Rambutan's card with two equal instalments paid the same day, no receipt number:
# FR-2 1,500,000 of 10 Oct less 500,000 and 500,000 leaves 500,000, 13 days late (1-30).
INSTALMENTS: Rows = [["Kartu Piutang - Toko Rambutan"], CARD,
                     [D(2026, 10, 10), "FR-2", "Penjualan", 1_500_000, None, 1_500_000],
                     [D(2026, 11, 10), None, "Cicilan", None, 500_000, 1_000_000],
                     [D(2026, 11, 10), None, "Cicilan", None, 500_000, 500_000]]  # fmt: skip
ONE_LEFT = _expect(500_000, 500_000, _aging(d1to30=500_000), 1)


@pytest.mark.parametrize("listed", [1, 2], ids=["one_listed", "both_listed"])
def test_two_equal_instalments_on_a_card_are_two(tmp_path: Path, listed: int) -> None:
    # The payments sheet lists one or both of them: the card's two are two payments either
    # way, and a row listed again is one of them (never 1,000,000 owed, nor 0).
    paid = [["Tanggal", "Pelanggan", "Keterangan", "Jumlah"]] + [
        [D(2026, 11, 10), "Toko Rambutan", "Cicilan", 500_000]
    ] * listed
    sheets = [("Toko Rambutan", INSTALMENTS), ("Pembayaran", paid)]
    reads_to(tmp_path / "cicilan.xlsx", sheets, ONE_LEFT)


def test_a_receipt_of_another_number_on_the_payments_sheet_is_more_money(tmp_path: Path) -> None:
    # The card's KW-01 and the payments sheet's KW-05: two receipts of 500,000 on 10 Nov, not
    # one written twice. FR-2 1,500,000 less both: 500,000 (1-30).
    card = [["Kartu Piutang - Toko Rambutan"], CARD,
            [D(2026, 10, 10), "FR-2", "Penjualan", 1_500_000, None, 1_500_000],
            [D(2026, 11, 10), "KW-01", "Pembayaran", None, 500_000, 1_000_000]]  # fmt: skip
    paid = [PAID, [D(2026, 11, 10), "KW-05", "Toko Rambutan", "Pembayaran", 500_000]]
    reads_to(tmp_path / "kw.xlsx", [("Toko Rambutan", card), ("Pembayaran", paid)], ONE_LEFT)
