"""Outside books (round 33, figures worked out on paper as of 22 Nov 2026, default term 30
days) that read wrong or told rows that are none, and the books beside them that must read as
they did:

- a customer's name on their first row only, one customer with a second invoice: the blank
  name was told as missing-customer and its invoice left out (m04, m08);
- a signature under a list with no TOTAL line ("Dibuat oleh," | "Mengetahui,", "(Rina)" |
  "(Pak Hendra)"), in the customer and money columns: each line told as a row (f01, m05);
- "Biaya Servis | Suku Cadang | Total": the parts of the Total were told as an unread column
  of money (i05);
- "Tagihan Naik | Tagihan Turun": the debt's sides, going up and down, were not read as
  debits and credits and the book was refused (e03);"""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _aging, _expect, _xlsx, read_book, reads_to

Row = list[object]


def _problems(payload: dict[str, object]) -> list[tuple[object, object]]:
    return [(p["row"], p["code"]) for p in payload["problems"]]  # type: ignore[attr-defined]


# m04: Toko Budi 500,000 of 1 Sep, due 1 Oct, 52 days late (31-60), and 100,000 of 1 Nov on
# the row under it, name blank, due 1 Dec (current); Warung Sari 300,000 of 10 Oct, due 9 Nov,
# 13 days late (1-30). 900,000 owed, 800,000 overdue, 2 customers.
NAME_ONCE = [
    ["Pelanggan", "Tanggal", "Jumlah"],
    ["Toko Budi", D(2026, 9, 1), 500_000],
    [None, D(2026, 11, 1), 100_000],
    ["Sub Total", None, 600_000],
    ["Warung Sari", D(2026, 10, 10), 300_000],
    ["Sub Total", None, 300_000],
]
NAME_ONCE_AGING = _aging(current=100_000, d1to30=300_000, d31to60=500_000)
NAME_ONCE_OWED = _expect(900_000, 800_000, NAME_ONCE_AGING, 2)


@pytest.mark.parametrize("sub_totals", [True, False])
def test_one_customers_second_row_under_their_name_is_theirs(
    tmp_path: Path, sub_totals: bool
) -> None:
    # It read 800,000: the 1 Nov row told as missing-customer. Without the Sub Total lines the
    # list goes back in time where Warung Sari starts: a new group there too.
    rows = [row for row in NAME_ONCE if sub_totals or row[0] != "Sub Total"]
    payload = reads_to(tmp_path / "m04.xlsx", [("Sheet1", rows)], NAME_ONCE_OWED)
    assert payload["per_customer"] == {"Toko Budi": 600_000, "Warung Sari": 300_000}


def test_the_second_row_of_the_last_group_is_carried_too(tmp_path: Path) -> None:
    # Warung Sari first, then Toko Budi's two rows: the same figures.
    rows = [NAME_ONCE[0], NAME_ONCE[4], NAME_ONCE[1], NAME_ONCE[2]]
    reads_to(tmp_path / "last.xlsx", [("Sheet1", rows)], NAME_ONCE_OWED)


def test_one_blank_name_in_a_list_kept_in_date_order_is_told(tmp_path: Path) -> None:
    # Each row names its customer, each customer once, the dates in order: the 9 Oct row's
    # name was left out, not Toko Abadi's second invoice. Told and not counted: Toko Abadi
    # 600,000 (due 1 Nov, 21 days, 1-30) and Toko Lancar 400,000 (due 24 Nov, current).
    rows: list[Row] = [
        ["No Faktur", "Pelanggan", "Tanggal", "Jumlah"],
        ["OK-01", "Toko Abadi", D(2026, 10, 2), 600_000],
        ["OK-02", None, D(2026, 10, 9), 1_300_000],
        ["OK-03", "Toko Lancar", D(2026, 10, 25), 400_000],
    ]
    payload = read_book(tmp_path / "order.xlsx", [("Sheet1", rows)])
    assert payload["outstanding"] == 1_000_000
    assert _problems(payload) == [(3, "missing-customer")]


def test_a_blank_name_under_a_sub_total_is_told(tmp_path: Path) -> None:
    # The blank row opens a group of its own under Toko Budi's Sub Total: whose it is the book
    # does not say. Told; Toko Budi 500,000 and Warung Sari 300,000 owed.
    rows: list[Row] = [
        ["Pelanggan", "Tanggal", "Jumlah"],
        ["Toko Budi", D(2026, 9, 1), 500_000],
        ["Sub Total", None, 500_000],
        [None, D(2026, 11, 1), 100_000],
        ["Warung Sari", D(2026, 10, 10), 300_000],
    ]
    payload = read_book(tmp_path / "under.xlsx", [("Sheet1", rows)])
    assert payload["outstanding"] == 800_000
    assert (4, "missing-customer") in _problems(payload)


# m05: Bu Ani 1,000,000 + Biaya Admin 6,500 = 1,006,500 of 1 Aug, due 31 Aug, 83 days late
# (61-90); Pak Dedi 250,000 + 6,500 = 256,500 of 1 Nov, due 1 Dec (current). 1,263,000 owed.
SIGNED_LIST: list[Row] = [
    ["DAFTAR FAKTUR"],
    ["Per 22 November 2026"],
    ["Tanggal", "Pelanggan", "Total", "Biaya Admin", "Total Bayar"],
    [D(2026, 8, 1), "Bu Ani", 1_000_000, 6_500, 1_006_500],
    [D(2026, 11, 1), "Pak Dedi", 250_000, 6_500, 256_500],
    [],
    ["Catatan: pembayaran lewat transfer BCA 123-456-7890"],
    [],
    [None, "Dibuat oleh,", None, "Mengetahui,"],
    [],
    [],
    [None, "(Rina)", None, "( Pak Hendra )"],
]


def test_a_signature_under_a_list_is_no_row(tmp_path: Path) -> None:
    # It told rows 9 and 12 as missing-amount (the words in Pelanggan and Biaya Admin).
    owed = _expect(1_263_000, 1_006_500, _aging(current=256_500, d61to90=1_006_500), 2)
    reads_to(tmp_path / "m05.xlsx", [("Sheet1", SIGNED_LIST)], owed)


def test_a_signature_in_a_cards_number_and_credit_columns_is_no_row(tmp_path: Path) -> None:
    # f01: Toko Budi's card, 350,000 of 1 Sep less 100,000 paid 12 Oct: 250,000, due 1 Oct,
    # 52 days late (31-60). It told "Mengetahui," and "(Pak Hendra)" as invalid-amount.
    card: list[Row] = [
        ["KARTU PIUTANG PELANGGAN"],
        ["Nama: Toko Budi"],
        [],
        ["Tanggal", "No Faktur", "Debet", "Kredit", "Saldo"],
        [D(2026, 9, 1), "F-71", 350_000, None, 350_000],
        [D(2026, 10, 12), None, None, 100_000, 250_000],
        [],
        [None, "Dibuat oleh,", None, "Mengetahui,"],
        [],
        [None, "(Rina)", None, "(Pak Hendra)"],
        [None, "ttd", None, "Disetujui oleh"],
    ]
    owed = _expect(250_000, 250_000, _aging(d31to60=250_000), 1)
    reads_to(tmp_path / "f01.xlsx", [("Toko Budi", card)], owed)


def test_a_customer_under_the_last_figure_with_no_amount_is_still_told(tmp_path: Path) -> None:
    # "Toko Mengetahui" is a customer's name, not a signature's words: its row with no amount
    # is told (missing-amount), the figures as in m05.
    rows = [*SIGNED_LIST[:5], [None, "Toko Mengetahui", None, "Hormat kami,"], *SIGNED_LIST[5:]]
    payload = read_book(tmp_path / "told.xlsx", [("Sheet1", rows)])
    assert payload["outstanding"] == 1_263_000
    assert _problems(payload) == [(6, "missing-amount")]


# i05: Pak Rudi's 350,000 (100,000 + 250,000) of 1 Sep, due 1 Oct, 52 days late (31-60); Bu
# Lina's 80,000 of 1 Nov, due 1 Dec (current). 430,000 owed, 350,000 overdue.
@pytest.mark.parametrize(
    "parts",
    [("Biaya Servis", "Suku Cadang"), ("Jasa", "Sparepart"), ("Ongkos Kerja", "Suku Cadang")],
)
def test_columns_adding_up_to_the_total_are_its_parts(
    tmp_path: Path, parts: tuple[str, str]
) -> None:
    # It told "Suku Cadang" (and "Jasa", "Sparepart") as unread-column.
    rows: list[Row] = [
        ["Tanggal", "Pelanggan", "Pekerjaan", *parts, "Total"],
        [D(2026, 9, 1), "Pak Rudi", "Rem", 100_000, 250_000, 350_000],
        [D(2026, 11, 1), "Bu Lina", "Oli", 80_000, 0, 80_000],
    ]
    owed = _expect(430_000, 350_000, _aging(current=80_000, d31to60=350_000), 2)
    reads_to(tmp_path / "i05.xlsx", [("Servis", rows)], owed)


def test_columns_that_do_not_add_up_to_the_total_are_still_told(tmp_path: Path) -> None:
    # "Jasa" and "Sparepart" left of the Total that do not add up to it (100,000 + 50,000 is
    # no 350,000): money that may have been received, told; the Total read in full.
    rows: list[Row] = [
        ["Tanggal", "Pelanggan", "Jasa", "Sparepart", "Total"],
        [D(2026, 9, 1), "Pak Rudi", 100_000, 50_000, 350_000],
        [D(2026, 11, 1), "Bu Lina", 20_000, 0, 80_000],
    ]
    payload = read_book(tmp_path / "told.xlsx", [("Servis", rows)])
    assert payload["outstanding"] == 430_000
    assert "unread-column" in [code for _, code in _problems(payload)]


def _rises_and_falls(up: str, down: str) -> list[Row]:
    # e03: Bu Ani's 500,000 of 1 Aug paid in full on 20 Oct; Pak Dedi's 300,000 of 10 Oct,
    # due 9 Nov, 13 days late (1-30), and 100,000 of 1 Nov, due 1 Dec (current).
    return [
        ["Tanggal", "No Nota", "Pelanggan", up, down],
        [D(2026, 8, 1), "NT-1", "Bu Ani", 500_000, None],
        [D(2026, 10, 10), "NT-2", "Pak Dedi", 300_000, None],
        [D(2026, 10, 20), None, "Bu Ani", None, 500_000],
        [D(2026, 11, 1), "NT-3", "Pak Dedi", 100_000, None],
    ]


@pytest.mark.parametrize("debt", ["Tagihan", "Piutang"])
def test_a_debt_going_up_and_down_is_its_debits_and_credits(tmp_path: Path, debt: str) -> None:
    # It was refused: no list of debts found. 400,000 owed, 300,000 overdue, 1 customer.
    rows = _rises_and_falls(f"{debt} Naik", f"{debt} Turun")
    owed = _expect(400_000, 300_000, _aging(current=100_000, d1to30=300_000), 1)
    reads_to(tmp_path / "e03.xlsx", [("Buku", rows)], owed)


def test_up_and_down_with_no_debt_named_are_still_refused(tmp_path: Path) -> None:
    # "Naik | Turun" alone names no debt (a price's, a stock's): refused as before.
    path = tmp_path / "naik.xlsx"
    _xlsx(path, [("Buku", _rises_and_falls("Naik", "Turun"))])
    batch, _ = summarize_files([path], AS_OF)
    assert batch.errors
