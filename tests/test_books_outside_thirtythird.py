"""Outside books (round 31, figures worked out on paper as of 22 Nov 2026, default term 30
days) that read wrong, and the books beside them that must read as they did:

- "Piutang Bertambah | Piutang Berkurang | Sisa Piutang": the debt's sides, named with the
  debt, were not read as debits and credits, and every row's running Sisa was summed;
- a sheet per customer named only in the sheet's name, under a title "KARTU PIUTANG
  PELANGGAN" or "DAFTAR FAKTUR", with a note or a signature under its rows: the note was read
  as the heading of a block, and the title became the customer of every sheet;"""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

import pytest

from core.report import summarize_files
from tests.test_books_by_hand import AS_OF, _aging, _expect, _xlsx, read_book, reads_to

# Toko Cendana: 900,000 (1 Sep) and 400,000 (10 Oct), paid 900,000 on 30 Oct, the oldest:
# 400,000 left, due 9 Nov, 13 days late (1-30). Toko Meranti: 1,100,000 paid in full on 2
# Nov; 300,000 of 10 Nov due 10 Dec (current). 700,000 owed, 400,000 overdue, 2 customers.
JOURNAL = [
    [D(2026, 9, 1), "Toko Cendana", "Penjualan", 900_000, None, 900_000],
    [D(2026, 9, 20), "Toko Meranti", "Penjualan", 1_100_000, None, 1_100_000],
    [D(2026, 10, 10), "Toko Cendana", "Penjualan", 400_000, None, 1_300_000],
    [D(2026, 10, 30), "Toko Cendana", "Pembayaran", None, 900_000, 400_000],
    [D(2026, 11, 2), "Toko Meranti", "Pembayaran", None, 1_100_000, 0],
    [D(2026, 11, 10), "Toko Meranti", "Penjualan", 300_000, None, 300_000],
]
JOURNAL_OWED = _expect(700_000, 400_000, _aging(current=300_000, d1to30=400_000), 2)


@pytest.mark.parametrize(
    "sides",
    [
        ("Piutang Bertambah", "Piutang Berkurang", "Sisa Piutang"),
        ("Piutang Bertambah", "Piutang Berkurang", "Saldo"),
        ("Penambahan Piutang", "Pengurangan Piutang", "Saldo"),
        ("Tagihan Bertambah", "Tagihan Berkurang", "Sisa"),
    ],
)
def test_the_debts_sides_named_with_the_debt_are_a_journal(
    tmp_path: Path, sides: tuple[str, str, str]
) -> None:
    # It read 4,000,000: the sum of every row's Sisa Piutang, as an invoice list.
    header = ["Tanggal", "Nama", "Uraian", *sides]
    payload = reads_to(
        tmp_path / "j08.xlsx", [("Catatan Piutang", [header, *JOURNAL])], JOURNAL_OWED
    )
    assert payload["files"][0]["sheets"][0]["shape"] == "journal"


def test_the_debts_sides_without_a_running_balance_are_a_journal(tmp_path: Path) -> None:
    # The same journal with no Sisa column: it was refused ("no customer and amount columns").
    header = ["Tanggal", "Nama", "Uraian", "Piutang Bertambah", "Piutang Berkurang"]
    rows = [row[:5] for row in JOURNAL]
    reads_to(tmp_path / "j08e.xlsx", [("Catatan Piutang", [header, *rows])], JOURNAL_OWED)


def test_a_list_of_debts_with_their_rest_is_still_a_list(tmp_path: Path) -> None:
    # "Jumlah Piutang | Sisa Piutang" are an invoice's amount and what is left of it, no
    # sides of a journal: Toko Cendana 900,000 less 500,000 paid = 400,000 due 1 Oct (52
    # days, 31-60); Toko Meranti 300,000 due 10 Dec (current).
    sheets = [("Piutang", [["Tanggal", "Nama", "Jumlah Piutang", "Sisa Piutang"],
        [D(2026, 9, 1), "Toko Cendana", 900_000, 400_000],
        [D(2026, 11, 10), "Toko Meranti", 300_000, 300_000]])]  # fmt: skip
    owed = _expect(700_000, 400_000, _aging(current=300_000, d31to60=400_000), 2)
    payload = reads_to(tmp_path / "list.xlsx", sheets, owed)
    assert payload["files"][0]["sheets"][0]["shape"] == "invoice_list"


def test_a_sisa_that_runs_beside_two_unnamed_sides_is_never_summed(tmp_path: Path) -> None:
    # "Piutang Naik | Piutang Turun" are no names of ours, but the Sisa runs per customer
    # with them (each row the customer's last Sisa plus the first less the second): the
    # journal above, 700,000, where it summed every row's Sisa to 4,000,000.
    header = ["Tanggal", "Nama", "Uraian", "Piutang Naik", "Piutang Turun", "Sisa Piutang"]
    reads_to(tmp_path / "naik.xlsx", [("Catatan", [header, *JOURNAL])], JOURNAL_OWED)


def test_a_sisa_beside_two_figures_it_does_not_run_with_is_each_rows(tmp_path: Path) -> None:
    # DPP + PPN = Sisa on each row, no balance so far: each row's Sisa is owed. Toko Cendana
    # 1,110,000 due 1 Oct (52 days, 31-60) and 555,000 due 9 Nov (1-30); Toko Meranti
    # 222,000 due 10 Dec and 111,000 due 12 Dec (current): 1,998,000.
    sheets = [("Piutang", [["Tanggal", "Pelanggan", "DPP", "PPN", "Sisa Piutang"],
        [D(2026, 9, 1), "Toko Cendana", 1_000_000, 110_000, 1_110_000],
        [D(2026, 10, 10), "Toko Cendana", 500_000, 55_000, 555_000],
        [D(2026, 11, 10), "Toko Meranti", 200_000, 22_000, 222_000],
        [D(2026, 11, 12), "Toko Meranti", 100_000, 11_000, 111_000]])]  # fmt: skip
    aging = _aging(current=333_000, d1to30=555_000, d31to60=1_110_000)
    reads_to(tmp_path / "dpp.xlsx", sheets, _expect(1_998_000, 1_665_000, aging, 2))


# The k06 book: a sheet per customer, named only in the sheet's name; a letterhead, the book's
# title, an empty column, and a note and a signature under the card.
KOP = [[None, None, "CV. BANGUN PERSADA"], [None, None, "Distributor Bahan Bangunan"], []]
CARD = ["Tanggal", None, "Keterangan", "No. Faktur", "Debet", "Kredit", "Saldo"]
FOOT = [[], ["Catatan: harga sudah termasuk ongkos kirim. Rek BRI 0123-01-000123-30-1"],
        ["Sragen, 22 November 2026"], ["Hormat kami,"], [], ["(Bambang S.)"]]  # fmt: skip
HASAN = [
    [D(2026, 9, 1), None, "Penjualan semen 50 sak", "BP-301", 3_250_000, None, 3_250_000],
    [D(2026, 9, 15), None, "Penjualan pasir 2 rit", "BP-318", 1_400_000, None, 4_650_000],
    [D(2026, 10, 1), None, "Transfer BRI", None, None, 3_250_000, 1_400_000],
    [D(2026, 10, 20), None, "Penjualan besi beton", "BP-344", 2_100_000, None, 3_500_000],
]
LINA = [
    [D(2026, 8, 20), None, "Penjualan keramik 60x60", "BP-280", 5_000_000, None, 5_000_000],
    [D(2026, 10, 1), None, "Giro BCA cair", None, None, 2_000_000, 3_000_000],
    [D(2026, 10, 25), None, "Retur keramik pecah", "BP-280", None, 500_000, 2_500_000],
    [D(2026, 11, 1), None, "Penjualan cat tembok", "BP-360", 900_000, None, 3_400_000],
]


@pytest.mark.parametrize("title", ["KARTU PIUTANG PELANGGAN", "KARTU PIUTANG"])
def test_a_cards_title_and_the_note_under_it_name_no_customer(tmp_path: Path, title: str) -> None:
    # Pak Hasan: the transfer pays BP-301, the oldest; BP-318 1,400,000 due 15 Oct (38 days,
    # 31-60) and BP-344 2,100,000 due 19 Nov (3 days, 1-30) left. Bu Lina: the giro and the
    # return pay BP-280, 2,500,000 left due 19 Sep (64 days, 61-90); BP-360 900,000 due 1 Dec
    # (current). 6,900,000, 6,000,000 overdue. It read one customer "KARTU PIUTANG
    # PELANGGAN", whose unnamed giro and transfer paid the oldest of both cards.
    sheets = [
        (name, [*KOP, [title], [], CARD, *rows, *FOOT])
        for name, rows in (("Pak Hasan", HASAN), ("Bu Lina", LINA))
    ]
    aging = _aging(current=900_000, d1to30=2_100_000, d31to60=1_400_000, d61to90=2_500_000)
    payload = reads_to(tmp_path / "k06.xlsx", sheets, _expect(6_900_000, 6_000_000, aging, 2))
    assert payload["per_customer"] == {"Pak Hasan": 3_500_000, "Bu Lina": 3_400_000}


def test_a_note_under_a_card_without_a_title_keeps_the_sheets_name(tmp_path: Path) -> None:
    # No title: the note under Pak Hasan's card set the sheet aside ("no customer found"),
    # his 5,350,000 dropped; with notes on both sheets the file was refused.
    note = [[], ["Catatan: kirim ke gudang"]]
    sheets = [("Pak Hasan", [CARD, *HASAN, *note]), ("Bu Lina", [CARD, *LINA, *note])]
    aging = _aging(current=900_000, d1to30=2_100_000, d31to60=1_400_000, d61to90=2_500_000)
    payload = reads_to(tmp_path / "x3.xlsx", sheets, _expect(6_900_000, 6_000_000, aging, 2))
    assert payload["per_customer"] == {"Pak Hasan": 3_500_000, "Bu Lina": 3_400_000}


def test_a_list_per_customer_titled_daftar_faktur_keeps_the_sheets_name(tmp_path: Path) -> None:
    # Toko Anugrah: TA-01 1,500,000 less 500,000 = 1,000,000 due 1 Oct (52 days, 31-60); CV
    # Berkah: CB-01 2,000,000 less 1,000,000 = 1,000,000 due 31 Aug (83 days, 61-90). It read
    # Toko Anugrah's sheet as a grouped list of the customer "DAFTAR FAKTUR".
    head = [["DAFTAR FAKTUR"], ["No Faktur", "Tanggal", "Jumlah", "Bayar"]]
    sheets = [
        ("Toko Anugrah", [*head, ["TA-01", D(2026, 9, 1), 1_500_000, 500_000], [],
                          ["Catatan: kirim ke gudang"]]),
        ("CV Berkah", [*head, ["CB-01", D(2026, 8, 1), 2_000_000, 1_000_000]]),
    ]  # fmt: skip
    owed = _expect(2_000_000, 2_000_000, _aging(d31to60=1_000_000, d61to90=1_000_000), 2)
    payload = reads_to(tmp_path / "x6.xlsx", sheets, owed)
    assert payload["per_customer"] == {"Toko Anugrah": 1_000_000, "CV Berkah": 1_000_000}
    assert [s["shape"] for s in payload["files"][0]["sheets"]] == ["invoice_list"] * 2


def test_a_groups_heading_above_the_header_is_still_its_customer(tmp_path: Path) -> None:
    # A grouped list whose first heading stands just above the header: "Toko Kartu" is a
    # customer (a word of a card's title in a name), and so is the last group's heading with
    # rows under it; the note under them heads nothing. Toko Kartu: F-1 1,000,000 due 31 Oct
    # (22 days, 1-30) and F-2 500,000 due 1 Dec (current); Toko Sinar F-3 700,000 due 5 Dec.
    sheets = [("Piutang", [["Toko Kartu"], ["No Faktur", "Tanggal", "Jumlah"],
        ["F-1", D(2026, 10, 1), 1_000_000], ["F-2", D(2026, 11, 1), 500_000],
        ["Toko Sinar"], ["F-3", D(2026, 11, 5), 700_000], [],
        ["Catatan: harga sudah termasuk PPN"]])]  # fmt: skip
    owed = _expect(2_200_000, 1_000_000, _aging(current=1_200_000, d1to30=1_000_000), 2)
    payload = reads_to(tmp_path / "lead.xlsx", sheets, owed)
    assert payload["per_customer"] == {"Toko Kartu": 1_500_000, "Toko Sinar": 700_000}


def test_a_lists_title_is_no_customer_of_the_rows_before_its_first_heading(
    tmp_path: Path,
) -> None:
    # "DAFTAR PIUTANG" above the header names no one: F-1 above the first heading has no
    # customer and is told, not owed by "DAFTAR PIUTANG". Toko Sinar's F-3 700,000 current.
    sheets = [("Piutang", [["DAFTAR PIUTANG"], ["No Faktur", "Tanggal", "Jumlah"],
        ["F-1", D(2026, 10, 1), 1_000_000], ["Toko Sinar"],
        ["F-3", D(2026, 11, 5), 700_000]])]  # fmt: skip
    payload = read_book(tmp_path / "title.xlsx", sheets)
    assert payload["per_customer"] == {"Toko Sinar": 700_000}
    assert [(p["row"], p["code"]) for p in payload["problems"]] == [(3, "missing-customer")]


def test_stacked_cards_under_the_books_title_keep_their_headings(tmp_path: Path) -> None:
    # One sheet, the book's title repeated over each card and the customer's name on the line
    # under it, a signature under the last: Toko A 1,000,000 less 400,000 = 600,000 due 1 Oct
    # (52 days, 31-60); Toko B 2,000,000 due 19 Nov (3 days, 1-30).
    head = ["Tanggal", "Keterangan", "No. Faktur", "Debet", "Kredit", "Saldo"]
    sheets = [("Kartu", [["KARTU PIUTANG"], ["Toko A"], head,
        [D(2026, 9, 1), "Penjualan", "A-1", 1_000_000, None, 1_000_000],
        [D(2026, 10, 1), "Bayar", None, None, 400_000, 600_000], [],
        ["KARTU PIUTANG"], ["Toko B"], head,
        [D(2026, 10, 20), "Penjualan", "B-1", 2_000_000, None, 2_000_000], [],
        ["Hormat kami,"], ["(Budi)"]])]  # fmt: skip
    owed = _expect(2_600_000, 2_600_000, _aging(d1to30=2_000_000, d31to60=600_000), 2)
    payload = reads_to(tmp_path / "stacked.xlsx", sheets, owed)
    assert payload["per_customer"] == {"Toko A": 600_000, "Toko B": 2_000_000}


# g06: the name on each customer's first row only, a Sub Total under each customer's rows.
FIRST_ONLY = [
    ["Pelanggan", "No Nota", "Tanggal", "Jumlah", "Bayar"],
    ["Toko Lestari", "N-11", D(2026, 10, 5), 1_200_000, 0],
    [None, "N-15", D(2026, 11, 1), 800_000, 0],
    ["Sub Total", None, None, 2_000_000, 0],
    ["Apotek Sehat", "N-12", D(2026, 10, 10), 2_500_000, 1_000_000],
    [None, "N-16", D(2026, 11, 10), 700_000, None],
    ["Sub Total", None, None, 3_200_000, 1_000_000],
    ["TOTAL", None, None, 5_200_000, 1_000_000],
]


def test_a_name_on_each_customers_first_row_is_carried_past_sub_totals(tmp_path: Path) -> None:
    # N-11 1,200,000 due 4 Nov (18 days) and N-12 2,500,000 less 1,000,000 = 1,500,000 due 9
    # Nov (13 days): 1-30 2,700,000; N-15 800,000 due 1 Dec and N-16 700,000 due 10 Dec:
    # current 1,500,000. It read 2,700,000, N-15 and N-16 told as missing-customer.
    owed = _expect(4_200_000, 2_700_000, _aging(current=1_500_000, d1to30=2_700_000), 2)
    payload = reads_to(tmp_path / "g06.xlsx", [("Piutang", FIRST_ONLY)], owed)
    assert payload["per_customer"] == {"Toko Lestari": 2_000_000, "Apotek Sehat": 2_200_000}


def test_a_carried_name_under_a_wrong_sub_total_is_still_checked(tmp_path: Path) -> None:
    # Apotek Sehat's Sub Total says 3,300,000 where its rows add to 3,200,000: told there,
    # the figures as above.
    rows = [list(row) for row in FIRST_ONLY]
    rows[6][3] = 3_300_000
    payload = read_book(tmp_path / "g06_wrong.xlsx", [("Piutang", rows)])
    assert payload["outstanding"] == 4_200_000
    assert [(p["row"], p["code"]) for p in payload["problems"]] == [(7, "check-mismatch")]


def test_one_blank_name_among_named_rows_and_sub_totals_is_told(tmp_path: Path) -> None:
    # A name on every row but one: that row's customer is missing, not the one above. Told,
    # and not counted: Toko Lestari's N-11 and N-13 (1,200,000 + 300,000, 1-30) and Apotek
    # Sehat's N-12 and N-16 (1,500,000 1-30 and 700,000 current) are owed.
    rows = [
        ["Pelanggan", "No Nota", "Tanggal", "Jumlah", "Bayar"],
        ["Toko Lestari", "N-11", D(2026, 10, 5), 1_200_000, 0],
        ["Toko Lestari", "N-13", D(2026, 10, 6), 300_000, 0],
        [None, "N-15", D(2026, 11, 1), 800_000, 0],
        ["Sub Total", None, None, 2_300_000, 0],
        ["Apotek Sehat", "N-12", D(2026, 10, 10), 2_500_000, 1_000_000],
        ["Apotek Sehat", "N-16", D(2026, 11, 10), 700_000, None],
        ["Sub Total", None, None, 3_200_000, 1_000_000],
    ]
    payload = read_book(tmp_path / "blank.xlsx", [("Piutang", rows)])
    assert payload["outstanding"] == 3_700_000
    assert (4, "missing-customer") in [(p["row"], p["code"]) for p in payload["problems"]]


# g02: each customer's name alone in column A, headed "Pelanggan", over their invoices with
# column A empty; "Total <name>" in the No Nota column, GRAND TOTAL at the end.
GROUPED = [
    ["Pelanggan", "No Nota", "Tgl Nota", "Tempo", "Nilai (Rp)", "Bayar (Rp)", "Sisa (Rp)"],
    ["Toko Lestari"],
    [None, "N-11", D(2026, 10, 5), "14 hari", 1_200_000, None, 1_200_000],
    [None, "N-15", D(2026, 11, 1), "14 hari", 800_000, None, 800_000],
    [None, "Total Toko Lestari", None, None, 2_000_000, 0, 2_000_000],
    ["Apotek Sehat"],
    [None, "N-12", D(2026, 10, 10), "30 hari", 2_500_000, 1_000_000, 1_500_000],
    [None, "N-16", D(2026, 11, 10), "30 hari", 700_000, None, 700_000],
    [None, "Total Apotek Sehat", None, None, 3_200_000, 1_000_000, 2_200_000],
    ["Klinik Medika"],
    [None, "N-09", D(2026, 9, 1), "COD", 500_000, None, 500_000],
    [None, "Total Klinik Medika", None, None, 500_000, None, 500_000],
    ["GRAND TOTAL", None, None, None, 5_700_000, 1_000_000, 4_700_000],
]


def test_headings_in_a_column_named_for_the_customer_head_their_rows(tmp_path: Path) -> None:
    # N-11 1,200,000 due 19 Oct (14 days; 34 late, 31-60); N-15 800,000 due 15 Nov (7 days,
    # 1-30); N-12 2,500,000 less 1,000,000 = 1,500,000 due 9 Nov (13 days, 1-30); N-16
    # 700,000 due 10 Dec (current); N-09 500,000 cash on delivery, due 1 Sep (82 days,
    # 61-90). 4,700,000, the GRAND TOTAL's Sisa. It was refused: each heading a customer with
    # no amount, each invoice a row with no customer.
    aging = _aging(current=700_000, d1to30=2_300_000, d31to60=1_200_000, d61to90=500_000)
    payload = reads_to(
        tmp_path / "g02.xlsx", [("Piutang", GROUPED)], _expect(4_700_000, 4_000_000, aging, 3)
    )
    assert payload["per_customer"] == {
        "Toko Lestari": 2_000_000, "Apotek Sehat": 2_200_000, "Klinik Medika": 500_000,
    }  # fmt: skip
    assert payload["files"][0]["sheets"][0]["shape"] == "grouped"


def test_a_wrong_group_total_under_a_heading_in_the_customer_column_is_told(
    tmp_path: Path,
) -> None:
    # "Total Apotek Sehat" says 3,300,000 where N-12 and N-16 add to 3,200,000: told there.
    rows = [list(row) for row in GROUPED]
    rows[8][4] = 3_300_000
    payload = read_book(tmp_path / "g02_wrong.xlsx", [("Piutang", rows)])
    assert payload["outstanding"] == 4_700_000
    assert (9, "check-mismatch") in [(p["row"], p["code"]) for p in payload["problems"]]


def test_months_in_the_customer_column_are_no_customers(tmp_path: Path) -> None:
    # The customer column holds only months over the rows, no name on any invoice: whose
    # invoices they are is not written, so they are not made the months' debts (refused).
    rows = [
        ["Pelanggan", "No Nota", "Tanggal", "Jumlah"],
        ["Oktober 2026"],
        [None, "N-11", D(2026, 10, 5), 1_200_000],
        ["November 2026"],
        [None, "N-15", D(2026, 11, 1), 800_000],
    ]
    _xlsx(tmp_path / "months.xlsx", [("Piutang", rows)])
    batch, payload = summarize_files([tmp_path / "months.xlsx"], AS_OF)
    assert batch.errors and not payload["per_customer"]
