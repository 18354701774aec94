"""Round 27 of outside books (hand-kept Excel books; figures worked out on paper as of 22 Nov
2026, default term 30 days). Each read wrong before:

- a card whose title names its customer with no separator ("KARTU PIUTANG PT SINAR JAYA") on a
  sheet of no name ("Sheet1", "Kartu"): the whole book refused, no customer found; and a
  card naming none was refused as holding no customer and amount columns, which it has;
- a card with no invoice-number column whose notes name the invoices ("Penjualan FK-1302",
  "Retur FK-1302"): the return paid the oldest dues, not the invoice it names;
- a payment naming its invoice short ("4502", "F4502" for "F-4502") paid the oldest dues, and
  one naming an invoice its customer does not have ("9999") did so without a word;
- a card's row left out for its date ("31/09/2026") was told twice: its own row, and the
  next Saldo, which differs by just that row.
"""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.reading.layout import title_customer
from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, CARD, FIGURES, _aging, _expect, _xlsx, reads_to


def test_a_cards_title_names_its_customer_without_a_separator(tmp_path: Path) -> None:
    # FK-3401 1M due 20 Oct (33 days), 0.5M of it paid 10 Oct: 0.5M in 31-60; FK-3402 2M due
    # 30 Oct (23 days): 1-30; FK-3403 1.5M due 27 Nov: current. 4M owed by one customer.
    rows = [["KARTU PIUTANG PT SINAR JAYA"], [], CARD,
        [D(2026, 9, 20), "Penjualan", "FK-3401", 1_000_000, None, 1_000_000],
        [D(2026, 9, 30), "Penjualan", "FK-3402", 2_000_000, None, 3_000_000],
        [D(2026, 10, 10), "Bayar", None, None, 500_000, 2_500_000],
        [D(2026, 10, 28), "Penjualan", "FK-3403", 1_500_000, None, 4_000_000]]  # fmt: skip
    owed = _expect(4_000_000, 2_500_000, _aging(current=1_500_000, d1to30=2_000_000,
                                                d31to60=500_000), 1)  # fmt: skip
    for sheet in ("Sheet1", "Kartu", "Kartu Piutang"):
        got = reads_to(tmp_path / "kartu.xlsx", [(sheet, rows)], owed)
        assert list(got["per_customer"]) == ["PT SINAR JAYA"], sheet


def test_a_card_naming_no_customer_is_refused_for_that(tmp_path: Path) -> None:
    # "KARTU PIUTANG" alone over a card on "Sheet1": whose the card is cannot be told.
    rows = [["KARTU PIUTANG"], [], CARD,
        [D(2026, 9, 20), "Penjualan", "FK-3401", 1_000_000, None, 1_000_000]]  # fmt: skip
    path = tmp_path / "kartu.xlsx"
    _xlsx(path, [("Sheet1", rows)])
    batch, got = summarize_files([path], AS_OF)
    assert got["outstanding"] == 0
    assert [e.code for e in batch.errors] == ["no_customer"]
    assert "'Sheet1'" in batch.errors[0].message("id")
    assert "KARTU PIUTANG - TOKO SARI" in batch.errors[0].message("en")


def test_a_cards_title_of_what_or_when_names_no_customer() -> None:
    named = ("KARTU PIUTANG PT SINAR JAYA", "Kartu Hutang Pelanggan Toko Sari",
             "Buku Piutang Bu Mei", "KARTU PIUTANG MEI LING",
             "KARTU PIUTANG - TOKO RINDANG")  # fmt: skip
    assert [title_customer([t]) for t in named] == [
        "PT SINAR JAYA", "Toko Sari", "Bu Mei", "MEI LING", "TOKO RINDANG"]  # fmt: skip
    for title in ("KARTU PIUTANG", "KARTU PIUTANG 2026", "KARTU PIUTANG BULAN NOVEMBER",
                  "KARTU PIUTANG PELANGGAN", "Kartu Hutang Pelanggan", "KARTU PIUTANG USAHA",
                  "Kartu Piutang November 2026", "KARTU PIUTANG PER 30/11/2026",
                  "Kartu Piutang Pelanggan 2026", "KARTU PIUTANG (dalam rupiah)"):  # fmt: skip
        assert title_customer([title]) is None, title


def test_a_cards_credit_pays_the_sale_its_note_names(tmp_path: Path) -> None:
    # Saldo awal 2M due 1 Jul; FK-1301 3M due 9 Sep; the transfer of 2.5M pays the saldo awal
    # and 0.5M of FK-1301: 2.5M left, 74 days late (61-90). FK-1302 1.8M due 11 Nov less the
    # 0.3M its note names: 1.5M, 11 days late (1-30). 4M owed.
    for credit in ("Retur FK-1302", "Bayar FK-1302"):
        rows = [["KARTU PIUTANG - TOKO PURNAMA"], [],
            ["Tanggal", "Keterangan", "Debet", "Kredit", "Saldo"],
            [D(2026, 7, 1), "Saldo awal", 2_000_000, None, 2_000_000],
            [D(2026, 8, 10), "Penjualan FK-1301", 3_000_000, None, 5_000_000],
            [D(2026, 9, 1), "Bayar transfer", None, 2_500_000, 2_500_000],
            [D(2026, 10, 12), "Penjualan FK-1302", 1_800_000, None, 4_300_000],
            [D(2026, 11, 2), credit, None, 300_000, 4_000_000]]  # fmt: skip
        owed = _expect(4_000_000, 4_000_000, _aging(d1to30=1_500_000, d61to90=2_500_000), 1)
        reads_to(tmp_path / "kartu.xlsx", [("Toko Purnama", rows)], owed)


def test_a_word_on_two_sales_notes_names_no_invoice(tmp_path: Path) -> None:
    # "T50" is the goods of both sales: the return pays the oldest. 1M due 1 Oct less 0.4M:
    # 0.6M 52 days late (31-60); 2M due 31 Oct, 22 days late (1-30).
    rows = [["Tanggal", "Keterangan", "Debet", "Kredit", "Saldo"],
        [D(2026, 9, 1), "Semen T50 10 sak", 1_000_000, None, 1_000_000],
        [D(2026, 10, 1), "Semen T50 20 sak", 2_000_000, None, 3_000_000],
        [D(2026, 11, 5), "Retur semen T50", None, 400_000, 2_600_000]]  # fmt: skip
    owed = _expect(2_600_000, 2_600_000, _aging(d1to30=2_000_000, d31to60=600_000), 1)
    reads_to(tmp_path / "kartu.xlsx", [("Toko Sumber", rows)], owed)


def _sales_and_payment(number: str) -> list[tuple[str, list[list[object]]]]:
    return [
        ("Penjualan", [["Tanggal", "No Faktur", "Pelanggan", "Jumlah"],
            [D(2026, 9, 10), "F-4501", "Toko Jambu", 3_000_000],
            [D(2026, 10, 15), "F-4502", "Toko Jambu", 2_000_000]]),
        ("Pembayaran", [["Tanggal", "Pelanggan", "No Faktur", "Jumlah"],
            [D(2026, 10, 30), "Toko Jambu", number, 2_000_000]]),
    ]  # fmt: skip


def test_a_payment_naming_its_invoice_short_pays_it(tmp_path: Path) -> None:
    # F-4502 paid; F-4501 3M due 10 Oct, 43 days late: 31-60.
    for number in ("4502", "F4502", "f 4502"):
        owed = _expect(3_000_000, 3_000_000, _aging(d31to60=3_000_000), 1)
        reads_to(tmp_path / "jambu.xlsx", _sales_and_payment(number), owed)


def test_a_payment_naming_an_invoice_its_customer_lacks_is_told(tmp_path: Path) -> None:
    # The 2M pays the oldest: F-4501 1M left due 10 Oct (31-60), F-4502 2M due 14 Nov, 8 days
    # late (1-30). "9999" and "F-9999" read as the book's invoice numbers: told, on the row;
    # a receipt's own number ("BKM/019124", "KW-0012") is not.
    owed = _expect(3_000_000, 3_000_000, _aging(d1to30=2_000_000, d31to60=1_000_000), 1)
    for number, told in (("9999", True), ("F-9999", True), ("BKM/019124", False),
                         ("KW-0012", False)):  # fmt: skip
        path = tmp_path / "jambu.xlsx"
        _xlsx(path, _sales_and_payment(number))
        batch, got = summarize_files([path], AS_OF)
        assert not batch.errors
        assert {key: got[key] for key in FIGURES} == owed, number
        problems = [(p["sheet"], p["row"], p["code"]) for p in got["problems"]]
        assert problems == ([("Pembayaran", 2, "unmatched-invoice")] if told else []), number


def _card_with_a_day_that_is_not(saldo_after: int) -> list[tuple[str, list[list[object]]]]:
    return [("Kartu", [["KARTU PIUTANG TOKO RINDANG"], [], CARD,
        [D(2026, 9, 20), "Penjualan", "FK-3401", 1_000_000, None, 1_000_000],
        ["31/09/2026", "Penjualan", "FK-3402", 2_000_000, None, 3_000_000],
        [D(2026, 10, 10), "Bayar", None, None, 500_000, saldo_after],
        [D(2026, 10, 28), "Penjualan", "FK-3403", 1_500_000, None, 4_000_000]])]  # fmt: skip


def test_a_row_left_out_for_its_date_is_told_once(tmp_path: Path) -> None:
    # Row 5 (31 September) is left out, told: FK-3401 1M less 0.5M paid, due 20 Oct, 33 days
    # late (31-60); FK-3403 1.5M due 27 Nov. The Saldo of row 6 (2.5M, 0.5M read) differs by
    # row 5's 2M alone: the same cause, not told again. Written 2.4M, it differs by more: told.
    owed = _expect(2_000_000, 500_000, _aging(current=1_500_000, d31to60=500_000), 1)
    for saldo, told in ((2_500_000, []), (2_400_000, [(6, "check-mismatch")])):
        path = tmp_path / "kartu.xlsx"
        _xlsx(path, _card_with_a_day_that_is_not(saldo))
        batch, got = summarize_files([path], AS_OF)
        assert not batch.errors
        assert {key: got[key] for key in FIGURES} == owed
        problems = [(p["row"], p["code"]) for p in got["problems"]]
        assert problems == [(5, "invalid-date"), *told]


def test_customers_known_by_number_are_named_so(tmp_path: Path) -> None:
    # 300 cards "KARTU PIUTANG PELANGGAN 001" on sheets "Pelanggan 001": read as customers
    # "001" before, refused as naming no customer by this round's title rule (the message
    # listing all 300 sheets). Two here: 1M - 0.4M due 31 Oct (22 days) and 0.5M due 10 Dec
    # each; 1.1M owed by each of two customers.
    def card(n: str) -> tuple[str, list[list[object]]]:
        return f"Pelanggan {n}", [[f"KARTU PIUTANG PELANGGAN {n}"], [],
            ["Tanggal", "Keterangan", "Debet", "Kredit", "Saldo"],
            [D(2026, 10, 1), "Penjualan", 1_000_000, None, 1_000_000],
            [D(2026, 10, 20), "Bayar", None, 400_000, 600_000],
            [D(2026, 11, 10), "Penjualan", 500_000, None, 1_100_000]]  # fmt: skip

    owed = _expect(2_200_000, 1_200_000, _aging(current=1_000_000, d1to30=1_200_000), 2)
    got = reads_to(tmp_path / "kartu.xlsx", [card("001"), card("002")], owed)
    assert sorted(got["per_customer"]) == ["PELANGGAN 001", "PELANGGAN 002"]
    assert title_customer(["Kartu Piutang Pelanggan 2026"]) is None  # a year, not a number
    # A refusal naming the sheets names the first three, and how many more.
    path = tmp_path / "tanpa_nama.xlsx"
    blank = [["KARTU PIUTANG"], [], CARD,
        [D(2026, 9, 20), "Penjualan", "FK-1", 1_000_000, None, 1_000_000]]  # fmt: skip
    _xlsx(path, [(f"Sheet{k}", blank) for k in range(1, 6)])
    batch, _ = summarize_files([path], AS_OF)
    assert "'Sheet1', 'Sheet2', 'Sheet3', … (+2)" in batch.errors[0].message("id")
