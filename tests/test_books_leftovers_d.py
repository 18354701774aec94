"""Leftovers of the last sessions, each book written by hand with its figures worked out on
paper as of 22 Nov 2026 (default term 30 days: a sale of 1 Oct is due 31 Oct, 22 days late)."""

from __future__ import annotations

from datetime import date as D
from pathlib import Path

from core.report import summarize_files
from tests.helpers import write_xlsx
from tests.test_books_by_hand import AS_OF, FIGURES, figures, reads_to

OCT_1 = D(2026, 10, 1)

# "Subtotal | Bayar | Hutang", no Total: the Hutang is what is left of the Subtotal once paid.
# It read the Hutang as the amount (Toko A 600,000 owed and 300,000 paid: a made-up credit).
# Toko A 1,000,000 - 400,000 = 600,000 (N3 paid in full); Toko B 500,000.
SUBTOTAL_HUTANG = [
    ["Tanggal", "No Nota", "Pelanggan", "Subtotal", "Bayar", "Hutang"],
    [OCT_1, "N1", "Toko A", 1_000_000, 400_000, 600_000],
    [OCT_1, "N2", "Toko B", 500_000, 0, 500_000],
    [OCT_1, "N3", "Toko A", 300_000, 300_000, 0],
]


def test_the_tab_beside_a_subtotal_and_what_was_paid_is_what_is_left(tmp_path: Path) -> None:
    expected = figures(1_100_000, 1_100_000, 2, d1to30=1_100_000)
    payload = reads_to(tmp_path / "nota.xlsx", [("Nov", SUBTOTAL_HUTANG)], expected)
    assert payload["per_customer"] == {"Toko A": 600_000, "Toko B": 500_000}


def test_the_tab_beside_its_own_running_total_stays_the_amount(tmp_path: Path) -> None:
    # "Bon | Bayar | Total Bon": the Total Bon runs over the tab; the Bon is what was taken.
    rows = [
        ["Tanggal", "Nama", "Bon", "Bayar", "Total Bon"],
        [OCT_1, "Bu Ani", 100_000, 0, 100_000],
        [D(2026, 10, 5), "Bu Ani", 50_000, 30_000, 120_000],
    ]
    reads_to(tmp_path / "bon.xlsx", [("Bon", rows)], figures(120_000, 120_000, 1, d1to30=120_000))


# "Qty | Harga | Bayar", no line total: N3 paid 600,000 for 2 at 300,000, so the Harga is the
# price of one. It read the price as the whole (Rp 25,000 owed, a credit of 250,000).
# Toko A 10 x 50,000 = 500,000 open; Toko B 4 x 125,000 - 100,000 = 400,000; N3 paid.
QTY_HARGA = [
    ["Tanggal", "No Nota", "Pelanggan", "Qty", "Harga", "Bayar"],
    [OCT_1, "N1", "Toko A", 10, 50_000, 0],
    [OCT_1, "N2", "Toko B", 4, 125_000, 100_000],
    [OCT_1, "N3", "Toko A", 2, 300_000, 600_000],
]


def test_a_plain_harga_beside_a_count_is_the_price_of_one_where_payments_say_so(
    tmp_path: Path,
) -> None:
    expected = figures(900_000, 900_000, 2, d1to30=900_000)
    payload = reads_to(tmp_path / "nota.xlsx", [("Nov", QTY_HARGA)], expected)
    assert payload["per_customer"] == {"Toko A": 500_000, "Toko B": 400_000}


def test_the_freight_beside_a_count_and_its_price_is_billed_once(tmp_path: Path) -> None:
    # "Qty | Harga | Ongkir | Bayar": N1 500,000 + 20,000; N3 600,000 + 15,000 paid 615,000.
    # The freight went in twice once the line was worked out (555,000 for Toko A).
    rows = [
        ["Tanggal", "No Nota", "Pelanggan", "Qty", "Harga", "Ongkir", "Bayar"],
        [OCT_1, "N1", "Toko A", 10, 50_000, 20_000, 0],
        [OCT_1, "N2", "Toko B", 4, 125_000, 0, 100_000],
        [OCT_1, "N3", "Toko A", 2, 300_000, 15_000, 615_000],
    ]
    expected = figures(920_000, 920_000, 2, d1to30=920_000)
    payload = reads_to(tmp_path / "nota.xlsx", [("Nov", rows)], expected)
    assert payload["per_customer"] == {"Toko A": 520_000, "Toko B": 400_000}


def test_a_harga_paid_whole_beside_a_count_stays_the_lines_whole(tmp_path: Path) -> None:
    # The rows paid in full pay the Harga itself: it is the line's whole, not a price of one.
    rows = [
        ["Tanggal", "No Nota", "Pelanggan", "Qty", "Harga", "Bayar"],
        [OCT_1, "N1", "Toko A", 10, 500_000, 500_000],
        [OCT_1, "N2", "Toko B", 4, 500_000, 100_000],
        [OCT_1, "N3", "Toko A", 2, 600_000, 0],
    ]
    expected = figures(1_000_000, 1_000_000, 2, d1to30=1_000_000)
    reads_to(tmp_path / "nota.xlsx", [("Nov", rows)], expected)


# A payment naming its invoice short ("inv 45") where the number carries the year and the month
# ("INV/2026/11/0045") or ends with them ("0045/INV/XI/2026"): it paid the oldest invoice
# instead (1 Sep's, due 1 Oct, 52 days late), leaving November's open. 0044 stays open.
def test_a_payment_naming_a_dated_number_short_pays_that_invoice(tmp_path: Path) -> None:
    for older, newer in (
        ("INV/2026/09/0044", "INV/2026/11/0045"),
        ("0044/INV/IX/2026", "0045/INV/XI/2026"),
    ):
        sheets = [
            ("Faktur", [
                ["Tanggal", "No Invoice", "Pelanggan", "Jumlah"],
                [D(2026, 9, 1), older, "Toko A", 1_000_000],
                [D(2026, 11, 1), newer, "Toko A", 500_000],
            ]),
            ("Pembayaran", [
                ["Tanggal", "Keterangan", "Pelanggan", "Jumlah"],
                [D(2026, 11, 10), "inv 45", "Toko A", 500_000],
            ]),
        ]  # fmt: skip
        expected = figures(1_000_000, 1_000_000, 1, d31to60=1_000_000)
        reads_to(tmp_path / "inv.xlsx", sheets, expected)


def test_the_tab_after_a_discount_is_the_net_the_sale_owes(tmp_path: Path) -> None:
    # "Subtotal | Diskon | Hutang | Dibayar": each Hutang is the Subtotal less its Diskon, what
    # was paid since stands beside it. Read as what is left, every row told a mismatch.
    # Toko A 2,280,000 - 1,000,000 + 2,945,000 = 4,225,000; Toko B 912,000 - 400,000 = 512,000.
    rows = [
        ["No Nota", "Tgl", "Pelanggan", "Subtotal", "Diskon", "Hutang", "Dibayar"],
        ["A-11", OCT_1, "Toko A", 2_400_000, 120_000, 2_280_000, 1_000_000],
        ["A-13", OCT_1, "Toko A", 3_100_000, 155_000, 2_945_000, 0],
        ["A-14", OCT_1, "Toko B", 960_000, 48_000, 912_000, 400_000],
    ]
    expected = figures(4_737_000, 4_737_000, 2, d1to30=4_737_000)
    reads_to(tmp_path / "nota.xlsx", [("Nota", rows)], expected)


def test_a_jumlah_of_half_the_price_is_rupiah_not_a_count(tmp_path: Path) -> None:
    # A poultry seller's "Harga | Jumlah": half a chicken at 48,000 is 24,000. A Jumlah below
    # the price on most rows taken for counts refused the file (as payments only).
    # Bu Kokom 24,000 + 0 + 12,000 = 36,000; RM Sederhana 144,000 - 100,000 = 44,000.
    rows = [
        ["Tanggal", "Pelanggan", "Barang", "Harga", "Jumlah", "Bayar"],
        [OCT_1, "Bu Kokom", "Ayam potong 1/2 ekor", 48_000, 24_000, 0],
        [OCT_1, "RM Sederhana", "Ayam potong 3 ekor", 48_000, 144_000, 100_000],
        [OCT_1, "Bu Kokom", "Ati ampela", 30_000, 15_000, 15_000],
        [OCT_1, "Bu Kokom", "Ceker 1/2 kg", 24_000, 12_000, 0],
    ]
    expected = figures(80_000, 80_000, 2, d1to30=80_000)
    reads_to(tmp_path / "ayam.xlsx", [("Nov", rows)], expected)


def test_counts_of_a_thousand_or_more_are_counts_where_payments_go_beyond_them(
    tmp_path: Path,
) -> None:
    # "Jumlah | Harga | Ongkir | Dibayar" of roof tiles by the thousand: read as rupiah, every
    # payment went beyond its row (Rp 0 owed, made-up credits). GT-01 2,000 x 4,500 + 150,000
    # - 5,000,000 = 4,150,000; GT-03 5,000 x 850 + 200,000 - 2,000,000 = 2,450,000; GT-04
    # 1,500 x 4,500 + 100,000 = 6,850,000 (9 Nov, not due).
    rows = [
        ["No Nota", "Tgl", "Pelanggan", "Barang", "Jumlah", "Harga", "Ongkir", "Dibayar"],
        ["GT-01", OCT_1, "Pak Kades", "Genteng", 2_000, 4_500, 150_000, 5_000_000],
        ["GT-03", OCT_1, "Bu Rosidah", "Bata merah", 5_000, 850, 200_000, 2_000_000],
        ["GT-04", D(2026, 11, 9), "Pak Kades", "Genteng", 1_500, 4_500, 100_000, 0],
    ]
    expected = figures(13_450_000, 6_600_000, 2, current=6_850_000, d1to30=6_600_000)
    reads_to(tmp_path / "genteng.xlsx", [("Nota", rows)], expected)


def test_a_payment_naming_the_series_short_pays_a_number_with_a_roman_month(
    tmp_path: Path,
) -> None:
    # "inv 19" for "0019/INV/XI/2026": the Roman month is no letter of the series. It paid the
    # oldest invoice (0041, due 5 Nov) instead, leaving 0019 open. Left: 0041 8,400,000 (17
    # days late).
    sheets = [
        ("Faktur", [
            ["No. Faktur", "Tgl", "Customer", "Nilai"],
            ["0041/INV/X/2026", D(2026, 10, 6), "PT Baja", 8_400_000],
            ["0019/INV/XI/2026", D(2026, 11, 10), "PT Baja", 4_000_000],
        ]),
        ("Pembayaran", [
            ["Tgl", "Nama", "No. Invoice", "Jumlah"],
            [D(2026, 11, 19), "PT Baja", "inv 19", 4_000_000],
        ]),
    ]  # fmt: skip
    reads_to(tmp_path / "romawi.xlsx", sheets, figures(8_400_000, 8_400_000, 1, d1to30=8_400_000))


# A list of transfers naming the invoices in its notes alone ("Tanggal | Keterangan | Jumlah",
# no customer and no invoice column): a sheet of the workbook was refused (outside round 37
# i09), a file of its own too (round 36 b14). 0031 1,200,000 (10 Sep, due 10 Oct, 43 days
# late) stays; 0045 is paid by "tf inv 45", 0046 by its full number.
INVOICES = [
    ["No Faktur", "Tanggal", "Pelanggan", "Jumlah"],
    ["INV/2026/09/0031", D(2026, 9, 10), "Toko Laris", 1_200_000],
    ["INV/2026/10/0045", D(2026, 10, 10), "Toko Laris", 2_000_000],
    ["INV/2026/11/0046", D(2026, 11, 8), "Toko Berkah", 1_500_000],
]
TRANSFERS = [
    ["Tanggal", "Keterangan", "Jumlah"],
    [D(2026, 11, 15), "tf inv 45", 2_000_000],
    [D(2026, 11, 16), "Pelunasan INV/2026/11/0046", 1_500_000],
]
LEFT = figures(1_200_000, 1_200_000, 1, d31to60=1_200_000)


def test_a_payments_sheet_of_notes_alone_pays_the_invoices_they_name(tmp_path: Path) -> None:
    sheets = [("Faktur", INVOICES), ("Pembayaran", TRANSFERS)]
    reads_to(tmp_path / "buku.xlsx", sheets, LEFT)


def test_a_file_of_transfers_naming_invoices_pays_those_of_the_file_beside_it(
    tmp_path: Path,
) -> None:
    invoices = write_xlsx(tmp_path / "faktur.xlsx", {"Faktur": INVOICES})
    transfers = tmp_path / "pembayaran_nov.csv"
    lines = ["Tgl;Keterangan;Nominal"] + [
        f"{d:%d/%m/%Y};{note};Rp {amount:,}".replace(",", ".") for d, note, amount in TRANSFERS[1:]
    ]
    transfers.write_text("\n".join(lines) + "\n", encoding="utf-8")
    for files in ([invoices, transfers], [transfers, invoices]):
        batch, payload = summarize_files(files, AS_OF)
        assert not batch.errors
        assert {key: payload[key] for key in FIGURES} == LEFT
    # Alone, it is a list of payments of no one's invoices: refused, as before.
    batch, _ = summarize_files([transfers], AS_OF)
    assert [e.code for e in batch.errors] == ["no_ledger"]


def test_the_tab_after_a_discount_and_what_was_paid_is_what_is_left(tmp_path: Path) -> None:
    # "Subtotal | Diskon | Dibayar | Hutang": the Hutang comes after what was paid, what is left
    # (outside round 38 a08: read as the net, Dibayar taken off again, a made-up credit).
    # Toko A 2,280,000 - 1,000,000 = 1,280,000 and 2,945,000; Toko B 912,000 - 400,000.
    rows = [
        ["No Nota", "Tgl", "Pelanggan", "Subtotal", "Diskon", "Dibayar", "Hutang"],
        ["A-11", OCT_1, "Toko A", 2_400_000, 120_000, 1_000_000, 1_280_000],
        ["A-13", OCT_1, "Toko A", 3_100_000, 155_000, 0, 2_945_000],
        ["A-14", OCT_1, "Toko B", 960_000, 48_000, 400_000, 512_000],
    ]
    expected = figures(4_737_000, 4_737_000, 2, d1to30=4_737_000)
    reads_to(tmp_path / "nota.xlsx", [("Nota", rows)], expected)


def test_a_rekap_of_what_each_customer_was_billed_is_no_recap_that_disagrees(
    tmp_path: Path,
) -> None:
    # "Rekap | Pelanggan | Total" of the sales: Toko A billed 1,300,000, of which 400,000 paid.
    # Compared as balances, each of its rows was told as a mismatch (900,000 owed).
    sheets = [
        ("Nov", [
            ["Tanggal", "No Nota", "Pelanggan", "Jumlah", "Bayar"],
            [OCT_1, "N1", "Toko A", 1_000_000, 400_000],
            [OCT_1, "N2", "Toko A", 300_000, 0],
            [OCT_1, "N3", "Toko B", 500_000, 0],
        ]),
        ("Rekap", [["Pelanggan", "Total"], ["Toko A", 1_300_000], ["Toko B", 500_000]]),
    ]  # fmt: skip
    reads_to(tmp_path / "rekap.xlsx", sheets, figures(1_400_000, 1_400_000, 2, d1to30=1_400_000))


def test_a_summary_of_balances_that_disagrees_on_one_row_is_told(tmp_path: Path) -> None:
    # "Summary | Customer | Balance": Toko B's row is what Toko B was billed (1,300,000), not
    # what it owes (900,000); the other rows are their balances (Toko C's, never paid, what it
    # was billed too). Told, never counted.
    sheets = [
        ("Invoices", [
            ["Invoice #", "Date", "Customer", "Amount", "Paid"],
            ["S-1", OCT_1, "Toko A", 3_000_000, 3_000_000],
            ["S-2", OCT_1, "Toko A", 500_000, 0],
            ["S-3", OCT_1, "Toko B", 1_000_000, 400_000],
            ["S-4", OCT_1, "Toko B", 300_000, 0],
            ["S-5", OCT_1, "Toko C", 200_000, 0],
        ]),
        ("Summary", [
            ["Customer", "Balance"], ["Toko A", 500_000], ["Toko B", 1_300_000],
            ["Toko C", 200_000],
        ]),
    ]  # fmt: skip
    path = tmp_path / "summary.xlsx"
    write_xlsx(path, dict(sheets))
    batch, payload = summarize_files([path], AS_OF)
    assert not batch.errors and payload["outstanding"] == 1_600_000
    [told] = payload["problems"]
    assert (told["code"], told["sheet"], told["book_says"], told["read"]) == (
        "check-mismatch",
        "Summary",
        1_300_000,
        900_000,
    )


def test_a_note_of_what_was_taken_off_beside_what_was_paid_settles_it(tmp_path: Path) -> None:
    # "Jumlah | Dibayar | Keterangan" of notes "potongan 50.000", "retur 200rb (2 dus pecah)",
    # "pot. 150.000": what was taken off beside what was paid, settling the row (outside round
    # 38 c01: left owed, silently). B-201 settled; B-202 2,400,000 - 2,200,000 - 200,000 = 0;
    # B-203 800,000 left. A note whose figure with what was paid is not the amount takes
    # nothing off (a discount offered for settling, a part paid: round 41): B-204 3,150,000 -
    # 1,500,000 = 1,650,000; B-205 720,000 - 700,000 = 20,000.
    rows = [
        ["No Nota", "Tanggal", "Pelanggan", "Jumlah", "Dibayar", "Keterangan"],
        ["B-201", OCT_1, "Toko Sari", 1_000_000, 950_000, "potongan 50.000"],
        ["B-202", OCT_1, "Toko Rejo", 2_400_000, 2_200_000, "retur 200rb (2 dus pecah)"],
        ["B-203", OCT_1, "Toko Sari", 1_800_000, 1_000_000, None],
        ["B-204", OCT_1, "Toko Rejo", 3_150_000, 1_500_000, "pot. 150.000"],
        ["B-205", OCT_1, "Toko Wangi", 720_000, 700_000, "potongan 50.000"],
    ]
    expected = figures(2_470_000, 2_470_000, 3, d1to30=2_470_000)
    payload = reads_to(tmp_path / "nota.xlsx", [("Nota", rows)], expected)
    assert payload["returns"] == 250_000


def test_a_harga_beside_a_count_paid_beyond_with_older_bons_stays_the_whole(
    tmp_path: Path,
) -> None:
    # A bon book "Qty | Harga | Bayar" whose Harga is the line's whole: two rows paid more, the
    # customer settling an older bon too (outside round 41 i01: read as the price of one, 1,000
    # bricks x 800,000, Rp 852.375.000 owed). Pak Hadi 800,000 + 300,000 - 1,000,000 = 100,000;
    # Bu Sri 500,000 + 200,000 - 600,000 = 100,000.
    rows = [
        ["Tanggal", "Pelanggan", "Barang", "Qty", "Harga", "Bayar"],
        [OCT_1, "Pak Hadi", "Bata", 1_000, 800_000, 0],
        [OCT_1, "Pak Hadi", "Semen", 5, 300_000, 1_000_000],
        [OCT_1, "Bu Sri", "Pasir", 2, 500_000, 0],
        [OCT_1, "Bu Sri", "Kapur", 4, 200_000, 600_000],
    ]
    reads_to(tmp_path / "bon.xlsx", [("Bon", rows)], figures(200_000, 200_000, 2, d1to30=200_000))


def test_an_aging_exports_receivable_beside_the_invoice_total_is_what_is_left(
    tmp_path: Path,
) -> None:
    # "Total Faktur | Piutang | Belum JT | 1-30 | 31-60 | 61-90 | >90": the Piutang is each
    # invoice's rest, its buckets' sum (outside round 41 e01: the totals read, 16,500,000).
    rows = [
        ["No Faktur", "Tgl Faktur", "Jatuh Tempo", "Pelanggan", "Total Faktur", "Piutang",
         "Belum JT", "1-30", "31-60", "61-90", ">90"],
        ["FK-1", D(2026, 7, 10), D(2026, 8, 9), "Toko P", 5_000_000, 2_000_000, 0, 0, 0, 0,
         2_000_000],
        ["FK-2", D(2026, 10, 1), D(2026, 10, 31), "CV D", 4_000_000, 1_500_000, 0, 1_500_000, 0,
         0, 0],
    ]  # fmt: skip
    expected = figures(3_500_000, 3_500_000, 2, d1to30=1_500_000, over90=2_000_000)
    reads_to(tmp_path / "umur.xlsx", [("Umur", rows)], expected)


def test_a_notes_money_off_is_taken_only_where_the_rows_figures_say_so(tmp_path: Path) -> None:
    # Outside round 41: N-1's Sisa confirms its return (1,500,000 - 800,000 - 200,000 = 500,000,
    # a07); N-2's "sudah termasuk di total" is in the figures already (a02: 200,000 left); N-3's
    # discount was offered on a condition, its status not paid (a06: 50,000 left).
    rows = [
        ["No", "Tanggal", "Pelanggan", "Jumlah", "Bayar", "Sisa", "Catatan"],
        ["N-1", OCT_1, "Toko A", 1_500_000, 800_000, 500_000, "retur 200rb"],
        ["N-2", OCT_1, "Toko B", 850_000, 650_000, 200_000, "retur 200rb sudah termasuk di total"],
        ["N-3", OCT_1, "Toko C", 1_000_000, 950_000, 50_000,
         "potongan 50.000 jika bayar sebelum 15/10"],
    ]  # fmt: skip
    expected = figures(750_000, 750_000, 3, d1to30=750_000)
    reads_to(tmp_path / "nota.xlsx", [("Nota", rows)], expected)


def test_a_house_number_in_a_transfers_note_names_no_invoice(tmp_path: Path) -> None:
    # "transfer toko Jl. Kenanga No. 12" paid the customer's NK-012 (outside round 41 b03), not
    # their oldest nota: NK-010 (1 Sep, 900,000) is paid, NK-012 (1 Oct, 1,100,000) stays.
    sheets = [
        ("Nota", [
            ["No Nota", "Tanggal", "Pelanggan", "Jumlah"],
            ["NK-010", D(2026, 9, 1), "Toko Kenanga", 900_000],
            ["NK-012", OCT_1, "Toko Kenanga", 1_100_000],
        ]),
        ("Pembayaran", [
            ["Tanggal", "Pelanggan", "Jumlah", "Keterangan"],
            [D(2026, 10, 20), "Toko Kenanga", 900_000, "transfer toko Jl. Kenanga No. 12"],
        ]),
    ]  # fmt: skip
    reads_to(tmp_path / "nota.xlsx", sheets, figures(1_100_000, 1_100_000, 1, d1to30=1_100_000))
