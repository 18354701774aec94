"""An outside tester's twenty-second round (figures worked out on paper as of 22 Nov 2026,
default term 30 days): shapes real owners make that read wrong before, each silently or aged
wrong."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, FIGURES, _xlsx, figures, reads_to

NOTA = ["No Nota", "Tanggal", "Pelanggan", "Barang", "Jumlah"]


def test_nota_numbers_starting_again_each_month_are_each_months_sales(tmp_path: Path) -> None:
    # Each month's sheet numbers its notas from 1: Mas Yono's nota 1 of October (2 Oct, due
    # 1 Nov: 21 days late) and of November (3 Nov, not due) are two debts of 150,000, not a copy
    # (650,000 read where 800,000 is owed); Bu Tin 200,000 due 8 Nov (14 days), Pak Ali 300,000
    # not due. Nota 2 of each month is no number used again.
    october = [NOTA, [1, D(2026, 10, 2), "Mas Yono", "Gas 3kg x 6", 150_000],
               [2, D(2026, 10, 9), "Bu Tin", "Beras 15kg", 200_000]]  # fmt: skip
    november = [NOTA, [1, D(2026, 11, 3), "Mas Yono", "Gas 3kg x 6", 150_000],
                [2, D(2026, 11, 10), "Pak Ali", "Semen 5 sak", 300_000]]  # fmt: skip
    expected = figures(800_000, 350_000, 3, current=450_000, d1to30=350_000)
    reads_to(tmp_path / "nota.xlsx", [("Okt", october), ("Nov", november)], expected)


def test_an_open_nota_listed_again_next_month_with_its_date_is_one_nota(tmp_path: Path) -> None:
    # November lists October's open nota 2 again with its own date (Bu Tin paid 50,000 of it:
    # 150,000 left, "sisa Okt"): one nota, 150,000 due 8 Nov. Mas Yono 150,000 due 1 Nov and
    # 150,000 not due; Pak Ali 300,000 not due. 750,000; overdue 300,000.
    head = [*NOTA, "Bayar", "Ket"]
    october = [head, [1, D(2026, 10, 2), "Mas Yono", "Gas", 150_000, 0, None],
               [2, D(2026, 10, 9), "Bu Tin", "Beras", 200_000, 50_000, None]]  # fmt: skip
    november = [head, [1, D(2026, 11, 3), "Mas Yono", "Gas", 150_000, 0, None],
                [2, D(2026, 10, 9), "Bu Tin", "Beras", 150_000, 0, "sisa Okt"],
                [3, D(2026, 11, 10), "Pak Ali", "Semen", 300_000, 0, None]]  # fmt: skip
    expected = figures(750_000, 300_000, 3, current=450_000, d1to30=300_000)
    reads_to(tmp_path / "nota.xlsx", [("Okt", october), ("Nov", november)], expected)


def test_a_nota_listed_on_two_month_sheets_with_one_date_counts_once(tmp_path: Path) -> None:
    # The same nota 1 (same date, customer, amount) on both sheets is one invoice: 150,000 due
    # 1 Nov; Pak Ali's nota 2 300,000 not due.
    october = [NOTA, [1, D(2026, 10, 2), "Mas Yono", "Gas", 150_000]]
    november = [NOTA, [1, D(2026, 10, 2), "Mas Yono", "Gas", 150_000],
                [2, D(2026, 11, 10), "Pak Ali", "Semen", 300_000]]  # fmt: skip
    expected = figures(450_000, 150_000, 2, current=300_000, d1to30=150_000)
    reads_to(tmp_path / "nota.xlsx", [("Okt", october), ("Nov", november)], expected)


FAKTUR = ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"]
RAHMAT = [FAKTUR, ["FK-10", D(2026, 9, 5), "Toko Rahmat", 1_000_000],
          ["FK-12", D(2026, 10, 2), "Toko Rahmat", 1_500_000],
          ["FK-13", D(2026, 10, 9), "Toko Rahmat", 700_000],
          ["FK-14", D(2026, 11, 4), "Toko Rahmat", 900_000]]  # fmt: skip


@pytest.mark.parametrize("named", ["FK-12, 13", "FK-12 & 13", "FK-12/13", "FK-12 dan 13"])
def test_a_payment_naming_two_invoices_the_second_without_its_prefix(
    tmp_path: Path, named: str
) -> None:
    # "FK-12, 13" pays FK-12 (1,500,000) and FK-13 (700,000): FK-10 1,000,000 due 5 Oct stays
    # open (48 days late), FK-14 900,000 not due. Before, the 2,200,000 paid the oldest first:
    # FK-10 read as paid, the right total aged wrong.
    paid = [["Tanggal", "No Faktur", "Pelanggan", "Jumlah"],
            [D(2026, 11, 10), named, "Toko Rahmat", 2_200_000]]  # fmt: skip
    expected = figures(1_900_000, 1_000_000, 1, current=900_000, d31to60=1_000_000)
    reads_to(tmp_path / "bayar.xlsx", [("Faktur", RAHMAT), ("Pembayaran", paid)], expected)


def test_a_slash_inside_an_invoice_number_parts_nothing(tmp_path: Path) -> None:
    # "INV/10/016" is no invoice of the book: it names no "INV", "10" and "016", though an
    # invoice "10" is listed; its 300,000 pays Toko Rahmat's oldest (FK-10).
    book = [*RAHMAT, ["10", D(2026, 11, 5), "Toko Rahmat", 100_000]]
    paid = [["Tanggal", "No Faktur", "Pelanggan", "Jumlah"],
            [D(2026, 11, 10), "INV/10/016", "Toko Rahmat", 300_000]]  # fmt: skip
    # FK-10 700,000 left (31-60); FK-12 1,500,000 due 1 Nov (21 days), FK-13 700,000 due 8 Nov
    # (14 days); FK-14 900,000 and "10" 100,000 not due.
    expected = figures(3_900_000, 2_900_000, 1, current=1_000_000, d1to30=2_200_000,
                       d31to60=700_000)  # fmt: skip
    reads_to(tmp_path / "bayar.xlsx", [("Faktur", book), ("Pembayaran", paid)], expected)


BON = ["No", "Tanggal", "Pelanggan", "Barang", "Jumlah", "Bayar"]


@pytest.mark.parametrize(
    ("date_mark", "name_mark"), [('"', "idem"), ("〃", "s.d.a"), (" '' ", "Sda")]
)
def test_ditto_marks_under_a_date_or_a_name_are_the_row_above(
    tmp_path: Path, date_mark: str, name_mark: str
) -> None:
    # A bon book typed from paper: a ditto mark is the cell above it. Pak Darto 10 Sep 650,000
    # and (ditto) 900,000, due 10 Oct (43 days late); Bu Sumi paid; Toko Cahaya (ditto 5 Oct)
    # 1,200,000 less 200,000 due 4 Nov (18 days); 2 Nov 150,000 and (ditto, ditto) 100,000 not
    # due. Before, the ditto rows were left out as invalid dates: 800,000 where 2,800,000 is owed.
    book = [["BUKU BON TOKO BANGUNAN SINAR"], [], BON,
            [1, D(2026, 9, 10), "Pak Darto", "Semen 10 sak", 650_000, 0],
            [2, date_mark, date_mark, "Pasir 1 rit", 900_000, 0],
            [3, D(2026, 10, 5), "Bu Sumi", "Cat tembok", 450_000, 450_000],
            [4, date_mark, "Toko Cahaya", "Besi 10mm", 1_200_000, 200_000],
            [5, D(2026, 11, 2), "Toko Cahaya", "Paku 5 kg", 150_000, 0],
            [6, date_mark, name_mark, "Kawat bendrat", 100_000, 0]]  # fmt: skip
    expected = figures(2_800_000, 2_550_000, 2, current=250_000, d1to30=1_000_000,
                       d31to60=1_550_000)  # fmt: skip
    reads_to(tmp_path / "bon.xlsx", [("Bon", book)], expected)


def test_a_ditto_mark_with_nothing_above_it_is_told(tmp_path: Path) -> None:
    # The first row's date is a ditto mark under the header: no date to copy, a row to tell.
    book = [BON, [1, '"', "Pak Darto", "Semen", 650_000, 0],
            [2, D(2026, 11, 2), "Bu Sumi", "Cat", 450_000, 0]]  # fmt: skip
    path = tmp_path / "bon.xlsx"
    _xlsx(path, [("Bon", book)])
    _, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 450_000
    assert [p["code"] for p in payload["problems"]] == ["invalid-date"]


def test_item_lines_with_quantity_and_unit_price_and_no_line_total(tmp_path: Path) -> None:
    # Each line owes Qty x Harga Satuan: Pak Yos 10 x 65,000 = 650,000 (20 Sep, due 20 Oct: 33
    # days late) and 20 x 80,000 = 1,600,000 less 600,000 paid (5 Oct, due 4 Nov: 18 days);
    # Bu Nanik 15 x 120,000 = 1,800,000 not due. Before, the sheet was read as a payments list
    # (its one figure "Bayar"): Rp 0 where 3,450,000 is owed.
    book = [["Tanggal", "Pelanggan", "Nama Barang", "Qty", "Harga Satuan", "Bayar"],
            [D(2026, 9, 20), "Pak Yos", "Semen 50kg", 10, 65_000, 0],
            [D(2026, 10, 5), "Pak Yos", "Besi 10mm", 20, 80_000, 600_000],
            [D(2026, 11, 2), "Bu Nanik", "Keramik 40x40", 15, 120_000, 0]]  # fmt: skip
    expected = figures(3_450_000, 1_650_000, 2, current=1_800_000, d1to30=1_000_000,
                       d31to60=650_000)  # fmt: skip
    reads_to(tmp_path / "bon.xlsx", [("Bon", book)], expected)


def test_item_lines_in_a_csv_with_prices_as_text(tmp_path: Path) -> None:
    # The same lines typed in a CSV: "65.000" is 65,000 rupiah, the quantity digits.
    path = tmp_path / "bon.csv"
    path.write_text(
        "Tanggal;Pelanggan;Nama Barang;Qty;Harga Satuan;Bayar\n"
        "20/09/2026;Pak Yos;Semen 50kg;10;65.000;0\n"
        "05/10/2026;Pak Yos;Besi 10mm;20;80.000;600.000\n"
        "02/11/2026;Bu Nanik;Keramik 40x40;15;120.000;0\n",
        encoding="utf-8",
    )
    _, payload = summarize_files([path], AS_OF)
    assert {k: payload[k] for k in FIGURES} == figures(
        3_450_000, 1_650_000, 2, current=1_800_000, d1to30=1_000_000, d31to60=650_000
    )


@pytest.mark.parametrize("note", ["Pelunasan FK-12, 13", "tf FK-12 & 13", "lunas FK-12/13"])
def test_a_payments_note_naming_two_invoices_the_second_without_its_prefix(
    tmp_path: Path, note: str
) -> None:
    # The note names FK-12 and FK-13: the 2,200,000 pays both, FK-10 stays open (48 days
    # late). Before, it paid FK-12 alone and its 700,000 over went to FK-10, the oldest.
    paid = [["Tanggal", "Pelanggan", "Jumlah", "Keterangan"],
            [D(2026, 11, 10), "Toko Rahmat", 2_200_000, note]]  # fmt: skip
    expected = figures(1_900_000, 1_000_000, 1, current=900_000, d31to60=1_000_000)
    reads_to(tmp_path / "bayar.xlsx", [("Faktur", RAHMAT), ("Pembayaran", paid)], expected)


def test_a_rest_carried_to_next_months_sheet_on_its_own_date_is_one_nota(tmp_path: Path) -> None:
    # Each month numbers from 1; November lists October's nota 2 again on 1 Nov with what was
    # left (Bu Tin paid 50,000 of 200,000: "sisa Okt" 150,000): one nota, 150,000 due 8 Nov
    # (14 days late). Mas Yono 150,000 due 1 Nov (21 days) and his November nota 1 not due; Pak
    # Ali 300,000 not due. 750,000; overdue 300,000.
    head = [*NOTA, "Bayar", "Ket"]
    october = [head, [1, D(2026, 10, 2), "Mas Yono", "Gas", 150_000, 0, None],
               [2, D(2026, 10, 9), "Bu Tin", "Beras", 200_000, 50_000, None]]  # fmt: skip
    november = [head, [1, D(2026, 11, 3), "Mas Yono", "Gas", 150_000, 0, None],
                [2, D(2026, 11, 1), "Bu Tin", "Beras", 150_000, 0, "sisa Okt"],
                [3, D(2026, 11, 10), "Pak Ali", "Semen", 300_000, 0, None]]  # fmt: skip
    expected = figures(750_000, 300_000, 3, current=450_000, d1to30=300_000)
    reads_to(tmp_path / "nota.xlsx", [("Okt", october), ("Nov", november)], expected)
