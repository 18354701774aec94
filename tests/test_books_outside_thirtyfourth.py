"""Outside books (round 30, warung day books; figures worked out on paper as of 22 Nov 2026,
default term 30 days) that read wrong, and the books beside them that must read as they did:

- "Ngebon" (what was taken on the tab, as "Kasbon" is) was no tab word where a header is
  read or a till is told: "Nama | Ngebon | Bayar" was refused as payments only, and a type
  column's "Ngebon" was no debt. ``columns.TAB_WORDS`` is the one word list.
- a column of what was paid of the tab ("Bayar Bon", "Bayar Kasbon", "Cicilan Bon", "Bayar
  Hutang") was no column of a payment: each repayment row was dropped as an invoice with no
  amount, and the debt it paid stood. It pays the customer's oldest bon first
  (``columns.TAB_PAID``, ``layout.sale_parts``, ``rows.SheetReader.pays_tab``);
- a day book with no Total ("Nama | Tunai | QRIS | Bon", "Kas | Transfer | Utang", or with
  "Belanja" as the purchase's whole) took what was paid at the sale for a payment of the tab:
  cash-only customers had credit balances. Without a Total the parts are the same sale's,
  only the tab is owed (``layout.sale_parts``, its Total now optional, "Belanja" a Total);
- "Nama | Tunai | QRIS | Total", everything paid at the sale, left each QRIS owed: a wallet's
  or a card's column is a part of what was paid, as Tunai and Transfer are
  (``columns.PAYMENT_PART``, ``columns.WALLETS``)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.columns import Guess, guess_field
from core.reading import layout
from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, reads_to


def _tab_book(tab: str, paid: str) -> list[list[object]]:
    """Pak Joko's 50,000 of 1 Sep and his 20,000 paid; Bu Ani's 45,000 and 35,000 and her
    45,000 paid: 65,000 owed (``TAB_OWED``)."""
    return [["Tanggal", "Nama", tab, paid],
            [D(2026, 9, 1), "Pak Joko", 50_000, None],
            [D(2026, 10, 10), "Bu Ani", 45_000, None],
            [D(2026, 10, 20), "Pak Joko", None, 20_000],
            [D(2026, 11, 1), "Bu Ani", 35_000, None],
            [D(2026, 11, 5), "Bu Ani", None, 45_000]]  # fmt: skip


# Pak Joko 50,000 of 1 Sep (due 1 Oct, 52 days late) less 20,000: 30,000 in 31-60. Bu Ani's
# 45,000 pays her oldest (10 Oct), leaving 35,000 of 1 Nov, due 1 Dec (current). 65,000 owed,
# 30,000 overdue, two customers.
TAB_OWED = figures(65_000, 30_000, 2, current=35_000, d31to60=30_000)


def test_ngebon_is_what_was_taken_on_the_tab(tmp_path: Path) -> None:
    # TAB_OWED, 65,000; before, the book was refused as "only payments received".
    reads_to(tmp_path / "ngebon.xlsx", [("Sheet1", _tab_book("Ngebon", "Bayar"))], TAB_OWED)


def test_ngebon_in_a_type_column_is_a_debt(tmp_path: Path) -> None:
    # Mas Agus 80,000 on 10 Oct less 30,000 paid: 50,000 due 9 Nov, 13 days late (1-30);
    # Bu Rina 20,000 on 10 Nov, current. 70,000 owed, 50,000 overdue.
    book = [["Tanggal", "Nama", "Jenis", "Nominal"],
            [D(2026, 10, 10), "Mas Agus", "Ngebon", 80_000],
            [D(2026, 10, 20), "Mas Agus", "Bayar", 30_000],
            [D(2026, 11, 10), "Bu Rina", "Ngebon", 20_000]]  # fmt: skip
    expected = figures(70_000, 50_000, 2, current=20_000, d1to30=50_000)
    reads_to(tmp_path / "jenis.xlsx", [("Sheet1", book)], expected)


def test_ngebon_beside_a_customer_makes_no_till() -> None:
    # Sales put on the tab beside a till's ways to pay are debts, whichever tab word names them.
    labels = ["Tanggal", "Pelanggan", "Cash", "QRIS", "Kredit", "Ngebon"]
    assert layout.till_columns(labels) is None
    assert layout.till_columns(["Tanggal", "Cash", "QRIS", "Kredit"]) is not None


@pytest.mark.parametrize(
    ("tab", "paid"),
    [("Bon", "Bayar Bon"), ("Kasbon", "Bayar Kasbon"), ("Bon", "Cicilan Bon"),
     ("Hutang", "Bayar Hutang"), ("Ngebon", "Byr Bon")],
)  # fmt: skip
def test_a_column_of_what_was_paid_of_the_tab_pays_it(tmp_path: Path, tab: str, paid: str) -> None:
    # TAB_OWED, 65,000; before, both payment rows were dropped as "missing-amount": 115,000.
    reads_to(tmp_path / "bayar_bon.xlsx", [("Sheet1", _tab_book(tab, paid))], TAB_OWED)


DAY_PAID = ["Tanggal", "Nama", "Tunai", "Bon", "Total", "Bayar Bon"]


def test_a_day_books_bayar_bon_pays_the_oldest_bon(tmp_path: Path) -> None:
    # Pak Joko's Bon: 50,000 (1 Sep) + 30,000 (10 Oct, 10,000 paid in cash at the sale) =
    # 80,000; he pays 100,000 of it on 20 Oct: a credit of 20,000. Bu Ani's 45,000 (10 Oct)
    # is paid by her 45,000 of 5 Nov, leaving 25,000 of 1 Nov, due 1 Dec (current). Before,
    # the day book took each Bayar Bon row for a cash sale: 130,000 owed, no credit.
    book = [DAY_PAID,
            [D(2026, 9, 1), "Pak Joko", 0, 50_000, 50_000, None],
            [D(2026, 10, 10), "Pak Joko", 10_000, 30_000, 40_000, None],
            [D(2026, 10, 10), "Bu Ani", 0, 45_000, 45_000, None],
            [D(2026, 10, 20), "Pak Joko", None, None, None, 100_000],
            [D(2026, 11, 1), "Bu Ani", 0, 25_000, 25_000, None],
            [D(2026, 11, 5), "Bu Ani", None, None, None, 45_000],
            [None, "TOTAL", 10_000, 150_000, 160_000, 145_000]]  # fmt: skip
    expected = figures(25_000, 0, 1, {"Pak Joko": 20_000}, current=25_000)
    reads_to(tmp_path / "harian.xlsx", [("Harian", book)], expected)


def test_bayar_bon_on_a_row_with_a_purchase_still_pays_the_oldest(tmp_path: Path) -> None:
    # Bu Ani takes 25,000 on the tab on 1 Nov and pays 45,000 of her tab the same day: it
    # pays her 45,000 of 10 Oct (which was 13 days late), leaving the 25,000 of 1 Nov, due
    # 1 Dec (current), not 25,000 of 10 Oct overdue.
    book = [DAY_PAID,
            [D(2026, 10, 10), "Bu Ani", 0, 45_000, 45_000, None],
            [D(2026, 11, 1), "Bu Ani", 0, 25_000, 25_000, 45_000]]  # fmt: skip
    reads_to(tmp_path / "harian.xlsx", [("Harian", book)], figures(25_000, 0, 1, current=25_000))


def test_a_note_saying_bayar_bon_beside_its_column_is_no_problem(tmp_path: Path) -> None:
    # The payment is in its column, the note says the same: nothing to tell. Without the
    # figure in that column (Tunai alone), the row is a payment the sheet does not say: told.
    book = [[*DAY_PAID, "Keterangan"],
            [D(2026, 10, 10), "Bu Ani", 0, 45_000, 45_000, None, None],
            [D(2026, 11, 5), "Bu Ani", None, None, None, 20_000, "bayar bon"]]  # fmt: skip
    expected = figures(25_000, 25_000, 1, d1to30=25_000)
    reads_to(tmp_path / "harian.xlsx", [("Harian", book)], expected)
    book[2][2:6] = [20_000, 0, 20_000, None]
    _xlsx(tmp_path / "tunai.xlsx", [("Harian", book)])
    _, payload = summarize_files([tmp_path / "tunai.xlsx"], AS_OF)
    assert payload["outstanding"] == 45_000
    assert [(p["row"], p["code"]) for p in payload["problems"]] == [(3, "parts-payment")]


def test_cicilan_alone_is_still_no_payment() -> None:
    # "Cicilan" alone is the instalment due; named for the tab, what was paid of it.
    assert guess_field("Cicilan") is None
    assert guess_field("Cicilan Bon") == Guess("paid", 100, "exact")


def _no_total(ways: tuple[str, str], tab: str) -> list[list[object]]:
    """A day book with no Total: each row a customer's purchase, paid at the sale in two ways
    and the rest on the tab (``NO_TOTAL_OWED``)."""
    return [["Tgl", "Nama", *ways, tab, "Keterangan"],
            [D(2026, 11, 1), "Bu Ani", 20_000, 0, 35_000, None],
            [D(2026, 11, 1), "Pak Joko", 50_000, 0, 0, "rokok, bon kemarin belum"],
            [D(2026, 11, 1), "Toko Tunai Jaya", 0, 0, 15_000, None],
            [D(2026, 10, 10), "Mas Agus", 0, 25_000, 40_000, None],
            [D(2026, 9, 1), "Pak Joko", 10_000, 0, 30_000, None]]  # fmt: skip


# Only the tab is owed; what was paid at the sale paid the rest of that sale, none of the tab:
# Bu Ani 35,000 and Toko Tunai Jaya 15,000 of 1 Nov (due 1 Dec, current); Mas Agus 40,000 of
# 10 Oct (due 9 Nov, 13 days late); Pak Joko 30,000 of 1 Sep (due 1 Oct, 52 days late) and a
# purchase paid in full in cash. 120,000 owed, 70,000 overdue, four customers, no credit.
# Before: 70,000 and a credit of Pak Joko 30,000 (his cash taken off his tab: 30,000 - 60,000;
# Bu Ani's 35,000 - 20,000), silently.
NO_TOTAL_OWED = figures(120_000, 70_000, 4, current=50_000, d1to30=40_000, d31to60=30_000)


@pytest.mark.parametrize(
    ("ways", "tab"),
    [(("Tunai", "QRIS"), "Bon"), (("Kas", "Transfer"), "Utang"), (("Cash", "QRIS"), "Kasbon"),
     (("Tunai", "Transfer"), "Ngebon")],
)  # fmt: skip
def test_a_day_book_without_a_total_owes_its_tab_alone(
    tmp_path: Path, ways: tuple[str, str], tab: str
) -> None:
    book = _no_total(ways, tab)
    payload = reads_to(tmp_path / "harian.xlsx", [("Harian", book)], NO_TOTAL_OWED)
    assert payload["files"][0]["sheets"][0]["columns"]["amount"]["header"] == tab


def test_without_a_total_a_cash_row_saying_it_pays_the_tab_is_told(tmp_path: Path) -> None:
    # Pak Joko's Tunai 50,000 noted "bayar bon": a payment the sheet has no column for. The
    # row is told, not read as a cash sale silently; the tab still counts (120,000).
    book = _no_total(("Tunai", "QRIS"), "Bon")
    book[2][5] = "bayar bon"
    _xlsx(tmp_path / "harian.xlsx", [("Harian", book)])
    _, payload = summarize_files([tmp_path / "harian.xlsx"], AS_OF)
    assert payload["outstanding"] == 120_000
    assert [(p["row"], p["code"]) for p in payload["problems"]] == [(3, "parts-payment")]


BELANJA = ["Tanggal", "Nama", "Belanja", "Tunai", "Kasbon"]


def test_belanja_is_the_purchase_whole_beside_its_parts(tmp_path: Path) -> None:
    # Belanja = Tunai + Kasbon on each row: the Kasbon alone is owed. Agus 60,000 of 1 Sep
    # (52 days late) and 80,000 of 10 Oct (13 days late); Min's 50,000 paid in cash, her
    # 50,000 of 1 Nov current. 190,000 owed, 140,000 overdue; before, Min's cash purchase was
    # a credit of 20,000 against her Kasbon (130,000 read).
    book = [BELANJA,
            [D(2026, 9, 1), "Agus", 100_000, 40_000, 60_000],
            [D(2026, 10, 10), "Agus", 80_000, 0, 80_000],
            [D(2026, 10, 10), "Min", 50_000, 50_000, 0],
            [D(2026, 11, 1), "Min", 70_000, 20_000, 50_000]]  # fmt: skip
    expected = figures(190_000, 140_000, 2, current=50_000, d1to30=80_000, d31to60=60_000)
    reads_to(tmp_path / "belanja.xlsx", [("Harian", book)], expected)
    # A Belanja that is not its parts' sum is told: the book contradicts itself on that row
    # (Excel row 3, Agus's 10 Oct: 90,000 of 0 + 80,000), and the row is left out.
    book[2][2] = 90_000
    _xlsx(tmp_path / "selisih.xlsx", [("Harian", book)])
    _, payload = summarize_files([tmp_path / "selisih.xlsx"], AS_OF)
    assert payload["outstanding"] == 110_000
    told = [(p["row"], p["column"], p["code"]) for p in payload["problems"]]
    assert told == [(3, "Belanja", "parts-unsummed")]


def test_a_customers_card_without_a_total_still_has_its_tunai_pay_the_bon(tmp_path: Path) -> None:
    # A sheet per customer with no customer column and no Total: "Tanggal | Bon | Tunai" may be
    # the tab and what was paid of it, as it read before. Bu Ani 100,000 of 10 Oct (13 days
    # late) less 40,000 paid: 60,000.
    card = [["Tanggal", "Keterangan", "Bon", "Tunai"],
            [D(2026, 10, 10), "beras", 100_000, None],
            [D(2026, 11, 1), "cicil", None, 40_000]]  # fmt: skip
    assert layout.sale_parts(card[0]) is None
    reads_to(tmp_path / "kartu.xlsx", [("Bu Ani", card)], figures(60_000, 60_000, 1, d1to30=60_000))


def test_a_sales_books_tunai_and_kredit_read_as_before(tmp_path: Path) -> None:
    # "Tunai | Kredit" with no tab word: a sales book, its Kredit a credit sale, a Tunai sale
    # no debt (cash_sale_columns). Toko Budi 500,000 on credit of 10 Oct (13 days late).
    book = [["Tanggal", "Pelanggan", "Tunai", "Kredit"],
            [D(2026, 10, 10), "Toko Budi", None, 500_000],
            [D(2026, 11, 1), "Toko Budi", 200_000, None]]  # fmt: skip
    assert layout.sale_parts(book[0]) is None
    reads_to(
        tmp_path / "jual.xlsx", [("Penjualan", book)], figures(500_000, 500_000, 1, d1to30=500_000)
    )


def test_a_numbered_invoices_tunai_without_a_total_still_pays_its_hutang(tmp_path: Path) -> None:
    # "No Nota | Pelanggan | Hutang | Tunai": each row an invoice by its number, its Tunai what
    # was paid of it, as before. N-1 300,000 of 10 Oct less 100,000 (13 days late): 200,000.
    book = [["No Nota", "Tanggal", "Pelanggan", "Hutang", "Tunai"],
            ["N-1", D(2026, 10, 10), "Toko Budi", 300_000, 100_000]]  # fmt: skip
    reads_to(tmp_path / "nota.xlsx", [("Nota", book)], figures(200_000, 200_000, 1, d1to30=200_000))


def test_what_was_paid_by_qris_beside_tunai_is_paid(tmp_path: Path) -> None:
    # Each Total = Tunai + QRIS: paid at the sale, nothing owed. Before: 60,000 owed (the
    # QRIS amounts). Bu Ani's 1 Oct purchase of 100,000 of which 50,000 was paid (20,000
    # cash, 30,000 QRIS) leaves 50,000, due 31 Oct (22 days late).
    book = [["Tanggal", "Nama", "Tunai", "QRIS", "Total"],
            [D(2026, 11, 1), "Bu Ani", 20_000, 35_000, 55_000],
            [D(2026, 10, 10), "Mas Agus", 40_000, 25_000, 65_000],
            [D(2026, 9, 1), "Pak Joko", 40_000, 0, 40_000]]  # fmt: skip
    _xlsx(tmp_path / "lunas.xlsx", [("Harian", book)])
    _, payload = summarize_files([tmp_path / "lunas.xlsx"], AS_OF)
    assert not payload["problems"] and payload["outstanding"] == 0
    assert payload["credit_balances"] == {}
    book.append([D(2026, 10, 1), "Bu Ani", 20_000, 30_000, 100_000])
    expected = figures(50_000, 50_000, 1, d1to30=50_000)
    reads_to(tmp_path / "sebagian.xlsx", [("Harian", book)], expected)


def test_a_tills_takings_by_way_with_no_customer_stay_aside(tmp_path: Path) -> None:
    # "Tanggal | Tunai | QRIS | Transfer | Total", no customer: the day's takings, no debts.
    takings = [["Tanggal", "Tunai", "QRIS", "Transfer", "Total"],
               [D(2026, 11, 1), 100_000, 50_000, 0, 150_000]]  # fmt: skip
    book = [["Tanggal", "Pelanggan", "Jumlah"], [D(2026, 10, 10), "Toko Budi", 300_000]]
    sheets = [("Piutang", book), ("Kas Harian", takings)]
    payload = reads_to(tmp_path / "kas.xlsx", sheets, figures(300_000, 300_000, 1, d1to30=300_000))
    assert [s["sheet"] for s in payload["ignored_sheets"]] == ["Kas Harian"]


def test_a_payment_split_between_transfer_and_qris_pays_in_full(tmp_path: Path) -> None:
    # F-1 1,000,000 of 10 Oct paid 600,000 by transfer and 400,000 by QRIS: nothing left.
    # F-2 500,000 of 1 Nov, current. Before, the QRIS part was left unread: 400,000 more.
    invoices = [["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
                ["F-1", D(2026, 10, 10), "Toko Budi", 1_000_000],
                ["F-2", D(2026, 11, 1), "Toko Budi", 500_000]]  # fmt: skip
    paid = [["Tanggal", "No Faktur", "Pelanggan", "Transfer", "QRIS"],
            [D(2026, 10, 20), "F-1", "Toko Budi", 600_000, 400_000]]  # fmt: skip
    sheets = [("Faktur", invoices), ("Pembayaran", paid)]
    reads_to(tmp_path / "bayar.xlsx", sheets, figures(500_000, 0, 1, current=500_000))
