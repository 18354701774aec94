"""Outside books (round 30, figures worked out on paper as of 22 Nov 2026, default term 30
days) that read silently wrong, and the books beside them that must read as they did:

- "1.250rb" (a thousands dot before "rb") was read as 1,250 rupiah, not 1,250,000;
- a payment naming its invoice short ("4502" or "INV 4502" for "INV/2026/4502", "NT 47" for
  "NT-0047", "Pelunasan inv 4502" in a note) paid the customer's oldest dues instead;
- a status of "sudah", "sdh bayar" or "beres" was owed, "Blm Lunas" paid, and a word read
  neither way ("ok"), or "Cicil" with no figure of what was paid, was counted without a word."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path
from typing import Any

from tests.test_books_by_hand import _aging, _expect, read_book, reads_to

NOTA = ["Tanggal", "No Nota", "Pelanggan", "Jumlah", "Keterangan"]


def test_thousands_written_grouped_before_rb_are_thousands(tmp_path: Path) -> None:
    # N-1 Budi 1,250,000 due 1 Dec (current); N-2 Sari "1,25 jt" = 1,250,000 and N-3 Budi
    # 750,000 due 9 Nov, 13 days late (1-30); N-4 Sari "1.250rb" = 1,250,000 due 1 Oct, 52
    # days late (31-60), less her return of 250,000 = 1,000,000. 4,250,000 in all, overdue
    # 3,000,000. It read N-4 as 1,250 rupiah, the return spilling 248,750 onto N-2.
    sheets = [("Sheet1", [NOTA,
        [D(2026, 11, 1), "N-1", "Toko Budi", "Rp 1.250.000,-", None],
        [D(2026, 10, 10), "N-2", "Warung Sari", "1,25 jt", None],
        [D(2026, 10, 10), "N-3", "Toko Budi", "750rb", None],
        [D(2026, 9, 1), "N-4", "Warung Sari", "1.250rb", None],
        [D(2026, 11, 5), "R-1", "Warung Sari", "(250.000)", "retur 5 dus"]])]  # fmt: skip
    aging = _aging(current=1_250_000, d1to30=2_000_000, d31to60=1_000_000)
    reads_to(tmp_path / "rb.xlsx", sheets, _expect(4_250_000, 3_000_000, aging, 2))


def test_a_thousand_with_a_decimal_before_rb_stays_a_decimal(tmp_path: Path) -> None:
    # "1.250 ribu" = 1,250,000 and "2.500 rb" = 2,500,000 due 1 Dec (current); "1,5rb" =
    # 1,500 and "1.250 jt" = 1,250,000 (a decimal before a million) due 9 Nov (1-30).
    sheets = [("Sheet1", [["Tanggal", "Pelanggan", "Jumlah"],
        [D(2026, 11, 1), "Toko Budi", "1.250 ribu"],
        [D(2026, 11, 1), "Warung Sari", "2.500 rb"],
        [D(2026, 10, 10), "Toko Budi", "1,5rb"],
        [D(2026, 10, 10), "Warung Sari", "1.250 jt"]])]  # fmt: skip
    aging = _aging(current=3_750_000, d1to30=1_251_500)
    reads_to(tmp_path / "ribu.xlsx", sheets, _expect(5_001_500, 1_251_500, aging, 2))


SALES = ["Tanggal", "No Faktur", "Pelanggan", "Total"]


def _sales(numbers: list[str]) -> tuple[str, list[list[object]]]:
    """Budi's first two invoices (1 Jun 1,000,000; 1 Sep 2,000,000), Sari's next two (10 Oct
    1,500,000; 1 Nov 800,000), numbered ``numbers``."""
    return ("Penjualan", [SALES,
        [D(2026, 6, 1), numbers[0], "Toko Budi", 1_000_000],
        [D(2026, 9, 1), numbers[1], "Toko Budi", 2_000_000],
        [D(2026, 10, 10), numbers[2], "Warung Sari", 1_500_000],
        [D(2026, 11, 1), numbers[3], "Warung Sari", 800_000]])  # fmt: skip


# Budi pays his second, Sari her second: left Budi's first 1,000,000 due 1 Jul, 144 days late
# (90+), and Sari's first 1,500,000 due 9 Nov, 13 days late (1-30). Paid oldest first it read
# Budi's second 1,000,000 (31-60), Sari's first 700,000 (1-30) and second 800,000 (current).
NAMED = _expect(2_500_000, 2_500_000, _aging(d1to30=1_500_000, over90=1_000_000), 2)
YEARS = ["INV/2026/4501", "INV/2026/4502", "INV/2026/4503", "INV/2026/4504"]


def test_a_payment_naming_an_invoice_with_a_year_by_its_serial_pays_it(tmp_path: Path) -> None:
    pay = ["Tanggal", "No Faktur", "Pelanggan", "Jumlah"]
    for numbers, named in (
        (YEARS, ("4502", "4504")),
        (YEARS, ("INV 4502", "inv-4504")),
        (["2026-4501", "2026-4502", "2026-4503", "2026-4504"], ("4502", "4504")),
        (["NT-0044", "NT-0045", "NT-0046", "NT-0047"], ("45", "NT 47")),
        (["NT-0044", "NT-0045", "NT-0046", "NT-0047"], ("NT45", "nt-47")),
    ):
        sheets = [_sales(numbers), ("Pembayaran", [pay,
            [D(2026, 11, 15), named[0], "Toko Budi", 2_000_000],
            [D(2026, 11, 15), named[1], "Warung Sari", 800_000]])]  # fmt: skip
        reads_to(tmp_path / "short.xlsx", sheets, NAMED)


def test_a_note_naming_an_invoice_short_pays_it(tmp_path: Path) -> None:
    # A receipt's own number, the invoice in the note after a word for one.
    pay = ["Tanggal", "No BKM", "Pelanggan", "Jumlah", "Keterangan"]
    for numbers in (YEARS, ["INV-4501", "INV-4502", "INV-4503", "INV-4504"]):
        sheets = [_sales(numbers), ("Pembayaran", [pay,
            [D(2026, 11, 15), "BKM-0031", "Toko Budi", 2_000_000, "Pelunasan inv 4502"],
            [D(2026, 11, 15), "BKM-0032", "Warung Sari", 800_000, "byr faktur 4504"]])]  # fmt: skip
        reads_to(tmp_path / "note.xlsx", sheets, NAMED)


def _problems(payload: dict[str, Any]) -> list[tuple[str, int, str]]:
    """Each problem of a summary as its sheet, row and code."""
    return [(p["sheet"], p["row"], p["code"]) for p in payload["problems"]]


def test_a_serial_two_of_the_customers_invoices_end_in_is_told_not_guessed(
    tmp_path: Path,
) -> None:
    # Budi's INV/2025/4502 (15 Dec 2025, 1,000,000) and INV/2026/4502 (1 Sep, 2,000,000):
    # "4502" could be either. Paid oldest first: the 2025 one, and 1,000,000 of the 2026 one,
    # whose 1,000,000 left is due 1 Oct, 52 days late (31-60). Told on the row.
    sheets = [("Penjualan", [SALES,
        [D(2025, 12, 15), "INV/2025/4502", "Toko Budi", 1_000_000],
        [D(2026, 9, 1), "INV/2026/4502", "Toko Budi", 2_000_000]]),
        ("Pembayaran", [["Tanggal", "No Faktur", "Pelanggan", "Jumlah"],
        [D(2026, 11, 15), "4502", "Toko Budi", 2_000_000]])]  # fmt: skip
    payload = read_book(tmp_path / "two.xlsx", sheets)
    assert (payload["outstanding"], payload["aging"]) == (1_000_000, _aging(d31to60=1_000_000))
    assert _problems(payload) == [("Pembayaran", 2, "ambiguous-invoice")]
    # Named with its year, it pays that one: 2025's 1,000,000 due 14 Jan is 312 days late.
    sheets[1][1][1][1] = "2026/4502"
    payload = read_book(tmp_path / "year.xlsx", sheets)
    assert (payload["outstanding"], payload["aging"]) == (1_000_000, _aging(over90=1_000_000))
    assert not payload["problems"]


def test_a_serial_of_another_customers_invoice_or_year_pays_the_oldest(tmp_path: Path) -> None:
    # Budi names "4503", Sari's: not his. His 1,000,000 pays his oldest, INV/2026/4501; left
    # his INV/2026/4502 2,000,000 due 1 Oct (31-60) and Sari's 1,500,000 due 9 Nov and 800,000
    # due 1 Dec (1-30, current). Told as naming an invoice he does not have.
    pay = ["Tanggal", "No Faktur", "Pelanggan", "Jumlah"]
    for named in ("4503", "2025/4502"):  # another year's is not this year's either
        sheets = [_sales(YEARS), ("Pembayaran", [pay,
            [D(2026, 11, 15), named, "Toko Budi", 1_000_000]])]  # fmt: skip
        payload = read_book(tmp_path / "other.xlsx", sheets)
        aging = _aging(current=800_000, d1to30=1_500_000, d31to60=2_000_000)
        assert (payload["outstanding"], payload["aging"]) == (4_300_000, aging), named
        assert _problems(payload) == [("Pembayaran", 2, "unmatched-invoice")], named


def test_a_notes_other_number_names_no_invoice(tmp_path: Path) -> None:
    # A bank's reference after "no" is no invoice of Budi's: his 2,000,000 pays his oldest
    # first, 1,000,000 of INV/2026/4501 and 1,000,000 of INV/2026/4502, whose 1,000,000 left
    # is due 1 Oct (31-60); Sari's 1,500,000 (1-30) and 800,000 (current) owed. Not told.
    pay = ["Tanggal", "No BKM", "Pelanggan", "Jumlah", "Keterangan"]
    sheets = [_sales(YEARS), ("Pembayaran", [pay,
        [D(2026, 11, 15), "BKM-0031", "Toko Budi", 2_000_000, "Trf BCA no 123456"]])]  # fmt: skip
    aging = _aging(current=800_000, d1to30=1_500_000, d31to60=1_000_000)
    reads_to(tmp_path / "bank.xlsx", sheets, _expect(3_300_000, 2_500_000, aging, 2))


BON = ["Tanggal", "Nama", "Bon", "Status"]


def _bon(status: object, name: str = "Pak Min") -> list[tuple[str, list[list[object]]]]:
    """A bon book: Agus's 50,000 Lunas and 35,000 (10 Oct) open, ``name``'s 60,000 of 10 Oct
    of ``status`` and 20,000 of 1 Nov open, Tini's 15,000 of 1 Nov "belum"."""
    return [("Sheet1", [["CATATAN BON"], BON,
        [D(2026, 9, 1), "Mas Agus", 50_000, "Lunas"],
        [D(2026, 10, 10), "Mas Agus", 35_000, None],
        [D(2026, 10, 10), name, 60_000, status],
        [D(2026, 11, 1), name, 20_000, None],
        [D(2026, 11, 1), "Bu Tini", 15_000, "belum"]])]  # fmt: skip


# Paid: Agus's 35,000 due 9 Nov, 13 days late (1-30); Min's 20,000 and Tini's 15,000 due 1 Dec
# (current). Owed: Min's 60,000 due 9 Nov is owed too (1-30).
BON_PAID = _expect(70_000, 35_000, _aging(current=35_000, d1to30=35_000), 3)
BON_OWED = _expect(130_000, 95_000, _aging(current=35_000, d1to30=95_000), 3)


def test_a_status_of_a_short_word_for_paid_is_paid(tmp_path: Path) -> None:
    # "sudah", "sdh bayar", "beres" read 130,000: Min's 60,000 owed, silently.
    for status in ("sudah", "Sudah", "SDH", "sdh bayar", "Sdh byr", "udah", "beres", "Sudah."):
        reads_to(tmp_path / "bon.xlsx", _bon(status), BON_PAID)


def test_a_short_word_for_not_paid_is_owed(tmp_path: Path) -> None:
    # "blm lunas" read as paid ("lunas" in it), silently; "belum sdh", "belum beres" owed.
    for status in ("blm lunas", "Blm Lunas", "belum sdh", "belum beres", "Tempo", "Terkirim"):
        reads_to(tmp_path / "bon.xlsx", _bon(status), BON_OWED)


def test_a_customer_named_with_a_word_for_paid_still_owes(tmp_path: Path) -> None:
    # Toko Beres's 60,000 (status "Belum") and 20,000 owed, as Min's were.
    reads_to(tmp_path / "beres.xlsx", _bon("Belum", name="Toko Beres"), BON_OWED)


def test_a_status_of_a_word_read_neither_way_is_told(tmp_path: Path) -> None:
    # "ok", "xyz", "Dicek": the row counts as owed (130,000), and the owner is told which row
    # and which word, where it read owed without a word. ("Terkirim", an invoice sent, is owed.)
    for status in ("ok", "xyz", "Dicek", "v"):
        payload = read_book(tmp_path / "ok.xlsx", _bon(status))
        assert payload["outstanding"] == 130_000, status
        assert _problems(payload) == [("Sheet1", 5, "unread-status")], status
        assert f"'{status}'" in payload["problems"][0]["message"]


def test_a_note_or_a_yes_column_is_not_told_for_its_words(tmp_path: Path) -> None:
    # A sentence in a Status column is no status; a column asking "Lunas?" reads "ok" as yes:
    # paid. (A "Ket" column of notes is not told either; one written as a status, "Lunas",
    # "ok", "belum", is, as "Status" is: tests/test_books_outside_thirtyeighth.py.)
    for header, status, owed in (("Status", "ambil besok pagi", BON_OWED),
                                 ("Lunas?", "ok", BON_PAID)):  # fmt: skip
        sheets = _bon(status)
        sheets[0][1][1] = ["Tanggal", "Nama", "Bon", header]
        if header == "Lunas?":
            sheets[0][1][6][3] = "tidak"  # Tini's "belum" as the column says no
        reads_to(tmp_path / "ket.xlsx", sheets, owed)


R04 = ["Tanggal", "Pelanggan", "Jumlah", "Status"]


def test_a_status_of_part_paid_with_no_figure_is_told(tmp_path: Path) -> None:
    # How much of Budi's 1,000,000 and Sari's 800,000 was paid is not written: each counts in
    # full (1,000,000 current, 800,000 1-30, Makmur's 300,000 due 31 Aug, 83 days late, 61-90)
    # and each is told, where it read 2,100,000 without a word.
    sheets = [("Sheet1", [R04,
        [D(2026, 11, 1), "Toko Budi", 1_000_000, "Cicil"],
        [D(2026, 10, 10), "Warung Sari", 800_000, "Sebagian"],
        [D(2026, 8, 1), "CV Makmur", 300_000, "Belum"]])]  # fmt: skip
    payload = read_book(tmp_path / "cicil.xlsx", sheets)
    assert payload["outstanding"] == 2_100_000
    assert _problems(payload) == [
        ("Sheet1", 2, "part-paid-status"),
        ("Sheet1", 3, "part-paid-status"),
    ]


def test_a_part_paid_status_beside_what_was_paid_is_not_told(tmp_path: Path) -> None:
    # A Dibayar figure says how much: Budi owes 600,000 (current), Sari 500,000 (1-30).
    sheets = [("Sheet1", [[*R04, "Dibayar"],
        [D(2026, 11, 1), "Toko Budi", 1_000_000, "Cicil", 400_000],
        [D(2026, 10, 10), "Warung Sari", 800_000, "Sebagian", 300_000]])]  # fmt: skip
    reads_to(tmp_path / "dibayar.xlsx", sheets, _expect(1_100_000, 500_000,
             _aging(current=600_000, d1to30=500_000), 2))  # fmt: skip
    # A payments sheet pays Budi 400,000: the part his "Cicil" says; Sari's 800,000 is owed.
    sheets = [("Nota", [R04,
        [D(2026, 11, 1), "Toko Budi", 1_000_000, "Cicil"],
        [D(2026, 10, 10), "Warung Sari", 800_000, "Belum"]]),
        ("Pembayaran", [["Tanggal", "Pelanggan", "Jumlah"],
        [D(2026, 11, 10), "Toko Budi", 400_000]])]  # fmt: skip
    reads_to(tmp_path / "bayar.xlsx", sheets, _expect(1_400_000, 800_000,
             _aging(current=600_000, d1to30=800_000), 2))  # fmt: skip
