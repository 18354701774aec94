"""Round 58 of the outside testers (statements, recaps and aging summaries): each book written
by hand with its figures worked out on paper as of 22 Nov 2026 (default term 30 days)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, figures, reads_to

LIST_HEADER = ["No", "Tgl Nota", "No Nota", "Nama Pelanggan", "Nilai Nota", "Terbayar", "Sisa"]
SPAREPARTS = [
    ["DAFTAR PIUTANG - UD SUMBER PART"],
    [],
    LIST_HEADER,
    [1, D(2026, 9, 26), "TS-102", "Toko Sparepart Jaya", 6_300_000, 3_000_000, 3_300_000],
    [2, D(2026, 10, 10), "TS-117", "Bengkel Sinar Motor", 1_890_000, 0, 1_890_000],
    [3, D(2026, 11, 13), "TS-146", "Toko Sparepart Jaya", 4_120_000, 0, 4_120_000],
    [None, None, None, "TOTAL", 12_310_000, 3_000_000, 9_310_000],
]


# Round 58 rk31: the owner's "REKAP PER PELANGGAN" under the list, on its sheet, was read as
# more invoices, one per customer (22,620,000 for 11,310,000, nothing told). A recap under a
# table, its own heading line over "Nama Pelanggan | Total Sisa", is left aside and checked
# as a recap sheet is. TS-102 3,300,000 due 26 Oct (27 days, 1-30); TS-117 1,890,000 due
# 9 Nov (13 days, 1-30); TS-146 4,120,000 due 13 Dec, current: 9,310,000, overdue 5,190,000.
def test_a_recap_under_the_list_is_no_more_invoices(tmp_path: Path) -> None:
    recap = [
        [],
        [None, None, None, "REKAP PER PELANGGAN"],
        [None, None, None, "Nama Pelanggan", "Total Sisa"],
        [None, None, None, "Toko Sparepart Jaya", 7_420_000],
        [None, None, None, "Bengkel Sinar Motor", 1_890_000],
        [None, None, None, "TOTAL", 9_310_000],
    ]
    expected = figures(9_310_000, 5_190_000, 2, current=4_120_000, d1to30=5_190_000)
    payload = reads_to(tmp_path / "piutang.xlsx", [("Piutang", SPAREPARTS + recap)], expected)
    assert payload["per_customer"] == {"Toko Sparepart Jaya": 7_420_000,
                                       "Bengkel Sinar Motor": 1_890_000}  # fmt: skip


# The look-alike: a heading that says a recap ("Rekap Nota Susulan") over the list's own
# header is more of its invoices, read: TS-150 2,000,000 (20 Nov, current) more.
def test_a_recap_heading_over_the_lists_own_header_is_read(tmp_path: Path) -> None:
    more = [
        [],
        ["Rekap Nota Susulan"],
        LIST_HEADER,
        [4, D(2026, 11, 20), "TS-150", "Bengkel Rudi", 2_000_000, 0, 2_000_000],
    ]
    expected = figures(11_310_000, 5_190_000, 3, current=6_120_000, d1to30=5_190_000)
    reads_to(tmp_path / "piutang.xlsx", [("Piutang", SPAREPARTS + more)], expected)


def _bon_block(name: str, *rows: list[object]) -> list[list[object]]:
    return [[f"Nama : {name}"], ["Tgl", "Keterangan", "Bon", "Bayar", "Sisa"], *rows]


# Round 58 ms16: a bon book, a block per person, each closing on "Sisa akhir" (its figure in
# Sisa alone). Bu Siti's "Sisa akhir -190.000" was a second payment ahead (a credit of 380,000
# for 190,000), and her running Sisa, starting again in each block, was told wrong. A closing
# balance line is the book's figure to check, no movement. Bu Siti 560,000 + 450,000 -
# 1,200,000 = a credit of 190,000; Pak Anton 1,320,000 - 500,000 = 820,000 (10 Oct, due 9 Nov,
# 13 days) + 740,000 (8 Nov, current); Toko Mekar 2,100,000 (20 Sep, due 20 Oct, 33 days).
def test_a_closing_sisa_akhir_line_is_checked_not_paid(tmp_path: Path) -> None:
    bon = [
        ["CATATAN BON PELANGGAN"],
        *_bon_block(
            "Bu Siti",
            [D(2026, 11, 1), "beras 2 karung", 560_000, None, 560_000],
            [D(2026, 11, 9), "minyak 1 dus", 450_000, None, 1_010_000],
            [D(2026, 11, 15), "bayar, lebih 190rb", None, 1_200_000, -190_000],
            [None, "Sisa akhir", None, None, -190_000],
        ),
        [],
        *_bon_block(
            "Pak Anton",
            [D(2026, 10, 10), "gula 1 karung", 1_320_000, None, 1_320_000],
            [D(2026, 10, 25), "bayar", None, 500_000, 820_000],
            [D(2026, 11, 8), "telur 5 peti", 740_000, None, 1_560_000],
            [None, "Sisa akhir", None, None, 1_560_000],
        ),
        [],
        *_bon_block(
            "Toko Mekar",
            [D(2026, 9, 20), "beras 5 karung", 2_100_000, None, 2_100_000],
            [None, "Sisa akhir", None, None, 2_100_000],
        ),
    ]
    expected = figures(
        3_660_000, 2_920_000, 2, {"Bu Siti": 190_000},
        current=740_000, d1to30=820_000, d31to60=2_100_000,
    )  # fmt: skip
    reads_to(tmp_path / "bon.xlsx", [("Bon", bon)], expected)


# The look-alike: a Sisa of each row's own (Bon less Bayar) in blocks per person is no running
# balance: Ibu Ani 600,000 - 200,000 = 400,000 and 300,000 (1 Nov, current); Pak Budi 500,000
# (20 Oct, 3 days). Their TOTAL lines check each block's column sums.
def test_a_sisa_per_row_in_blocks_per_person_is_read_per_row(tmp_path: Path) -> None:
    bon = [
        *_bon_block(
            "Ibu Ani",
            [D(2026, 10, 1), "beras", 600_000, 200_000, 400_000],
            [D(2026, 11, 1), "gula", 300_000, None, 300_000],
            [None, "Total", 900_000, 200_000, 700_000],
        ),
        [],
        *_bon_block(
            "Pak Budi",
            [D(2026, 10, 20), "minyak", 500_000, None, 500_000],
            [None, "Total", 500_000, None, 500_000],
        ),
    ]
    expected = figures(1_200_000, 900_000, 2, current=300_000, d1to30=900_000)
    reads_to(tmp_path / "bon.xlsx", [("Bon", bon)], expected)


STATEMENT_ROWS = [
    ["Tgl", "Uraian", "No Nota", "Tagihan", "Pembayaran", "Saldo"],
    [D(2026, 10, 20), "Penjualan", "N-2231", 1_850_000, None, 1_850_000],
    [D(2026, 11, 7), "Transfer", None, None, 1_000_000, 850_000],
    [D(2026, 11, 16), "Penjualan", "N-2260", 2_300_000, None, 3_150_000],
]
# N-2231 1,850,000 - 1,000,000 = 850,000 (due 19 Nov, 3 days); N-2260 2,300,000 current.
STATEMENT_FIGURES = figures(3_150_000, 850_000, 1, current=2_300_000, d1to30=850_000)


# Round 58 st02, st10, st07, ms14, st04: a statement's header block names its customer by
# "Kepada Yth." (its name in the next cell, or after a colon in one cell), "Nama Outlet" or
# "Rekening :"; st02 was refused (no customer on a sheet named for its month), the others
# shown under the sheet's name. "Pelanggan: TB Karya Mulya, Jl. Raya Solo km 7" took the
# address into the name.
def test_a_statement_names_its_customer_as_it_addresses_them(tmp_path: Path) -> None:
    heads = {
        "Bengkel Maju Motor": ["Kepada Yth.", "Bengkel Maju Motor"],
        "CV Adi Mandiri": ["Kepada Yth. : CV Adi Mandiri"],
        "Apotek Sehat Sentosa": ["Nama Outlet", None, "Apotek Sehat Sentosa"],
        "Toko Plastik Gemilang": ["Rekening : Toko Plastik Gemilang"],
        "TB Karya Mulya": ["Pelanggan: TB Karya Mulya, Jl. Raya Solo km 7"],
    }
    for k, (name, head) in enumerate(heads.items()):
        sheet = [["REKENING KORAN"], head, ["Bulan", "November 2026"], [], *STATEMENT_ROWS]
        path = tmp_path / f"statement{k}.xlsx"
        payload = reads_to(path, [("Nov 2026", sheet)], STATEMENT_FIGURES)
        assert payload["per_customer"] == {name: 3_150_000}


# The look-alike: the shop's bank account under its letterhead ("Rekening : BCA 0123456789")
# names no customer: the customer line under it does.
def test_an_account_number_is_no_customer(tmp_path: Path) -> None:
    sheet = [
        ["TOKO SUMBER REJEKI"],
        ["Rekening : BCA 0123456789"],
        ["Pelanggan", "Toko Abadi"],
        [],
        *STATEMENT_ROWS,
    ]
    payload = reads_to(tmp_path / "statement.xlsx", [("Nov 2026", sheet)], STATEMENT_FIGURES)
    assert payload["per_customer"] == {"Toko Abadi": 3_150_000}


# Round 58 ob36: "Saldo per 31 Okt 2026" typed in the Tanggal column (merged across to
# Keterangan), its 3,400,000 in Saldo alone, was a date that cannot be read: dropped, the
# transfer paid PG-1104 and the book's right Saldo was blamed (1,730,000 for 5,130,000). It is
# an opening dated 31 Oct: the transfer of 3,000,000 pays it first, 400,000 left (22 days,
# 1-30); PG-1104 2,750,000 (4 Nov) and PG-1117 1,980,000 (17 Nov) current.
def test_an_opening_typed_in_the_date_column_is_dated_by_its_label(tmp_path: Path) -> None:
    card = [
        ["Rekening : Toko Plastik Gemilang"],
        [],
        ["Tanggal", "No Faktur", "Keterangan", "Debet", "Kredit", "Saldo"],
        ["Saldo per 31 Okt 2026", None, None, None, None, 3_400_000],
        [D(2026, 11, 4), "PG-1104", "Penjualan", 2_750_000, None, 6_150_000],
        [D(2026, 11, 10), None, "Transfer", None, 3_000_000, 3_150_000],
        [D(2026, 11, 17), "PG-1117", "Penjualan", 1_980_000, None, 5_130_000],
    ]
    expected = figures(5_130_000, 400_000, 1, current=4_730_000, d1to30=400_000)
    payload = reads_to(tmp_path / "rekening.xlsx", [("Gemilang", card)], expected, ["A4:C4"])
    assert payload["per_customer"] == {"Toko Plastik Gemilang": 5_130_000}


def _jurnal_statement(closing: int) -> list[list[object]]:
    return [
        ["Customer Statement"],
        ["Customer", "PT Sarana Kreasi"],
        [],
        [
            "Transaction Date",
            "Transaction Type",
            "Number",
            "Description",
            "Due Date",
            "Amount",
            "Balance",
        ],
        [D(2026, 10, 1), "Opening Balance", None, None, None, 1_500_000, 1_500_000],
        [D(2026, 10, 3), "Sales Invoice", "#10231", None, D(2026, 11, 2), 4_400_000, 5_900_000],
        [D(2026, 10, 17), "Receive Payment", "#RP-0551", None, None, -1_500_000, 4_400_000],
        [D(2026, 10, 25), "Sales Invoice", "#10262", None, D(2026, 11, 24), 3_050_000, 7_450_000],
        [D(2026, 11, 15), "Receive Payment", "#RP-0587", None, None, -2_400_000, 5_050_000],
        [None, "Closing Balance", None, None, None, None, closing],
    ]


# Round 58 sw40: Jurnal.id's "Receive Payment" was a type word unknown (refused), and its
# "Closing Balance" line, in the type column, a total of the running Balance column (a false
# check-mismatch, 31,350,000). The first payment pays the opening; #10231 4,400,000 -
# 2,400,000 = 2,000,000 (due 2 Nov, 20 days); #10262 3,050,000 (due 24 Nov, current).
def test_jurnal_ids_receive_payment_and_closing_balance(tmp_path: Path) -> None:
    expected = figures(5_050_000, 2_000_000, 1, current=3_050_000, d1to30=2_000_000)
    sheet = _jurnal_statement(5_050_000)
    reads_to(tmp_path / "statement.xlsx", [("Customer Statement", sheet)], expected)


# The look-alike: a Closing Balance that is not the Balance the rows ran to is told.
def test_a_closing_balance_the_rows_do_not_run_to_is_told(tmp_path: Path) -> None:
    path = tmp_path / "statement.xlsx"
    write_xlsx(path, {"Customer Statement": _jurnal_statement(5_500_000)})
    _, payload = summarize_files([path], AS_OF)
    assert [p["code"] for p in payload["problems"]] == ["check-mismatch"]
