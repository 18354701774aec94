"""Leftovers of the last session, each book written by hand with its figures worked out on
paper as of 22 Nov 2026 (default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.reading.problems import LedgerReadError
from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _xlsx, figures, reads_to

DAY_BOOK = ["Tanggal", "Tunai", "QRIS", "Bon", "Total"]
# A warung's day book kept a sheet per customer, no customer column: only the part on the tab
# is owed. Bu Ani 100k (1 Nov, due 1 Dec) + 200k (10 Oct, due 9 Nov, 13 days late); Pak Dedi
# 300k (1 Nov) and a sale paid in cash. It read 630,000: Total less Tunai (QRIS left owed).
BU_ANI = [DAY_BOOK, [D(2026, 11, 1), 50_000, 0, 100_000, 150_000],
          [D(2026, 10, 10), 20_000, 30_000, 200_000, 250_000]]  # fmt: skip
PAK_DEDI = [DAY_BOOK, [D(2026, 11, 1), 0, 0, 300_000, 300_000],
            [D(2026, 11, 15), 75_000, 0, 0, 75_000]]  # fmt: skip


def test_a_day_book_kept_a_sheet_per_customer_owes_its_tab_alone(tmp_path: Path) -> None:
    expected = figures(600_000, 200_000, 2, current=400_000, d1to30=200_000)
    reads_to(tmp_path / "bon.xlsx", [("Bu Ani", BU_ANI), ("Pak Dedi", PAK_DEDI)], expected)


def test_a_day_book_under_a_title_naming_the_customer(tmp_path: Path) -> None:
    titled = [["Nama Pelanggan : Bu Ani"], [], *BU_ANI]
    expected = figures(300_000, 200_000, 1, current=100_000, d1to30=200_000)
    reads_to(tmp_path / "bon.xlsx", [("Sheet1", titled)], expected)


def test_a_shops_own_day_book_names_no_customer_and_is_refused(tmp_path: Path) -> None:
    # The same columns on a sheet named for its month: whose tab it is, nothing says.
    path = tmp_path / "harian.xlsx"
    _xlsx(path, [("November", BU_ANI)])
    batch, _ = summarize_files([path], AS_OF)
    assert [type(e) for e in batch.errors] == [LedgerReadError]
    assert "November" in str(batch.errors[0])


def test_a_kredit_on_a_sheet_per_customer_is_no_tab_without_a_customer_column(
    tmp_path: Path,
) -> None:
    # "Tunai | QRIS | Kredit | Total" with no customer column may be a till's credit card:
    # not read as the part on the tab, and with nothing else owed the file is refused.
    till = [["Tanggal", "Tunai", "QRIS", "Kredit", "Total"], *BU_ANI[1:]]
    path = tmp_path / "kasir.xlsx"
    _xlsx(path, [("Bu Ani", till)])
    batch, payload = summarize_files([path], AS_OF)
    assert [type(e) for e in batch.errors] == [LedgerReadError]
    assert payload["outstanding"] == 0


# A shop's sales book a line per item: "Jumlah" is how many were sold, "Harga" each one's price
# and no line total. It read the counts as rupiah: Rp 16 owed in all, without a word.
# Toko Budi 10 x 65,000 + 50,000 freight = 700,000 (1 Nov, due 1 Dec); Warung Sari 4 x 120,000
# = 480,000 (10 Oct, 13 days late); Toko Budi 2 x 300,000 + 25,000 = 625,000 (1 Sep, 52 days).
ITEMS = ["Tanggal", "Pelanggan", "Barang", "Jumlah", "Harga", "Ongkir"]
ITEM_ROWS = [
    [D(2026, 11, 1), "Toko Budi", "Semen", 10, 65_000, 50_000],
    [D(2026, 10, 10), "Warung Sari", "Cat", 4, 120_000, 0],
    [D(2026, 9, 1), "Toko Budi", "Pasir", 2, 300_000, 25_000],
]


def test_a_jumlah_of_counts_beside_a_price_is_the_quantity(tmp_path: Path) -> None:
    expected = figures(1_805_000, 1_105_000, 2, current=700_000, d1to30=480_000,
                       d31to60=625_000)  # fmt: skip
    reads_to(tmp_path / "jual.xlsx", [("Penjualan", [ITEMS, *ITEM_ROWS])], expected)


def test_without_freight_the_line_is_count_times_price(tmp_path: Path) -> None:
    rows = [[*ITEMS[:5]], *[row[:5] for row in ITEM_ROWS]]
    expected = figures(1_730_000, 1_080_000, 2, current=650_000, d1to30=480_000,
                       d31to60=600_000)  # fmt: skip
    reads_to(tmp_path / "jual.xlsx", [("Penjualan", rows)], expected)


def test_a_freight_beside_qty_and_unit_price_is_no_amount_of_its_own(tmp_path: Path) -> None:
    # "Qty | Harga Satuan | Ongkir": Ongkir was read as the whole amount (75,000 in all).
    header = ["Tanggal", "Pelanggan", "Barang", "Qty", "Harga Satuan", "Ongkir"]
    expected = figures(1_805_000, 1_105_000, 2, current=700_000, d1to30=480_000,
                       d31to60=625_000)  # fmt: skip
    reads_to(tmp_path / "jual.xlsx", [("Penjualan", [header, *ITEM_ROWS])], expected)


def test_a_jumlah_that_is_an_amount_beside_a_price_stays_the_amount(tmp_path: Path) -> None:
    # "Barang | Harga | Jumlah" where Jumlah is the line's rupiah: figures of money, read as is.
    header = ["Tanggal", "Pelanggan", "Barang", "Harga", "Jumlah"]
    rows = [[D(2026, 11, 1), "Toko Budi", "Semen", 65_000, 650_000],
            [D(2026, 10, 10), "Warung Sari", "Cat", 120_000, 480_000]]  # fmt: skip
    expected = figures(1_130_000, 480_000, 2, current=650_000, d1to30=480_000)
    reads_to(tmp_path / "jual.xlsx", [("Penjualan", [header, *rows])], expected)


def test_counts_of_goods_with_no_price_are_refused_not_summed(tmp_path: Path) -> None:
    # No price to multiply by: Rp 14 would be no figure of the book.
    rows = [ITEMS[:4], *[row[:4] for row in ITEM_ROWS[:2]]]
    path = tmp_path / "jual.xlsx"
    _xlsx(path, [("Penjualan", rows)])
    batch, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 0
    assert len(batch.errors) == 1 and "'Jumlah'" in str(batch.errors[0])
    assert "banyaknya barang" in str(batch.errors[0])


def test_amounts_of_sen_alone_are_no_rupiah(tmp_path: Path) -> None:
    # "1,5", "2,25", "0,75" with no unit read as Rp 3,75 (a figure with sen, silently): they
    # are millions or thousands written short. Every row unread: the sheet is refused.
    rows = [["Tanggal", "Pelanggan", "Jumlah"], [D(2026, 11, 1), "Budi", "1,5"],
            [D(2026, 10, 10), "Sari", 2.25], [D(2026, 9, 1), "Budi", "0,75"]]  # fmt: skip
    path = tmp_path / "juta.xlsx"
    _xlsx(path, [("Sheet1", rows)])
    batch, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 0 and len(batch.errors) == 1
    assert "'1,5'" in str(batch.errors[0])


def test_one_amount_of_sen_alone_among_rupiah_is_a_bad_row(tmp_path: Path) -> None:
    # 250,000 and a "1,5": it read 250,001.5. The row is told, the rest imports.
    rows = [["Tanggal", "Pelanggan", "Jumlah"], [D(2026, 11, 1), "Budi", 250_000],
            [D(2026, 11, 2), "Sari", "1,5"]]  # fmt: skip
    path = tmp_path / "campur.xlsx"
    _xlsx(path, [("Sheet1", rows)])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and payload["outstanding"] == 250_000
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("invalid-amount", 3)]


def test_a_figure_with_sen_of_a_real_amount_stays(tmp_path: Path) -> None:
    # PPN worked out to the sen: 1,110,000.50 is an amount (the ledger keeps its sen).
    rows = [["Tanggal", "Pelanggan", "Jumlah"], [D(2026, 11, 1), "Budi", "1.110.000,50"]]
    path = tmp_path / "sen.xlsx"
    _xlsx(path, [("Sheet1", rows)])
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and not payload["problems"]
    assert payload["customers_with_balance"] == 1


# An aging export printed 31 Oct with a down payment not yet set against an invoice: a row of
# no Nilai and no Terbayar, its Saldo -400,000. It was dropped as a missing amount (3,400,000
# for 3,000,000, the report's own TOTAL). It pays Toko Kelapa's oldest: KP-1 1,500,000 ->
# 1,100,000 (due 1 Oct, 52 days); KP-2 900,000 (due 19 Nov, 3 days); KP-3 (due 31 Aug, 83).
AGING = [
    ["Pelanggan", "No Faktur", "Tgl", "Jatuh Tempo", "Nilai Faktur", "Terbayar", "Saldo"],
    ["Toko Kelapa", "KP-1", D(2026, 9, 1), D(2026, 10, 1), 2_000_000, 500_000, 1_500_000],
    ["Toko Kelapa", "KP-2", D(2026, 10, 20), D(2026, 11, 19), 900_000, 0, 900_000],
    ["Toko Kelapa", "UM-5", D(2026, 10, 28), D(2026, 10, 28), None, None, -400_000],
    ["Toko Nanas", "KP-3", D(2026, 8, 1), D(2026, 8, 31), 1_000_000, 0, 1_000_000],
    ["TOTAL", None, None, None, 3_900_000, 500_000, 3_000_000],
]


def test_a_balance_below_zero_with_no_amount_is_money_received_ahead(tmp_path: Path) -> None:
    expected = figures(3_000_000, 3_000_000, 2, d1to30=900_000, d31to60=1_100_000,
                       d61to90=1_000_000)  # fmt: skip
    reads_to(tmp_path / "umur.xlsx", [("Aging", AGING)], expected)


def test_a_row_of_a_balance_alone_above_zero_is_still_told(tmp_path: Path) -> None:
    # A Saldo of 400,000 with no Nilai: an invoice whose amount is missing, not money.
    rows = [row[:] for row in AGING[:-1]]
    rows[3][6] = 400_000
    path = tmp_path / "umur.xlsx"
    _xlsx(path, [("Aging", rows)])
    _, payload = summarize_files([path], AS_OF)
    assert [(p["code"], p["row"]) for p in payload["problems"]] == [("missing-amount", 4)]


@pytest.mark.parametrize(
    ("header", "rows", "letters"),
    [
        # Two columns named Jumlah: the first was read (1,200,000) and the second left unsaid.
        (["Tanggal", "Pelanggan", "Jumlah", "Jumlah"],
         [[D(2026, 11, 1), "Budi", 500_000, 200_000], [D(2026, 10, 10), "Sari", 300_000, 0]],
         "C, D"),
        # An invoice's date and amount, then its payment's, named alike, the table from column B.
        ([None, "Tanggal", "Pelanggan", "Jumlah", "Tanggal", "Jumlah"],
         [[None, D(2026, 11, 1), "Budi", 500_000, D(2026, 11, 10), 200_000]],
         "D, F"),
    ],
)  # fmt: skip
def test_two_amount_columns_of_one_name_are_refused(
    tmp_path: Path, header: list[object], rows: list[list[object]], letters: str
) -> None:
    path = tmp_path / "kembar.xlsx"
    _xlsx(path, [("Sheet1", [header, *rows])])
    batch, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 0 and len(batch.errors) == 1
    assert f"'Jumlah' berisi angka (kolom {letters})" in str(batch.errors[0])


# Counts of every size: 1,500 nails at Rp 200 (10 Oct, due 9 Nov, 13 days: 1-30), 200 bolts at
# Rp 1,500 (25 Oct, current), 40 sacks at 65,000 less 1,000,000 paid (1 Nov, current). A count
# of a thousand or more read the whole column as rupiah: Rp 1,700 and a credit of 999,960.
COUNTS = [
    ["Tanggal", "Pelanggan", "Barang", "Jumlah", "Harga", "Bayar"],
    [D(2026, 10, 10), "Toko Besi Kuat", "Paku", 1500, 200, None],
    [D(2026, 10, 25), "Toko Besi Kuat", "Baut", 200, 1500, None],
    [D(2026, 11, 1), "UD Sejati", "Semen", 40, 65_000, 1_000_000],
]


def test_counts_of_any_size_beside_a_price_are_counts(tmp_path: Path) -> None:
    expected = figures(2_200_000, 300_000, 2, current=1_900_000, d1to30=300_000)
    reads_to(tmp_path / "besi.xlsx", [("Sheet1", COUNTS)], expected)


def test_counts_in_kilograms_and_a_price_written_as_text(tmp_path: Path) -> None:
    # 2.5 kg at "130.000" = 325,000 (1-30); 4 kg at 38,000 = 152,000 (current). It was refused.
    rows = [COUNTS[0], [D(2026, 10, 10), "Bu Yati", "Daging (kg)", 2.5, "130.000", None],
            [D(2026, 10, 25), "Bu Yati", "Ayam (kg)", 4, "38.000", None]]  # fmt: skip
    expected = figures(477_000, 325_000, 1, current=152_000, d1to30=325_000)
    reads_to(tmp_path / "daging.xlsx", [("Sheet1", rows)], expected)


def test_a_count_a_price_and_the_lines_total_named_jumlah_twice(tmp_path: Path) -> None:
    # "Jumlah | Harga | Jumlah": the count, the unit price, the line's total (was refused as
    # two columns of one name).
    rows = [["Tanggal", "Pelanggan", "Barang", "Jumlah", "Harga", "Jumlah"],
            [D(2026, 10, 10), "Toko Besi Kuat", "Paku", 1500, 200, 300_000],
            [D(2026, 11, 1), "UD Sejati", "Semen", 40, 65_000, 2_600_000]]  # fmt: skip
    expected = figures(2_900_000, 300_000, 2, current=2_600_000, d1to30=300_000)
    reads_to(tmp_path / "nota.xlsx", [("Sheet1", rows)], expected)


def test_two_total_columns_of_a_csv_are_refused(tmp_path: Path) -> None:
    # Every cell of a CSV is text: the twin was missed, 3,100,000 read and its payments dropped.
    path = tmp_path / "kembar.csv"
    path.write_text(
        "Tanggal;No Nota;Pelanggan;Total;Tanggal;Total\n"
        "15/09/2026;T-1;Toko Rajawali;1.500.000;10/10/2026;500.000\n"
        "20/10/2026;T-2;Toko Rajawali;700.000;;\n",
        encoding="utf-8",
    )
    batch, payload = summarize_files([path], AS_OF)
    assert payload["outstanding"] == 0 and len(batch.errors) == 1
    assert "'Total' berisi angka (kolom D, F)" in str(batch.errors[0])


def test_a_kembali_of_goods_brought_back_is_no_change(tmp_path: Path) -> None:
    # A consignment book: "Kembali" is the pieces brought back, what was paid is never more
    # than the nota. It was taken as change: a nota paid in full owed Rp 12. K-1 440,000 paid
    # in full; K-2 240,000 (10 Oct, 1-30) nothing paid.
    rows = [["Tanggal", "Pelanggan", "Total", "Dibayar", "Kembali"],
            [D(2026, 11, 1), "Toko Roti", 440_000, 440_000, 12],
            [D(2026, 10, 10), "Toko Roti", 240_000, 0, 5]]  # fmt: skip
    expected = figures(240_000, 240_000, 1, d1to30=240_000)
    reads_to(tmp_path / "titip.xlsx", [("Sheet1", rows)], expected)


def test_a_signature_under_a_card_is_no_row(tmp_path: Path) -> None:
    # "Mengetahui," and "( Budi Santoso )" in the Debet column under the card: each was told as
    # an amount that is no money. Saldo awal 1,500,000 (1 Oct, due that day, 52 days), FK-101
    # 2,000,000 (10 Oct, 13 days) less 1,000,000 paid (the oldest: the opening) and a return of
    # 250,000 naming it; FK-115 750,000 (1 Nov, current). 3,000,000 owed.
    card = [
        ["Nama Pelanggan : Toko Makmur"], [],
        ["No", "Tanggal", "Keterangan", "No. Faktur", "Debet (Rp)", "Kredit (Rp)", "Saldo (Rp)"],
        [1, D(2026, 10, 1), "Saldo awal", None, 1_500_000, None, 1_500_000],
        [2, D(2026, 10, 10), "Penjualan", "FK-101", 2_000_000, None, 3_500_000],
        [3, D(2026, 10, 20), "Pembayaran", None, None, 1_000_000, 2_500_000],
        [4, D(2026, 11, 1), "Penjualan", "FK-115", 750_000, None, 3_250_000],
        [5, D(2026, 11, 5), "Retur barang", "FK-101", None, 250_000, 3_000_000],
        [], ["Solo, 22 November 2026"], ["Dibuat oleh,", None, None, None, "Mengetahui,"], [],
        ["( Sri Wahyuni )", None, None, None, "( Budi Santoso )"],
    ]  # fmt: skip
    expected = figures(3_000_000, 2_250_000, 1, current=750_000, d1to30=1_750_000,
                       d31to60=500_000)  # fmt: skip
    reads_to(tmp_path / "kartu.xlsx", [("Toko Makmur", card)], expected)


def test_a_line_of_units_under_the_header_is_no_row(tmp_path: Path) -> None:
    # "(tgl) | | | (Rp) | (Rp) | (Rp)" under the header was told as a row with no customer.
    rows = [["Tanggal", "No Faktur", "Pelanggan", "Jumlah", "Dibayar", "Sisa"],
            ["(tgl)", None, None, "(Rp)", "(Rp)", "(Rp)"],
            [D(2026, 11, 1), "F-1", "Budi", 500_000, 0, 500_000],
            [D(2026, 10, 10), "F-2", "Sari", 900_000, 0, 900_000]]  # fmt: skip
    expected = figures(1_400_000, 900_000, 2, current=500_000, d1to30=900_000)
    reads_to(tmp_path / "satuan.xlsx", [("Piutang", rows)], expected)


def test_a_refusal_names_a_missing_column_in_the_owners_words(tmp_path: Path) -> None:
    # Each day a line of its own above its rows, and no date column: no row could be read, and
    # the refusal named the missing column 'invoice_date'.
    rows = [["Nama", "Tunai", "QRIS", "Bon", "Total"], ["Sabtu, 10 Oktober 2026"],
            ["Bu Ani", 0, 0, 60_000, 60_000], ["Mas Agus", 0, 25_000, 40_000, 65_000],
            ["Minggu, 1 November 2026"], ["Bu Ani", 20_000, 0, 35_000, 55_000]]  # fmt: skip
    path = tmp_path / "harian.xlsx"
    _xlsx(path, [("Sheet1", rows)])
    batch, _ = summarize_files([path], AS_OF)
    said = str(batch.errors[0])
    assert "kolom 'Tanggal faktur'" in said and "invoice_date" not in said


def test_a_payment_read_twice_keeps_the_invoice_one_copy_names(tmp_path: Path) -> None:
    # The card's "Bayar" 300,000 of 20 Oct names no invoice; the payments sheet lists it again
    # as "Pelunasan inv 4502". Counted once (as before), it paid the oldest, 4501: 200,000 of
    # it left (61-90) and 4502 300,000 (31-60). It pays 4502: 4501's 500,000 is left, due
    # 31 Aug, 83 days late.
    card = [["Kartu Piutang - Toko Budi"],
            ["Tanggal", "Keterangan", "Penambahan", "Pengurangan", "Saldo"],
            [D(2026, 8, 1), "Faktur 4501", 500_000, None, 500_000],
            [D(2026, 9, 1), "Faktur 4502", 300_000, None, 800_000],
            [D(2026, 10, 20), "Bayar", None, 300_000, 500_000]]  # fmt: skip
    paid = [["Tanggal", "Pelanggan", "Keterangan", "Jumlah"],
            [D(2026, 10, 20), "Toko Budi", "Pelunasan inv 4502", 300_000]]  # fmt: skip
    expected = figures(500_000, 500_000, 1, d61to90=500_000)
    reads_to(tmp_path / "kartu.xlsx", [("Toko Budi", card), ("Pembayaran", paid)], expected)
